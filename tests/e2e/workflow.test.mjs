// The main path of a creator: make a project, fill and arrange its canvas
// with mouse and keyboard, undo and redo, reload, export, import back, and
// manage projects from the home screen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { inContext, openApp, reloadApp } from './lib/browser.mjs';
import { loadValidator } from './lib/schema.mjs';
import {
  BLOCK_NAMES,
  addNote,
  article,
  assertFocused,
  canvasTexts,
  createProject,
  describeFocus,
  download,
  dragNote,
  noteTools,
  colourButton,
  menuItems,
  moveButton,
  noteColour,
  openNoteMenu,
  pickInNoteMenu,
  eventually,
  fileFrom,
  goHome,
  headerButton,
  importFiles,
  makeFile,
  makeProject,
  note,
  noteItem,
  noteTexts,
  projectTitles,
  region,
  storageSnapshot,
  storedProjects,
  waitForCanvas,
  waitForStatus,
  waitForStored,
} from './lib/app.mjs';

const env = useApp();

const emptyCanvas = () => Object.fromEntries(BLOCK_NAMES.map((b) => [b, []]));
const selectedLabel = (select) => select.evaluate((s) => s.selectedOptions[0]?.textContent.trim());
const storedTexts = (p) => Object.fromEntries(Object.entries(p.canvas).map(([k, notes]) => [k, notes.map((n) => n.text)]));

async function expectTexts(page, block, expected, message) {
  await eventually(async () => assert.deepEqual(await noteTexts(page, block), expected), {
    timeout: 5000,
    message: message ?? `notes of ${block}`,
  });
}

test('create a project, fill and arrange its canvas, undo and redo, and find it all after a reload', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);

    // Empty home.
    await page.getByRole('heading', { level: 1, name: 'Your projects', exact: true }).waitFor();
    await page.getByText('No project yet', { exact: true }).waitFor();
    assert.equal(await headerButton(page, 'Undo').isDisabled(), true, 'Undo is disabled with nothing to undo');
    assert.equal(await headerButton(page, 'Redo').isDisabled(), true, 'Redo is disabled with nothing to redo');
    // Nothing saved yet in this visit: no claim that it was (issue 10).
    assert.equal(await page.getByRole('status').filter({ hasText: 'All changes saved' }).count(), 0);

    // Create through the dialog: it lands on the new project's canvas.
    const id = await createProject(page, {
      title: 'Kola Studio',
      pitch: 'A webtoon about griots in 2080',
      discipline: 'Webtoon or comics',
      country: 'Senegal',
      team: 'Awa, Kofi',
    });
    assert.ok(id, 'the URL names the new project');
    await waitForCanvas(page, 'Kola Studio');
    await page.getByText(/Strategyzer[\s\S]*CC BY-SA 3\.0/).first().waitFor();
    assert.deepEqual(await canvasTexts(page), emptyCanvas(), 'a new canvas has no notes');

    // Fill several blocks by typing.
    await addNote(page, 'Key Partners', 'Festival partner');
    await addNote(page, 'Key Partners', 'Co-producer');
    await addNote(page, 'Key Partners', 'Translation studio');
    await addNote(page, 'Value Propositions', 'VP one');
    await addNote(page, 'Value Propositions', 'VP two');
    await addNote(page, 'Value Propositions', 'VP three');
    await addNote(page, 'Channels', 'Webtoon platform');
    await addNote(page, 'Customer Segments', 'Young readers');
    assert.equal(await headerButton(page, 'Undo').isDisabled(), false, 'Undo is enabled after edits');

    // A colour. A new note has none, so it stands for no segment: the
    // colour key does not show until a segment note is coloured.
    const vp1 = note(page, 'Value Propositions', 1);
    const cs1 = note(page, 'Customer Segments', 1);
    assert.equal(await noteColour(vp1), 'No colour', 'a new note has no colour, and its Colour button says so');
    assert.equal(await colourButton(noteItem(vp1)).getAttribute('aria-label'), 'Colour: No colour');
    // The menu is built when opened: before, the note has no list of colours.
    assert.equal(await noteItem(vp1).getByRole('menuitemradio').count(), 0, 'no colour list until the menu opens');
    const colours = await openNoteMenu(vp1, colourButton);
    assert.deepEqual(await menuItems(colours), ['No colour', 'Yellow', 'Pink', 'Blue', 'Green', 'Orange', 'Purple']);
    assert.equal(await colours.getByRole('menuitemradio', { checked: true }).innerText(), 'No colour', 'the menu marks the current colour');
    // Escape closes it and gives the focus back to its button.
    await page.keyboard.press('Escape');
    await colours.waitFor({ state: 'detached' });
    await assertFocused(colourButton(noteItem(vp1)), `Escape gives the focus back to the Colour button (focus: ${await describeFocus(page)})`);
    assert.equal(await colourButton(noteItem(vp1)).getAttribute('aria-expanded'), 'false');
    assert.equal(await noteColour(cs1), 'No colour');
    const colourKey = page.getByRole('list', { name: /^Colour key/ });
    assert.equal(await colourKey.count(), 0, 'no colour, so no segment in the colour key');
    await waitForStored(page, id, (p) => {
      assert.equal('colour' in p.canvas.customer_segments[0], false, 'stored without a colour');
      assert.equal('colour' in p.canvas.value_propositions[0], false);
    });
    // By keyboard: Enter opens the menu on the current colour, arrows move, Enter picks.
    await colourButton(noteItem(vp1)).focus();
    await page.keyboard.press('Enter');
    await assertFocused(colours.getByRole('menuitemradio', { name: 'No colour', exact: true }), 'the menu opens on the current colour');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await assertFocused(colours.getByRole('menuitemradio', { name: 'Pink', exact: true }), 'ArrowDown moves to the next colour');
    await page.keyboard.press('Enter');
    await waitForStored(page, id, (p) => assert.equal(p.canvas.value_propositions[0].colour, 'pink'));
    await eventually(async () => assert.equal(await noteColour(vp1), 'Pink', 'the button shows the new colour'));
    await assertFocused(colourButton(noteItem(vp1)), 'the focus is back on the Colour button');
    assert.equal(await colourKey.count(), 0, 'a value proposition is no segment');
    await pickInNoteMenu(cs1, colourButton, 'Blue');
    await eventually(async () => assert.deepEqual(await colourKey.getByRole('listitem').allTextContents(), ['Blue: Young readers']));
    // Undo takes the colour away again, and the control says so.
    await headerButton(page, 'Undo').click();
    await waitForStored(page, id, (p) => assert.equal('colour' in p.canvas.customer_segments[0], false));
    await eventually(async () => assert.equal(await noteColour(cs1), 'No colour'));
    await colourKey.waitFor({ state: 'detached' });
    await headerButton(page, 'Redo').click();
    await eventually(async () => assert.equal(await noteColour(cs1), 'Blue'));
    await pickInNoteMenu(cs1, colourButton, 'No colour');
    await waitForStored(page, id, (p) => assert.equal('colour' in p.canvas.customer_segments[0], false, 'the colour is taken away'));
    await colourKey.waitFor({ state: 'detached' });

    // Reorder with the keyboard: Alt+ArrowUp / Alt+ArrowDown, focus follows the note.
    await note(page, 'Value Propositions', 3).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expectTexts(page, 'Value Propositions', ['VP one', 'VP three', 'VP two']);
    await assertFocused(note(page, 'Value Propositions', 2), `focus stays on the moved note (focus: ${await describeFocus(page)})`);
    await page.keyboard.press('Alt+ArrowUp');
    await expectTexts(page, 'Value Propositions', ['VP three', 'VP one', 'VP two']);
    await assertFocused(note(page, 'Value Propositions', 1), 'focus stays on the moved note');
    await page.keyboard.press('Alt+ArrowDown');
    await expectTexts(page, 'Value Propositions', ['VP one', 'VP three', 'VP two']);
    await assertFocused(note(page, 'Value Propositions', 2), 'focus stays on the moved note');

    // Reorder with the Move menu; focus follows the note.
    await pickInNoteMenu(note(page, 'Key Partners', 3), moveButton, 'Move up');
    await expectTexts(page, 'Key Partners', ['Festival partner', 'Translation studio', 'Co-producer']);
    await assertFocused(note(page, 'Key Partners', 2), `focus follows the moved note (focus: ${await describeFocus(page)})`);
    await pickInNoteMenu(note(page, 'Key Partners', 1), moveButton, 'Move down');
    await expectTexts(page, 'Key Partners', ['Translation studio', 'Festival partner', 'Co-producer']);
    // The first note cannot go up: the menu says so, and it does nothing.
    const firstMoves = await openNoteMenu(note(page, 'Key Partners', 1), moveButton);
    assert.equal(await firstMoves.getByRole('menuitem', { name: 'Move up', exact: true }).getAttribute('aria-disabled'), 'true');
    // (Playwright waits for an enabled item: force the click a person can still make.)
    await firstMoves.getByRole('menuitem', { name: 'Move up', exact: true }).click({ force: true });
    assert.equal(await firstMoves.count(), 1, 'the menu stays open');
    await page.keyboard.press('Escape');
    await firstMoves.waitFor({ state: 'detached' });
    await expectTexts(page, 'Key Partners', ['Translation studio', 'Festival partner', 'Co-producer']);

    // Across blocks with Alt+ArrowRight / Alt+ArrowLeft, in reading order.
    await note(page, 'Channels', 1).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expectTexts(page, 'Channels', []);
    await expectTexts(page, 'Customer Segments', ['Young readers', 'Webtoon platform']);
    await assertFocused(note(page, 'Customer Segments', 2), `focus follows the note to Customer Segments (focus: ${await describeFocus(page)})`);
    await page.keyboard.press('Alt+ArrowLeft');
    await expectTexts(page, 'Channels', ['Webtoon platform']);
    await expectTexts(page, 'Customer Segments', ['Young readers']);
    await assertFocused(note(page, 'Channels', 1), 'focus follows the note back to Channels');
    await page.keyboard.press('Alt+ArrowRight');
    await expectTexts(page, 'Customer Segments', ['Young readers', 'Webtoon platform']);
    // The first block has no previous one: nothing moves.
    await note(page, 'Key Partners', 1).focus();
    await page.keyboard.press('Alt+ArrowLeft');
    await expectTexts(page, 'Key Partners', ['Translation studio', 'Festival partner', 'Co-producer']);

    // "Move to block".
    const moves = await openNoteMenu(note(page, 'Key Partners', 3), moveButton);
    const moveTo = moves.getByRole('group', { name: 'Move to block' });
    const targets = await menuItems(moveTo);
    for (const b of BLOCK_NAMES) assert.ok(targets.includes(b), `"Move to block" offers ${b} (offers ${targets.join(', ')})`);
    assert.equal(await moveTo.getByRole('menuitemradio', { checked: true }).innerText(), 'Key Partners', 'the menu marks the note’s block');
    await moveTo.getByRole('menuitemradio', { name: 'Key Resources', exact: true }).click();
    await expectTexts(page, 'Key Partners', ['Translation studio', 'Festival partner']);
    await expectTexts(page, 'Key Resources', ['Co-producer']);

    // Drag and drop onto another region.
    await dragNote(page, note(page, 'Key Partners', 2), region(page, 'Revenue Streams'));
    await expectTexts(page, 'Revenue Streams', ['Festival partner'], 'the dragged note lands in Revenue Streams');
    await expectTexts(page, 'Key Partners', ['Translation studio']);

    // Undo and redo with the header buttons.
    await headerButton(page, 'Undo').click();
    await expectTexts(page, 'Key Partners', ['Translation studio', 'Festival partner'], 'Undo puts the dragged note back');
    await expectTexts(page, 'Revenue Streams', []);
    assert.equal(await headerButton(page, 'Redo').isDisabled(), false, 'Redo is enabled after an undo');
    await headerButton(page, 'Redo').click();
    await expectTexts(page, 'Revenue Streams', ['Festival partner'], 'Redo moves it again');
    await expectTexts(page, 'Key Partners', ['Translation studio']);
    assert.equal(await headerButton(page, 'Redo').isDisabled(), true, 'nothing left to redo');

    // "Delete note" removes it at once; Undo brings it back.
    await addNote(page, 'Cost Structure', 'Temporary');
    await (await noteTools(note(page, 'Cost Structure', 1))).getByRole('button', { name: 'Delete note' }).click();
    await expectTexts(page, 'Cost Structure', [], '"Delete note" removes the note');
    await headerButton(page, 'Undo').click();
    await expectTexts(page, 'Cost Structure', ['Temporary'], 'Undo brings the deleted note back');
    await (await noteTools(note(page, 'Cost Structure', 1))).getByRole('button', { name: 'Delete note' }).click();
    await expectTexts(page, 'Cost Structure', []);

    // Ctrl+Z / Ctrl+Shift+Z while in a note undo app changes (a move), not just the text field.
    await note(page, 'Value Propositions', 2).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expectTexts(page, 'Value Propositions', ['VP one', 'VP two', 'VP three']);
    await page.keyboard.press('Control+z');
    await expectTexts(page, 'Value Propositions', ['VP one', 'VP three', 'VP two'], 'Ctrl+Z in a note undoes the move');
    await page.keyboard.press('Control+Shift+Z');
    await expectTexts(page, 'Value Propositions', ['VP one', 'VP two', 'VP three'], 'Ctrl+Shift+Z redoes the move');

    // ...and typing.
    const vp2 = note(page, 'Value Propositions', 2);
    await vp2.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' (draft)');
    await expectTexts(page, 'Value Propositions', ['VP one', 'VP two (draft)', 'VP three']);
    await page.keyboard.press('Control+z');
    await expectTexts(page, 'Value Propositions', ['VP one', 'VP two', 'VP three'], 'Ctrl+Z undoes the typing');
    await page.keyboard.press('Control+Shift+Z');
    await expectTexts(page, 'Value Propositions', ['VP one', 'VP two (draft)', 'VP three'], 'Ctrl+Shift+Z redoes the typing');
    assert.equal(await headerButton(page, 'Redo').isDisabled(), true, 'nothing left to redo');

    // ...and outside any field.
    await page.getByRole('heading', { level: 2, name: 'Business Model Canvas', exact: true }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName === 'TEXTAREA'), false, 'focus left the note');
    await page.keyboard.press('Control+z');
    await expectTexts(page, 'Value Propositions', ['VP one', 'VP two', 'VP three'], 'Ctrl+Z outside a field undoes');
    await page.keyboard.press('Control+Shift+Z');
    await expectTexts(page, 'Value Propositions', ['VP one', 'VP two (draft)', 'VP three'], 'Ctrl+Shift+Z outside a field redoes');

    const expected = {
      ...emptyCanvas(),
      'Key Partners': ['Translation studio'],
      'Key Resources': ['Co-producer'],
      'Value Propositions': ['VP one', 'VP two (draft)', 'VP three'],
      'Customer Segments': ['Young readers', 'Webtoon platform'],
      'Revenue Streams': ['Festival partner'],
    };
    assert.deepEqual(await canvasTexts(page), expected);

    // Everything is stored at once; a reload shows it exactly.
    await waitForStored(page, id, (p) =>
      assert.deepEqual(storedTexts(p), {
        key_partners: ['Translation studio'],
        key_activities: [],
        key_resources: ['Co-producer'],
        value_propositions: ['VP one', 'VP two (draft)', 'VP three'],
        customer_relationships: [],
        channels: [],
        customer_segments: ['Young readers', 'Webtoon platform'],
        cost_structure: [],
        revenue_streams: ['Festival partner'],
      }),
    );
    await waitForStatus(page, 'All changes saved');
    await reloadApp(page);
    await waitForCanvas(page, 'Kola Studio');
    assert.deepEqual(await canvasTexts(page), expected, 'the canvas after a reload');
    assert.equal(await noteColour(note(page, 'Value Propositions', 1)), 'Pink', 'the colour survives the reload');

    // The details were kept too.
    await page.getByRole('navigation').getByRole('link', { name: 'Project details', exact: true }).click();
    await page.waitForURL(new RegExp(`#/projects/${id}$`));
    await page.getByRole('heading', { level: 1, name: 'Kola Studio', exact: true }).waitFor();
    assert.equal(await page.getByLabel('Title', { exact: true }).inputValue(), 'Kola Studio');
    assert.equal(await page.getByLabel('One-line pitch', { exact: true }).inputValue(), 'A webtoon about griots in 2080');
    assert.equal(await selectedLabel(page.getByLabel('Discipline', { exact: true })), 'Webtoon or comics');
    assert.equal(await page.getByLabel('Country', { exact: true }).inputValue(), 'Senegal');
    assert.match(await page.getByLabel('Team members', { exact: true }).inputValue(), /^Awa,\s*Kofi$/);
    const stored = (await storedProjects(page))[id];
    assert.equal(stored.discipline, 'webtoon');
    assert.deepEqual(stored.team, ['Awa', 'Kofi']);

    // Details are saved as you type.
    await page.getByLabel('Country', { exact: true }).fill('Sénégal');
    await waitForStored(page, id, (p) => assert.equal(p.country, 'Sénégal'));
  }));

test('export a project and the workspace, validate them against the schema, and import them back', (t) =>
  inContext(env.browser, t, async (context) => {
    const validator = await loadValidator();
    const page = await context.newPage();
    await openApp(page, env.url);

    const id = await createProject(page, {
      title: 'Griot Games',
      discipline: 'Video game',
      country: 'Côte d’Ivoire',
      team: 'Nadia, Yao',
    });
    await addNote(page, 'Key Activities', 'Level design');
    await addNote(page, 'Customer Segments', 'Mobile players in Abidjan');
    await addNote(page, 'Revenue Streams', 'Grants');
    await addNote(page, 'Revenue Streams', 'Premium episodes « saison 2 » — 5 000 F CFA');
    await pickInNoteMenu(note(page, 'Revenue Streams', 2), colourButton, 'Green');
    await waitForStored(page, id, (p) => assert.equal(p.canvas.revenue_streams[1]?.colour, 'green'));
    const before = await canvasTexts(page);

    // Export on a project screen: that project.
    const projectFile = await download(page, headerButton(page, 'Export'));
    assert.match(projectFile.name, /\.json$/, `the file name ends in .json (${projectFile.name})`);
    assert.equal(projectFile.json.format, 'canevas');
    assert.equal(projectFile.json.version, 3);
    assert.equal(projectFile.json.kind, 'project');
    assert.equal(typeof projectFile.json.saved_at, 'number');
    assert.equal(projectFile.json.projects.length, 1);
    const exported = projectFile.json.projects[0];
    assert.equal(exported.id, id);
    assert.equal(exported.title, 'Griot Games');
    assert.equal(exported.discipline, 'video_game');
    assert.deepEqual(exported.team, ['Nadia', 'Yao']);
    assert.deepEqual(
      exported.canvas.revenue_streams.map((n) => [n.text, n.colour]),
      [['Grants', undefined], ['Premium episodes « saison 2 » — 5 000 F CFA', 'green']],
    );
    assert.equal(validator.errors(projectFile.json), null, `the project export is valid:\n${validator.errors(projectFile.json)}`);

    // Export on home: the whole workspace.
    await goHome(page);
    const second = makeProject({ title: 'Second' });
    await importFiles(page, fileFrom('second.json', makeFile([second])));
    await article(page, 'Second').waitFor();
    const workspaceFile = await download(page, headerButton(page, 'Export'));
    assert.equal(workspaceFile.json.kind, 'workspace');
    assert.deepEqual(workspaceFile.json.projects.map((p) => p.title).sort(), ['Griot Games', 'Second']);
    assert.equal(validator.errors(workspaceFile.json), null, `the workspace export is valid:\n${validator.errors(workspaceFile.json)}`);

    // A fresh browser: nothing stored.
    await page.evaluate(() => localStorage.clear());
    await reloadApp(page);
    await page.getByRole('heading', { level: 1, name: 'Your projects', exact: true }).waitFor();
    await page.getByText('No project yet', { exact: true }).waitFor();

    // Import the project file: the same canvas comes back.
    await importFiles(page, fileFrom(projectFile.name, projectFile.buffer));
    await article(page, 'Griot Games').waitFor();
    assert.deepEqual(await projectTitles(page), ['Griot Games']);
    await article(page, 'Griot Games').getByRole('link', { name: 'Griot Games' }).click();
    await page.waitForURL(new RegExp(`#/projects/${id}/canvas$`));
    await waitForCanvas(page, 'Griot Games');
    assert.deepEqual(await canvasTexts(page), before, 'the imported canvas is the exported one');
    const again = await download(page, headerButton(page, 'Export'));
    assert.deepEqual(again.json.projects, projectFile.json.projects, 'export → import → export changes nothing');

    // Import the workspace file in a fresh storage: both projects.
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${env.url}/#/`);
    await reloadApp(page);
    await importFiles(page, fileFrom(workspaceFile.name, workspaceFile.buffer));
    await article(page, 'Second').waitFor();
    assert.deepEqual((await projectTitles(page)).sort(), ['Griot Games', 'Second']);
  }));

test('the shipped schema refuses what is not a Canevas file', async () => {
  const validator = await loadValidator();
  const good = makeFile([makeProject({ id: 'p1', title: 'Ok', notes: { channels: ['FESPACO'] } })]);
  assert.equal(validator.errors(good), null, `a made-up valid file passes:\n${validator.errors(good)}`);
  const bad = (mutate) => {
    const f = structuredClone(good);
    mutate(f);
    return f;
  };
  const cases = {
    'no format': bad((f) => delete f.format),
    'another format': bad((f) => (f.format = 'trello')),
    'version as a string': bad((f) => (f.version = '2')),
    'unknown kind': bad((f) => (f.kind = 'folder')),
    'project without title': bad((f) => delete f.projects[0].title),
    'bad id': bad((f) => (f.projects[0].id = '<script>')),
    'unknown block': bad((f) => (f.projects[0].canvas.nope = [])),
    'unknown colour': bad((f) => (f.projects[0].canvas.channels[0].colour = 'magenta')),
    'note text not a string': bad((f) => (f.projects[0].canvas.channels[0].text = 42)),
  };
  const accepted = Object.entries(cases)
    .filter(([, f]) => validator.errors(f) === null)
    .map(([name]) => name);
  assert.deepEqual(accepted, [], `the schema accepts files the app refuses: ${accepted.join(', ')}`);
});

test('rename, duplicate, export, delete and undo the deletion from the home screen', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const alphaId = await createProject(page, 'Alpha');
    await goHome(page);
    const betaId = await createProject(page, 'Beta');
    await addNote(page, 'Channels', 'Beta note');
    await goHome(page);
    assert.deepEqual(await projectTitles(page), ['Beta', 'Alpha'], 'newest first');

    // Each project is an article holding a link to its canvas.
    const alphaLink = article(page, 'Alpha').getByRole('link', { name: 'Alpha', exact: true });
    assert.match(await alphaLink.getAttribute('href'), new RegExp(`#/projects/${alphaId}/canvas$`));

    // Rename.
    await article(page, 'Alpha').getByRole('button', { name: 'Rename' }).click();
    let dialog = page.getByRole('dialog', { name: 'Rename the project' });
    await dialog.waitFor();
    assert.equal(await dialog.getByLabel('Title', { exact: true }).inputValue(), 'Alpha');
    await dialog.getByLabel('Title', { exact: true }).fill('Alpha Prime');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await article(page, 'Alpha Prime').waitFor();
    assert.equal(await article(page, 'Alpha').count(), 0);
    await waitForStored(page, alphaId, (p) => assert.equal(p.title, 'Alpha Prime'));

    // Cancel leaves the title alone.
    await article(page, 'Beta').getByRole('button', { name: 'Rename' }).click();
    dialog = page.getByRole('dialog', { name: 'Rename the project' });
    await dialog.getByLabel('Title', { exact: true }).fill('Nope');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await article(page, 'Beta').waitFor();
    assert.equal(await article(page, 'Nope').count(), 0);

    // Duplicate: a project of its own, same notes, fresh ids.
    await article(page, 'Beta').getByRole('button', { name: 'Duplicate' }).click();
    await article(page, 'Beta (copy)').waitFor();
    let stored = await storedProjects(page);
    assert.equal(Object.keys(stored).length, 3);
    const copy = Object.values(stored).find((p) => p.title === 'Beta (copy)');
    assert.ok(copy && copy.id !== betaId, 'the copy has its own id');
    assert.deepEqual(copy.canvas.channels.map((n) => n.text), ['Beta note']);
    assert.notEqual(copy.canvas.channels[0].id, stored[betaId].canvas.channels[0].id, 'the copy has its own note ids');

    // Export one project from its card.
    const file = await download(page, article(page, 'Alpha Prime').getByRole('button', { name: 'Export' }));
    assert.equal(file.json.kind, 'project');
    assert.deepEqual(file.json.projects.map((p) => p.title), ['Alpha Prime']);

    // Delete at once; the message says how to get it back; Undo does.
    const beforeDelete = await storageSnapshot(page);
    const orderBeforeDelete = await projectTitles(page);
    await article(page, 'Beta (copy)').getByRole('button', { name: 'Delete' }).click();
    await eventually(async () => assert.equal(await article(page, 'Beta (copy)').count(), 0), { timeout: 5000 });
    await waitForStatus(page, '“Beta (copy)” deleted. Undo brings it back.');
    await eventually(async () => assert.equal(Object.keys(await storedProjects(page)).length, 2));
    await headerButton(page, 'Undo').click();
    await article(page, 'Beta (copy)').waitFor();
    await eventually(async () => {
      stored = await storedProjects(page);
      assert.equal(Object.keys(stored).length, 3);
      assert.deepEqual(stored[copy.id], JSON.parse(beforeDelete[`canevas.project.${copy.id}`]).projects[0], 'the record comes back as it was');
    });
    assert.deepEqual(await projectTitles(page), orderBeforeDelete, 'the order comes back');

    // The link opens the canvas.
    await article(page, 'Alpha Prime').getByRole('link', { name: 'Alpha Prime' }).click();
    await page.waitForURL(new RegExp(`#/projects/${alphaId}/canvas$`));
    await waitForCanvas(page, 'Alpha Prime');
  }));
