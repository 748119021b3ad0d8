#!/usr/bin/env node
// How long a full canvas takes to open and answer the keyboard.
//
// Seeds one project with 9 blocks x 20 notes, then RUNS times (15 by
// default) opens `#/projects/<id>/canvas` in a fresh page and measures, from
// navigation start (performance.timeOrigin), until all 180 note textboxes
// are in the page and until the last one has taken a typed character.
// Each round also opens the floor, `bench/floor/index.html` (a hand-written
// page: nine sections, a textarea per note, saved on input) on the same
// stored project, alternating the two so both meet the same machine.
// Prints one JSON line and one human line with both medians and their
// ratio. Asserts nothing: compare runs on the same machine. See
// bench/README.md.
//
// Then, with 14 such projects stored, it types --keys characters into the
// last note in --key-rounds fresh pages of each and reports the median time
// to handle one keystroke, Canevas's and the floor's.
//
//   node bench/canvas-load.mjs [--runs 15] [--per-block 20] [--keys 30] [--key-rounds 5]
//   (needs dist/ built, and `npm install` done in tests/e2e)

import os from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/lib/server.mjs';
import { launchBrowser, newContext } from '../tests/e2e/lib/browser.mjs';
import { BLOCKS, makeProject, storageEntries } from '../tests/e2e/lib/app.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '15' },
    'per-block': { type: 'string', default: '20' },
    keys: { type: 'string', default: '30' },
    'key-rounds': { type: 'string', default: '5' },
  },
});
const RUNS = Number(values.runs);
const PER_BLOCK = Number(values['per-block']);
const TOTAL = PER_BLOCK * BLOCKS.length;
const KEYS = Number(values.keys);
const KEY_ROUNDS = Number(values['key-rounds']);

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const rank = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  const round = (x) => Math.round(x * 10) / 10;
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return {
    median: round(median),
    p90: round(rank(0.9)),
    min: round(s[0]),
    max: round(s[s.length - 1]),
    mean: round(s.reduce((a, b) => a + b, 0) / s.length),
  };
}

// Notes of realistic length, different in every block.
const notes = {};
for (const [bi, b] of BLOCKS.entries()) {
  notes[b.key] = Array.from({ length: PER_BLOCK }, (_, i) => ({
    text: `${b.en} ${i + 1}: festival circuit, co-producers and platforms for season ${bi + 1}`,
    colour: ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'][(bi + i) % 6],
  }));
}
const project = makeProject({ id: 'bench-canvas', title: 'Benchmark canvas', discipline: 'audiovisual', notes });
// The keystroke phase stores a workspace of 14 such projects, as a
// residency's creator may have; the bench project is the one opened.
const workspace = [
  project,
  ...Array.from({ length: 13 }, (_, i) => makeProject({ id: `bench-other-${i + 1}`, title: `Other project ${i + 1}`, discipline: 'audiovisual', notes })),
];

const BOXES = 'textarea, input:not([type]), input[type="text"], [role="textbox"], [contenteditable=""], [contenteditable="true"]';

/** Opens `url` in a fresh page: when every note's box is there, and when the last has taken a key. */
async function measure(context, url, check) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const present = await (
    await page.waitForFunction(
      ([total, boxes]) => (document.querySelector('main') ?? document.body).querySelectorAll(boxes).length >= total && performance.now(),
      [TOTAL, BOXES],
      { polling: 'raf', timeout: 60_000 },
    )
  ).jsonValue();
  // The last note in reading order, found with a plain query so the
  // driver's role lookup is not timed; checked once the clock has stopped.
  const handle = await page.evaluateHandle((boxes) => {
    const all = (document.querySelector('main') ?? document.body).querySelectorAll(boxes);
    return all[all.length - 1];
  }, BOXES);
  const before = await handle.evaluate((el) => el.value.length);
  await handle.focus();
  await page.keyboard.press('x');
  const typed = await (
    await page.waitForFunction(([el, length]) => el.value.length === length + 1 && performance.now(), [handle, before], {
      polling: 'raf',
      timeout: 60_000,
    })
  ).jsonValue();
  await check?.(page, handle);
  await page.close();
  return { present, typed };
}

/**
 * Opens `url`, waits for every note, then types KEYS characters into the
 * last note, one at a time: each is the time from dispatching the input
 * event (the value already changed, as the browser does) until the page's
 * next task, so every listener and every microtask it queued (a
 * framework's effects, the save to storage) is counted.
 */
async function keystrokes(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    ([total, boxes]) => (document.querySelector('main') ?? document.body).querySelectorAll(boxes).length >= total,
    [TOTAL, BOXES],
    { polling: 'raf', timeout: 60_000 },
  );
  // Let the first render settle before timing keys.
  await page.waitForTimeout(500);
  const times = await page.evaluate(
    async ([boxes, keys]) => {
      const all = (document.querySelector('main') ?? document.body).querySelectorAll(boxes);
      const el = all[all.length - 1];
      el.focus();
      const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
      const out = [];
      for (let i = 0; i < keys; i++) {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const t0 = performance.now();
        el.value += 'x';
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' }));
        await nextTask();
        out.push(performance.now() - t0);
      }
      return out;
    },
    [BOXES, KEYS],
  );
  await page.close();
  return times;
}

/** Seeds storage from a page of the same origin that is not the app, so no running app can write over it. */
async function seed(context, url, projects = [project]) {
  const seeder = await context.newPage();
  await seeder.goto(`${url}/bench-seed-page-that-is-not-there`);
  await seeder.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, storageEntries(projects));
  await seeder.close();
}

const server = await startServer();
const floorServer = await startServer({ root: fileURLToPath(new URL('./floor/', import.meta.url)) });
const browser = await launchBrowser();
const results = { present: [], typed: [] };
const floor = { present: [], typed: [] };
try {
  const context = await newContext(browser);
  context.setDefaultTimeout(60_000);
  await seed(context, server.url);
  await seed(context, floorServer.url);
  const isLastNote = async (page, handle) => {
    const last = page
      .getByRole('region', { name: BLOCKS.at(-1).en, exact: true })
      .getByRole('textbox', { name: `Note ${PER_BLOCK}`, exact: true });
    if (!(await last.evaluate((el, h) => el === h, handle))) {
      throw new Error(`the last textbox is not "${BLOCKS.at(-1).en}" / "Note ${PER_BLOCK}"`);
    }
  };

  for (let run = 0; run < RUNS; run++) {
    const c = await measure(context, `${server.url}/#/projects/${project.id}/canvas`, isLastNote);
    const f = await measure(context, `${floorServer.url}/index.html`);
    results.present.push(c.present);
    results.typed.push(c.typed);
    floor.present.push(f.present);
    floor.typed.push(f.typed);
    process.stderr.write(`run ${run + 1}/${RUNS}: Canevas ${Math.round(c.present)} ms present, ${Math.round(c.typed)} ms typed; floor ${Math.round(f.typed)} ms typed\n`);
  }
  await context.close();

  // Keystrokes, with 14 projects stored.
  const keyContext = await newContext(browser);
  keyContext.setDefaultTimeout(60_000);
  await seed(keyContext, server.url, workspace);
  await seed(keyContext, floorServer.url, workspace);
  const keys = [];
  const floorKeys = [];
  for (let run = 0; run < KEY_ROUNDS; run++) {
    keys.push(...(await keystrokes(keyContext, `${server.url}/#/projects/${project.id}/canvas`)));
    floorKeys.push(...(await keystrokes(keyContext, `${floorServer.url}/index.html?project=${project.id}`)));
    process.stderr.write(`keys ${run + 1}/${KEY_ROUNDS}: Canevas median ${stats(keys).median} ms, floor ${stats(floorKeys).median} ms\n`);
  }
  await keyContext.close();

  const cpus = os.cpus();
  const report = {
    bench: 'canvas-load',
    notes: TOTAL,
    runs: RUNS,
    typed_ms: stats(results.typed),
    present_ms: stats(results.present),
    first_run_ms: { present: Math.round(results.present[0]), typed: Math.round(results.typed[0]) },
    floor_typed_ms: stats(floor.typed),
    floor_present_ms: stats(floor.present),
    ratio_to_floor: Math.round((stats(results.typed).median / stats(floor.typed).median) * 100) / 100,
    runs_ms: results.typed.map((x) => Math.round(x)),
    keystroke: { projects_stored: workspace.length, keys: keys.length, ms: stats(keys), floor_ms: stats(floorKeys), ratio_to_floor: Math.round((stats(keys).median / stats(floorKeys).median) * 100) / 100 },
    machine: {
      cpus: cpus.length,
      cpu_model: cpus[0]?.model ?? 'unknown',
      memory_gb: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
      browser: `chromium ${browser.version()}`,
    },
    date: new Date().toISOString(),
  };
  console.log(JSON.stringify(report));
  const t = report.typed_ms;
  console.log(
    `canvas-load: ${TOTAL} notes, ${RUNS} runs: ready to type in median ${t.median} ms, p90 ${t.p90} ms, ` +
      `min ${t.min} ms, max ${t.max} ms (all notes present: median ${report.present_ms.median} ms; first run ${report.first_run_ms.typed} ms) ` +
      `on ${report.machine.cpus} CPU(s), ${report.machine.cpu_model}; ` +
      `the hand-written floor: median ${report.floor_typed_ms.median} ms, so Canevas takes ${report.ratio_to_floor}x the floor`,
  );
  const k = report.keystroke;
  console.log(
    `canvas-keystroke: ${k.keys} keys in the last note, ${k.projects_stored} projects stored: median ${k.ms.median} ms, p90 ${k.ms.p90} ms; ` +
      `the floor: median ${k.floor_ms.median} ms, so Canevas takes ${k.ratio_to_floor}x the floor`,
  );
} finally {
  await browser.close();
  await server.close();
  await floorServer.close();
}
