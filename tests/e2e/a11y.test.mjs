// WCAG 2.1 AA: axe-core finds no serious or critical violation on each
// screen, and the keyboard basics work (skip link, dialogs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp } from './lib/browser.mjs';
import {
  BLOCKS,
  FR,
  addNote,
  alerts,
  article,
  assertFocused,
  createProject,
  describeFocus,
  eventually,
  fileFrom,
  importFiles,
  makeFile,
  makeProject,
  region,
  waitForCanvas,
} from './lib/app.mjs';

const env = useApp();

test('axe: empty home', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await page.getByText('No project yet', { exact: true }).waitFor();
    await assertAccessible(page, 'the empty home screen');
  }));

test('axe: home with projects (and a message)', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const projects = [
      makeProject({ title: 'Kola Studio', pitch: 'A webtoon', discipline: 'webtoon', notes: { channels: ['LINE Webtoon'] } }),
      makeProject({ title: 'Griot Games', discipline: 'video_game', country: 'Mali', team: ['Awa', 'Yao'] }),
    ];
    await importFiles(page, fileFrom('cohort.json', makeFile(projects)));
    await article(page, 'Griot Games').waitFor();
    await article(page, 'Kola Studio').waitFor();
    await assertAccessible(page, 'the home screen with two projects and an import message');
    await importFiles(page, fileFrom('broken.json', '{'));
    await alerts(page).filter({ hasText: '“broken.json” was not imported' }).first().waitFor();
    await assertAccessible(page, 'the home screen with an error message');
  }));

test('axe: the new-project dialog', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await page.getByRole('button', { name: 'New project', exact: true }).first().click();
    await page.getByRole('dialog', { name: 'New project' }).waitFor();
    await assertAccessible(page, 'the new-project dialog');
  }));

test('axe: the rename and conflict dialogs', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const project = makeProject({ title: 'Kola Studio' });
    await importFiles(page, fileFrom('kola.json', makeFile([project])));
    await article(page, 'Kola Studio').getByRole('button', { name: 'Rename' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename the project' });
    await rename.waitFor();
    await assertAccessible(page, 'the rename dialog');
    await rename.getByRole('button', { name: 'Cancel', exact: true }).click();
    await rename.waitFor({ state: 'hidden' });
    // Another copy of it (an identical one would be "already up to date").
    await importFiles(page, fileFrom('kola.json', makeFile([{ ...project, pitch: 'From a teammate' }])));
    await page.getByRole('dialog', { name: 'Already in your projects' }).waitFor();
    await assertAccessible(page, 'the conflict dialog');
  }));

test('axe: project details', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await createProject(page, { title: 'Kola Studio', pitch: 'A webtoon', country: 'Senegal', team: 'Awa, Kofi' });
    await page.goto(`${env.url}/#/projects/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Kola Studio', exact: true }).waitFor();
    await page.getByLabel('One-line pitch', { exact: true }).waitFor();
    await assertAccessible(page, 'the project details screen');
  }));

test('axe: canvas with notes and every guiding-questions list open', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await createProject(page, 'Kola Studio');
    await addNote(page, 'Key Partners', 'Festival partner');
    await addNote(page, 'Value Propositions', 'Stories from the Sahel');
    await addNote(page, 'Channels', 'LINE Webtoon');
    await addNote(page, 'Channels', '');
    for (const b of BLOCKS) {
      const button = region(page, b.en).getByRole('button', { name: 'Guiding questions', exact: true });
      assert.equal(await button.getAttribute('aria-expanded'), 'false', `${b.en}: questions start closed`);
      const itemsBefore = await region(page, b.en).getByRole('listitem').count();
      await button.click();
      await eventually(async () => assert.equal(await button.getAttribute('aria-expanded'), 'true'), { timeout: 3000 });
      await eventually(
        async () => assert.ok((await region(page, b.en).getByRole('listitem').count()) > itemsBefore, `${b.en}: a list of questions appears`),
        { timeout: 3000 },
      );
    }
    await assertAccessible(page, 'the canvas with notes and guiding questions open');
    // Closing again.
    const first = region(page, 'Key Partners').getByRole('button', { name: 'Guiding questions', exact: true });
    await first.click();
    await eventually(async () => assert.equal(await first.getAttribute('aria-expanded'), 'false'), { timeout: 3000 });
  }));

test('axe: a route that leads nowhere', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url, '#/projects/doesnotexist/canvas');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await assertAccessible(page, 'the not-found screen');
  }));

test('axe: the canvas in French', (t) =>
  inContext(env.browser, t, { locale: 'fr-FR' }, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await createProject(page, 'Projet Kora', FR);
    await waitForCanvas(page, 'Projet Kora', FR);
    await addNote(page, 'Canaux', 'Festival Clap Ivoire', FR);
    await page.getByRole('region', { name: 'Flux de revenus', exact: true }).getByRole('button', { name: FR.guidingQuestions }).click();
    await assertAccessible(page, 'the French canvas');
  }));

test('keyboard: the first Tab reaches "Skip to content", which moves focus to the content', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await createProject(page, 'Kola Studio');
    // Start from the top of a freshly loaded screen.
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
    await waitForCanvas(page, 'Kola Studio');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content', exact: true });
    await assertFocused(skip, `the first Tab stop is "Skip to content" (focus: ${await describeFocus(page)})`);
    await page.keyboard.press('Enter');
    await eventually(
      async () => {
        const where = await page.evaluate(() => {
          const main = document.querySelector('main');
          const el = document.activeElement;
          return { inMain: !!main && (el === main || main.contains(el)), hash: location.hash };
        });
        assert.equal(where.hash, `#/projects/${id}/canvas`, 'the skip link does not change the route');
        assert.ok(where.inMain, `focus moved into the main content (focus: ${await describeFocus(page)})`);
      },
      { timeout: 3000 },
    );
    await waitForCanvas(page, 'Kola Studio');
  }));

test('keyboard: a dialog takes focus, Escape closes it, focus returns to its button', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const opener = page.getByRole('button', { name: 'New project', exact: true }).first();
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.waitFor();
    await assertFocused(dialog, `focus is inside the dialog (focus: ${await describeFocus(page)})`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await assertFocused(opener, `focus returns to "New project" (focus: ${await describeFocus(page)})`);
  }));
