// The app's two pages (src/ui/page.rs): a creator's visit downloads the
// creator's page only; the facilitator's screens are on facilitator.html,
// which the header's links, a facilitator's address and an exercises file
// lead to, with the same work in the same storage.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { useApp } from './lib/suite.mjs';
import { inContext, openApp, waitForReady } from './lib/browser.mjs';
import {
  addNote, alerts, banner, controlled, createProject, eventually, fileFrom, goHome, importFiles, waitForCanvas,
} from './lib/app.mjs';

const env = useApp();

const EXERCISES = readFileSync(fileURLToPath(new URL('../fixtures/exercises/v2/workshop-tunis.json', import.meta.url)), 'utf8');
const h1 = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });
// The facilitator's page and binary (the css is one set for both pages).
const facilitatorAsked = (from) => env.server.requests.slice(from).map((r) => r.path).filter((p) => /facilitator(\.html|-[0-9a-f]+(_bg\.wasm|\.js))/.test(p));

test('a creator’s visit never downloads the facilitator’s page; its links and addresses lead there, with the same work', (t) =>
  inContext(env.browser, t, async (context) => {
    const from = env.server.requests.length;
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await createProject(page, 'Studio Sahel');
    await addNote(page, 'Customer Segments', 'Lycéens de Niamey');
    await goHome(page);
    assert.deepEqual(facilitatorAsked(from), [], 'no file of the facilitator’s page was asked for');

    // The header's "Exercises" opens the facilitator's page.
    await banner(page).getByRole('link', { name: 'Exercises', exact: true }).click();
    await h1(page, 'Exercises').waitFor();
    assert.match(page.url(), /\/facilitator\.html#\/exercises$/);
    assert.ok(facilitatorAsked(from).some((p) => /facilitator-[0-9a-f]+_bg\.wasm$/.test(p)), 'its own binary');
    // The same projects, and the creator's screens, on that page too.
    await banner(page).getByRole('link', { name: 'Projects', exact: true }).click();
    await page.getByRole('article', { name: 'Studio Sahel', exact: true }).waitFor();
    await page.evaluate((id) => { location.hash = `#/projects/${id}/canvas`; }, id);
    await waitForCanvas(page, 'Studio Sahel');
    assert.equal(await page.getByRole('region', { name: 'Customer Segments', exact: true }).getByRole('textbox', { name: 'Note 1', exact: true }).inputValue(), 'Lycéens de Niamey');
    assert.match(page.url(), /\/facilitator\.html#\/projects\/[^/]+\/canvas$/);

    // A facilitator's address typed on the creator's page goes on to it,
    // without leaving a step behind in the history.
    const other = await context.newPage();
    await other.goto(`${env.url}/#/cohort`);
    await h1(other, 'Cohort').waitFor();
    assert.match(other.url(), /\/facilitator\.html#\/cohort$/);
    await other.goBack();
    assert.equal(other.url(), 'about:blank', 'the creator’s page was replaced, not stacked');
    await other.close();
  }));

test('an exercises file imported on the creator’s page is left as it is, and the user is told where it goes', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await importFiles(page, [fileFrom('workshop-tunis.json', EXERCISES)]);
    await eventually(async () => {
      const texts = await alerts(page).allInnerTexts();
      assert.ok(texts.some((x) => x.includes('“workshop-tunis.json” holds a facilitator’s exercises: open Exercises, then import it there.')), texts.join(' | '));
    });
    assert.equal(await page.evaluate(() => localStorage.getItem('canevas.exercises')), null, 'nothing stored');

    // There, the same file goes in.
    await banner(page).getByRole('link', { name: 'Exercises', exact: true }).click();
    await h1(page, 'Exercises').waitFor();
    await importFiles(page, [fileFrom('workshop-tunis.json', EXERCISES)]);
    await page.getByRole('region', { name: 'Your exercises' }).getByRole('article', { name: 'Audience and risks in 30 minutes', exact: true }).waitFor();
  }));

test('the facilitator’s page, once opened, opens offline too', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await controlled(page);
    await openApp(page, env.url, '#/exercises');
    await h1(page, 'Exercises').waitFor();
    // The worker keeps what the page fetched once it has it all.
    await eventually(async () => {
      const kept = await page.evaluate(async () => {
        const names = [];
        for (const name of await caches.keys()) {
          for (const r of await (await caches.open(name)).keys()) names.push(new URL(r.url).pathname);
        }
        return names;
      });
      for (const want of [/\/facilitator\.html$/, /\/facilitator-[0-9a-f]+\.js$/, /\/facilitator-[0-9a-f]+_bg\.wasm$/]) {
        assert.ok(kept.some((p) => want.test(p)), `${want} is cached`);
      }
    }, { timeout: 20_000 });

    await context.setOffline(true);
    const again = await context.newPage();
    await again.goto(`${env.url}/facilitator.html#/cohort`);
    await waitForReady(again);
    await h1(again, 'Cohort').waitFor();
    await context.setOffline(false);
  }));
