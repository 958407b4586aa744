import fs from 'node:fs';
import { EmptyFileSystem } from 'langium';
import * as language from '@referat/language';
const { Referat } = language.createReferatServices(EmptyFileSystem);
const text = fs.readFileSync('packages/bench/corpus/meeting-20000.referat', 'utf8');
const root = Referat.parser.LangiumParser.parse(text).value;
for (let i = 0; i < 40; i++) language.buildMeeting(root, text, 'file:///m.referat');
