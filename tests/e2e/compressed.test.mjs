// dist/ carries precompressed copies (scripts/compress.mjs, run by
// scripts/build.sh) for hosts that serve them as they are: every wasm, JS,
// CSS and HTML file has a .br and a .gz beside it that decompress to its
// exact bytes, and no copy is left of a file that is gone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DEFAULT_DIST } from './lib/server.mjs';
import { COMPRESSED } from '../../scripts/compress.mjs';

test('every wasm, JS, CSS and HTML file in dist/ has exact brotli and gzip copies beside it', () => {
  const names = readdirSync(DEFAULT_DIST);
  const files = names.filter((n) => COMPRESSED.test(n));
  assert.ok(files.some((n) => n.endsWith('.wasm')) && files.includes('index.html'), `the app's files are there (${files})`);
  for (const name of files) {
    const bytes = readFileSync(path.join(DEFAULT_DIST, name));
    const br = readFileSync(path.join(DEFAULT_DIST, `${name}.br`));
    const gz = readFileSync(path.join(DEFAULT_DIST, `${name}.gz`));
    assert.ok(zlib.brotliDecompressSync(br).equals(bytes), `${name}.br is ${name}`);
    assert.ok(zlib.gunzipSync(gz).equals(bytes), `${name}.gz is ${name}`);
    if (name.endsWith('.wasm')) assert.ok(br.length < gz.length, 'brotli is the smaller download');
  }
  for (const copy of names.filter((n) => /\.(br|gz)$/.test(n))) {
    assert.ok(names.includes(copy.replace(/\.(br|gz)$/, '')), `${copy} is the copy of a file that is there`);
  }
});
