// Search on the home screen (issue 13, point 6): the cards shown are the
// projects with every word of the query in any of their texts, whatever
// the case and accents, in English and French.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp, reloadApp } from './lib/browser.mjs';
import { EN, eventually, makeProject, projectTitles, setStorage, storageEntries, storageSnapshot } from './lib/app.mjs';

const env = useApp();

const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/format/v3/${name}.json`, import.meta.url), 'utf8')).projects[0];

const PROJECTS = [
  makeProject({ title: 'Studio Écume', pitch: 'A webtoon about Abidjan’s markets', notes: { Channels: ['Radio communautaire'] } }),
  makeProject({ title: 'Kora Beats', notes: { 'Customer Segments': ['Festival audiences in Accra'] } }),
  fixture('feasibility'),
  fixture('diffusion'),
];

async function search(page, label, text) {
  const box = page.getByRole('search').getByRole('searchbox', { name: label });
  await box.fill(text);
}

const shown = (page, expected) =>
  eventually(async () => {
    const titles = await projectTitles(page);
    return JSON.stringify(titles.sort()) === JSON.stringify([...expected].sort()) ? titles : null;
  }, { message: `the cards shown are ${expected}` });

test('the home screen finds projects by the words in any of their texts', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await setStorage(page, storageEntries(PROJECTS));
    await reloadApp(page);
    const before = await storageSnapshot(page);
    const all = PROJECTS.map((p) => p.title);
    await shown(page, all);

    // A canvas note, without its accent or case.
    await search(page, 'Search your projects', 'COMMUNAUTAIRE');
    await shown(page, ['Studio Écume']);
    await assert.doesNotReject(page.getByRole('status').filter({ hasText: '1 project found' }).waitFor());
    await search(page, 'Search your projects', 'ecume');
    await shown(page, ['Studio Écume']);
    // A feasibility assumption; a diffusion channel.
    await search(page, 'Search your projects', 'godot android');
    await shown(page, [PROJECTS[2].title]);
    await search(page, 'Search your projects', 'glenat');
    await shown(page, [PROJECTS[3].title]);
    // Every word must be found.
    await search(page, 'Search your projects', 'radio kora');
    await shown(page, []);
    const none = page.getByRole('status').filter({ hasText: 'No project contains all of “radio kora”.' });
    await none.waitFor();
    await assertAccessible(page, 'home, a search that finds nothing');
    await none.getByRole('button', { name: 'Clear the search' }).click();
    await shown(page, all);
    assert.equal(await page.getByRole('searchbox', { name: 'Search your projects' }).inputValue(), '');
    assert.ok(await page.getByRole('searchbox', { name: 'Search your projects' }).evaluate((e) => e === document.activeElement), 'focus stays in the search');

    // French: the same search, its words in French.
    await page.getByRole('banner').getByRole('combobox', { name: EN.language }).selectOption({ label: 'Français' });
    await search(page, 'Chercher dans vos projets', 'Écume RADIO');
    await shown(page, ['Studio Écume']);
    await page.getByRole('status').filter({ hasText: '1 projet trouvé' }).waitFor();
    await search(page, 'Chercher dans vos projets', 'kora radio');
    await page.getByRole('status').filter({ hasText: 'Aucun projet ne contient tous les mots « kora radio ».' }).waitFor();
    // The language is a setting; the projects are as they were.
    const projects = (snapshot) => Object.fromEntries(Object.entries(snapshot).filter(([k]) => k.startsWith('canevas.project.')));
    assert.deepEqual(projects(await storageSnapshot(page)), projects(before), 'searching changes no project');
  }));
