// Files passed around by messaging apps and USB sticks: broken, foreign,
// too new, too big, hostile, or already there. None may change stored work
// without the user's say, and each bad one gets a clear message.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { inContext, openApp } from './lib/browser.mjs';
import {
  BLOCKS,
  addNote,
  alerts,
  article,
  createProject,
  download,
  dropFiles,
  eventually,
  fileFrom,
  goHome,
  headerButton,
  importFiles,
  makeFile,
  makeProject,
  note,
  projectTitles,
  storageSnapshot,
  storedProjects,
  waitForCanvas,
  waitForStatus,
  waitForStored,
} from './lib/app.mjs';

const env = useApp();
const MAX_BYTES = 16 * 1024 * 1024;
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A page with one project ("Kola", a note in Channels), on the home screen, and a real export of it. */
async function prepare(context) {
  const page = await context.newPage();
  await openApp(page, env.url);
  const id = await createProject(page, { title: 'Kola', country: 'Mali' });
  await addNote(page, 'Channels', 'FESPACO');
  await waitForStored(page, id, (p) => assert.deepEqual(p.canvas.channels.map((n) => n.text), ['FESPACO']));
  const real = await download(page, headerButton(page, 'Export'));
  await goHome(page);
  return { page, id, real };
}

/** Asserts the import of `name` was refused with `reason`, and nothing changed. */
async function expectRefused(page, name, reason, before) {
  const message = alerts(page).filter({ hasText: `“${name}” was not imported:` });
  await message.first().waitFor({ timeout: 10_000 });
  const text = (await message.first().innerText()).replace(/\s+/g, ' ').trim();
  assert.match(text, new RegExp(`“${escapeRe(name)}” was not imported: .+ Your projects are unchanged\\.`), text);
  assert.match(text, reason, `the reason is clear: ${text}`);
  assert.deepEqual(await storageSnapshot(page), before, 'storage is unchanged byte for byte');
  assert.deepEqual(await projectTitles(page), ['Kola']);
  // The message can be dismissed.
  await message.first().getByRole('button', { name: 'Dismiss' }).click();
  await eventually(async () => assert.equal(await message.count(), 0), { timeout: 5000 });
}

const BAD_FILES = [
  {
    what: 'a file that is not JSON',
    name: 'meeting-notes.json',
    make: () => 'Meeting notes: call Awa about FESPACO',
    reason: /not JSON/,
  },
  {
    what: 'a truncated export (its first half)',
    name: 'kola-half.json',
    make: (real) => real.subarray(0, Math.floor(real.length / 2)),
    reason: /cut short/,
  },
  {
    what: 'JSON that is not a Canevas file',
    name: 'list.json',
    make: () => '[1, 2, 3]',
    reason: /JSON, but not a Canevas file/,
  },
  {
    what: 'a Canevas file of the wrong shape',
    name: 'shape.json',
    make: () =>
      JSON.stringify({ format: 'canevas', version: 1, kind: 'project', saved_at: 0, projects: [{ id: 'p1', canvas: { key_partners: 'a string' } }] }),
    reason: /not what a Canevas file holds/,
  },
  {
    what: 'a Canevas file with a hostile id',
    name: 'bad-id.json',
    make: () => JSON.stringify(makeFile([makeProject({ id: '../<script>', title: 'Bad id' })])),
    reason: /not what a Canevas file holds/,
  },
  {
    what: 'a file from a future version (99)',
    name: 'future.json',
    make: (real) => JSON.stringify({ ...JSON.parse(real.toString('utf8')), version: 99 }),
    reason: /newer version of Canevas/,
  },
  {
    what: 'a file over 16 MB',
    name: 'huge.json',
    // A valid export padded with spaces: only its size is wrong.
    make: (real) => Buffer.concat([real, Buffer.alloc(MAX_BYTES + 1 - real.length, 0x20)]),
    reason: /16 MB/,
  },
  {
    what: 'an empty file',
    name: 'empty.json',
    make: () => '',
    reason: /empty/,
  },
  {
    what: 'a binary file',
    name: 'photo.json',
    make: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x00]),
    reason: /not a text file/,
  },
  {
    what: 'a bad file with a hostile name',
    name: '<img src=x onerror="window.__xss=99">.json',
    make: () => 'not json',
    reason: /not JSON/,
  },
];

for (const bad of BAD_FILES) {
  test(`import refuses ${bad.what}, says why, and changes nothing`, (t) =>
    inContext(env.browser, t, async (context) => {
      const { page, real } = await prepare(context);
      const content = bad.make(real.buffer);
      if (bad.name === 'huge.json') assert.equal(content.length, MAX_BYTES + 1);
      const before = await storageSnapshot(page);
      await importFiles(page, fileFrom(bad.name, content));
      await expectRefused(page, bad.name, bad.reason, before);
      assert.equal(await page.evaluate(() => window.__xss), undefined);
    }));
}

test('a file just under 16 MB is accepted', (t) =>
  inContext(env.browser, t, async (context) => {
    const { page } = await prepare(context);
    const file = makeFile([makeProject({ title: 'Padded' })]);
    const text = Buffer.from(JSON.stringify(file));
    const padded = Buffer.concat([text, Buffer.alloc(MAX_BYTES - text.length, 0x20)]);
    assert.equal(padded.length, MAX_BYTES);
    await importFiles(page, fileFrom('padded.json', padded));
    await article(page, 'Padded').waitFor();
  }));

// Each field carries its own payload, so a leak says where it came from.
const payload = (n) => `<img src=x onerror="window.__xss=${n}">`;
const HOSTILE = {
  title: `${payload(1)} Kola <b>bold</b>`,
  pitch: `<script>window.__xss=2</script>&lt;b&gt; &amp;amp;`,
  country: `"><svg onload="window.__xss=3">`,
  team: [`<b onmouseover="window.__xss=4">Awa</b>`, `{{constructor.constructor('window.__xss=5')()}}`],
};
const hostileNote = (i, name) => `${payload(10 + i)}<a href="javascript:window.__xss=${30 + i}">${name}</a> ' " \` \${x}`;

test('a valid file full of hostile text shows it literally and runs nothing', (t) =>
  inContext(env.browser, t, async (context) => {
    const { page } = await prepare(context);
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    const notes = {};
    BLOCKS.forEach((b, i) => (notes[b.key] = [hostileNote(i, b.en)]));
    const project = makeProject({ id: 'hostile-1', ...HOSTILE, notes });

    await importFiles(page, fileFrom('hostile.json', makeFile([project])));
    await article(page, HOSTILE.title).waitFor();
    await page.getByText(HOSTILE.title, { exact: true }).first().waitFor();

    const leaks = () =>
      page.evaluate(() => ({
        xss: window.__xss,
        injected: [...document.querySelectorAll('[onerror], [onload], [onmouseover], img[src="x"], a[href^="javascript:"]')].map((e) => e.outerHTML),
        scripts: [...document.scripts].filter((s) => s.textContent.includes('__xss')).length,
      }));
    assert.deepEqual(await leaks(), { xss: undefined, injected: [], scripts: 0 }, 'nothing from the file became markup');

    // The canvas: every note's text, literally, in a textbox.
    await article(page, HOSTILE.title).getByRole('link').first().click();
    await waitForCanvas(page, HOSTILE.title);
    for (const [i, b] of BLOCKS.entries()) {
      assert.equal(await note(page, b.en, 1).inputValue(), hostileNote(i, b.en), `the note in ${b.en} shows literally`);
    }
    assert.deepEqual(await leaks(), { xss: undefined, injected: [], scripts: 0 }, 'nothing became markup on the canvas');

    // The details: every field, literally.
    await page.getByRole('navigation').getByRole('link', { name: 'Project details', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: HOSTILE.title, exact: true }).waitFor();
    assert.equal(await page.getByLabel('Title', { exact: true }).inputValue(), HOSTILE.title);
    assert.equal(await page.getByLabel('One-line pitch', { exact: true }).inputValue(), HOSTILE.pitch);
    assert.equal(await page.getByLabel('Country', { exact: true }).inputValue(), HOSTILE.country);
    const team = await page.getByLabel('Team members', { exact: true }).inputValue();
    for (const member of HOSTILE.team) assert.ok(team.includes(member), `team shows ${member} literally (field: ${team})`);
    await page.mouse.move(10, 10);
    await page.mouse.move(400, 300);

    // It is kept as text in storage too.
    const stored = (await storedProjects(page))['hostile-1'];
    assert.equal(stored.title, HOSTILE.title);
    assert.equal(stored.canvas.channels[0].text, hostileNote(5, 'Channels'));

    assert.deepEqual(await leaks(), { xss: undefined, injected: [], scripts: 0 }, 'nothing became markup on the details page');
    // Its export gets a safe file name; deleting it says its title literally.
    const file = await download(page, headerButton(page, 'Export'));
    assert.match(file.name, /^[\p{L}\p{N}-]+\.json$/u, `a safe file name: ${file.name}`);
    assert.equal(file.json.projects[0].title, HOSTILE.title);
    await goHome(page);
    await article(page, HOSTILE.title).getByRole('button', { name: 'Delete' }).click();
    await waitForStatus(page, `“${HOSTILE.title}” deleted.`);
    await headerButton(page, 'Undo').click();
    await article(page, HOSTILE.title).waitFor();

    assert.deepEqual(await leaks(), { xss: undefined, injected: [], scripts: 0 }, 'nothing became markup in messages');
    assert.deepEqual(dialogs, [], 'no alert, confirm or prompt was opened');
  }));

/** Builds a project, exports it, then changes it, so that importing the export conflicts. */
async function prepareConflict(context) {
  const page = await context.newPage();
  await openApp(page, env.url);
  const id = await createProject(page, 'Kola');
  await addNote(page, 'Channels', 'Original note');
  await waitForStored(page, id, (p) => assert.equal(p.canvas.channels[0]?.text, 'Original note'));
  const file = await download(page, headerButton(page, 'Export'));
  await note(page, 'Channels', 1).fill('Changed note');
  await waitForStored(page, id, (p) => assert.equal(p.canvas.channels[0]?.text, 'Changed note'));
  await goHome(page);
  const before = await storageSnapshot(page);
  await importFiles(page, fileFrom(file.name, file.buffer));
  const dialog = page.getByRole('dialog', { name: 'Already in your projects' });
  await dialog.waitFor();
  for (const name of ['Replace', 'Keep both', 'Cancel']) {
    assert.equal(await dialog.getByRole('button', { name, exact: true }).count(), 1, `the dialog offers "${name}"`);
  }
  assert.match(await dialog.innerText(), /Kola/, 'the dialog names the project');
  return { page, id, before, dialog };
}

test('importing a project already there asks; "Cancel" changes nothing', (t) =>
  inContext(env.browser, t, async (context) => {
    const { page, before, dialog } = await prepareConflict(context);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(await storageSnapshot(page), before, 'storage is unchanged byte for byte');
    assert.deepEqual(await projectTitles(page), ['Kola']);
  }));

test('importing a project already there asks; "Keep both" makes two projects', (t) =>
  inContext(env.browser, t, async (context) => {
    const { page, id, dialog } = await prepareConflict(context);
    await dialog.getByRole('button', { name: 'Keep both', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(async () => assert.equal((await projectTitles(page)).length, 2));
    for (const title of await projectTitles(page)) assert.match(title, /Kola/);
    const stored = await storedProjects(page);
    assert.equal(Object.keys(stored).length, 2);
    assert.equal(stored[id].canvas.channels[0].text, 'Changed note', 'ours is untouched');
    const other = Object.values(stored).find((p) => p.id !== id);
    assert.equal(other.canvas.channels[0].text, 'Original note', 'the file’s version is the other one');
    assert.notEqual(other.canvas.channels[0].id, stored[id].canvas.channels[0].id, 'the kept copy has its own note ids');
  }));

test('importing a project already there asks; "Replace" replaces it, and Undo reverts', (t) =>
  inContext(env.browser, t, async (context) => {
    const { page, id, dialog } = await prepareConflict(context);
    await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitForStored(page, id, (p) => assert.equal(p.canvas.channels[0]?.text, 'Original note'));
    assert.deepEqual(await projectTitles(page), ['Kola']);
    assert.equal(Object.keys(await storedProjects(page)).length, 1);
    await article(page, 'Kola').getByRole('link', { name: 'Kola' }).click();
    await waitForCanvas(page, 'Kola');
    assert.equal(await note(page, 'Channels', 1).inputValue(), 'Original note');
    // The import is a step of the home screen's history, not of Kola's own
    // (whose steps described the version it replaced).
    assert.equal(await headerButton(page, 'Undo').isDisabled(), true, 'nothing of Kola’s own to undo');
    await goHome(page);
    await headerButton(page, 'Undo').click();
    await waitForStored(page, id, (p) => assert.equal(p.canvas.channels[0]?.text, 'Changed note'));
    await article(page, 'Kola').getByRole('link', { name: 'Kola' }).click();
    await eventually(async () => assert.equal(await note(page, 'Channels', 1).inputValue(), 'Changed note'), { timeout: 5000 });
  }));

test('several files at once: the good one is imported, the bad one refused', (t) =>
  inContext(env.browser, t, async (context) => {
    const { page } = await prepare(context);
    const good = makeFile([makeProject({ title: 'Webtoon Lab', notes: { channels: ['LINE Webtoon'] } })]);
    await importFiles(page, [fileFrom('good.json', good), fileFrom('bad.json', '{"format": "canevas", "version": 1, ')]);
    await article(page, 'Webtoon Lab').waitFor();
    await alerts(page).filter({ hasText: '“bad.json” was not imported:' }).first().waitFor();
    assert.deepEqual((await projectTitles(page)).sort(), ['Kola', 'Webtoon Lab']);
  }));

test('a file dropped on the window is imported; a bad one is refused', (t) =>
  inContext(env.browser, t, async (context) => {
    const { page } = await prepare(context);
    const good = makeFile([makeProject({ title: 'Dropped', notes: { revenue_streams: ['Grants'] } })]);
    await dropFiles(page, [{ name: 'dropped.json', text: JSON.stringify(good) }]);
    await article(page, 'Dropped').waitFor();
    const before = await storageSnapshot(page);
    await dropFiles(page, [{ name: 'dropped-bad.json', text: 'nope' }]);
    const message = alerts(page).filter({ hasText: '“dropped-bad.json” was not imported:' });
    await message.first().waitFor();
    assert.deepEqual(await storageSnapshot(page), before);
  }));
