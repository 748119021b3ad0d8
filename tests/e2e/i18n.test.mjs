// Every word in French and English: the language follows the browser, can
// be switched, and the choice is remembered.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { inContext, openApp, reloadApp } from './lib/browser.mjs';
import { BLOCKS, EN, FR, addNote, alerts, banner, colourButton, createProject, fileFrom, importFiles, menuItems, moveButton, noteItem, goHome, headerButton, openNoteMenu, waitForCanvas } from './lib/app.mjs';

const env = useApp();
const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);
// Not exact: a select inside its <label> may take the selected option into its name.
const languageSelect = (page, L) => banner(page).getByRole('combobox', { name: L.language });

/** English interface words that must not show through in French. */
const ENGLISH_ONLY = [
  'Your projects',
  'New project',
  'Add note',
  'Guiding questions',
  'Move to block',
  'Delete note',
  'All changes saved',
  'Key Partners',
  'Revenue Streams',
];

async function expectHome(page, L) {
  await page.getByRole('heading', { level: 1, name: L.home, exact: true }).waitFor();
  await page.getByRole('button', { name: L.newProject, exact: true }).first().waitFor();
  for (const name of [L.import, L.export, L.undo, L.redo]) {
    assert.equal(await headerButton(page, name).count(), 1, `the header has a "${name}" button`);
  }
  await languageSelect(page, L).waitFor();
  // backup (issue 10): before anything is saved in this visit, no claim that it was.
  assert.equal(await page.getByRole('status').filter({ hasText: L.saved }).count(), 0, `"${L.saved}" is not claimed yet`);
  assert.equal(await htmlLang(page), L.lang, '<html lang> follows the language');
}

test('with a French browser the interface is French', (t) =>
  inContext(env.browser, t, { locale: 'fr-FR' }, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await expectHome(page, FR);
    await page.getByText(FR.empty, { exact: true }).waitFor();
    assert.equal(
      await languageSelect(page, FR).evaluate((s) => s.selectedOptions[0].textContent.trim()),
      'Français',
    );

    await createProject(page, { title: 'Projet Kora', pitch: 'Une série audio', country: 'Côte d’Ivoire' }, FR);
    await waitForCanvas(page, 'Projet Kora', FR);
    for (const b of BLOCKS) {
      const region = page.getByRole('region', { name: b.fr, exact: true });
      await region.getByRole('button', { name: FR.addNote, exact: true }).waitFor();
      await region.getByRole('button', { name: FR.guidingQuestions, exact: true }).waitFor();
    }
    const added = await addNote(page, 'Canaux', 'Festival Clap Ivoire', FR);
    const item = noteItem(added);
    assert.equal(await colourButton(item).getAttribute('aria-label'), 'Couleur\u00a0: Sans couleur');
    const colours = await openNoteMenu(added, colourButton);
    assert.deepEqual(await menuItems(colours), ['Sans couleur', 'Jaune', 'Rose', 'Bleu', 'Vert', 'Orange', 'Violet']);
    await page.keyboard.press('Escape');
    const moves = await openNoteMenu(added, moveButton);
    assert.deepEqual(await menuItems(moves), ['Monter', 'Descendre', ...BLOCKS.map((b) => b.fr)]);
    assert.deepEqual(await menuItems(moves.getByRole('group', { name: 'Déplacer vers le bloc' })), BLOCKS.map((b) => b.fr));
    await page.keyboard.press('Escape');
    assert.equal(await item.getByRole('button', { name: 'Supprimer la note', exact: true }).count(), 1, 'the note has a "Supprimer la note" button');
    await page.getByText(/Strategyzer[\s\S]*CC BY-SA 3\.0/).first().waitFor();
    const text = await page.locator('body').innerText();
    const leftovers = ENGLISH_ONLY.filter((w) => text.includes(w));
    assert.deepEqual(leftovers, [], `English words on the French canvas: ${leftovers.join(', ')}`);
    assert.equal(await htmlLang(page), 'fr');
  }));

test('the Language select switches the interface, and the choice survives a reload', (t) =>
  inContext(env.browser, t, { locale: 'en-US' }, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await expectHome(page, EN);

    await languageSelect(page, EN).selectOption({ label: 'Français' });
    await expectHome(page, FR);
    const settings = await page.evaluate(() => localStorage.getItem('canevas.settings'));
    assert.ok(settings, 'the choice is stored in canevas.settings');

    await reloadApp(page);
    await expectHome(page, FR);

    // A canvas after the reload is French too.
    await createProject(page, 'Kora', FR);
    await waitForCanvas(page, 'Kora', FR);
    assert.equal(await page.getByRole('button', { name: FR.addNote, exact: true }).count(), 9);

    // And back to English, remembered as well.
    await languageSelect(page, FR).selectOption({ label: 'English' });
    await waitForCanvas(page, 'Kora', EN);
    assert.equal(await htmlLang(page), 'en');
    await reloadApp(page);
    await waitForCanvas(page, 'Kora', EN);
    await goHome(page, EN);
    await expectHome(page, EN);
  }));

test('a chosen language wins over the browser language', (t) =>
  inContext(env.browser, t, { locale: 'fr-FR' }, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await expectHome(page, FR);
    await languageSelect(page, FR).selectOption({ label: 'English' });
    await expectHome(page, EN);
    await reloadApp(page);
    await expectHome(page, EN);
    // Another tab of the same browser opens in the chosen language.
    const other = await context.newPage();
    await openApp(other, env.url);
    await expectHome(other, EN);
  }));

test('in French, the new-project dialog and import errors are French', (t) =>
  inContext(env.browser, t, { locale: 'fr-FR' }, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await page.getByRole('button', { name: FR.newProject, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: FR.newProject });
    await dialog.waitFor();
    for (const label of [FR.title, FR.pitch, FR.discipline, FR.country, FR.team]) {
      await dialog.getByLabel(label, { exact: true }).waitFor();
    }
    assert.deepEqual(
      await dialog.getByLabel(FR.discipline, { exact: true }).evaluate((s) => [...s.options].map((o) => o.textContent.trim())),
      ['Jeu vidéo', 'Webtoon ou bande dessinée', 'Immersif ou XR', 'Film, série ou audiovisuel', 'Musique', 'Plateforme numérique', 'Autre'],
    );
    await dialog.getByRole('button', { name: FR.cancel, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    await importFiles(page, fileFrom('notes.json', 'pas du JSON'), FR);
    const message = alerts(page).filter({ hasText: 'notes.json' });
    await message.first().waitFor();
    const text = (await message.first().innerText()).replace(/\s+/g, ' ');
    assert.match(text, /n’a pas été importé/, text);
    assert.match(text, /Vos projets n’ont pas changé\./, text);
    await message.first().getByRole('button', { name: FR.dismiss, exact: true }).waitFor();
  }));
