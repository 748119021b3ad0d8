// Facilitator mode: projector view at 1024×768 and 1920×1080, the timed
// exercises' clock (faked: pause, +1 min, a hidden tab), importing a cohort
// of 14 files at once, the board's sort and filter, and the feedback round
// trip from facilitator to creator; no stored record lost to an unreadable one or
// to a second tab.

import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp, reloadApp } from './lib/browser.mjs';
import {
  BLOCKS,
  FR,
  assertFocused,
  describeFocus,
  download,
  dropFiles,
  eventually,
  makeFile,
  fileFrom,
  headerButton,
  importFiles,
  makeProject,
  region,
  setStorage,
  storageEntries,
  waitForStatus,
} from './lib/app.mjs';

const env = useApp();

const longNote = 'Festival partners in Dakar, Lagos and Abidjan who programme webtoon readings';
const fullProject = (title = 'Kola Studio') =>
  makeProject({
    title,
    discipline: 'webtoon',
    country: 'Senegal',
    notes: Object.fromEntries(BLOCKS.map((b, i) => [b.key, [`${b.en}: first idea`, longNote, `Third note ${i}`]])),
  });

// Projector view on the canvas, its keys and the timer leading a run:
// tests/e2e/room.test.mjs.

// ---------------------------------------------------------------- timed exercises

const timer = (page) => page.getByRole('region', { name: 'Exercise timer', exact: true });
const clockText = (page) => timer(page).getByRole('timer').textContent();
async function expectClock(page, text, message) {
  await eventually(async () => assert.equal((await clockText(page)).trim(), text, message), { timeout: 5000 });
}
const exerciseCard = (page, title) => page.getByRole('article', { name: title, exact: true });
/** Run, then Start in the dialog that asks which project the room works on. */
async function run(page, title, L = { run: 'Run', start: 'Start' }) {
  await exerciseCard(page, title).getByRole('button', { name: L.run, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: L.start, exact: true }).click();
}
const setHidden = (page, hidden) =>
  page.evaluate((hidden) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);

test('the exercise timer keeps time from the clock: pause, +1 min, a hidden tab, time up, next step, reload', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-11-27T09:00:00Z') });
    await openApp(page, env.url, '#/exercises');
    await page.getByRole('heading', { level: 1, name: 'Exercises', exact: true }).waitFor();
    const bmc = exerciseCard(page, 'Business Model Canvas in 45 minutes');
    await bmc.getByText('45 minutes', { exact: true }).waitFor();
    await run(page, 'Business Model Canvas in 45 minutes');

    await timer(page).waitFor();
    await timer(page).getByText('Step 1 of 9: Customer Segments').waitFor();
    await timer(page).getByText(/^Who is it for\?/).waitFor();
    await expectClock(page, '7:00');
    await page.clock.runFor(60_000);
    await expectClock(page, '6:00', 'a minute later');

    // Pause: time stands still however long it stays paused.
    await timer(page).getByRole('button', { name: 'Pause', exact: true }).click();
    await timer(page).getByRole('status').getByText('Paused').waitFor();
    await page.clock.runFor(120_000);
    await expectClock(page, '6:00', 'paused for two minutes');
    await timer(page).getByRole('button', { name: 'Resume', exact: true }).click();
    await page.clock.runFor(30_000);
    await expectClock(page, '5:30');

    // +1 min.
    await timer(page).getByRole('button', { name: '+1 min', exact: true }).click();
    await expectClock(page, '6:30');

    // A hidden tab: the browser stops ticking; the time is right when it is seen again.
    await setHidden(page, true);
    await page.clock.fastForward(180_000);
    await setHidden(page, false);
    await expectClock(page, '3:30', 'after three minutes in the background');

    // Time up: said and shown.
    await timer(page).getByRole('checkbox', { name: 'Sound at the end of a step' }).check();
    await page.clock.runFor(211_000);
    await expectClock(page, '0:00');
    await timer(page).getByRole('status').getByText('Time is up').waitFor();
    assert.match(await timer(page).getAttribute('class'), /\bup\b/, 'the band changes when time is up');
    await assertAccessible(page, 'the exercises screen with a step whose time is up');

    // The next step starts its own time box.
    await timer(page).getByRole('button', { name: 'Next step', exact: true }).click();
    await timer(page).getByText('Step 2 of 9: Value Propositions').waitFor();
    await expectClock(page, '6:00');
    await page.clock.runFor(90_000);

    // A reload keeps the run and the sound choice.
    await reloadApp(page);
    await timer(page).getByText('Step 2 of 9: Value Propositions').waitFor();
    // The fake clock runs on in real time while the page reloads (seconds on
    // a loaded machine): the run kept its place if it reads 4:30 less those
    // seconds, and neither the step's whole 6:00 nor a stopped clock.
    await eventually(async () => {
      const [m, s] = (await clockText(page)).trim().split(':').map(Number);
      const left = m * 60 + s;
      assert.ok(left <= 270 && left >= 240, `about 4:30 after the reload, not ${m}:${s}`);
    }, { timeout: 5000 });
    assert.equal(await timer(page).getByRole('checkbox', { name: 'Sound at the end of a step' }).isChecked(), true);
    // Projector view keeps the timer large.
    await page.keyboard.press('F8');
    const size = await timer(page).getByRole('timer').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(size >= 72, `the clock is large on a projector (${size}px)`);
    await page.keyboard.press('F8');

    // Skipping by keyboard to the end: focus stays on Next step, then goes
    // to Stop when the run is over and Next step is gone.
    const next = timer(page).getByRole('button', { name: 'Next step', exact: true });
    await next.focus();
    for (let step = 3; step <= 9; step++) {
      await page.keyboard.press('Enter');
      await timer(page).getByText(new RegExp(`^Step ${step} of 9`)).waitFor();
      await assertFocused(next, `focus stays on Next step at step ${step}`);
    }
    await page.keyboard.press('Enter');
    await timer(page).getByText('Exercise finished. Well done!').waitFor();
    const stop = timer(page).getByRole('button', { name: 'Stop', exact: true });
    await assertFocused(stop, `focus goes to Stop when the run ends (focus: ${await describeFocus(page)})`);

    await stop.click();
    await eventually(async () => assert.equal(await timer(page).count(), 0));
  }));

test('facilitators write their own exercises, export them, and import them back', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url, '#/exercises');
    await page.getByText('None yet: copy a built-in exercise or start a new one.').waitFor();
    await exerciseCard(page, 'One-minute pitch in 15 minutes').getByRole('button', { name: 'Copy and edit' }).click();
    const mine = page.getByRole('region', { name: 'Your exercises' });
    const title = mine.getByRole('textbox', { name: 'Exercise title' });
    await title.fill('Pitch for FESPACO');
    const card = exerciseCard(page, 'Pitch for FESPACO');
    await card.getByRole('group', { name: 'Step 1' }).getByRole('spinbutton', { name: 'Minutes' }).fill('4');
    await card.getByRole('group', { name: 'Step 1' }).getByRole('spinbutton', { name: 'Minutes' }).press('Tab');
    await card.getByRole('button', { name: 'Add step' }).click();
    const step5 = card.getByRole('group', { name: 'Step 5' });
    await step5.getByRole('textbox', { name: 'Step title' }).fill('Feedback round');
    await step5.getByRole('textbox', { name: 'Prompt' }).fill('Each pair gives one strength and one question.');
    await step5.getByRole('combobox', { name: 'Where in the project' }).selectOption({ label: 'Value Propositions' });
    // A step can also work on a part of another tool: the timer leads there.
    await card.getByRole('group', { name: 'Step 4' }).getByRole('combobox', { name: 'Where in the project' }).selectOption({ label: 'Budget' });
    await card.getByText('21 minutes', { exact: true }).waitFor();
    await assertAccessible(page, 'the exercise editor');
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByText('Feedback round · 5 minutes').waitFor();

    // Stored at once, apart from projects.
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('canevas.exercises')));
    assert.equal(stored.format, 'canevas-exercises');
    assert.equal(stored.exercises[0].title, 'Pitch for FESPACO');
    assert.equal(stored.exercises[0].steps[4].block, 'value_propositions');
    assert.equal(stored.exercises[0].steps[3].part, 'budget');
    assert.equal(stored.exercises[0].steps[3].block, null);
    assert.equal(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('canevas.project.'))), false);

    // Export, delete, import back through the header's Import.
    const file = await download(page, page.getByRole('button', { name: 'Export your exercises' }));
    assert.match(file.name, /^canevas-exercises-\d{4}-\d{2}-\d{2}\.json$/);
    assert.equal(file.json.exercises.length, 1);
    await card.getByRole('button', { name: 'Delete exercise' }).click();
    await page.getByText('None yet: copy a built-in exercise or start a new one.').waitFor();
    await page.getByRole('button', { name: 'Restore “Pitch for FESPACO”' }).click();
    await exerciseCard(page, 'Pitch for FESPACO').getByText('21 minutes', { exact: true }).waitFor();
    await exerciseCard(page, 'Pitch for FESPACO').getByRole('button', { name: 'Delete exercise' }).click();
    await page.getByText('None yet: copy a built-in exercise or start a new one.').waitFor();
    await importFiles(page, [fileFrom(file.name, file.text)]);
    await waitForStatus(page, 'Exercises imported: 1 added, 0 updated with a newer copy, 0 kept because yours is newer.');
    await exerciseCard(page, 'Pitch for FESPACO').getByText('21 minutes', { exact: true }).waitFor();

    // Edited since: importing the old file again keeps the edit.
    await exerciseCard(page, 'Pitch for FESPACO').getByRole('button', { name: 'Edit' }).click();
    await mine.getByRole('textbox', { name: 'Exercise title' }).fill('Pitch for FESPACO 2027');
    await eventually(async () =>
      assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('canevas.exercises'))).exercises[0].title, 'Pitch for FESPACO 2027'),
    );
    await importFiles(page, [fileFrom(file.name, file.text)]);
    await waitForStatus(page, 'Exercises imported: 0 added, 0 updated with a newer copy, 1 kept because yours is newer.');
    await exerciseCard(page, 'Pitch for FESPACO 2027').waitFor();

    // One of yours that carries a built-in's id gets its own, so it runs.
    const clash = { ...file.json, exercises: [{ ...file.json.exercises[0], id: 'builtin-bmc-45', title: 'Named like a built-in' }] };
    await importFiles(page, [fileFrom('clash.json', clash)]);
    await waitForStatus(page, 'Exercises imported: 1 added, 0 updated with a newer copy, 0 kept because yours is newer.');
    await run(page, 'Named like a built-in');
    await timer(page).getByText(/^Step 1 of 5: /).waitFor();
    await timer(page).getByRole('button', { name: 'Stop', exact: true }).click();

    // A broken exercises file is refused with a reason.
    const bad = { ...file.json, exercises: [{ ...file.json.exercises[0], steps: [] }] };
    await importFiles(page, [fileFrom('bad.json', bad)]);
    await page.getByRole('alert').getByText(/bad\.json/).waitFor();
  }));

test('a stored exercises record that cannot be read is kept aside, not overwritten; a newer one is left alone', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url, '#/exercises');
    await setStorage(page, { 'canevas.exercises': '{"format":"canevas-exercises","vers' });
    await reloadApp(page);
    await page.getByRole('alert').getByText(/Part of your stored work could not be read/).waitFor();
    await page.getByRole('button', { name: 'New exercise' }).click();
    await eventually(async () => assert.ok(await page.evaluate(() => localStorage.getItem('canevas.exercises'))));
    const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('canevas.quarantine.')));
    assert.equal(aside.length, 1);
    assert.match(aside[0], /^canevas\.quarantine\.\d+\.canevas\.exercises$/);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), aside[0]), '{"format":"canevas-exercises","vers');

    // Written by a newer Canevas: kept as it is, and this one writes nothing.
    const newer = JSON.stringify({ format: 'canevas-exercises', version: 9, saved_at: 1, exercises: [] });
    await setStorage(page, { 'canevas.exercises': newer });
    await reloadApp(page);
    const locked = /saved by a newer version of Canevas, or could not be set aside/;
    await page.getByRole('alert').getByText(locked).waitFor();
    await page.getByRole('button', { name: 'New exercise' }).click();
    await page.getByText('None yet: copy a built-in exercise or start a new one.').waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('canevas.exercises')), newer);
  }));

test('two tabs on the cohort: neither loses what the other imported, and each board follows the other', (t) =>
  inContext(env.browser, t, async (context) => {
    const [a, b] = [await context.newPage(), await context.newPage()];
    await openApp(a, env.url, '#/cohort');
    // Two participants sent the same project: the newer copy is kept, and the other is counted.
    const first = makeProject({ title: 'First project', at: 1_795_771_090_000 });
    const older = makeProject({ id: first.id, title: 'First project, an older copy' });
    await dropFiles(a, [
      { name: 'first.json', text: JSON.stringify(makeFile([first])) },
      { name: 'older.json', text: JSON.stringify(makeFile([older])) },
    ]);
    await waitForStatus(a, '1 project added to the cohort. 1 older copy of the same project was skipped.');
    await a.getByText('Showing 1 of 1 project').waitFor();
    await a.getByRole('link', { name: 'First project', exact: true }).waitFor();
    await openApp(b, env.url, '#/cohort');
    await b.getByText('Showing 1 of 1 project').waitFor();
    const second = makeProject({ title: 'Second project' });
    await dropFiles(a, [{ name: 'second.json', text: JSON.stringify(makeFile([second])) }]);
    await a.getByText('Showing 2 of 2 projects').waitFor();
    await b.getByText('Showing 2 of 2 projects').waitFor();
    await b.getByRole('button', { name: 'Remove “First project” from the cohort' }).click();
    await a.getByText('Showing 1 of 1 project').waitFor();
    await reloadApp(a);
    await a.getByRole('link', { name: 'Second project', exact: true }).waitFor();
    await a.getByText('Showing 1 of 1 project').waitFor();
  }));

test('exercises, the timer and the cohort board in French', (t) =>
  inContext(env.browser, t, { locale: 'fr-FR' }, async (context) => {
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-11-27T09:00:00Z') });
    await openApp(page, env.url, '#/exercises');
    await page.getByRole('heading', { level: 1, name: 'Exercices', exact: true }).waitFor();
    await run(page, 'Business Model Canvas en 45 minutes', { run: 'Lancer', start: 'Commencer' });
    const minuteur = page.getByRole('region', { name: 'Minuteur de l’exercice' });
    await minuteur.getByText('Étape 1 sur 9\u00a0: Segments de clientèle').waitFor();
    await headerButton(page, 'Vue projecteur').waitFor();
    await minuteur.getByRole('button', { name: 'Pause' }).click();
    await minuteur.getByRole('button', { name: 'Reprendre' }).waitFor();
    await assertAccessible(page, 'les exercices en français');

    // The cohort board in French.
    await page.getByRole('banner').getByRole('link', { name: 'Cohorte', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cohorte', exact: true }).waitFor();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Importer les fichiers des participants' }).click(),
    ]);
    await chooser.setFiles(cohortProjects().slice(0, 2).map((p, i) => fileFrom(`p${i}.json`, makeFile([p]))));
    await waitForStatus(page, '2 projets ajoutés à la cohorte.');
    await page.getByText('2 projets affichés sur 2').waitFor();
    await page.getByRole('combobox', { name: 'Trier par' }).selectOption({ label: 'Avancement du canevas' });
    await assertAccessible(page, 'la cohorte en français');
  }));

// ---------------------------------------------------------------- cohort board

const DISCIPLINE_KEYS = ['video_game', 'webtoon', 'immersive', 'audiovisual', 'music', 'digital_platform', 'other'];
const COUNTRIES = ['Senegal', 'Morocco', 'Tunisia', "Côte d'Ivoire", 'Cameroon', 'Nigeria', 'Ghana'];

/** Fourteen participants' projects: project i fills i % 10 blocks. */
function cohortProjects() {
  return Array.from({ length: 14 }, (_, i) =>
    makeProject({
      title: `Project ${String.fromCharCode(65 + i)}${i === 3 ? ' griots' : ''}`,
      discipline: DISCIPLINE_KEYS[i % 7],
      country: COUNTRIES[i % 7],
      pitch: i === 5 ? 'A radio drama about Lagos' : '',
      notes: Object.fromEntries(BLOCKS.slice(0, i % 10).map((b) => [b.key, [`${b.en} of project ${i}`]])),
      at: 1_795_771_086_000 + i * 1000,
    }),
  );
}

const cardTitles = (page) => page.getByRole('list').locator('article h2').allTextContents();

test('a cohort of 14 files imported at once: the board, sort, filter, read-only view, compare, export, drop', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url, '#/cohort');
    await page.getByRole('heading', { level: 1, name: 'Cohort', exact: true }).waitFor();
    await page.getByText('No project in the cohort yet.', { exact: false }).waitFor();

    const projects = cohortProjects();
    const files = projects.map((p, i) => fileFrom(`participant-${i + 1}.json`, makeFile([p])));
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: "Import participants' files" }).click(),
    ]);
    assert.equal(chooser.isMultiple(), true, 'the picker takes several files');
    await chooser.setFiles(files);
    await waitForStatus(page, '14 projects added to the cohort.');
    await page.getByText('Showing 14 of 14 projects').waitFor();
    assert.equal(await page.locator('article.cohort-card').count(), 14);
    const card = page.getByRole('article', { name: 'Project J', exact: true });
    await card.getByText('Canvas 100% complete · 9 of 9 blocks filled').waitFor();
    await card.getByText(/^Immersive or XR · Tunisia · 9 notes/).waitFor();
    await assertAccessible(page, 'the cohort board');

    // Kept apart from the facilitator's own projects.
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.equal(keys.filter((k) => k.startsWith('canevas.cohort.project.')).length, 14);
    assert.equal(keys.filter((k) => k.startsWith('canevas.project.')).length, 0);
    await page.getByRole('banner').getByRole('link', { name: 'Projects', exact: true }).click();
    await page.getByText('No project yet', { exact: true }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Cohort', exact: true }).click();

    // Sort.
    const sortBy = page.getByRole('combobox', { name: 'Sort by' });
    // The board is drawn again on the way back: wait for it.
    await eventually(async () => assert.deepEqual((await cardTitles(page)).slice(0, 3), ['Project A', 'Project B', 'Project C']));
    await sortBy.selectOption({ label: 'Canvas completeness' });
    await eventually(async () => assert.deepEqual((await cardTitles(page)).slice(0, 3), ['Project J', 'Project I', 'Project H']));
    await sortBy.selectOption({ label: 'Country' });
    await eventually(async () => assert.deepEqual((await cardTitles(page)).slice(0, 2), ['Project E', 'Project L']), { message: 'Cameroon first' });

    // Filter by discipline, country, text; they combine.
    await page.getByRole('combobox', { name: 'Discipline' }).selectOption({ label: 'Music' });
    await page.getByText('Showing 2 of 14 projects').waitFor();
    await eventually(async () => assert.deepEqual((await cardTitles(page)).sort(), ['Project E', 'Project L']));
    await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Senegal' });
    await page.getByText('Showing 0 of 14 projects').waitFor();
    await page.getByRole('combobox', { name: 'Discipline' }).selectOption({ label: 'All disciplines' });
    await page.getByText('Showing 2 of 14 projects').waitFor();
    await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'All countries' });
    await page.getByRole('searchbox', { name: 'Search' }).fill('lagos');
    await page.getByText('Showing 1 of 14 projects').waitFor();
    await eventually(async () => assert.deepEqual(await cardTitles(page), ['Project F']));
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByText('Showing 14 of 14 projects').waitFor();

    // Open one, read-only.
    await page.getByRole('link', { name: 'Project J', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Project J' }).waitFor();
    await page.getByText("A participant's project, read-only", { exact: false }).waitFor();
    await region(page, 'Channels').getByText('Channels of project 9').waitFor();
    assert.equal(await page.getByRole('main').getByRole('textbox', { name: /^Note \d+$/ }).count(), 0, 'notes are text, not fields');
    assert.equal(await page.getByRole('main').getByRole('textbox').count(), 12, 'the only fields are the facilitator’s feedback (9 blocks, overall, name, a comment on any part)');
    await assertAccessible(page, 'a cohort project, read-only');
    await page.getByRole('link', { name: 'Back to the cohort' }).click();

    // Compare two side by side.
    await page.getByRole('checkbox', { name: 'Compare “Project J”' }).check();
    const compare = page.getByRole('button', { name: /^Compare selected/ });
    assert.equal(await compare.isDisabled(), true, 'two are needed to compare');
    await page.getByRole('checkbox', { name: 'Compare “Project C”' }).check();
    await compare.click();
    const table = page.getByRole('table', { name: 'Side by side' });
    await table.waitFor();
    assert.deepEqual(await table.getByRole('columnheader').allTextContents().then((h) => h.map((x) => x.trim()).filter(Boolean)), [
      'Project JCanvas 100% complete',
      'Project CCanvas 22% complete',
    ]);
    const channels = table.getByRole('row', { name: /^Channels/ });
    await channels.getByText('Channels of project 9').waitFor();
    await assertAccessible(page, 'two cohort projects side by side');
    await page.getByRole('link', { name: 'Back to the cohort' }).click();

    // Export the cohort as one workspace file.
    const out = await download(page, page.getByRole('button', { name: 'Export the cohort' }));
    assert.equal(out.json.kind, 'workspace');
    assert.equal(out.json.projects.length, 14);
    assert.match(out.name, /^canevas-cohort-/);

    // Dropping a file on the board adds it to the cohort, not to the home screen.
    const late = makeProject({ title: 'Late project', country: 'Mali' });
    await dropFiles(page, [{ name: 'late.json', text: JSON.stringify(makeFile([late])) }]);
    await waitForStatus(page, '1 project added to the cohort.');
    await page.getByText('Showing 15 of 15 projects').waitFor();

    // Remove one: focus goes to the next card's link. Restore: to its own.
    const titles = await page.locator('.cohort-board').getByRole('heading', { level: 2 }).allTextContents();
    const at = titles.indexOf('Late project');
    const next = titles[at + 1] ?? titles[at - 1];
    await page.getByRole('button', { name: 'Remove “Late project” from the cohort' }).click();
    await page.getByText('Showing 14 of 14 projects').waitFor();
    await waitForStatus(page, '“Late project” removed from the cohort. “Restore” on the board brings it back.');
    await assertFocused(page.getByRole('link', { name: next, exact: true }), `the link of “${next}” should have focus, not ${await describeFocus(page)}`);
    await page.getByRole('button', { name: 'Restore “Late project”' }).click();
    await page.getByText('Showing 15 of 15 projects').waitFor();
    await assertFocused(page.getByRole('link', { name: 'Late project', exact: true }), 'the restored card’s link should have focus');
    assert.equal(await page.evaluate((id) => localStorage.getItem(`canevas.cohort.project.${id}`) !== null, late.id), true, 'restored and stored');
    await page.getByRole('button', { name: 'Remove “Late project” from the cohort' }).click();
    await page.getByText('Showing 14 of 14 projects').waitFor();
    await reloadApp(page);
    await page.getByText('Showing 14 of 14 projects').waitFor();
    assert.equal(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('canevas.project.'))), false);
  }));

// ---------------------------------------------------------------- feedback

test('cohort cards show a figure from each tool the creator started, and sort by them', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    // "Today" decides which diffusion deadline is the next one.
    await page.clock.setFixedTime(new Date('2026-11-27T09:00:00Z'));
    await openApp(page, env.url, '#/cohort');
    const fixture = (name) => readFileSync(new URL(`../fixtures/format/v2/${name}.json`, import.meta.url), 'utf8');
    const files = ['fit', 'feasibility', 'diffusion', 'project'].map((n) => fileFrom(`${n}.json`, fixture(n)));
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: "Import participants' files" }).click(),
    ]);
    await chooser.setFiles(files);
    await waitForStatus(page, '4 projects added to the cohort.');
    const figures = (title) =>
      page.getByRole('article', { name: title, exact: true }).locator('ul.figures li').allTextContents();
    await eventually(async () =>
      assert.deepEqual(await figures('Les Gardiennes de Grand-Bassam — adéquation'), [
        'Audience–offer fit: 67% of what matters answered',
        'Coherence: 4 of 11 checks hold',
      ]),
    );
    assert.deepEqual(await figures('Gardiens de Tombouctou'), [
      'Feasibility score: 2.8 out of 5',
      'Coherence: 3 of 10 checks hold',
      'Readiness: product 3, market 2',
    ]);
    assert.deepEqual(await figures('Les Griots de Kola'), ['Coherence: 8 of 11 checks hold', 'Next deadline: 10 Dec 2026, Annonce sur Instagram']);
    const sortBy = page.getByRole('combobox', { name: 'Sort by' });
    await sortBy.selectOption({ label: 'Next deadline' });
    await eventually(async () => assert.equal((await cardTitles(page))[0], 'Les Griots de Kola'));
    await sortBy.selectOption({ label: 'Feasibility score' });
    await eventually(async () => assert.equal((await cardTitles(page))[0], 'Gardiens de Tombouctou'));
    await sortBy.selectOption({ label: 'Audience–offer fit' });
    await eventually(async () => assert.equal((await cardTitles(page))[0], 'Les Gardiennes de Grand-Bassam — adéquation'));
    // coherence (issue 16): most checks holding first (8 of 11).
    await sortBy.selectOption({ label: 'Coherence' });
    await eventually(async () => assert.equal((await cardTitles(page))[0], 'Les Griots de Kola'));
    await assertAccessible(page, 'the cohort board with figures');

    // Read-only, the project shows every tool in full (issue 18): the
    // dossier's presentations, each item there to read, nothing to edit.
    await page.getByRole('link', { name: 'Gardiens de Tombouctou', exact: true }).click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Feasibility', level: 2, exact: true }).waitFor();
    const risks = main.getByRole('region', { name: 'Risk register', exact: true });
    await risks.getByRole('heading', { name: /The grant we count on is refused/ }).waitFor();
    await main.getByRole('region', { name: 'Assumptions map', exact: true }).waitFor();
    await main.getByRole('region', { name: 'Audience–offer fit', exact: true }).waitFor();
    const plan = main.getByRole('heading', { name: 'Diffusion and valorisation plan', level: 2, exact: true });
    await plan.waitFor();
    await main.locator('.present-diffusion').getByText('Not started yet.').waitFor();
    assert.equal(await main.locator('.present').locator('input, textarea, select, button').count(), 0, 'the tools are read, not edited');
    await assertAccessible(page, 'a cohort project, read-only, with every tool in full');

    // Side by side, each tool's figure has its row.
    await page.getByRole('link', { name: 'Back to the cohort', exact: true }).click();
    for (const title of ['Gardiens de Tombouctou', 'Les Griots de Kola']) {
      await page.getByRole('checkbox', { name: `Compare “${title}”`, exact: true }).check();
    }
    await page.getByRole('button', { name: /^Compare selected/ }).click();
    const row = (name) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await row('Feasibility').getByText('Feasibility score: 2.8 out of 5').waitFor();
    await row('Diffusion').getByText('Next deadline: 10 Dec 2026, Annonce sur Instagram').waitFor();
  }));

test('feedback round trip: a facilitator writes it on a cohort project, the creator imports it and sees it beside their canvas, marks one done, their work untouched', (t) =>
  inContext(env.browser, t, async (context) => {
    const project = fullProject('Kola Studio');

    // The facilitator's browser.
    const facilitator = await context.newPage();
    await openApp(facilitator, env.url, '#/cohort');
    const [chooser] = await Promise.all([
      facilitator.waitForEvent('filechooser'),
      facilitator.getByRole('button', { name: "Import participants' files" }).click(),
    ]);
    await chooser.setFiles([fileFrom('kola.json', makeFile([project]))]);
    await facilitator.getByRole('link', { name: 'Kola Studio', exact: true }).click();
    await facilitator.getByRole('heading', { level: 1, name: 'Kola Studio' }).waitFor();
    const exportButton = facilitator.getByRole('button', { name: 'Export feedback' });
    assert.equal(await exportButton.isDisabled(), true, 'nothing to export yet');
    assert.equal(await facilitator.getByRole('textbox', { name: 'Your name' }).getAttribute('maxlength'), '10000');
    await facilitator.getByRole('textbox', { name: 'Your name' }).fill('Awa Diop');
    await facilitator.getByRole('textbox', { name: 'Your name' }).press('Tab');
    await region(facilitator, 'Channels').getByRole('textbox', { name: 'Feedback on Channels' }).fill('Add community radio in Dakar.');
    await facilitator.getByRole('textbox', { name: 'Overall feedback' }).fill('A strong pitch; check the costs.');
    await assertAccessible(facilitator, 'a cohort project with feedback being written');
    const before = await facilitator.evaluate((id) => localStorage.getItem(`canevas.cohort.project.${id}`), project.id);
    await facilitator.reload();
    await facilitator.getByRole('textbox', { name: 'Overall feedback' }).waitFor();
    assert.equal(await facilitator.getByRole('textbox', { name: 'Overall feedback' }).inputValue(), 'A strong pitch; check the costs.', 'feedback is kept');
    const file = await download(facilitator, exportButton);
    assert.match(file.name, /^feedback-kola-studio-\d{4}-\d{2}-\d{2}\.json$/);
    assert.equal(file.json.format, 'canevas-feedback');
    assert.equal(file.json.version, 2);
    const [mine] = file.json.feedback;
    assert.equal(mine.project, project.id);
    assert.equal(mine.project_title, 'Kola Studio');
    assert.equal(mine.author, 'Awa Diop');
    assert.deepEqual(mine.comments.map((c) => [c.block ?? null, c.text]).sort(), [
      ['channels', 'Add community radio in Dakar.'],
      [null, 'A strong pitch; check the costs.'],
    ].sort());
    assert.equal(
      await facilitator.evaluate((id) => localStorage.getItem(`canevas.cohort.project.${id}`), project.id),
      before,
      'writing feedback leaves the participant’s project as it was',
    );
    // The card says how many comments were written (issue 18).
    await facilitator.getByRole('link', { name: 'Back to the cohort', exact: true }).click();
    await facilitator.getByRole('article', { name: 'Kola Studio', exact: true }).getByText('2 comments written', { exact: true }).waitFor();

    // The creator's browser (another context: its own storage).
    const other = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    try {
      const creator = await other.newPage();
      await openApp(creator, env.url);
      await setStorage(creator, storageEntries([project]));
      await creator.goto(`${env.url}/#/projects/${project.id}/canvas`);
      await reloadApp(creator);
      await region(creator, 'Channels').waitFor();
      const stored = () => creator.evaluate((id) => localStorage.getItem(`canevas.project.${id}`), project.id);
      const record = await stored();
      await importFiles(creator, [fileFrom(file.name, file.text)]);
      await waitForStatus(creator, 'Feedback from Awa Diop on “Kola Studio” is now shown beside its parts and on its Comments tab. Your work is unchanged.');
      const channelComment = region(creator, 'Channels').getByRole('listitem', { name: /^Feedback from Awa Diop, \d{1,2} [A-Z][a-z]{2,3} \d{4}$/ });
      await channelComment.getByText('Add community radio in Dakar.').waitFor();
      await creator.getByRole('listitem').filter({ hasText: 'A strong pitch; check the costs.' }).waitFor();
      assert.equal(await stored(), record, 'their project is untouched');
      assert.equal(await region(creator, 'Channels').getByRole('textbox', { name: /^Note \d+$/ }).count(), 3, 'their notes are all there, editable as before');
      await assertAccessible(creator, 'a canvas with feedback beside it');

      // Mark one done: it stays, done, after a reload; focus stays on its button.
      await channelComment.getByRole('button', { name: 'Mark done' }).click();
      await assertFocused(channelComment.getByRole('button', { name: 'Mark to do again' }), `Mark to do again should have focus, not ${await describeFocus(creator)}`);
      await reloadApp(creator);
      await channelComment.getByText(/· Done$/).waitFor();
      await creator.getByRole('listitem').filter({ hasText: 'A strong pitch; check the costs.' }).getByText(/· To do$/).waitFor();
      assert.equal(await stored(), record);

      // Feedback on a project that is not here.
      const stranger = { ...file.json, feedback: [{ ...mine, project: 'elsewhere1', project_title: 'Griot Games' }] };
      await importFiles(creator, [fileFrom('griot.json', stranger)]);
      await creator.getByRole('alert').getByText('This feedback is about “Griot Games”, a project that is not in this browser.', { exact: false }).waitFor();
    } finally {
      await other.close();
    }
  }));

// mentoring (issue 18): a comment on any item, the team's answers back.
const tool = (name) => JSON.parse(readFileSync(new URL(`../fixtures/format/v3/${name}.json`, import.meta.url), 'utf8')).projects[0];
function mentoredProject() {
  const p = tool('diffusion');
  const [assumption] = tool('feasibility').feasibility.assumptions;
  p.feasibility.assumptions = [{ ...assumption, note: null }];
  return p;
}

test('mentoring: a mentor comments on an assumption, a budget line and a note; the team answers; the mentor sees the answers, and no project record changes', (t) =>
  inContext(env.browser, t, async (context) => {
    const project = mentoredProject();
    const mentor = await context.newPage();
    await openApp(mentor, env.url, '#/cohort');
    const [chooser] = await Promise.all([
      mentor.waitForEvent('filechooser'),
      mentor.getByRole('button', { name: "Import participants' files" }).click(),
    ]);
    await chooser.setFiles([fileFrom('kola.json', makeFile([project]))]);
    await mentor.getByRole('link', { name: project.title, exact: true }).click();
    await mentor.getByRole('heading', { level: 1, name: project.title }).waitFor();
    const cohortRecord = () => mentor.evaluate((id) => localStorage.getItem(`canevas.cohort.project.${id}`), project.id);
    const before = await cohortRecord();
    await mentor.getByRole('textbox', { name: 'Your name' }).fill('Awa Diop');
    await mentor.getByRole('textbox', { name: 'Your name' }).press('Tab');
    const form = mentor.getByRole('region', { name: 'Comment on any part', exact: true });
    const comment = async (about, kind, text) => {
      await form.getByRole('combobox', { name: 'About' }).selectOption({ label: about });
      await form.getByRole('combobox', { name: 'It is' }).selectOption({ label: kind });
      await form.getByRole('textbox', { name: 'Comment' }).fill(text);
      await form.getByRole('button', { name: 'Save the comment' }).click();
      await waitForStatus(mentor, 'Comment saved.');
    };
    const assumption = project.feasibility.assumptions[0].text;
    await comment(`“${assumption}”`, 'To do', 'This assumption has no test yet.');
    await comment('“Couvertures et visuels”', 'For information', 'Ask the festival to pay for these.');
    await comment('“Webtoon Canvas”', 'To do', 'Which of your readers are there?');
    const yours = mentor.getByRole('region', { name: 'Your comments', exact: true });
    await yours.getByText(`On Assumptions map: “${assumption}” · To do`).waitFor();
    await yours.getByText('On Budget: “Couvertures et visuels” · For information').waitFor();
    await assertAccessible(mentor, 'a cohort project with comments on items');
    await mentor.getByRole('link', { name: 'Back to the cohort', exact: true }).click();
    await mentor.getByRole('article', { name: project.title, exact: true }).getByText('3 comments written', { exact: true }).waitFor();
    await mentor.getByRole('link', { name: project.title, exact: true }).click();
    const sent = await download(mentor, mentor.getByRole('button', { name: 'Export feedback' }));
    assert.deepEqual(sent.json.feedback[0].comments.map((c) => [c.block ?? c.part, c.kind]), [
      ['assumptions', 'to_do'], ['budget', 'info'], ['channels', 'to_do'],
    ]);

    // The team, in French, in its own browser.
    const other = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    try {
      const creator = await other.newPage();
      await openApp(creator, env.url);
      await setStorage(creator, storageEntries([project]));
      await creator.goto(`${env.url}/#/projects/${project.id}/feasibility`);
      await reloadApp(creator);
      const stored = () => creator.evaluate((id) => localStorage.getItem(`canevas.project.${id}`), project.id);
      const record = await stored();
      await importFiles(creator, [fileFrom(sent.name, sent.text)], FR);
      await waitForStatus(creator, `Le retour de Awa Diop sur «\u00a0${project.title}\u00a0» s’affiche maintenant à côté de ses parties et dans son onglet Commentaires. Votre travail n’a pas changé.`);
      // Each comment beside its part.
      const part = (name) => creator.getByRole('region', { name, exact: true });
      const onAssumption = part('Carte des hypothèses').getByRole('listitem').filter({ hasText: 'This assumption has no test yet.' });
      await onAssumption.getByText(`Sur Carte des hypothèses\u00a0: «\u00a0${assumption}\u00a0»`).waitFor();
      await creator.goto(`${env.url}/#/projects/${project.id}/diffusion`);
      await part('Budget').getByRole('listitem').filter({ hasText: 'Ask the festival to pay for these.' }).waitFor();
      await creator.goto(`${env.url}/#/projects/${project.id}/canvas`);
      const onNote = region(creator, 'Canaux').getByRole('listitem').filter({ hasText: 'Which of your readers are there?' });
      await onNote.getByText('Sur Canaux\u00a0: «\u00a0Webtoon Canvas\u00a0»').waitFor();
      // The list of all: reply to one, mark another done, filter.
      await creator.getByRole('link', { name: 'Commentaires (2)', exact: true }).click();
      const page = creator.getByRole('region', { name: 'Commentaires de vos mentors', exact: true });
      const card = (text) => page.getByRole('listitem').filter({ hasText: text });
      await card('This assumption has no test yet.').getByRole('textbox', { name: 'Votre réponse' }).fill('Un test de prévente en janvier.');
      await card('Which of your readers are there?').getByRole('button', { name: 'Marquer comme fait' }).click();
      await creator.getByRole('link', { name: 'Commentaires (1)', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Faits', exact: true }).click();
      await eventually(async () => assert.equal(await page.getByRole('listitem').count(), 1));
      await assertFocused(page.getByRole('button', { name: 'Faits', exact: true }), `the filter keeps focus, not ${await describeFocus(creator)}`);
      await card('Which of your readers are there?').waitFor();
      await page.getByRole('button', { name: 'À faire', exact: true }).click();
      await eventually(async () => assert.equal(await page.getByRole('listitem').count(), 1));
      await card('This assumption has no test yet.').waitFor();
      await assertAccessible(creator, 'the comments screen');
      await page.getByRole('button', { name: 'Tous', exact: true }).click();
      await reloadApp(creator);
      assert.equal(await card('This assumption has no test yet.').getByRole('textbox', { name: 'Votre réponse' }).inputValue(), 'Un test de prévente en janvier.', 'the reply is kept');
      const answers = await download(creator, page.getByRole('button', { name: 'Exporter les réponses' }));
      // Importing the same feedback again changes nothing, answers included.
      await importFiles(creator, [fileFrom(sent.name, sent.text)], FR);
      await creator.getByRole('link', { name: 'Commentaires (1)', exact: true }).waitFor();
      assert.equal(await card('This assumption has no test yet.').getByRole('textbox', { name: 'Votre réponse' }).inputValue(), 'Un test de prévente en janvier.');
      // A second mentor's feedback is kept apart and shown with the first;
      // a comment whose item is gone stays, marked so.
      const kofi = {
        format: 'canevas-feedback', version: 2, saved_at: 1796000000000,
        feedback: [{ project: project.id, project_title: project.title, author: 'Kofi Mensah', updated_at: 1796000000000, comments: [
          { id: 'kofi-1', part: 'risks', item: 'deleted-risk', text: 'What if the printer is late?', created_at: 1796000000000, updated_at: 1796000000000 },
        ] }],
      };
      await importFiles(creator, [fileFrom('kofi.json', kofi)], FR);
      await creator.getByRole('link', { name: 'Commentaires (2)', exact: true }).waitFor();
      const meta = (text) => card(text).locator('.feedback-meta');
      await meta('What if the printer is late?').getByText('Registre des risques · Sa partie n’existe plus').waitFor();
      // An older file from the same mentor changes nothing, and says so.
      const olderKofi = structuredClone(kofi);
      olderKofi.feedback[0].updated_at -= 1000;
      olderKofi.feedback[0].comments[0].text = 'An older wording.';
      await importFiles(creator, [fileFrom('kofi-older.json', olderKofi)], FR);
      await waitForStatus(creator, `Ce retour sur «\u00a0${project.title}\u00a0» est plus ancien que celui déjà affiché\u00a0: rien n’a changé.`);
      assert.equal(await creator.getByText('An older wording.').count(), 0);
      assert.match(await meta('What if the printer is late?').innerText(), /^Retour de Kofi Mensah, le /);
      assert.match(await meta('This assumption has no test yet.').innerText(), /^Retour de Awa Diop, le /);
      assert.equal(await stored(), record, 'the team’s project is untouched');

      // Back to the mentor: the answers beside the comments.
      const [again] = await Promise.all([
        mentor.waitForEvent('filechooser'),
        mentor.getByRole('link', { name: 'Back to the cohort', exact: true }).click().then(() =>
          mentor.getByRole('button', { name: "Import participants' files" }).click()),
      ]);
      await again.setFiles([fileFrom(answers.name, answers.text)]);
      await waitForStatus(mentor, `2 answers from the team of “${project.title}” now show beside your comments.`);
      await mentor.getByRole('link', { name: project.title, exact: true }).click();
      const withReply = yours.getByRole('listitem').filter({ hasText: 'This assumption has no test yet.' });
      await withReply.getByText('Un test de prévente en janvier.').waitFor();
      await withReply.getByText(/^The team’s reply, /).waitFor();
      await yours.getByRole('listitem').filter({ hasText: 'Which of your readers are there?' }).getByText('On Channels: “Webtoon Canvas” · Done').waitFor();
      assert.equal(await cohortRecord(), before, 'the cohort’s copy of the project is untouched');
    } finally {
      await other.close();
    }
  }));

test('projector view on the exercises screen: arrows move between cards, Enter into one, large type', (t) =>
  inContext(env.browser, t, { viewport: { width: 1024, height: 768 } }, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url, '#/exercises');
    await exerciseCard(page, 'Business Model Canvas in 45 minutes').waitFor();
    await page.keyboard.press('F8');
    await page.keyboard.press('ArrowRight');
    await assertFocused(exerciseCard(page, 'Business Model Canvas in 45 minutes'));
    await page.keyboard.press('ArrowDown');
    await assertFocused(exerciseCard(page, 'Audience and offer in 20 minutes'));
    await page.keyboard.press('Enter');
    await assertFocused(exerciseCard(page, 'Audience and offer in 20 minutes').getByRole('listitem').first());
    const size = await exerciseCard(page, 'Audience and offer in 20 minutes')
      .getByRole('listitem')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(size >= 24, `step text is large (${size}px)`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `nothing runs off the side (${overflow}px)`);
    await assertAccessible(page, 'the exercises screen in projector view');
  }));
