// Screens live in the URL hash, so any address opens directly and survives
// a reload on the dumbest static host (this server has no fallback).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { inContext, openApp, reloadApp } from './lib/browser.mjs';
import { BLOCK_NAMES, addNote, createProject, goHome, note, region, waitForCanvas } from './lib/app.mjs';

const env = useApp();

/** Records the failed responses a page gets (the favicon Chromium asks for on its own aside). */
function watchFailures(page) {
  const failures = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && !new URL(r.url()).pathname.endsWith('/favicon.ico')) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failures.push(`failed ${r.url()}: ${r.failure()?.errorText}`));
  return failures;
}

test('the static server has no fallback: a path that is not a file is a 404', async () => {
  for (const path of ['/projects/abc/canvas', '/projects', '/nowhere.html']) {
    const res = await fetch(`${env.url}${path}`);
    assert.equal(res.status, 404, path);
  }
  const index = await fetch(`${env.url}/`);
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type'), /^text\/html/);
  const html = await index.text();
  // Whatever the app loads must be served with the right type.
  const wasm = /["']([^"']+\.wasm)["']/.exec(html)?.[1];
  if (wasm) {
    const res = await fetch(new URL(wasm, `${env.url}/`));
    assert.equal(res.status, 200, wasm);
    assert.equal(res.headers.get('content-type'), 'application/wasm');
  }
});

test('a canvas address opens directly in a new tab and after a reload', (t) =>
  inContext(env.browser, t, async (context) => {
    const first = await context.newPage();
    await openApp(first, env.url);
    const id = await createProject(first, 'Deep Link');
    await addNote(first, 'Channels', 'Radio');
    await first.close();

    const page = await context.newPage();
    const failures = watchFailures(page);
    await openApp(page, env.url, `#/projects/${id}/canvas`);
    await waitForCanvas(page, 'Deep Link');
    assert.equal(await note(page, 'Channels', 1).inputValue(), 'Radio');
    for (const b of BLOCK_NAMES) assert.equal(await region(page, b).count(), 1, b);

    await reloadApp(page);
    await waitForCanvas(page, 'Deep Link');
    assert.equal(await note(page, 'Channels', 1).inputValue(), 'Radio');
    assert.equal(new URL(page.url()).hash, `#/projects/${id}/canvas`);
    assert.deepEqual(failures, [], 'every file the app asked for was served');
  }));

test('the details address opens directly, and its nav leads to the canvas and back', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await createProject(page, 'Deep Link');
    const other = await context.newPage();
    await openApp(other, env.url, `#/projects/${id}`);
    await other.getByRole('heading', { level: 1, name: 'Deep Link', exact: true }).waitFor();
    const nav = other.getByRole('navigation').filter({ has: other.getByRole('link', { name: 'Business Model Canvas', exact: true }) });
    await nav.getByRole('link', { name: 'Project details', exact: true }).waitFor();
    await nav.getByRole('link', { name: 'Business Model Canvas', exact: true }).click();
    await other.waitForURL(new RegExp(`#/projects/${id}/canvas$`));
    await waitForCanvas(other, 'Deep Link');
    await nav.getByRole('link', { name: 'Project details', exact: true }).click();
    await other.waitForURL(new RegExp(`#/projects/${id}$`));
    await other.getByLabel('Title', { exact: true }).waitFor();
    await reloadApp(other);
    assert.equal(await other.getByLabel('Title', { exact: true }).inputValue(), 'Deep Link');
  }));

test('Back and Forward move between screens', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await createProject(page, 'History');
    await goHome(page);
    await page.goBack();
    await page.waitForURL(new RegExp(`#/projects/${id}/canvas$`));
    await waitForCanvas(page, 'History');
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Your projects', exact: true }).waitFor();
  }));

test('an unknown address or project shows a way back, not a blank page', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    for (const hash of ['#/projects/doesnotexist/canvas', '#/projects/doesnotexist', '#/nowhere', '#/projects/%3Cscript%3E/canvas']) {
      await openApp(page, env.url, hash);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const back = page.getByRole('main').getByRole('link', { name: /projects/i });
      await back.first().waitFor();
      await back.first().click();
      await page.getByRole('heading', { level: 1, name: 'Your projects', exact: true }).waitFor();
    }
  }));
