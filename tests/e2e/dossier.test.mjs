// The dossier (issue 12): the whole project as one document. A fully
// filled project (the look tool's example projects, every tool filled) is
// printed to PDF by Chromium (page.pdf, as "Save as PDF" does) on two
// papers in English and in French; pdftotext reads it back: the title on
// the cover, every block's name and a note of each, an assumption, a
// risk, the budget's total, a KPI; no form control's text; every page
// has text; the canvas on a landscape page; the contents' page numbers
// are the pages where the parts' headings really are. The screen is axe
// clean and holds no form control. "Export as a web page" saves one .html
// that reads with JavaScript off, has no script, and keeps hostile text
// as text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, newContext, openApp } from './lib/browser.mjs';
import { EN, FR, BLOCKS, article, dismissMessages, fileFrom, importFiles } from './lib/app.mjs';

const env = useApp();
const SEEDS = new URL('../../scripts/look/seeds/', import.meta.url);
const seed = (name) => JSON.parse(readFileSync(new URL(name, SEEDS), 'utf8'));

const WORDS = {
  en: {
    L: EN,
    locale: 'en-US',
    file: seed('en-ananse-story-box.json'),
    dossier: 'Dossier',
    print: 'Print',
    export: 'Export as a web page',
    papers: ['A4 portrait', 'A3 portrait'],
    parts: ['Business Model Canvas', 'Audience–offer fit', 'Feasibility', 'Diffusion and valorisation plan'],
    total: 'Total budget',
    banned: ['mm/dd/yyyy', 'Not set', 'Choose'],
  },
  fr: {
    L: FR,
    locale: 'fr-FR',
    file: seed('fr-sentinelles-medina.json'),
    dossier: 'Dossier',
    print: 'Imprimer',
    export: 'Exporter en page web',
    papers: ['A4 portrait', 'A4 paysage'],
    parts: ['Business Model Canvas (modèle économique)', 'Adéquation public–offre', 'Faisabilité', 'Plan de diffusion et de valorisation'],
    total: 'Budget total',
    banned: ['jj/mm/aaaa', 'mm/dd/yyyy', 'Non renseigné'],
  },
};

/** Clicks `locator`; the file it saves: its name and text. */
async function download(page, locator) {
  const [dl] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  assert.equal(await dl.failure(), null);
  return { name: dl.suggestedFilename(), text: readFileSync(await dl.path(), 'utf8') };
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();
/** The first words of a text, as far as they are on one line in print. */
const start = (s, words = 3) => squash(s).split(' ').slice(0, words).join(' ');

/** The texts the printed dossier must hold, from the project itself. */
function expected(p) {
  const notes = BLOCKS.map((b) => p.canvas[b.key].find((n) => n.text.trim())?.text).filter(Boolean);
  return {
    title: p.title,
    notes,
    assumption: p.feasibility.assumptions[0].text,
    risk: p.feasibility.risks[0].text,
    kpi: p.diffusion.kpis[0].name,
  };
}

function pdfPages(file) {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '200', file], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ w: Number(m[1]), h: Number(m[2]) }));
  return sizes.map((size, i) => ({
    ...size,
    text: execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  }));
}

async function openDossier(page, W) {
  await openApp(page, env.url);
  const p = W.file.projects[0];
  await importFiles(page, [fileFrom(`${p.id}.json`, W.file)], W.L);
  await article(page, p.title).waitFor();
  await dismissMessages(page, W.L);
  await page.goto(`${env.url}/#/projects/${p.id}`);
  await page.getByRole('link', { name: W.dossier, exact: true }).click();
  await page.getByRole('button', { name: W.print, exact: true }).waitFor();
  await page.locator('.dossier .bmc').waitFor();
  return p;
}

for (const lang of ['en', 'fr']) {
  const W = WORDS[lang];
  test(`the dossier prints the whole project, on ${W.papers.join(' and ')} (${lang})`, (t) =>
    inContext(env.browser, t, { locale: W.locale, viewport: { width: 1366, height: 900 } }, async (context) => {
      const page = await context.newPage();
      const p = await openDossier(page, W);
      const want = expected(p);
      const dossier = page.getByRole('article', { name: W.dossier, exact: true });
      assert.equal(await dossier.locator('input, select, textarea, button').count(), 0, 'no form control in the document');
      await assertAccessible(page, `dossier (${lang})`);
      const dir = mkdtempSync(path.join(tmpdir(), 'dossier-'));
      for (const paper of W.papers) {
        await page.getByRole('radio', { name: paper, exact: true }).check();
        const file = path.join(dir, `${lang}-${paper.replace(/\W+/g, '-')}.pdf`);
        await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
        const pages = pdfPages(file);
        const label = `${lang}, ${paper}`;
        assert.ok(pages.length >= 6 && pages.length <= 28, `${label}: 6 to 28 pages (${pages.length})`);
        const all = squash(pages.map((x) => x.text).join(' '));
        assert.ok(squash(pages[0].text).includes(squash(want.title)), `${label}: the title on the cover`);
        for (const b of BLOCKS) assert.ok(all.includes(lang === 'en' ? b.en : b.fr), `${label}: block ${b.en}`);
        for (const n of want.notes) assert.ok(all.includes(start(n)), `${label}: note “${start(n)}”`);
        for (const [what, text] of Object.entries({ assumption: want.assumption, risk: want.risk, kpi: want.kpi })) {
          assert.ok(all.includes(start(text)), `${label}: the ${what} “${start(text)}”`);
        }
        assert.match(all, new RegExp(`${W.total}\\s?: \\S*\\d`), `${label}: the budget's total`);
        assert.ok(all.includes('CC BY-SA'), `${label}: the canvas's attribution`);
        for (const word of W.banned) assert.ok(!all.includes(word), `${label}: no “${word}”`);
        pages.forEach((x, i) => {
          // Not blank, nor nearly: more than the running title and the number.
          const own = x.text.replace(want.title, '').replace(/\d+\s*\/\s*\d+/, '').replace(/\s+/g, '').length;
          assert.ok(own >= 100, `${label}: page ${i + 1} has text of its own (${own} characters)`);
          assert.ok(squash(x.text).includes(squash(want.title)), `${label}: the title on page ${i + 1}`);
          assert.match(x.text, new RegExp(`\\b${i + 1}\\s*/\\s*${pages.length}\\b`), `${label}: page ${i + 1}'s number`);
        });
        // The contents say where each part starts; its heading is there.
        const toc = await page.locator('.toc-page').evaluateAll((spans) => spans.map((s) => Number(s.textContent)));
        assert.equal(toc.length, W.parts.length, `${label}: one page number per part`);
        W.parts.forEach((name, i) => {
          const at = toc[i];
          const lines = (n) => pages[n - 1].text.split('\n').map((l) => l.trim());
          assert.ok(at >= 2 && at <= pages.length, `${label}: ${name} on a page (${at})`);
          assert.ok(lines(at).includes(name), `${label}: “${name}” is the heading of page ${at}`);
          for (let n = 2; n < at; n++) assert.ok(!lines(n).includes(name), `${label}: “${name}” not yet on page ${n}`);
        });
        const canvas = pages[toc[0] - 1];
        assert.ok(canvas.w > canvas.h, `${label}: the canvas on a landscape page`);
        if (paper.startsWith('A3')) assert.ok(Math.max(pages[0].w, pages[0].h) > 1100, `${label}: A3 pages`);
      }
    }));
}

test('the parts chosen leave the document and its contents, and the choice is kept for the session', (t) =>
  inContext(env.browser, t, { locale: 'en-US' }, async (context) => {
    const W = WORDS.en;
    const page = await context.newPage();
    const p = await openDossier(page, W);
    const dossier = page.getByRole('article', { name: W.dossier, exact: true });
    const fit = page.getByRole('checkbox', { name: 'Audience–offer fit', exact: true });
    await fit.focus();
    await page.keyboard.press('Space');
    await dossier.getByRole('heading', { name: 'Audience–offer fit', exact: true }).waitFor({ state: 'detached' });
    assert.equal(await fit.isChecked(), false);
    assert.equal(await fit.evaluate((el) => el === document.activeElement), true, 'focus stays on the box');
    const toc = dossier.getByRole('navigation', { name: 'Contents' }).getByRole('link');
    assert.deepEqual(await toc.allTextContents(), ['Business Model Canvas', 'Feasibility', 'Diffusion and valorisation plan']);
    // Feedback received joins when chosen, saying when there is none.
    await page.getByRole('checkbox', { name: 'Feedback received', exact: true }).check();
    await dossier.getByText('No feedback received yet.').waitFor();
    await page.getByRole('radio', { name: 'A3 portrait', exact: true }).check();
    await page.goto(`${env.url}/#/projects/${p.id}/canvas`);
    await page.getByRole('link', { name: W.dossier, exact: true }).click();
    await page.getByRole('button', { name: W.print, exact: true }).waitFor();
    assert.equal(await page.getByRole('checkbox', { name: 'Audience–offer fit', exact: true }).isChecked(), false);
    assert.equal(await page.getByRole('radio', { name: 'A3 portrait', exact: true }).isChecked(), true);
    assert.ok(await page.locator('style').evaluateAll((s) => s.some((x) => x.textContent.includes('size:A3 portrait'))), 'the A3 page rule');
  }));

test('the dossier saved as a web page reads with JavaScript off, with no script in it', (t) =>
  inContext(env.browser, t, { locale: 'en-US' }, async (context) => {
    const W = WORDS.en;
    const page = await context.newPage();
    const p = await openDossier(page, W);
    const want = expected(p);
    const file = await download(page, page.getByRole('button', { name: W.export, exact: true }));
    assert.match(file.name, /-dossier\.html$/);
    const html = file.text;
    assert.ok(!/<script/i.test(html), 'no script');
    assert.match(html, /^<!doctype html>\s*<html lang="en">/);
    assert.match(html, /<meta charset="utf-8">/);
    assert.match(html, /<meta name="viewport"/);
    assert.ok(!/https?:\/\//.test(html.replace(/xmlns(:\w+)?="http[^"]*"/g, '')), 'no address to fetch');
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-page-'));
    const saved = path.join(dir, file.name);
    writeFileSync(saved, html);
    const off = await newContext(env.browser, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    try {
      const reader = await off.newPage();
      const asked = [];
      reader.on('request', (r) => asked.push(r.url()));
      await reader.goto(`file://${saved}`);
      const text = squash(await reader.locator('body').innerText());
      for (const s of [want.title, ...want.notes.map((n) => start(n)), start(want.assumption), start(want.risk), start(want.kpi)]) {
        assert.ok(text.includes(squash(s)), `the web page shows “${s}”`);
      }
      assert.deepEqual(asked.filter((u) => !u.startsWith('file://')), [], 'nothing fetched');
      const wide = await reader.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(wide <= 1, `readable on a phone: no sideways scroll (${wide}px)`);
    } finally {
      await off.close();
    }
  }));

const HOSTILE = '<img src=x onerror="window.__pwned=1"></style><script>window.__pwned=2</script>';
const FREE_TEXT = new Set(['title', 'pitch', 'country', 'text', 'name', 'right', 'holder', 'territory', 'medium', 'duration',
  'category', 'result', 'includes', 'excludes', 'learned', 'owner', 'mitigation', 'hypothesis', 'observed', 'label', 'cost',
  'threshold', 'fee', 'revenue_share', 'metric']);

/** Every free text of a project prefixed with markup that must stay text. */
function poison(value, key) {
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  if (typeof value === 'string' && (FREE_TEXT.has(key) || key === 'team')) return `${HOSTILE} ${value}`;
  return value;
}

test('hostile text in every field stays text, in the dossier and in its web page', (t) =>
  inContext(env.browser, t, { locale: 'en-US' }, async (context) => {
    const file = poison(structuredClone(WORDS.en.file));
    file.projects[0].title = `${HOSTILE} Ananse`;
    const W = { ...WORDS.en, file };
    const page = await context.newPage();
    await openDossier(page, W);
    const dossier = page.locator('.dossier');
    assert.equal(await dossier.locator('img, script').count(), 0, 'no element made from a text');
    assert.ok((await dossier.innerText()).includes(HOSTILE), 'the markup shows as text');
    const saved = await download(page, page.getByRole('button', { name: W.export, exact: true }));
    assert.ok(!/<script/i.test(saved.text), 'no script in the web page');
    assert.ok(!/<img/i.test(saved.text), 'no image in the web page');
    assert.ok(!/<\/style>[\s\S]*<\/style>/i.test(saved.text), 'one style element, closed once');
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-hostile-'));
    writeFileSync(path.join(dir, 'page.html'), saved.text);
    // Even with JavaScript on, nothing in the file runs.
    const reader = await context.newPage();
    await reader.goto(`file://${path.join(dir, 'page.html')}`);
    assert.equal(await reader.evaluate(() => window.__pwned), undefined);
    assert.equal(await reader.locator('img, script').count(), 0);
    assert.ok((await reader.locator('body').innerText()).includes(HOSTILE));
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  }));

// "Present" (issue 12, point 3): the dossier told in slides, in projector
// view, the arrow keys between them (tests/e2e/pitch.test.mjs checks every slide).
for (const lang of ['en', 'fr']) {
  const W = WORDS[lang];
  const P = {
    en: { present: 'Present the pitch', region: 'Pitch slides', slide: (n) => `Slide ${n} of 8`, second: 'Who it is for' },
    fr: { present: 'Présenter le pitch', region: 'Diapositives du pitch', slide: (n) => `Diapositive ${n} sur 8`, second: 'Pour qui' },
  }[lang];
  test(`Present turns the dossier into slides in projector view (${lang})`, (t) =>
    inContext(env.browser, t, { locale: W.locale, viewport: { width: 1024, height: 768 } }, async (context) => {
      const page = await context.newPage();
      const p = await openDossier(page, W);
      await page.getByRole('link', { name: P.present, exact: true }).click();
      const deck = page.getByRole('region', { name: P.region, exact: true });
      const first = deck.getByRole('region', { name: P.slide(1), exact: true });
      await first.getByRole('heading', { level: 1, name: p.title, exact: true }).waitFor();
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains('projector')), 'in projector view');
      assert.match(page.url(), new RegExp(`#/projects/${p.id}/pitch$`));
      await page.keyboard.press('ArrowRight');
      await deck.getByRole('region', { name: P.slide(2), exact: true })
        .getByRole('heading', { level: 2, name: P.second, exact: true }).waitFor();
      await page.keyboard.press('ArrowLeft');
      await first.waitFor();
      // Back to the dossier: projector view as it was before Present.
      await page.goBack();
      await page.getByRole('button', { name: W.print, exact: true }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('projector')), false, 'projector view off again');
    }));
}
