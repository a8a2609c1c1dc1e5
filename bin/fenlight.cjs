#!/usr/bin/env node
// The `fenlight` command line runs the TypeScript engine directly through tsx, from any folder.
const path = require('node:path');

process.env.TSX_TSCONFIG_PATH = path.join(__dirname, '..', 'tsconfig.json');
require('tsx/cjs/api').register();
require('../electron/cli/main.ts');
