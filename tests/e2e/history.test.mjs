// Undo and redo act only on what the user sees: each project has its own
// history and the home screen has one for the list; a step undone out of
// sight is brought into view and said; focus stays on a moved note; and the
// open project's history survives a reload of the tab.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { inContext, openApp, reloadApp } from './lib/browser.mjs';
import {
  addNote,
  article,
  createProject,
  eventually,
  goHome,
  headerButton,
  note,
  noteTexts,
  noteTools,
  projectTitles,
  waitForCanvas,
  waitForStatus,
  waitForStored,
} from './lib/app.mjs';

const env = useApp();

const tab = (page, name) => page.getByRole('navigation', { name: /project/i }).getByRole('link', { name, exact: true });
const undo = (page) => headerButton(page, 'Undo');
const redo = (page) => headerButton(page, 'Redo');

test('undo in one project never reaches into another, and the home screen keeps its own history', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const a = await createProject(page, { title: 'Souk Tycoon' });
    await waitForCanvas(page, 'Souk Tycoon');
    // A project just created has nothing to undo on its own screens: its
    // creation is the home screen's step.
    assert.equal(await undo(page).isDisabled(), true, 'nothing to undo in a new project');

    await goHome(page);
    const b = await createProject(page, { title: 'Les Voisins de Bab Souika' });
    await waitForCanvas(page, 'Les Voisins de Bab Souika');
    await addNote(page, 'Channels', 'Journées cinématographiques de Carthage');
    await waitForStored(page, b, (p) => assert.equal(p.canvas.channels[0]?.text, 'Journées cinématographiques de Carthage'));

    // Open A: Undo is disabled there, and Ctrl+Z changes nothing anywhere.
    await page.goto(`${env.url}#/projects/${a}/canvas`);
    await waitForCanvas(page, 'Souk Tycoon');
    assert.equal(await undo(page).isDisabled(), true, 'A has nothing to undo');
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(300);
    await waitForStored(page, b, (p) => assert.equal(p.canvas.channels[0]?.text, 'Journées cinématographiques de Carthage', "B's note is untouched"));

    // In B, Undo takes back B's typing, then its note.
    await page.goto(`${env.url}#/projects/${b}/canvas`);
    await waitForCanvas(page, 'Les Voisins de Bab Souika');
    assert.equal(await undo(page).isDisabled(), false);
    await undo(page).click();
    await waitForStatus(page, 'Undid: note edited in Channels');
    await undo(page).click();
    await waitForStatus(page, 'Undid: note added in Channels');
    assert.deepEqual(await noteTexts(page, 'Channels'), []);
    assert.equal(await undo(page).isDisabled(), true, 'B is back to its start');

    // The home screen's history: deleting a project, then Undo and Redo.
    await goHome(page);
    await article(page, 'Souk Tycoon').getByRole('button', { name: 'Delete', exact: true }).click();
    assert.deepEqual(await projectTitles(page), ['Les Voisins de Bab Souika']);
    await undo(page).click();
    await waitForStatus(page, 'Undid: “Souk Tycoon” deleted');
    await eventually(async () => assert.deepEqual(await projectTitles(page), ['Les Voisins de Bab Souika', 'Souk Tycoon']));
    await redo(page).click();
    await waitForStatus(page, 'Redid: “Souk Tycoon” deleted');
    await eventually(async () => assert.deepEqual(await projectTitles(page), ['Les Voisins de Bab Souika']));
  }));

test('undoing a change on another screen shows it and says what it undid; focus stays on a moved note', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await createProject(page, { title: 'Kola Studio' });
    await waitForCanvas(page, 'Kola Studio');
    await addNote(page, 'Channels', 'Webtoon platform');
    await addNote(page, 'Channels', 'FESPACO');

    // Delete a note, go to another tab, press Undo: back on the canvas, the
    // note is there again, and the message says what was undone.
    await (await noteTools(note(page, 'Channels', 1))).getByRole('button', { name: 'Delete note' }).click();
    await waitForStored(page, id, (p) => assert.equal(p.canvas.channels.length, 1));
    await tab(page, 'Feasibility').click();
    await page.waitForURL(/\/feasibility$/);
    await undo(page).click();
    await page.waitForURL(/\/canvas$/);
    await waitForStatus(page, 'Undid: note deleted in Channels');
    assert.deepEqual(await noteTexts(page, 'Channels'), ['Webtoon platform', 'FESPACO']);

    // Move a note by keyboard, then Ctrl+Z in it: the note goes back and
    // keeps the focus.
    await note(page, 'Channels', 2).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await eventually(async () => assert.deepEqual(await noteTexts(page, 'Channels'), ['FESPACO', 'Webtoon platform']));
    await page.keyboard.press('Control+z');
    await eventually(async () => assert.deepEqual(await noteTexts(page, 'Channels'), ['Webtoon platform', 'FESPACO']));
    await waitForStatus(page, 'Undid: note moved in Channels');
    await eventually(async () => {
      const focused = await page.evaluate(() => document.activeElement?.value ?? document.activeElement?.tagName);
      assert.equal(focused, 'FESPACO', 'focus stays on the moved note');
    });
    // Moved to another block and undone: still focused, back in Channels.
    await page.keyboard.press('Alt+ArrowRight');
    await eventually(async () => assert.deepEqual(await noteTexts(page, 'Customer Segments'), ['FESPACO']));
    await page.keyboard.press('Control+z');
    await eventually(async () => assert.deepEqual(await noteTexts(page, 'Channels'), ['Webtoon platform', 'FESPACO']));
    await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.value), 'FESPACO'));
  }));

test('the open project’s history survives a reload of the tab', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await createProject(page, { title: 'Sahel Sessions' });
    await waitForCanvas(page, 'Sahel Sessions');
    await addNote(page, 'Key Partners', 'Label');
    await addNote(page, 'Key Partners', 'Radio');
    await waitForStored(page, id, (p) => assert.equal(p.canvas.key_partners.length, 2));

    await reloadApp(page);
    await waitForCanvas(page, 'Sahel Sessions');
    assert.equal(await undo(page).isDisabled(), false, 'the way back is still there');
    await undo(page).click();
    await waitForStatus(page, 'Undid: note edited in Key Partners');
    await undo(page).click();
    await waitForStatus(page, 'Undid: note added in Key Partners');
    assert.deepEqual(await noteTexts(page, 'Key Partners'), ['Label']);
    await redo(page).click();
    await eventually(async () => assert.equal((await noteTexts(page, 'Key Partners')).length, 2));
    // And the home screen's own history came back too.
    await goHome(page);
    assert.equal(await undo(page).isDisabled(), false, 'the creation can still be undone');
  }));
