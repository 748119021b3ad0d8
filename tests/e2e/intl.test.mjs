// One way to write dates, numbers, percentages, money and plurals, by the
// browser's Intl, in each language: what a person reads on the project
// cards, the diffusion plan, the cohort board and its read-only view; and
// no ISO date ("2026-12-01") in the visible text of any screen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp } from './lib/suite.mjs';
import { inContext, openApp, reloadApp } from './lib/browser.mjs';
import { BLOCKS, EN, FR, article, eventually, fileFrom, makeFile, makeProject, setStorage, storageEntries, waitForStatus } from './lib/app.mjs';

const env = useApp();

const DAY = Date.UTC(2026, 11, 1, 10); // 1 December 2026, 10:00 UTC
const ISO = /\b\d{4}-\d{2}-\d{2}\b/;

/**
 * Three projects: "Griots" fills 7 of the 9 blocks (78%, not 77%) and has a
 * diffusion plan (a milestone on 1 Dec 2026, a budget of 1 250 000 FCFA, a
 * KPI at 64% of its target); "Solo" has 1 note; "Trio" has 3.
 */
function projects() {
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/format/v2/diffusion.json', import.meta.url), 'utf8')).projects[0];
  const griots = {
    ...makeProject({
      id: 'griots',
      title: 'Griots',
      discipline: 'webtoon',
      notes: Object.fromEntries(BLOCKS.slice(0, 7).map((b) => [b.key, [`${b.en} of Griots`]])),
      at: DAY,
    }),
    diffusion: {
      ...fixture.diffusion,
      audiences: [],
      timeline: [{ date: '2026-12-01', id: 'm1', kind: 'announcement', title: 'Annonce sur Instagram' }],
      budget: [{ amount: '1250000', funding: 'f1', group: 'materials', id: 'b1', label: 'Couvertures' }],
      funding: [{ amount: '1250000', id: 'f1', name: 'Bourse' }],
      kpis: [{ actual: '3200', due: '2027-04-01', id: 'k1', name: 'Lecteurs', target: '5000' }],
    },
  };
  const solo = makeProject({ id: 'solo', title: 'Solo', notes: { channels: ['One note'] }, at: DAY });
  const trio = makeProject({ id: 'trio', title: 'Trio', notes: { channels: ['a', 'b', 'c'] }, at: DAY });
  return [griots, solo, trio];
}

/** What each language must show. */
const WORDS = {
  en: {
    L: EN,
    locale: 'en-US',
    date: '1 Dec 2026',
    griotsMeta: 'Webtoon or comics · 7 notes · 7 of 9 blocks filled · Updated 1 Dec 2026',
    soloMeta: 'Other · 1 note · 1 of 9 blocks filled · Updated 1 Dec 2026',
    trioMeta: 'Other · 3 notes · 1 of 9 blocks filled · Updated 1 Dec 2026',
    diffusion: 'Diffusion and valorisation plan',
    comingUp: 'Coming up in the next 30 days',
    coming: 'In 4 days · 1 Dec 2026 · Annonce sur Instagram',
    total: 'Total budget: 1,250,000\u00a0FCFA',
    progress: '64% of target',
    cohort: 'Cohort',
    importCohort: "Import participants' files",
    addedOne: '1 project added to the cohort.',
    addedTwo: '2 projects added to the cohort.',
    showingAll: 'Showing 3 of 3 projects',
    showingOne: 'Showing 1 of 3 projects',
    search: 'Search',
    completeness: 'Canvas 78% complete · 7 of 9 blocks filled',
    cohortMeta: 'Webtoon or comics · no country given · 7 notes · Updated 1 Dec 2026',
    next: 'Next deadline: 1 Dec 2026, Annonce sur Instagram',
    screens: ['Business Model Canvas', 'Audience–offer fit', 'Feasibility', 'Exercises'],
  },
  fr: {
    L: FR,
    locale: 'fr-FR',
    date: '1 déc. 2026',
    griotsMeta: 'Webtoon ou bande dessinée · 7 notes · 7 blocs sur 9 remplis · Modifié le 1 déc. 2026',
    soloMeta: 'Autre · 1 note · 1 bloc sur 9 rempli · Modifié le 1 déc. 2026',
    trioMeta: 'Autre · 3 notes · 1 bloc sur 9 rempli · Modifié le 1 déc. 2026',
    diffusion: 'Plan de diffusion et de valorisation',
    comingUp: 'À venir dans les 30 prochains jours',
    coming: 'Dans 4\u00a0jours · 1 déc. 2026 · Annonce sur Instagram',
    total: 'Budget total\u00a0: 1\u202f250\u202f000\u00a0FCFA',
    progress: '64\u00a0% de la cible',
    cohort: 'Cohorte',
    importCohort: 'Importer les fichiers des participants',
    addedOne: '1 projet ajouté à la cohorte.',
    addedTwo: '2 projets ajoutés à la cohorte.',
    showingAll: '3 projets affichés sur 3',
    showingOne: '1 projet affiché sur 3',
    search: 'Rechercher',
    completeness: 'Canevas rempli à 78\u00a0% · 7 blocs sur 9 remplis',
    cohortMeta: 'Webtoon ou bande dessinée · pays non précisé · 7 notes · Modifié le 1 déc. 2026',
    next: 'Prochaine échéance\u00a0: 1 déc. 2026, Annonce sur Instagram',
    screens: ['Business Model Canvas (modèle économique)', 'Adéquation public–offre', 'Faisabilité', 'Exercices'],
  },
};

/** The visible text of the page, as a person reads it (not input values). */
const visibleText = (page) => page.evaluate(() => document.body.innerText);

/** Exactly this text, with its own spaces (no-break spaces included). */
async function hasText(scope, text) {
  await eventually(async () => {
    const texts = await scope.evaluate((el) => [...el.querySelectorAll('*')].map((e) => e.textContent.trim()));
    assert.ok(texts.includes(text), `“${text}” is shown`);
  });
}

async function noIsoDate(page, screen) {
  const text = await visibleText(page);
  assert.doesNotMatch(text, ISO, `no ISO date on ${screen}: ${ISO.exec(text)?.[0]}`);
}

/** Goes to `hash` in the running app and waits for a heading named `heading`. */
async function visit(page, hash, heading) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
}

for (const [lang, W] of Object.entries(WORDS)) {
  test(`${lang}: dates, numbers, money and plurals as ${lang === 'en' ? 'English' : 'French'} writes them; no ISO date on any screen`, (t) =>
    inContext(env.browser, t, { locale: W.locale, timezoneId: 'Africa/Dakar' }, async (context) => {
      const page = await context.newPage();
      // "Today" is four days before the milestone.
      await page.clock.setFixedTime(new Date('2026-11-27T09:00:00Z'));
      await openApp(page, env.url);
      const all = projects();
      await setStorage(page, storageEntries(all));
      await reloadApp(page);

      // Home: each card's figures, with the plural each count takes.
      await page.getByRole('heading', { level: 1, name: W.L.home, exact: true }).waitFor();
      await hasText(article(page, 'Griots'), W.griotsMeta);
      await hasText(article(page, 'Solo'), W.soloMeta);
      await hasText(article(page, 'Trio'), W.trioMeta);
      await noIsoDate(page, 'the home screen');

      // The diffusion plan: the coming-up list, the budget, a KPI.
      await visit(page, '#/projects/griots/diffusion', W.diffusion);
      const coming = page.getByRole('region', { name: W.comingUp, exact: true });
      await hasText(coming, W.coming);
      await hasText(page.getByRole('main'), W.total);
      await hasText(page.getByRole('main'), W.progress);
      await noIsoDate(page, 'the diffusion plan');

      // Every other screen of the project, and the exercises.
      const [canvas, fit, feasibility, exercises] = W.screens;
      for (const [hash, heading] of [
        ['#/projects/griots/canvas', canvas],
        ['#/projects/griots/fit', fit],
        ['#/projects/griots/feasibility', feasibility],
        ['#/exercises', exercises],
      ]) {
        await visit(page, hash, heading);
        await noIsoDate(page, hash);
      }

      // The cohort: one file, then two; the board's count in both forms.
      await visit(page, '#/cohort', W.cohort);
      const importFiles = async (list) => {
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.getByRole('button', { name: W.importCohort }).click(),
        ]);
        await chooser.setFiles(list.map((p) => fileFrom(`${p.id}.json`, makeFile([p]))));
      };
      await importFiles([all[1]]);
      await waitForStatus(page, W.addedOne);
      await importFiles([all[0], all[2]]);
      await waitForStatus(page, W.addedTwo);
      await page.getByText(W.showingAll, { exact: true }).waitFor();
      const card = page.getByRole('article', { name: 'Griots', exact: true });
      await hasText(card, W.completeness);
      await hasText(card, W.cohortMeta);
      await hasText(card, W.next);
      await noIsoDate(page, 'the cohort board');
      await page.getByRole('searchbox', { name: W.search }).fill('Solo');
      await page.getByText(W.showingOne, { exact: true }).waitFor();
      await page.getByRole('searchbox', { name: W.search }).fill('');

      // Read-only, and side by side.
      await visit(page, '#/cohort/griots', 'Griots');
      // Every tool in full (issue 18): the plan's money and progress as the
      // language writes them.
      const plan = page.locator('.present-diffusion');
      await hasText(plan, W.progress);
      await hasText(plan, W.total);
      await noIsoDate(page, 'a cohort project');
      await page.evaluate(() => { window.location.hash = '#/cohort/compare/griots,solo'; });
      await page.getByRole('link', { name: 'Solo', exact: true }).waitFor();
      await hasText(page.getByRole('main'), W.next);
      await noIsoDate(page, 'the comparison');
    }));
}
