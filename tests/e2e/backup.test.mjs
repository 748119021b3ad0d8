// Work lives in one browser, often a shared one: the home screen says when
// it was last exported and reminds, calmly, after a week of changes in no
// file; "All changes saved" is never claimed before something was; an
// import says which copy is newer and skips what is already here; the
// colour key shows each segment whole.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { inContext, openApp, reloadApp } from './lib/browser.mjs';
import {
  EN,
  FR,
  addNote,
  alerts,
  article,
  assertFocused,
  createProject,
  download,
  eventually,
  fileFrom,
  goHome,
  headerButton,
  importFiles,
  makeProject,
  note,
  noteItem,
  colourButton,
  pickInNoteMenu,
  projectTitles,
  setStorage,
  storageEntries,
  storageSnapshot,
  waitForCanvas,
  waitForStatus,
  waitForStored,
} from './lib/app.mjs';

const env = useApp();
const DAY = 86_400_000;
const REMINDER = /this browser holds the only copy/;

const statusCount = (page, text) => page.getByRole('status').filter({ hasText: text }).count();
const exportAll = (page) => page.getByRole('main').getByRole('button', { name: 'Export all', exact: true });

/** Seeds storage with projects (and a backup record), then reloads. */
async function seeded(context, projects, backup) {
  const page = await context.newPage();
  await openApp(page, env.url);
  const entries = storageEntries(projects);
  if (backup) entries['canevas.backup'] = JSON.stringify({ version: 1, ...backup });
  await setStorage(page, entries);
  await reloadApp(page);
  return page;
}

test('a fresh workspace says "Never exported"; exporting names the file, then "Last exported today", also after a reload', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await page.getByText('Never exported', { exact: true }).waitFor();
    assert.equal(await statusCount(page, EN.saved), 0, 'nothing saved yet, nothing claimed');

    const id = await createProject(page, 'Kola');
    await addNote(page, 'Channels', 'Radio');
    await waitForStored(page, id, (p) => assert.equal(p.canvas.channels[0]?.text, 'Radio'));
    await waitForStatus(page, EN.saved);

    await goHome(page);
    assert.equal(await exportAll(page).count(), 0, 'no reminder for fresh work');
    const file = await download(page, headerButton(page, 'Export'));
    assert.match(file.name, /^canevas-workspace-\d{4}-\d{2}-\d{2}\.json$/);
    await waitForStatus(page, `Exported ${file.name}`);
    await page.getByText('Last exported today', { exact: true }).waitFor();
    const record = JSON.parse((await storageSnapshot(page))['canevas.backup']);
    assert.equal(typeof record.exported_at, 'number', 'the export time is remembered');

    await reloadApp(page);
    await page.getByText('Last exported today', { exact: true }).waitFor();
    assert.equal(await statusCount(page, EN.saved), 0, 'a reload saved nothing: no claim');
  }));

test('exporting one project does not count as a backup of all, and names its file', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await createProject(page, 'Sahel Sounds');
    const file = await download(page, headerButton(page, 'Export'));
    assert.match(file.name, /^sahel-sounds-\d{4}-\d{2}-\d{2}\.json$/);
    await waitForStatus(page, `Exported ${file.name}`);
    await goHome(page);
    await page.getByText('Never exported', { exact: true }).waitFor();
  }));

test('after a week of changes without an export, a calm reminder offers "Export all", which exports everything', (t) =>
  inContext(env.browser, t, async (context) => {
    const old = makeProject({ title: 'Old work', notes: { channels: ['Festivals'] }, at: Date.now() - 10 * DAY });
    const page = await seeded(context, [old]);
    await page.getByText(REMINDER).waitFor();
    await page.getByText('Never exported', { exact: true }).waitFor();
    assert.equal(await alerts(page).filter({ hasText: REMINDER }).count(), 0, 'a reminder, not an alert');
    assert.equal(await page.getByRole('dialog').count(), 0, 'nothing blocks the page');

    const file = await download(page, exportAll(page));
    assert.deepEqual(file.json.projects.map((p) => p.title), ['Old work']);
    assert.equal(file.json.kind, 'workspace');
    await waitForStatus(page, `Exported ${file.name}`);
    await page.getByText('Last exported today', { exact: true }).waitFor();
    await eventually(async () => assert.equal(await page.getByText(REMINDER).count(), 0, 'the reminder is gone'));
    await reloadApp(page);
    await page.getByText('Last exported today', { exact: true }).waitFor();
    assert.equal(await page.getByText(REMINDER).count(), 0);
  }));

test('changes since the last export: reminded once the oldest is more than a week old, not before', (t) =>
  inContext(env.browser, t, async (context) => {
    const now = Date.now();
    // Exported 3 days ago, changed since: nothing to remind yet.
    let page = await seeded(context, [makeProject({ title: 'Recent', at: now - 2 * DAY })], { exported_at: now - 3 * DAY, changed_at: now - 2 * DAY });
    await page.getByText('Last exported 3 days ago', { exact: true }).waitFor();
    assert.equal(await page.getByText(REMINDER).count(), 0);
    await page.close();

    // Exported 20 days ago, first change 9 days ago (the project itself changed yesterday).
    page = await seeded(context, [makeProject({ title: 'Ongoing', at: now - DAY })], { exported_at: now - 20 * DAY, changed_at: now - 9 * DAY });
    await page.getByText(REMINDER).waitFor();
    await exportAll(page).waitFor();
  }));

test('in French: "Jamais exporté", then "Dernier export : aujourd’hui", and the save state in French', (t) =>
  inContext(env.browser, t, { locale: 'fr-FR' }, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await page.getByText('Jamais exporté', { exact: true }).waitFor();
    assert.equal(await statusCount(page, FR.saved), 0);
    await createProject(page, 'Kola', FR);
    await waitForStatus(page, FR.saved);
    await goHome(page, FR);
    const file = await download(page, headerButton(page, FR.export));
    await waitForStatus(page, `Exporté\u00a0: ${file.name}`);
    await page.getByText('Dernier export\u00a0: aujourd’hui', { exact: true }).waitFor();
  }));

/** A project with one note, exported as a file; then more notes, so that ours is newer. */
async function olderFileOfOurs(page) {
  const id = await createProject(page, 'Kola');
  await addNote(page, 'Channels', 'Radio');
  await waitForStored(page, id, (p) => assert.equal(p.canvas.channels.length, 1));
  const file = await download(page, headerButton(page, 'Export'));
  await addNote(page, 'Channels', 'Festivals');
  await addNote(page, 'Channels', 'Podcasts');
  await waitForStored(page, id, (p) => assert.equal(p.canvas.channels.length, 3));
  await goHome(page);
  return { id, file };
}

test('the conflict dialog says which copy is newer, saved when, by which file, with how many notes; Keep both has the focus and Enter keeps both', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const { file } = await olderFileOfOurs(page);
    await importFiles(page, fileFrom(file.name, file.buffer));
    const dialog = page.getByRole('dialog', { name: 'Already in your projects' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    const day = '\\d{1,2} \\S+ \\d{4}';
    assert.match(text, new RegExp(`Yours: saved ${day}, 3 notes \\(newer\\)`), text);
    const name = file.name.replace(/[.]/g, '\\.');
    assert.match(text, new RegExp(`In “${name}”: saved ${day}, 1 note \\(older\\)`), text);
    await assertFocused(dialog.getByRole('button', { name: 'Keep both', exact: true }), 'Keep both, which loses nothing, has the focus');

    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await eventually(async () => assert.equal((await projectTitles(page)).length, 2, 'both kept'));
    await article(page, 'Kola').getByRole('link', { name: 'Kola' }).click();
    await waitForCanvas(page, 'Kola');
    assert.equal(await note(page, 'Channels', 3).inputValue(), 'Podcasts', 'ours is untouched');
  }));

test('a file identical to what is stored says "already up to date" and changes nothing; in a file of several, only the identical ones are skipped', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await createProject(page, 'Kola');
    await addNote(page, 'Channels', 'Radio');
    await waitForStored(page, id, (p) => assert.equal(p.canvas.channels[0]?.text, 'Radio'));
    const file = await download(page, headerButton(page, 'Export'));
    await goHome(page);
    const before = await storageSnapshot(page);

    await importFiles(page, fileFrom(file.name, file.buffer));
    await waitForStatus(page, '“Kola” is already up to date');
    assert.equal(await page.getByRole('dialog').count(), 0, 'nothing to ask');
    assert.deepEqual(await storageSnapshot(page), before, 'storage is unchanged byte for byte');
    assert.deepEqual(await projectTitles(page), ['Kola']);

    // The same project beside a new one: the new one goes in, the same one is skipped and said so.
    // (In the exported file's own version, so that no migration touches the same one.)
    const both = { ...file.json, kind: 'workspace', projects: [file.json.projects[0], makeProject({ title: 'Webtoon Lab', notes: { channels: ['LINE'] } })] };
    await importFiles(page, fileFrom('both.json', JSON.stringify(both)));
    await article(page, 'Webtoon Lab').waitFor();
    await waitForStatus(page, '1 project imported');
    assert.equal(await page.getByRole('dialog').count(), 0, 'the identical one raised no conflict');
    assert.deepEqual((await projectTitles(page)).sort(), ['Kola', 'Webtoon Lab']);
    const after = await storageSnapshot(page);
    assert.equal(after[`canevas.project.${id}`], before[`canevas.project.${id}`], 'the identical project was not rewritten');
  }));

test('the colour key shows a long segment text whole: wrapped, not clipped, no ellipsis', (t) =>
  inContext(env.browser, t, { viewport: { width: 390, height: 844 } }, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await createProject(page, 'Kola');
    const long =
      'Young readers of webtoons in Dakar, Abidjan and Lomé who read on their phones during the commute and share episodes with friends on WhatsApp groups every evening';
    await addNote(page, 'Customer Segments', long);
    await pickInNoteMenu(note(page, 'Customer Segments', 1), colourButton, 'Pink');
    await waitForCanvas(page, 'Kola');
    const key = page.getByRole('list', { name: /^Colour key/ });
    const item = key.getByRole('listitem').filter({ hasText: 'Pink' });
    await item.waitFor();
    assert.ok((await item.innerText()).includes(long), 'the whole text is there');
    const fits = await item.evaluate((li) =>
      [li, ...li.querySelectorAll('*')].map((el) => {
        const s = getComputedStyle(el);
        return { fits: el.scrollWidth <= el.clientWidth + 1 || s.display === 'inline', ellipsis: s.textOverflow === 'ellipsis', clipped: s.overflow === 'hidden' && el.scrollHeight > el.clientHeight + 1 };
      }),
    );
    for (const f of fits) assert.deepEqual(f, { fits: true, ellipsis: false, clipped: false });
    const box = await item.boundingBox();
    const width = page.viewportSize().width;
    assert.ok(box.x >= 0 && box.x + box.width <= width + 1, `the item stays in the viewport: ${JSON.stringify(box)}`);
    assert.ok(box.height > 40, 'the text wraps onto several lines');
  }));
