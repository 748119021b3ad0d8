// The tools presented (issue 11, point 2): in projector view the fit
// worksheet, the feasibility studio and the diffusion plan are read-only
// presentations for a room, at 1024×768 and 1920×1080, in English and
// French: their parts by heading, the cards placed on the assumptions map,
// the risk in its heat-map cell, the milestone in its month, the budget's
// total; no form control, no sideways scroll, no text under 18 px at
// 1024×768, storage unchanged by any key, axe clean.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp, reloadApp } from './lib/browser.mjs';
import { eventually, makeProject, setStorage, sleep, storageEntries, storageSnapshot } from './lib/app.mjs';

const env = useApp();

const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/format/v3/${name}.json`, import.meta.url), 'utf8')).projects[0];
const PROJECTS = { fit: fixture('fit'), feasibility: fixture('feasibility'), diffusion: fixture('diffusion') };

const WORDS = {
  en: {
    locale: 'en-US',
    fit: 'Audience–offer fit',
    audience: 'The audience',
    offer: 'Our offer',
    answers: 'Answers',
    feasibility: ['Assumptions map', 'Test cards and learning cards', 'Feasibility scorecard', 'Risk register', 'MVP scope', 'Readiness'],
    grid: 'Importance and evidence',
    heat: 'Heat map: risks by likelihood and impact',
    radar: 'Scorecard by group',
    diffusion: ['Release timeline', 'Channels', 'Budget', 'Indicators (KPIs)', 'Rights and valorisation'],
    january: 'January 2027',
    december: 'December 2026',
    total: /^Total budget: .*1,155,000/,
  },
  fr: {
    locale: 'fr-FR',
    fit: 'Adéquation public–offre',
    audience: 'Le public',
    offer: 'Notre offre',
    answers: 'Répond à',
    feasibility: ['Carte des hypothèses', 'Cartes de test et cartes d’apprentissage', 'Grille de faisabilité', 'Registre des risques', 'Périmètre du MVP', 'Maturité'],
    grid: 'Importance et preuves',
    heat: 'Carte de chaleur\u00a0: les risques par probabilité et impact',
    radar: 'Grille de faisabilité par groupe',
    diffusion: ['Calendrier de sortie', 'Canaux', 'Budget', 'Indicateurs (KPI)', 'Droits et valorisation'],
    january: 'janvier 2027',
    december: 'décembre 2026',
    total: /^Budget total\u00a0: .*1[\u202f\u00a0 ]155[\u202f\u00a0 ]000/,
  },
};

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];

/** Every key a facilitator (or a stray hand) might press over a screen. */
const KEYS = [
  'ArrowDown', 'Enter', 'ArrowDown', 'ArrowRight', 'Space', 'Delete', 'Backspace', 'a', 'z', 'x', 'n', 'u',
  'ArrowLeft', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp', 'Escape', 'ArrowDown', 'ArrowDown', 'Enter',
  'ArrowDown', 'Delete', 'Backspace', 'Space', 'q', 'Escape', 'End', 'ArrowUp', 'Enter', 'ArrowUp', 'Home',
];

const main = (page) => page.getByRole('main');
const part = (page, name) => main(page).getByRole('region', { name, exact: true });

async function show(page, key) {
  await page.evaluate((hash) => { location.hash = hash; }, `#/projects/${PROJECTS[key].id}/${key}`);
  await page.waitForURL(new RegExp(`/${key}$`));
}

/** What every presentation must hold to: checked on the screen shown. */
async function assertPresented(page, size, label) {
  const present = main(page).locator('.present');
  await present.waitFor();
  for (const role of ['textbox', 'combobox', 'checkbox', 'spinbutton', 'radio', 'slider']) {
    assert.equal(await main(page).getByRole(role).count(), 0, `${label}: no ${role}`);
  }
  assert.equal(await present.locator('input, select, textarea, button, [contenteditable]').count(), 0, `${label}: nothing to edit or press`);
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.scrollingElement.scrollWidth, inner: innerWidth }));
  assert.ok(scroll <= inner, `${label}: no sideways scroll (${scroll} > ${inner})`);
  // The exercise timer marks the part its step is about.
  const outline = await page.evaluate(() => {
    const part = document.querySelector('main section[id^="present-"]');
    part.classList.add('step-now');
    const width = parseFloat(getComputedStyle(part).outlineWidth);
    part.classList.remove('step-now');
    return width;
  });
  assert.ok(outline >= 6, `${label}: the current step's part is outlined (${outline}px)`);
  if (size.width === 1024) {
    const smallest = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
      let min = { size: Infinity, text: '' };
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const el = node.parentElement;
        if (!node.textContent.trim() || el.closest('.visually-hidden')) continue;
        const box = el.getBoundingClientRect();
        if (!box.width || !box.height) continue;
        let size = parseFloat(getComputedStyle(el).fontSize);
        // An SVG's text is drawn at its font size times the figure's scale.
        if (el instanceof SVGElement) {
          const m = el.getScreenCTM();
          size *= Math.hypot(m.a, m.b);
        }
        if (size < min.size) min = { size, text: node.textContent.trim().slice(0, 40) };
      }
      return min;
    });
    assert.ok(smallest.size >= 18, `${label}: text at least 18px (“${smallest.text}” is ${smallest.size.toFixed(1)}px)`);
  }
}

/** Presses every key over the screen; storage stays byte for byte the same. */
async function assertKeysChangeNothing(page, label) {
  await sleep(300);
  const before = await storageSnapshot(page);
  await page.locator('body').focus();
  // The projector's walk: arrows go from part to part, Enter into one.
  await page.keyboard.press('ArrowDown');
  assert.match(await page.evaluate(() => document.activeElement.id), /^present-/, `${label}: ArrowDown goes to the first part`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  assert.ok(await page.evaluate(() => document.activeElement.hasAttribute('data-nav-item')), `${label}: Enter goes into the part`);
  await page.keyboard.press('Escape');
  for (const key of KEYS) await page.keyboard.press(key);
  // Focus on an item of each kind too, then keys again.
  const items = main(page).locator('[data-nav-item]');
  const n = await items.count();
  for (const i of [0, Math.floor(n / 2), n - 1].filter((i) => i >= 0)) {
    await items.nth(i).evaluate((el) => { el.tabIndex = -1; el.focus(); });
    for (const key of KEYS.slice(0, 12)) await page.keyboard.press(key);
  }
  await sleep(300);
  assert.deepEqual(await storageSnapshot(page), before, `${label}: no key changed stored data`);
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('projector')), `${label}: still in projector view`);
}

for (const lang of ['en', 'fr']) {
  for (const size of SIZES) {
    const W = WORDS[lang];
    test(`projector view presents the fit, feasibility and diffusion screens read-only (${lang}, ${size.width}×${size.height})`, (t) =>
      inContext(env.browser, t, { locale: W.locale, viewport: size }, async (context) => {
        const page = await context.newPage();
        await openApp(page, env.url);
        await setStorage(page, storageEntries(Object.values(PROJECTS)));
        await reloadApp(page);
        await show(page, 'fit');
        // Editing forms first; F8 switches to the presentation, and back.
        await main(page).getByRole('textbox').first().waitFor();
        await page.keyboard.press('F8');
        await assertPresented(page, size, `fit (${lang})`);

        // Fit: each segment's audience beside the offer, answers named.
        const fit = part(page, W.fit);
        const segment = fit.getByRole('article', { name: /^Lecteurs et lectrices de 15 à 25 ans/ });
        await segment.getByRole('heading', { name: W.audience, exact: true }).waitFor();
        await segment.getByRole('heading', { name: W.offer, exact: true }).waitFor();
        const offer = segment.getByRole('listitem').filter({ hasText: 'Épisodes légers' });
        await offer.getByText(new RegExp(`${W.answers}.*Les forfaits data coûtent cher`)).waitFor();
        const [audienceBox, offerBox] = await Promise.all([
          segment.getByRole('heading', { name: W.audience, exact: true }).boundingBox(),
          segment.getByRole('heading', { name: W.offer, exact: true }).boundingBox(),
        ]);
        assert.ok(Math.abs(audienceBox.y - offerBox.y) < 2 && offerBox.x > audienceBox.x, 'the profile and the offer side by side');
        assert.equal(await fit.getByRole('article').count(), 2, 'the two segments with content; the empty one is left out');
        await assertKeysChangeNothing(page, `fit (${lang})`);
        await assertAccessible(page, `the fit worksheet presented (${lang}, ${size.width})`);

        // Feasibility: its six parts; the cards placed on the map.
        await show(page, 'feasibility');
        await assertPresented(page, size, `feasibility (${lang})`);
        for (const name of W.feasibility) await part(page, name).getByRole('heading', { name, exact: true, level: 2 }).waitFor();
        const map = part(page, W.feasibility[0]).getByRole('group', { name: W.grid, exact: true });
        const card = map.getByRole('listitem').filter({ hasText: 'Young players in Bamako will pay €4.99 for a story game' });
        await card.waitFor();
        // Importance 5 (the top row), evidence 2 (the second column) of 4.
        assert.equal(await card.evaluate((li) => [...li.closest('.assumption-grid').children].indexOf(li.closest('.cell'))), 1, 'the card sits in its cell');
        const heat = part(page, W.feasibility[3]).getByRole('table', { name: W.heat, exact: true });
        // Impact 5 (the first row), likelihood 3 (the third column).
        await heat.getByRole('row').nth(1).getByRole('cell').nth(2).getByText('The grant we count on is refused').waitFor();
        await part(page, W.feasibility[2]).getByRole('img', { name: W.radar, exact: true }).waitFor();
        await part(page, W.feasibility[1]).getByText('7 pre-orders out of 120 demo players (6 %)').waitFor();
        await assertKeysChangeNothing(page, `feasibility (${lang})`);
        await assertAccessible(page, `the feasibility studio presented (${lang}, ${size.width})`);

        // Diffusion: months across, each milestone in its month; the total.
        await show(page, 'diffusion');
        await assertPresented(page, size, `diffusion (${lang})`);
        for (const name of W.diffusion) await part(page, name).getByRole('heading', { name, exact: true, level: 2 }).waitFor();
        const months = part(page, W.diffusion[0]).getByRole('list').first().locator(':scope > li');
        const january = months.filter({ has: page.getByRole('heading', { name: W.january, exact: true }) });
        await january.getByText('Épisode 1', { exact: true }).waitFor();
        await january.getByText('Épisode 2', { exact: true }).waitFor();
        assert.equal(await months.count(), 11, 'December 2026 to October 2027, month by month');
        const [dec, jan] = await Promise.all([
          months.filter({ has: page.getByRole('heading', { name: W.december, exact: true }) }).boundingBox(),
          january.boundingBox(),
        ]);
        assert.ok(jan.x > dec.x && Math.abs(jan.y - dec.y) < 2, 'months read across');
        await part(page, W.diffusion[2]).getByText(W.total).waitFor();
        await assertKeysChangeNothing(page, `diffusion (${lang})`);
        await assertAccessible(page, `the diffusion plan presented (${lang}, ${size.width})`);

        // Out of projector view, the forms come back.
        await page.keyboard.press('F8');
        await eventually(async () => assert.ok((await main(page).getByRole('textbox').count()) > 0, 'the plan is editable again'));
      }));
  }
}

test('an empty project: each part of each presentation says in one line that it is empty', (t) =>
  inContext(env.browser, t, { viewport: SIZES[0] }, async (context) => {
    const page = await context.newPage();
    const blank = makeProject({ title: 'Nothing yet' });
    await openApp(page, env.url);
    await setStorage(page, storageEntries([blank]));
    await reloadApp(page);
    await page.evaluate((hash) => { location.hash = hash; }, `#/projects/${blank.id}/fit`);
    await main(page).getByRole('button').first().waitFor();
    await page.keyboard.press('F8');
    const says = async (tool, lines) => {
      await page.evaluate((hash) => { location.hash = hash; }, `#/projects/${blank.id}/${tool}`);
      await main(page).locator('.present').waitFor();
      for (const [name, line] of lines) await part(page, name).getByText(line, { exact: true }).waitFor();
      await assertPresented(page, SIZES[0], `empty ${tool}`);
      await assertAccessible(page, `the ${tool} presentation of an empty project`);
    };
    await says('fit', [['Audience–offer fit', 'No segment has a profile or an offer yet.']]);
    await says('feasibility', [
      ['Assumptions map', 'No assumption yet.'],
      ['Test cards and learning cards', 'No test card yet.'],
      ['Risk register', 'No risk recorded yet.'],
      ['MVP scope', 'The MVP’s scope is not written yet.'],
    ]);
    await says('diffusion', [
      ['Release timeline', 'No milestone yet.'],
      ['Channels', 'No channel yet.'],
      ['Budget', 'No budget line yet.'],
      ['Indicators (KPIs)', 'No indicator yet.'],
      ['Rights and valorisation', 'No right or revenue recorded yet.'],
    ]);
  }));
