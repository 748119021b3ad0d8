// `./dev look [--lang en,fr] [--screen canvas,fit] [--size phone,laptop,
// projector-1024,projector-1920] [--no-print]`: builds dist/ unless it is
// newer than its sources, serves it, takes the pictures into target/look/
// and prints target/look/report.txt. Exits 0 whatever the pictures show
// (it is a looking tool), 1 when a screen could not be taken.

import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../tests/e2e/lib/server.mjs';
import { launchBrowser } from '../../tests/e2e/lib/browser.mjs';
import { LANGS, OUT, SCREENS, SIZES, clean, look, report, writeReport } from './look.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const started = Date.now();

function options(argv) {
  const o = { langs: Object.keys(LANGS), screens: SCREENS.map((s) => s.name), sizes: Object.keys(SIZES), print: true };
  for (let i = 0; i < argv.length; i++) {
    const list = (all) => {
      const v = (argv[++i] ?? '').split(',').filter(Boolean);
      const bad = v.filter((x) => !all.includes(x));
      if (bad.length || !v.length) throw new Error(`${argv[i - 1]} takes some of: ${all.join(', ')}`);
      return v;
    };
    if (argv[i] === '--lang') o.langs = list(Object.keys(LANGS));
    else if (argv[i] === '--screen') o.screens = list(SCREENS.map((s) => s.name));
    else if (argv[i] === '--size') o.sizes = list(Object.keys(SIZES));
    else if (argv[i] === '--no-print') o.print = false;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  o.partial = o.langs.length < Object.keys(LANGS).length || o.screens.length < SCREENS.length || o.sizes.length < Object.keys(SIZES).length || !o.print;
  return o;
}

/** The newest modification time under the build's sources. */
function newestSource() {
  let newest = { time: 0, file: null };
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const f of readdirSync(p)) visit(path.join(p, f));
    else if (s.mtimeMs > newest.time) newest = { time: s.mtimeMs, file: path.relative(ROOT, p) };
  };
  for (const p of ['src', 'style', 'public', 'index.html', 'Cargo.toml', 'Cargo.lock', 'Trunk.toml']) visit(path.join(ROOT, p));
  return newest;
}

function ensureBuild() {
  const index = path.join(ROOT, 'dist', 'index.html');
  const newest = newestSource();
  if (existsSync(index) && statSync(index).mtimeMs > newest.time) return 'reused dist/ (dist/index.html is newer than every source)';
  const why = existsSync(index) ? `${newest.file} is newer than dist/index.html` : 'no dist/ yet';
  console.log(`[look] building dist/ (${why})`);
  const r = spawnSync(path.join(ROOT, 'scripts', 'build.sh'), { stdio: 'inherit', cwd: ROOT });
  if (r.status !== 0) throw new Error(`scripts/build.sh failed (${r.status ?? r.signal})`);
  return `built dist/ with scripts/build.sh (${why})`;
}

let o;
try {
  o = options(process.argv.slice(2));
} catch (e) {
  console.error(`[look] ${e.message}`);
  process.exit(2);
}
let server, browser;
try {
  const build = ensureBuild();
  console.log(`[look] ${build}`);
  if (!o.partial) await clean();
  server = await startServer();
  browser = await launchBrowser();
  console.log(`[look] ${o.langs.join(', ')} × ${o.screens.length} screens × ${o.sizes.length} sizes${o.print ? ' + print' : ''} into ${path.relative(ROOT, OUT)}/`);
  const shooting = Date.now();
  const result = await look(browser, server.url, o);
  const text = report(result, { started, build, shooting });
  await writeReport(text);
  console.log(`\n${text}`);
  console.log(`[look] pictures in ${path.relative(ROOT, OUT)}/, report in ${path.relative(ROOT, path.join(OUT, 'report.txt'))}`);
  process.exitCode = result.failures.length || !result.shots.length ? 1 : 0;
} catch (e) {
  console.error(`[look] could not take the pictures: ${e?.stack ?? e}`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  await server?.close();
}
