#!/usr/bin/env node
// Writes a precompressed copy of every wasm, JS, CSS and HTML file in
// dist/ beside it: `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip,
// level 9), for static hosts that serve such files as they are (nginx's
// gzip_static and brotli_static, Caddy's `precompressed`). Hosts that
// compress on their own ignore them. Run by scripts/build.sh.
//
//   node scripts/compress.mjs [dir]   (default: dist)

import { readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const COMPRESSED = /\.(wasm|js|css|html)$/;

export function compress(dir) {
  const written = [];
  for (const name of readdirSync(dir)) {
    // Copies from an earlier build of other names would be served stale.
    if (/\.(br|gz)$/.test(name)) rmSync(path.join(dir, name));
  }
  for (const name of readdirSync(dir).filter((n) => COMPRESSED.test(n))) {
    const file = path.join(dir, name);
    const bytes = readFileSync(file);
    const br = zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    const gz = zlib.gzipSync(bytes, { level: 9 });
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gz);
    written.push({ name, bytes: bytes.length, br: br.length, gz: gz.length });
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = path.resolve(root, process.argv[2] ?? 'dist');
  const kb = (n) => Math.ceil(n / 1024);
  const all = compress(dir);
  const sum = (k) => all.reduce((s, f) => s + f[k], 0);
  console.log(`precompressed ${all.length} files in ${path.relative(root, dir) || '.'}: ${kb(sum('bytes'))} KB raw, ${kb(sum('gz'))} KB gzip, ${kb(sum('br'))} KB brotli`);
}
