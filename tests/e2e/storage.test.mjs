// Nothing is ever lost: a corrupted record, a second tab, a full storage.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { inContext, openApp, reloadApp } from './lib/browser.mjs';
import {
  addNote,
  alerts,
  article,
  createProject,
  describeMessages,
  eventually,
  goHome,
  note,
  noteTexts,
  setStorage,
  storageSnapshot,
  waitForCanvas,
  waitForStatus,
  waitForStored,
} from './lib/app.mjs';

const env = useApp();
const GARBAGE = '{"format":"canevas","version":1,"projects":[{"id":"x", oops <img src=x onerror="window.__xss=1">';

test('a corrupted record is kept aside, reported, and the rest loads', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await createProject(page, 'Intact');
    await addNote(page, 'Channels', 'Still here');
    await waitForStored(page, id, (p) => assert.equal(p.canvas.channels[0]?.text, 'Still here'));
    await goHome(page);
    const intact = (await storageSnapshot(page))[`canevas.project.${id}`];

    await setStorage(page, { 'canevas.project.x': GARBAGE });
    await reloadApp(page);

    const alert = alerts(page).filter({ hasText: 'kept aside' });
    await alert.first().waitFor();
    const text = await alert.first().innerText();
    assert.match(text, /canevas\.quarantine\./, `the message says where it was kept: ${text}`);
    await article(page, 'Intact').waitFor();

    const after = await storageSnapshot(page);
    const aside = Object.entries(after).filter(([k]) => k.startsWith('canevas.quarantine.'));
    assert.equal(aside.length, 1, `one record kept aside (keys: ${Object.keys(after).join(', ')})`);
    assert.equal(aside[0][1], GARBAGE, 'the garbage is kept byte for byte');
    assert.equal(after[`canevas.project.${id}`], intact, 'the other project is untouched');
    assert.equal(await page.evaluate(() => window.__xss), undefined);

    // The good project still opens and edits.
    await article(page, 'Intact').getByRole('link', { name: 'Intact' }).click();
    await waitForCanvas(page, 'Intact');
    assert.equal(await note(page, 'Channels', 1).inputValue(), 'Still here');

    // A second load does not lose the quarantined copy.
    await reloadApp(page);
    const again = await storageSnapshot(page);
    assert.ok(Object.entries(again).some(([k, v]) => k.startsWith('canevas.quarantine.') && v === GARBAGE));
  }));

test('a project list that was lost is rebuilt from the records', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await createProject(page, 'Orphan');
    await goHome(page);
    await page.evaluate(() => localStorage.removeItem('canevas.index'));
    await reloadApp(page);
    await article(page, 'Orphan').waitFor();
  }));

test('a corrupted project list and settings do not stop the app; the projects still load', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await createProject(page, 'Survivor');
    await goHome(page);
    const record = (await storageSnapshot(page))[`canevas.project.${id}`];
    await setStorage(page, { 'canevas.index': '{"version":1,"projects":[', 'canevas.settings': 'not json at all' });
    await reloadApp(page);
    await article(page, 'Survivor').waitFor();
    await alerts(page).filter({ hasText: 'kept aside' }).first().waitFor();
    const after = await storageSnapshot(page);
    assert.ok(
      Object.entries(after).some(([k, v]) => k.startsWith('canevas.quarantine.') && v === '{"version":1,"projects":['),
      `the broken list is kept aside (keys: ${Object.keys(after).join(', ')})`,
    );
    assert.equal(after[`canevas.project.${id}`], record, 'the project record is untouched');
    await page.getByRole('heading', { level: 1, name: 'Your projects', exact: true }).waitFor();
  }));

test('two tabs: an edit in one shows in the other, and neither overwrites the other', (t) =>
  inContext(env.browser, t, async (context) => {
    const one = await context.newPage();
    await openApp(one, env.url);
    const id = await createProject(one, 'Shared');
    await addNote(one, 'Channels', 'First');
    await waitForStored(one, id, (p) => assert.equal(p.canvas.channels[0]?.text, 'First'));

    const two = await context.newPage();
    await openApp(two, env.url, `#/projects/${id}/canvas`);
    await waitForCanvas(two, 'Shared');
    assert.equal(await note(two, 'Channels', 1).inputValue(), 'First');

    // Tab one types; tab two shows it.
    await note(one, 'Channels', 1).focus();
    await one.keyboard.press('End');
    await one.keyboard.type(', edited in tab one');
    await eventually(async () => assert.equal(await note(two, 'Channels', 1).inputValue(), 'First, edited in tab one'), {
      message: 'tab two shows the edit of tab one',
    });

    // Tab two adds a note; tab one shows it.
    await two.bringToFront();
    await addNote(two, 'Revenue Streams', 'Grants from tab two');
    await eventually(async () => assert.deepEqual(await noteTexts(one, 'Revenue Streams'), ['Grants from tab two']), {
      message: 'tab one shows the note added in tab two',
    });

    // Tab one edits again: tab two's note must survive.
    await one.bringToFront();
    await addNote(one, 'Cost Structure', 'Printing');
    await eventually(async () => assert.deepEqual(await noteTexts(two, 'Cost Structure'), ['Printing']));
    await waitForStored(one, id, (p) => {
      assert.deepEqual(p.canvas.channels.map((n) => n.text), ['First, edited in tab one']);
      assert.deepEqual(p.canvas.revenue_streams.map((n) => n.text), ['Grants from tab two']);
      assert.deepEqual(p.canvas.cost_structure.map((n) => n.text), ['Printing']);
    });
    await reloadApp(two);
    await waitForCanvas(two, 'Shared');
    assert.deepEqual(await noteTexts(two, 'Channels'), ['First, edited in tab one']);
    assert.deepEqual(await noteTexts(two, 'Revenue Streams'), ['Grants from tab two']);
    assert.deepEqual(await noteTexts(two, 'Cost Structure'), ['Printing']);
  }));

const FULL = "Not saved: this browser's storage is full";

/** A page whose storage throws QuotaExceededError while `window.__storageFull` is set, with one saved note. */
async function fillUp(context) {
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const page = await context.newPage();
  await openApp(page, env.url);
  const id = await createProject(page, 'Full');
  await addNote(page, 'Channels', 'Saved text');
  await waitForStored(page, id, (p) => assert.equal(p.canvas.channels[0]?.text, 'Saved text'));
  await waitForStatus(page, 'All changes saved');
  const before = await storageSnapshot(page);
  await page.evaluate(() => (window.__storageFull = true));
  await note(page, 'Channels', 1).focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' and more');
  return { page, id, before };
}

test('storage cleared from another tab: the open tab writes its projects back', (t) =>
  inContext(env.browser, t, async (context) => {
    const one = await context.newPage();
    await openApp(one, env.url);
    const id = await createProject(one, 'Survivor');
    await addNote(one, 'Channels', 'Kept in the open tab');
    await waitForStored(one, id, (p) => assert.equal(p.canvas.channels[0]?.text, 'Kept in the open tab'));

    // Another tab empties the site's storage (as "clear site data" would).
    const two = await context.newPage();
    await openApp(two, env.url);
    await two.evaluate(() => localStorage.clear());

    // The first tab still holds the work and writes it back.
    await waitForStored(two, id, (p) => assert.equal(p.canvas.channels[0]?.text, 'Kept in the open tab'));
    await openApp(two, env.url, `#/projects/${id}/canvas`);
    await two.reload();
    await waitForCanvas(two, 'Survivor');
    assert.equal(await note(two, 'Channels', 1).inputValue(), 'Kept in the open tab');
  }));

test('a full storage: the save status (role status) says "Not saved: this browser\'s storage is full"', (t) =>
  inContext(env.browser, t, async (context) => {
    const { page } = await fillUp(context);
    await waitForStatus(page, FULL);
  }));

test('a full storage: the user is told, stored work is unchanged, and saving resumes when there is room', (t) =>
  inContext(env.browser, t, async (context) => {
    const { page, id, before } = await fillUp(context);
    // Told somewhere: in the save status or in an alert.
    await eventually(async () => {
      const texts = [...(await page.getByRole('status').allInnerTexts()), ...(await page.getByRole('alert').allInnerTexts())];
      assert.ok(texts.some((x) => x.includes(FULL)), `a status or alert says ${FULL}\n${await describeMessages(page)}`);
    });
    assert.equal(await note(page, 'Channels', 1).inputValue(), 'Saved text and more', 'the text typed is still on screen');
    assert.deepEqual(await storageSnapshot(page), before, 'what was stored is unchanged');

    // Room again: the next change saves everything pending.
    await page.evaluate(() => (window.__storageFull = false));
    await page.keyboard.type('!');
    await waitForStored(page, id, (p) => assert.equal(p.canvas.channels[0]?.text, 'Saved text and more!'));
    await waitForStatus(page, 'All changes saved');
  }));
