#!/usr/bin/env node
import '../out/language-server.js';
