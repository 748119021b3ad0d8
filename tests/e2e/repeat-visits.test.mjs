// Repeat visits open from the service worker's cache alone (public/sw.js),
// and a new build is stored while someone works, without touching their
// page, then opens on the next visit with a message.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useApp } from './lib/suite.mjs';
import { startServer, DEFAULT_DIST } from './lib/server.mjs';
import { inContext, openApp, waitForReady } from './lib/browser.mjs';
import { addNote, controlled, createProject, note, waitForCanvas, waitForStatus } from './lib/app.mjs';

const env = useApp();

test('a repeat visit opens from the cache, with no network request at all', (t) =>
  inContext(env.browser, t, async (context) => {
    const first = await context.newPage();
    await openApp(first, env.url);
    await controlled(first);
    const id = await createProject(first, 'Cached Studio');
    await addNote(first, 'Key Partners', 'Alliance française');

    // Offline: every request must be answered by the worker's cache.
    await context.setOffline(true);
    const failed = [];
    const network = [];
    context.on('requestfailed', (r) => failed.push(r.url()));
    context.on('response', (r) => {
      if (!r.fromServiceWorker()) network.push(r.url());
    });
    const again = await context.newPage();
    await again.goto(`${env.url}/#/projects/${id}/canvas`);
    await waitForReady(again);
    await waitForCanvas(again, 'Cached Studio');
    assert.equal(await note(again, 'Key Partners', 1).inputValue(), 'Alliance française');
    // sw.js is the browser's own check for a new build; offline it fails
    // quietly and the cached build opens.
    assert.deepEqual(failed.filter((u) => !u.endsWith('/sw.js')), [], 'no request went to the network');
    assert.deepEqual(network, [], 'every response came from the cache');
    await context.setOffline(false);

    // Online too: the server sees nothing but that check.
    const before = env.server.requests.length;
    const online = await context.newPage();
    await online.goto(`${env.url}/#/`);
    await waitForReady(online);
    const asked = env.server.requests.slice(before).map((r) => r.path);
    assert.deepEqual(asked.filter((p) => p !== '/sw.js'), [], `only sw.js is asked for, got ${asked}`);
  }));

test('a new build is stored while the user types, and opens on the next visit with a message', async (t) => {
  // A copy of dist/ that can become "the next build".
  const root = mkdtempSync(path.join(tmpdir(), 'canevas-build-'));
  cpSync(DEFAULT_DIST, root, { recursive: true });
  const server = await startServer({ root });
  t.after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });
  const build = /<meta name="canevas-build" content="([0-9a-f]+)">/.exec(
    readFileSync(path.join(root, 'index.html'), 'utf8'),
  )?.[1];
  assert.ok(build, 'index.html names its build');

  await inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, server.url);
    await controlled(page);
    const id = await createProject(page, 'Studio Baobab');
    await addNote(page, 'Channels', 'Radio');
    // Opened once more, so this page started under the worker.
    await page.reload();
    await waitForReady(page);
    await waitForCanvas(page, 'Studio Baobab');

    // The host now serves a new build.
    const next = 'feedc0de' + build.slice(8);
    for (const name of ['index.html', 'sw.js']) {
      const file = path.join(root, name);
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll(build, next));
      rmSync(`${file}.br`, { force: true });
      rmSync(`${file}.gz`, { force: true });
    }

    // Typing goes on while another tab's visit finds the new build.
    const field = note(page, 'Channels', 1);
    await field.click();
    await field.press('End');
    await field.pressSequentially(' communautaire');
    const other = await context.newPage();
    await other.goto(`${server.url}/#/`);
    await waitForReady(other);
    await waitForStatus(page, 'A new version of Canevas is ready');
    await field.pressSequentially(' et festivals');
    assert.equal(await field.inputValue(), 'Radio communautaire et festivals', 'the page was not reloaded under the user');
    assert.equal(await page.evaluate(() => document.querySelector('meta[name=canevas-build]').content), build);
    await other.close();
    await page.close();

    // The next visit opens the new build and says so.
    const after = await context.newPage();
    await after.goto(`${server.url}/#/projects/${id}/canvas`);
    await waitForReady(after);
    await waitForCanvas(after, 'Studio Baobab');
    assert.equal(await after.evaluate(() => document.querySelector('meta[name=canevas-build]').content), next);
    await waitForStatus(after, 'Canevas was updated since your last visit');
    assert.equal(await note(after, 'Channels', 1).inputValue(), 'Radio communautaire et festivals');
  });
});
