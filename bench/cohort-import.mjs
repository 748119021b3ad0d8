#!/usr/bin/env node
// How long a facilitator waits to see a cohort after picking its files.
//
// Makes 14 full projects (9 blocks x 20 notes each, one file per project),
// then RUNS times (7 by default), in a fresh browser context with empty
// storage, opens `facilitator.html#/cohort`, gives the 14 files at once to the cohort's
// "Import participants' files" picker, and measures in the page from the
// picker's `change` event until all 14 cards are on the board (read,
// checked, stored, and drawn). Prints one JSON line and one human line.
// Asserts nothing: compare runs on the same machine. See bench/README.md.
//
//   node bench/cohort-import.mjs [--runs 7] [--projects 14] [--per-block 20]
//   (needs dist/ built, and `npm install` done in tests/e2e)

import os from 'node:os';
import { parseArgs } from 'node:util';
import { startServer } from '../tests/e2e/lib/server.mjs';
import { launchBrowser, newContext } from '../tests/e2e/lib/browser.mjs';
import { BLOCKS, fileFrom, makeFile, makeProject } from '../tests/e2e/lib/app.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '7' },
    projects: { type: 'string', default: '14' },
    'per-block': { type: 'string', default: '20' },
  },
});
const RUNS = Number(values.runs);
const PROJECTS = Number(values.projects);
const PER_BLOCK = Number(values['per-block']);

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const rank = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  const round = (x) => Math.round(x * 10) / 10;
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median: round(median), p90: round(rank(0.9)), min: round(s[0]), max: round(s[s.length - 1]) };
}

const disciplines = ['video_game', 'webtoon', 'immersive', 'audiovisual', 'music', 'digital_platform', 'other'];
const files = Array.from({ length: PROJECTS }, (_, p) => {
  const notes = {};
  for (const [bi, b] of BLOCKS.entries()) {
    notes[b.key] = Array.from({ length: PER_BLOCK }, (_, i) => ({
      text: `${b.en} ${i + 1} of project ${p + 1}: festival circuit, co-producers and platforms for season ${bi + 1}`,
      colour: ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'][(bi + i) % 6],
    }));
  }
  const project = makeProject({
    id: `bench-cohort-${p}`,
    title: `Participant project ${p + 1}`,
    discipline: disciplines[p % disciplines.length],
    country: ['Senegal', 'Morocco', 'Tunisia', 'Cameroon'][p % 4],
    notes,
  });
  return fileFrom(`participant-${p + 1}.json`, makeFile([project]));
});
const bytes = files.reduce((n, f) => n + f.buffer.length, 0);

const server = await startServer();
const browser = await launchBrowser();
const times = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await newContext(browser);
    context.setDefaultTimeout(60_000);
    await context.addInitScript(() => {
      document.addEventListener(
        'change',
        (e) => {
          if (e.target?.type === 'file') window.__benchStart = performance.now();
        },
        true,
      );
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/facilitator.html#/cohort`);
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: "Import participants' files" }).click(),
    ]);
    await chooser.setFiles(files);
    const elapsed = await (
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('article.cohort-card').length >= n &&
          window.__benchStart !== undefined &&
          performance.now() - window.__benchStart,
        PROJECTS,
        { polling: 'raf', timeout: 60_000 },
      )
    ).jsonValue();
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('canevas.cohort.project.')).length);
    if (stored !== PROJECTS) throw new Error(`${stored} projects stored, expected ${PROJECTS}`);
    times.push(elapsed);
    process.stderr.write(`run ${run + 1}/${RUNS}: ${Math.round(elapsed)} ms\n`);
    await context.close();
  }
  const cpus = os.cpus();
  const report = {
    bench: 'cohort-import',
    projects: PROJECTS,
    notes_per_project: PER_BLOCK * BLOCKS.length,
    file_bytes: bytes,
    runs: RUNS,
    board_ms: stats(times),
    runs_ms: times.map((x) => Math.round(x)),
    machine: {
      cpus: cpus.length,
      cpu_model: cpus[0]?.model ?? 'unknown',
      memory_gb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      browser: `chromium ${browser.version()}`,
    },
    date: new Date().toISOString(),
  };
  console.log(JSON.stringify(report));
  const t = report.board_ms;
  console.log(
    `cohort-import: ${PROJECTS} files of ${PER_BLOCK * BLOCKS.length} notes (${Math.round(bytes / 1024)} KB), ${RUNS} runs: ` +
      `all on the board in median ${t.median} ms, p90 ${t.p90} ms, min ${t.min} ms, max ${t.max} ms ` +
      `on ${report.machine.cpus} CPU(s), ${report.machine.cpu_model}`,
  );
} finally {
  await browser.close();
  await server.close();
}
