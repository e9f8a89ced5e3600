#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the prepare script).
try {
  require('../dist/app/main.js');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('dist/app/main.js')) {
    console.error('Laiban is not built yet. Run `npm install` (or `npm run build`) first.');
    process.exit(1);
  }
  throw err;
}
