// After the first visit the app opens with no network at all (the service
// worker in public/sw.js), and keeps the work stored in the browser.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { inContext, openApp, waitForReady } from './lib/browser.mjs';
import { addNote, createProject, note, waitForCanvas } from './lib/app.mjs';

const env = useApp();

test('after one visit, the app and its projects open with the network off', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    // The service worker has cached the app once it is active.
    const active = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 15_000)),
      ]),
    );
    assert.ok(active, 'a service worker is active after the first visit');
    const id = await createProject(page, 'Offline Studio');
    await addNote(page, 'Channels', 'Community radio');

    await context.setOffline(true);
    const offline = await context.newPage();
    await offline.goto(`${env.url}/#/projects/${id}/canvas`);
    await waitForReady(offline);
    await waitForCanvas(offline, 'Offline Studio');
    assert.equal(await note(offline, 'Channels', 1).inputValue(), 'Community radio');
    await context.setOffline(false);
  }));
