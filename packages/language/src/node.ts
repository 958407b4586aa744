// Node entry points: services with the real file system.
import './polyfill.js';
import { NodeFileSystem } from 'langium/node';
import { createReferatServices } from './referat-module.js';

export function createNodeReferatServices() {
    return createReferatServices(NodeFileSystem);
}
