#!/usr/bin/env -S MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072 node --max-semi-space-size=2 --heap-growing-percent=30 --v8-pool-size=1
'use strict';
// V8's defaults would keep a 32 MB young generation and let garbage grow the heap up to 4x between
// collections: about 50 MB of the robot's memory; one V8 helper thread instead of four keeps about 6 MB of
// per-thread malloc arenas out (speech/README.md, "Memory"). package.json's start and bench:voice pass the same flags.
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
