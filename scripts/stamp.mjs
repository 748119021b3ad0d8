#!/usr/bin/env node
// Names this build: a hash of every file trunk staged (the hashed wasm and
// js, the css, index.html...), written into sw.js (its cache's name, so a
// new build is a new service worker the browser installs) and into
// index.html (`<meta name="canevas-build">`, so the app can tell the user
// it was updated). Run by trunk after each build (Trunk.toml's hook), for
// `trunk serve` and `trunk build` alike.
//
//   node scripts/stamp.mjs [dir]   (default: $TRUNK_STAGING_DIR)

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const PLACEHOLDER = '__CANEVAS_BUILD__';

function files(dir, base = dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? files(file, base) : [path.relative(base, file)];
    });
}

export function stamp(dir) {
  const hash = createHash('sha256');
  for (const name of files(dir)) {
    // sw.js only carries the result; precompressed copies are written later.
    if (name === 'sw.js' || /\.(br|gz)$/.test(name)) continue;
    hash.update(name).update('\0').update(readFileSync(path.join(dir, name))).update('\0');
  }
  const build = hash.digest('hex').slice(0, 16);
  for (const name of ['sw.js', 'index.html']) {
    const file = path.join(dir, name);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(PLACEHOLDER)) throw new Error(`${file} has no ${PLACEHOLDER} to stamp`);
    writeFileSync(file, text.replaceAll(PLACEHOLDER, build));
  }
  return build;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node scripts/stamp.mjs <dir> (or run as a trunk hook)');
    process.exit(2);
  }
  console.log(`build ${stamp(dir)}`);
}
