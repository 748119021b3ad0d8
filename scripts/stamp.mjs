#!/usr/bin/env node
// Names this build: a hash of every file of dist/ (both pages' hashed wasm
// and js, the css, the pages...), written into sw.js (its cache's name, so
// a new build is a new service worker the browser installs) and into both
// pages (`<meta name="canevas-build">`, so the app can tell the user it was
// updated). Run by scripts/build.sh once both pages are in dist/.
//
//   node scripts/stamp.mjs <dir>

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
  for (const name of ['sw.js', 'index.html', 'facilitator.html']) {
    const file = path.join(dir, name);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(PLACEHOLDER)) throw new Error(`${file} has no ${PLACEHOLDER} to stamp`);
    writeFileSync(file, text.replaceAll(PLACEHOLDER, build));
  }
  return build;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/stamp.mjs <dir>');
    process.exit(2);
  }
  console.log(`build ${stamp(dir)}`);
}
