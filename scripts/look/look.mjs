// `./dev look`: what a person sees. Seeds a browser with the example
// projects in seeds/ (through the app's own Import, so they pass the
// format's checks), visits every screen, and for each one writes
// screenshots at a phone, a laptop and two projector sizes, the printed
// PDF turned into PNG pages, and facts a picture may hide (sideways
// scroll and what causes it, page height, clipped text, printed pages,
// console errors). The CLI is main.mjs; the e2e test calls look() for one
// screen.

import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newContext, openApp, pageFor } from '../../tests/e2e/lib/browser.mjs';
import { EN, FR, dismissMessages, importFiles } from '../../tests/e2e/lib/app.mjs';

const run = promisify(execFile);
export const SEEDS = fileURLToPath(new URL('./seeds/', import.meta.url));
export const OUT = fileURLToPath(new URL('../../target/look/', import.meta.url));

/** What each language needs: its seed, and the words the tool clicks. */
export const LANGS = {
  en: {
    ...EN,
    locale: 'en-US',
    seed: 'en-ananse-story-box.json',
    id: 'ananse-story-box',
    title: 'Ananse and the Story Box',
    exercises: 'Exercises',
    help: 'Help',
    shortcuts: 'Keyboard shortcuts',
    exercise: 'Business Model Canvas in 45 minutes',
    run: 'Run',
    start: 'Start',
    stop: 'Stop',
    timer: 'Exercise timer',
    cohort: 'Cohort',
    importCohort: "Import participants' files",
    compare: 'Side by side',
    mentorComment: 'Name the two partners you will call first, and when.',
  },
  fr: {
    ...FR,
    locale: 'fr-FR',
    seed: 'fr-sentinelles-medina.json',
    id: 'sentinelles-medina',
    title: 'Les Sentinelles de la Médina',
    exercises: 'Exercices',
    help: 'Aide',
    shortcuts: 'Raccourcis clavier',
    exercise: 'Business Model Canvas en 45 minutes',
    run: 'Lancer',
    start: 'Commencer',
    stop: 'Arrêter',
    timer: 'Minuteur de l’exercice',
    cohort: 'Cohorte',
    importCohort: 'Importer les fichiers des participants',
    compare: 'Côte à côte',
    mentorComment: 'Nommez les deux partenaires que vous appellerez d’abord, et quand.',
  },
};

/** Phone and laptop: the whole page. Projector view on: what the room sees. */
export const SIZES = {
  phone: { width: 390, height: 844, projector: false },
  laptop: { width: 1366, height: 768, projector: false },
  'projector-1024': { width: 1024, height: 768, projector: true },
  'projector-1920': { width: 1920, height: 1080, projector: true },
};
export const sizeLabel = (name) => {
  const s = SIZES[name];
  return `${name.replace(/-\d+$/, '')}-${s.width}x${s.height}`;
};

const h1 = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });
const main = (page) => page.getByRole('main');
const timer = (page, L) => page.getByRole('region', { name: L.timer, exact: true });

/**
 * Every screen of src/route.rs, in the order a residency goes through
 * them. `open` brings the page there and waits until it is drawn; `leave`
 * undoes what the screen started (the exercise's run).
 */
export const SCREENS = [
  { name: 'home', hash: () => '#/', open: (page, L) => page.getByRole('article', { name: L.title, exact: true }).waitFor() },
  { name: 'details', hash: (L) => `#/projects/${L.id}`, open: (page, L) => page.getByLabel(L.pitch, { exact: true }).waitFor() },
  { name: 'canvas', hash: (L) => `#/projects/${L.id}/canvas`, open: (page, L) => main(page).getByRole('region', { name: L.block({ en: 'Revenue Streams', fr: 'Flux de revenus' }), exact: true }).waitFor() },
  { name: 'fit', hash: (L) => `#/projects/${L.id}/fit`, open: (page, L) => h1(page, L.title).waitFor() },
  { name: 'feasibility', hash: (L) => `#/projects/${L.id}/feasibility`, open: (page, L) => h1(page, L.title).waitFor() },
  { name: 'diffusion', hash: (L) => `#/projects/${L.id}/diffusion`, open: (page, L) => h1(page, L.title).waitFor() },
  // coherence (issue 16): what does not hold together, by severity
  { name: 'coherence', hash: (L) => `#/projects/${L.id}/coherence`, open: (page, L) => h1(page, L.title).waitFor() },
  { name: 'comments', hash: (L) => `#/projects/${L.id}/comments`, open: (page) => main(page).locator('.comments-page .feedback-received').first().waitFor() },
  // dossier (issue 12): the whole project as one document; its print is the PDF a funder gets
  { name: 'dossier', hash: (L) => `#/projects/${L.id}/dossier`, open: (page) => main(page).locator('.dossier .bmc').waitFor() },
  // pitch (issue 12): the slides for demo day; its cover, and the densest slide (the business model)
  { name: 'pitch', hash: (L) => `#/projects/${L.id}/pitch`, open: (page, L) => h1(page, L.title).waitFor() },
  {
    name: 'pitch-model',
    hash: (L) => `#/projects/${L.id}/pitch`,
    open: async (page, L) => {
      await h1(page, L.title).waitFor();
      // The Next button (keys depend on where focus was left).
      for (let n = 1; n <= 3; n++) {
        await main(page).locator('.pitch-controls button').nth(1).click();
        await main(page).locator(`.slide-${n}:not([hidden])`).waitFor();
      }
      await main(page).locator('.slide:not([hidden]) .slide-canvas').waitFor();
    },
  },
  { name: 'cohort', hash: () => '#/cohort', open: (page, L) => page.getByRole('article', { name: L.title, exact: true }).waitFor() },
  { name: 'cohort-project', hash: (L) => `#/cohort/${L.id}`, open: (page, L) => h1(page, L.title).waitFor() },
  { name: 'cohort-compare', hash: (L) => `#/cohort/compare/${L.id},kora-xr-lagos,afrobeat-label`, open: (page, L) => page.getByRole('table', { name: L.compare }).waitFor() },
  // examples (issue 13): the help page, and its keyboard shortcuts dialog.
  { name: 'help', hash: () => '#/help', open: (page, L) => h1(page, L.help).waitFor() },
  {
    name: 'shortcuts',
    hash: () => '#/help',
    open: async (page, L) => {
      await h1(page, L.help).waitFor();
      await page.getByRole('main').getByRole('button', { name: L.shortcuts, exact: true }).click();
      await page.getByRole('dialog', { name: L.shortcuts }).waitFor();
    },
    leave: (page) => page.keyboard.press('Escape'),
    // Reopened after projector view is switched (`switchProjector`).
    reopen: true,
  },
  { name: 'not-found', hash: () => '#/nowhere', open: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  {
    name: 'exercises',
    hash: () => '#/exercises',
    open: async (page, L) => {
      await h1(page, L.exercises).waitFor();
      if ((await timer(page, L).count()) === 0) {
        // Run asks for the project (the seed, the most recent), then takes
        // the room to the first step's block: come back to the exercises.
        await page.getByRole('article', { name: L.exercise, exact: true }).getByRole('button', { name: L.run, exact: true }).click();
        await page.getByRole('dialog').getByRole('button', { name: L.start, exact: true }).click();
        await timer(page, L).getByRole('timer').waitFor();
        await page.goto(page.url().replace(/#.*/, '#/exercises'));
        await h1(page, L.exercises).waitFor();
      }
      await timer(page, L).getByRole('timer').waitFor();
    },
  },
  {
    // The canvas while the room works on a timed step: the band above it.
    name: 'canvas-timer',
    // The timer runs on the facilitator's page.
    at: 'facilitator.html',
    hash: (L) => `#/projects/${L.id}/canvas`,
    open: async (page, L) => {
      if ((await timer(page, L).count()) === 0) {
        await page.goto(page.url().replace(/#.*/, '#/exercises'));
        await SCREENS.find((s) => s.name === 'exercises').open(page, L);
        await page.goto(page.url().replace(/#.*/, `#/projects/${L.id}/canvas`));
      }
      await timer(page, L).getByRole('timer').waitFor();
      await SCREENS.find((s) => s.name === 'canvas').open(page, L);
    },
    leave: (page, L) => timer(page, L).getByRole('button', { name: L.stop, exact: true }).click(),
  },
];

/** Opens the app in a fresh context and imports the seeds the way a person does. */
export async function seed(browser, url, lang) {
  const L = LANGS[lang];
  const context = await newContext(browser, { locale: L.locale, viewport: { width: SIZES.laptop.width, height: SIZES.laptop.height } });
  const page = await context.newPage();
  const log = { current: 'seed', errors: [] };
  page.on('console', (m) => m.type() === 'error' && log.errors.push({ at: log.current, text: m.text() }));
  page.on('pageerror', (e) => log.errors.push({ at: log.current, text: `uncaught: ${e?.message ?? e}` }));
  await openApp(page, url);
  // Both languages' projects, as on a shared residency laptop.
  const mains = Object.values(LANGS).map((l) => path.join(SEEDS, l.seed));
  await importFiles(page, mains, L);
  for (const l of Object.values(LANGS)) await page.getByRole('article', { name: l.title, exact: true }).waitFor();
  // Two mentors' comments on each (issue 18): after the projects, which
  // they must find here.
  await importFiles(page, Object.values(LANGS).map((l) => path.join(SEEDS, 'feedback', l.seed)), L);
  await page.getByRole('status').filter({ hasText: 'Awa Diop' }).first().waitFor({ state: 'attached' });
  await dismissMessages(page, L);
  // The cohort board: the two projects and the rest of the residency.
  await page.goto(`${url}/facilitator.html#/cohort`);
  await h1(page, L.cohort).waitFor();
  const cohort = (await readdir(path.join(SEEDS, 'cohort'))).filter((f) => f.endsWith('.json')).map((f) => path.join(SEEDS, 'cohort', f));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: L.importCohort, exact: true }).click()]);
  await chooser.setFiles([...mains, ...cohort]);
  await page.getByRole('article', { name: L.title, exact: true }).waitFor();
  await dismissMessages(page, L);
  // The mentor's own comments on the project, written with its form.
  await page.goto(`${url}/facilitator.html#/cohort/${L.id}`);
  const form = page.locator('.comment-anywhere');
  await form.locator('#comment-about').selectOption({ index: 3 });
  await form.locator('#comment-text').fill(L.mentorComment);
  await form.locator('button[data-action="save-comment"]').click();
  await page.locator('.mentor-comments li').first().waitFor();
  await dismissMessages(page, L);
  return { context, page, log, L };
}

/** Lets the page finish drawing: fonts, two frames, a short pause. */
async function settle(page) {
  await page.evaluate(
    () => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))),
  );
  await page.waitForTimeout(150);
}

async function setProjector(page, on) {
  const is = () => page.evaluate(() => document.documentElement.classList.contains('projector'));
  if ((await is()) === on) return;
  await page.keyboard.press('F8');
  await page.waitForFunction((on) => document.documentElement.classList.contains('projector') === on, on);
}

/** Projector view on or off for a screen; a modal dialog keeps its keys (F8 included), so it is closed, switched and opened again. */
async function switchProjector(page, screen, L, on) {
  const is = await page.evaluate(() => document.documentElement.classList.contains('projector'));
  if (screen.reopen && is !== on) {
    await screen.leave(page, L);
    await setProjector(page, on);
    await screen.open(page, L);
  }
  await setProjector(page, on);
}

/** Facts a picture may hide, measured in the page. */
export function measure(page) {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const doc = document.documentElement;
    const describe = (el) => {
      const cls = [...el.classList].slice(0, 3).map((c) => `.${c}`).join('');
      const text = (el.getAttribute('aria-label') || el.value || el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${cls}${text ? ` "${text}"` : ''}`;
    };
    const shown = (el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return s.visibility !== 'hidden' && r.width > 1 && r.height > 1;
    };
    const clips = (el) => getComputedStyle(el).overflowX !== 'visible';
    // Whether something between el and the page clips it inside the viewport.
    const clipped = (el) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (clips(a) && a.getBoundingClientRect().right <= vw + 0.5) return true;
      }
      return false;
    };
    const all = [...document.body.querySelectorAll('*')];
    const sticking = all.filter((el) => shown(el) && el.getBoundingClientRect().right > vw + 0.5 && !clipped(el));
    const set = new Set(sticking);
    // The outermost: where the overflow starts, not every child inside it.
    const roots = sticking.filter((el) => !set.has(el.parentElement));
    const cut = all.filter((el) => {
      if (!shown(el)) return false;
      if (el.matches('textarea')) return el.scrollHeight > el.clientHeight + 2;
      if (el.matches('input:not([type=checkbox]):not([type=radio]), select')) return el.scrollWidth > el.clientWidth + 2;
      const s = getComputedStyle(el);
      const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      return ownText && (s.overflowX !== 'visible' || s.textOverflow === 'ellipsis') && el.scrollWidth > el.clientWidth + 1;
    });
    const t = document.querySelector('[role=timer]');
    const tr = t?.getBoundingClientRect();
    return {
      scrollWidth: doc.scrollWidth,
      innerWidth: vw,
      sideways: doc.scrollWidth > vw,
      sticksOut: roots.slice(0, 8).map((el) => `${describe(el)} (+${Math.round(el.getBoundingClientRect().right - vw)}px)`),
      sticksOutCount: roots.length,
      screens: Math.round((doc.scrollHeight / vh) * 10) / 10,
      cut: cut.slice(0, 6).map(describe),
      cutCount: cut.length,
      timer: tr ? { top: Math.round(tr.top + scrollY), inFirstScreen: tr.top >= 0 && tr.bottom <= vh, position: getComputedStyle(t.closest('.timer-host') ?? t).position } : null,
    };
  });
}

/** Reads a PNG's size from its header. */
export function pngSize(buffer) {
  const sig = '89504e470d0a1a0a';
  if (buffer.subarray(0, 8).toString('hex') !== sig || buffer.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Prints the screen to an A4 PDF and turns its pages into PNGs. */
async function print(page, dir, base) {
  await mkdir(dir, { recursive: true });
  const pdf = path.join(dir, `${base}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
  const prefix = path.join(dir, `${base}-tmp`);
  await run('pdftoppm', ['-png', '-r', '60', pdf, prefix]);
  const made = (await readdir(dir)).filter((f) => f.startsWith(`${base}-tmp-`)).sort();
  const pages = [];
  for (const f of made) {
    const n = Number(/-(\d+)\.png$/.exec(f)[1]);
    const file = path.join(dir, `${base}-p${String(n).padStart(2, '0')}.png`);
    await rename(path.join(dir, f), file);
    const { stdout } = await run('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-']);
    pages.push({ file, chars: stdout.replace(/\s+/g, '').length });
  }
  pages.sort((a, b) => a.file.localeCompare(b.file));
  return { pdf, pages };
}

/**
 * Takes the pictures. Options: langs, screens (names), sizes (names),
 * print (bool), out (folder), onShot(page, shot) called on each screen
 * and size while the page shows it. Returns { shots, prints, failures,
 * errors }: a failure is a screen that could not be taken.
 */
export async function look(browser, url, { langs = Object.keys(LANGS), screens = SCREENS.map((s) => s.name), sizes = Object.keys(SIZES), print: doPrint = true, out = OUT, onShot } = {}) {
  const result = { shots: [], prints: [], failures: [], errors: [] };
  for (const lang of langs) {
    const { context, page, log, L } = await seed(browser, url, lang);
    try {
      for (const [i, screen] of SCREENS.entries()) {
        if (!screens.includes(screen.name)) continue;
        const base = `${String(i + 1).padStart(2, '0')}-${screen.name}`;
        log.current = `${lang} ${screen.name}`;
        try {
          await page.setViewportSize(SIZES.laptop);
          await page.goto(`${url}/${screen.at ?? pageFor(screen.hash(L))}${screen.hash(L)}`);
          await screen.open(page, L);
          for (const size of sizes) {
            const s = SIZES[size];
            log.current = `${lang} ${screen.name} ${sizeLabel(size)}`;
            await switchProjector(page, screen, L, s.projector);
            await page.setViewportSize({ width: s.width, height: s.height });
            await page.evaluate(() => window.scrollTo(0, 0));
            await settle(page);
            const facts = await measure(page);
            const file = path.join(out, lang, `${base}-${sizeLabel(size)}.png`);
            await mkdir(path.dirname(file), { recursive: true });
            await page.screenshot({ path: file, fullPage: !s.projector, timeout: 60_000 });
            const shot = { lang, screen: screen.name, hash: screen.hash(L), size, label: sizeLabel(size), file, facts };
            result.shots.push(shot);
            if (onShot) await onShot(page, shot);
          }
          await switchProjector(page, screen, L, false);
          if (doPrint) {
            log.current = `${lang} ${screen.name} print`;
            await page.setViewportSize(SIZES.laptop);
            await settle(page);
            const printed = await print(page, path.join(out, 'print'), `${lang}-${base}`);
            result.prints.push({ lang, screen: screen.name, ...printed });
          }
          if (screen.leave) await screen.leave(page, L);
        } catch (e) {
          result.failures.push({ lang, screen: screen.name, error: String(e?.message ?? e).split('\n')[0] });
          await setProjector(page, false).catch(() => {});
        }
      }
    } finally {
      result.errors.push(...log.errors.map((e) => ({ lang, ...e })));
      await context.close().catch(() => {});
    }
  }
  return result;
}

/** The report: one block per language and screen, measured numbers only. */
export function report(result, { started, build, shooting } = {}) {
  const lines = [];
  const { shots, prints, failures, errors } = result;
  const since = (t) => Math.round((Date.now() - t) / 1000);
  if (build) lines.push(`build: ${build}`);
  if (started) lines.push(`took ${since(started)} s${shooting ? `, of which ${since(shooting)} s for the pictures` : ''}`);
  const sideways = shots.filter((s) => s.facts.sideways);
  lines.push(
    `${shots.length} screenshots, ${prints.reduce((n, p) => n + p.pages.length, 0)} printed pages, ` +
      `${sideways.length} with sideways scroll, ${shots.filter((s) => s.facts.cutCount).length} with clipped text, ` +
      `${errors.length} console errors, ${failures.length} screens not taken`,
    '',
  );
  for (const f of failures) lines.push(`NOT TAKEN ${f.lang} ${f.screen}: ${f.error}`);
  if (failures.length) lines.push('');
  const keys = [...new Set([...shots, ...prints].map((s) => `${s.lang} ${s.screen}`))];
  for (const key of keys) {
    const [lang, screen] = key.split(' ');
    const own = shots.filter((s) => s.lang === lang && s.screen === screen);
    lines.push(`${key}  ${own[0]?.hash ?? ''}`);
    for (const s of own) {
      const f = s.facts;
      const side = f.sideways ? `SIDEWAYS +${f.scrollWidth - f.innerWidth}px` : 'no sideways scroll';
      const timer = f.timer ? `  timer at y=${f.timer.top} ${f.timer.inFirstScreen ? 'in the first screen' : 'NOT IN THE FIRST SCREEN'} (${f.timer.position})` : '';
      lines.push(`  ${s.label.padEnd(24)} ${side}; ${f.screens} screens high; ${f.cutCount} clipped${timer}`);
      if (f.sticksOutCount) lines.push(`      sticks out (${f.sticksOutCount}): ${f.sticksOut.join('; ')}`);
      if (f.cutCount) lines.push(`      clipped: ${f.cut.join('; ')}`);
    }
    const p = prints.find((x) => x.lang === lang && x.screen === screen);
    if (p) {
      const blank = p.pages.filter((x) => x.chars < 20).map((x) => path.basename(x.file));
      lines.push(`  print: ${p.pages.length} A4 pages (${p.pages.map((x) => x.chars).join(', ')} characters)${blank.length ? `; NEARLY BLANK: ${blank.join(', ')}` : ''}`);
    }
    const errs = errors.filter((e) => e.lang === lang && e.at.startsWith(`${lang} ${screen}`) && !e.at.startsWith(`${lang} ${screen}-`));
    lines.push(errs.length ? `  console errors: ${errs.map((e) => `[${e.at.split(' ').slice(2).join(' ') || 'open'}] ${e.text}`).join(' | ')}` : '  console errors: none');
    lines.push('');
  }
  const seeding = errors.filter((e) => e.at === 'seed');
  if (seeding.length) lines.push(`console errors while seeding: ${seeding.map((e) => `${e.lang}: ${e.text}`).join(' | ')}`);
  return lines.join('\n') + '\n';
}

export async function writeReport(text, out = OUT) {
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'report.txt'), text);
}

export async function clean(out = OUT) {
  await rm(out, { recursive: true, force: true });
}
