// The guiding questions and examples come from one file per language
// beside the app (public/guide/<lang>.json, src/i18n/guide.rs): a creator
// fetches their language's only, it is kept for offline use, and a guide
// that cannot be fetched says so and can be tried again.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp } from './lib/suite.mjs';
import { inContext, openApp, waitForReady } from './lib/browser.mjs';
import { controlled, createProject, eventually, region, waitForCanvas, EN, FR } from './lib/app.mjs';
import { DEFAULT_DIST } from './lib/server.mjs';

const env = useApp();
const guide = (lang) => JSON.parse(readFileSync(`${DEFAULT_DIST}/guide/${lang}.json`, 'utf8'));
// Screen text, with the no-break spaces French puts before : and ? as spaces.
const plain = (s) => s.replace(/\u00a0/g, ' ');

test('in French, the guide comes from the French file only, and opens offline afterwards', (t) =>
  inContext(env.browser, t, { locale: 'fr-FR' }, async (context) => {
    const fr = guide('fr');
    const page = await context.newPage();
    const before = env.server.requests.length;
    await openApp(page, env.url);
    await controlled(page);
    const id = await createProject(page, { title: 'Studio Baobab', discipline: 'Musique' }, FR);
    // Fetched a moment after the service worker is active, before anyone asks.
    await eventually(
      () => assert.ok(env.server.requests.slice(before).some((r) => r.path === '/guide/fr.json'), 'the French guide is fetched'),
      { timeout: 15_000 },
    );
    assert.ok(!env.server.requests.slice(before).some((r) => r.path === '/guide/en.json'), 'the English guide is not fetched');

    await context.setOffline(true);
    const offline = await context.newPage();
    await offline.goto(`${env.url}/#/projects/${id}/canvas`);
    await waitForReady(offline);
    await waitForCanvas(offline, 'Studio Baobab', FR);
    const block = region(offline, 'Partenaires clés');
    await block.getByRole('button', { name: FR.guidingQuestions, exact: true }).click();
    const questions = block.getByRole('listitem');
    await eventually(async () => assert.deepEqual((await questions.allInnerTexts()).map(plain), fr.blocks.key_partners.questions.map(plain)));
    await block.getByText(plain(`Exemple : ${fr.blocks.key_partners.examples.music}`)).waitFor();
    await context.setOffline(false);
  }));

test('a guide that cannot be fetched says so, and Try again brings it', (t) =>
  // No service worker, so the test's network rule sees every request.
  inContext(env.browser, t, { serviceWorkers: 'block' }, async (context) => {
    const en = guide('en');
    let refuse = true;
    await context.route('**/guide/en.json', (route) => (refuse ? route.abort() : route.continue()));
    const page = await context.newPage();
    await openApp(page, env.url);
    await createProject(page, 'Kola Studio');
    const block = region(page, 'Channels');
    await block.getByRole('button', { name: EN.guidingQuestions, exact: true }).click();
    const status = block.getByRole('status');
    await eventually(async () => assert.match(await status.innerText(), /could not be loaded: connect to the network once, then try again/));
    refuse = false;
    await block.getByRole('button', { name: 'Try again', exact: true }).click();
    await eventually(async () => assert.deepEqual(await block.getByRole('listitem').allInnerTexts(), en.blocks.channels.questions));
    await block.getByText(`Example: ${en.blocks.channels.examples.other}`).waitFor();
    assert.equal(await block.getByRole('button', { name: 'Try again' }).count(), 0);
  }));
