// The audience–offer fit worksheet: build a segment's profile, link the
// offer to it, see the gaps and the fit summary, undo, reload, export; a
// file with a broken link is refused; French; axe.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp, reloadApp } from './lib/browser.mjs';
import { loadValidator } from './lib/schema.mjs';
import {
  FR,
  addNote,
  alerts,
  assertFocused,
  createProject,
  download,
  eventually,
  fileFrom,
  headerButton,
  importFiles,
  makeFile,
  makeProject,
  noteTexts,
  noteTools,
  moveButton,
  pickInNoteMenu,
  note,
  region,
  storageSnapshot,
  waitForCanvas,
  waitForStatus,
  waitForStored,
} from './lib/app.mjs';

const env = useApp();

const EN_FIT = {
  tab: 'Audience–offer fit',
  addSegment: 'Add segment',
  segmentName: 'Segment name',
  addItem: 'Add item',
  want: 'What they want to do',
  obstacle: 'What gets in their way',
  hope: 'What they hope for',
  deliver: 'What we deliver',
  remedy: 'How it removes a frustration',
  gain: 'How it brings a gain',
  importance: 'Importance',
  evidence: 'Evidence',
  answers: 'Answers',
  deleteItem: 'Delete item',
};

const openFit = async (page, L = EN_FIT) => {
  await page.getByRole('navigation').getByRole('link', { name: L.tab, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: L.tab, exact: true }).waitFor();
};

/** Adds an item to a part of a segment's profile and types its text. */
async function addItem(page, segment, part, text, L = EN_FIT) {
  const area = region(page, segment).getByRole('region', { name: part, exact: true });
  const before = await area.getByRole('textbox').count();
  await area.getByRole('button', { name: `${L.addItem} – ${part}`, exact: true }).click();
  const item = area.getByRole('listitem').nth(before);
  const box = item.getByRole('textbox');
  await assertFocused(box, `the item added to ${part} has focus`);
  await page.keyboard.type(text);
  await eventually(async () => assert.equal(await box.inputValue(), text));
  return item;
}

const summaryText = async (page, segment) => (await region(page, segment).innerText()).replace(/\s+/g, ' ');

test('build a profile, link the offer, see the gaps, undo, reload and export', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await createProject(page, { title: 'Kola Studio', discipline: 'Webtoon or comics' });
    await waitForCanvas(page, 'Kola Studio');
    await addNote(page, 'Customer Segments', 'Young readers');

    await openFit(page);
    assert.match(await page.title(), /Kola Studio · Audience–offer fit/);
    const readers = region(page, 'Young readers');
    await readers.waitFor();
    await readers.getByText('No important item yet (importance 4 or 5).').waitFor();

    // A segment added here is a note of the canvas.
    await page.getByRole('button', { name: EN_FIT.addSegment, exact: true }).click();
    const name = page.getByRole('textbox', { name: EN_FIT.segmentName, exact: true }).nth(1);
    await assertFocused(name, 'the new segment’s name has focus');
    await page.keyboard.type('Diaspora');
    await region(page, 'Diaspora').waitFor();
    // A second line, as a canvas note may have, is kept, not dropped.
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('in Paris');
    await waitForStored(page, id, (p) => assert.equal(p.canvas.customer_segments[1].text, 'Diaspora\nin Paris'));
    await region(page, 'Diaspora in Paris').waitFor();

    // The audience: a want and an obstacle, with importance and evidence.
    const want = await addItem(page, 'Young readers', EN_FIT.want, 'Read on the bus');
    await want.getByRole('combobox', { name: EN_FIT.importance, exact: true }).selectOption({ label: '5 – essential' });
    await want.getByRole('combobox', { name: EN_FIT.evidence, exact: true }).selectOption({ label: 'Interviews' });
    await want.getByRole('combobox', { name: 'Kind', exact: true }).selectOption({ label: 'Social (how others see them)' });
    const obstacle = await addItem(page, 'Young readers', EN_FIT.obstacle, 'Data costs too much');
    await obstacle.getByRole('combobox', { name: EN_FIT.importance, exact: true }).selectOption({ label: '4 – important' });
    assert.equal(await obstacle.getByRole('combobox', { name: 'Kind' }).count(), 0, 'only wants have a kind');
    await addItem(page, 'Young readers', EN_FIT.hope, 'Meet the author');

    await eventually(async () => assert.match(await summaryText(page, 'Young readers'), /0 of 2 important items answered \(0%\)/));
    await obstacle.getByText('Important, and no answer yet').waitFor();

    // The offer, linked by checkboxes.
    const remedy = await addItem(page, 'Young readers', EN_FIT.remedy, 'Episodes readable offline');
    await remedy.getByRole('group', { name: EN_FIT.answers }).getByRole('checkbox', { name: 'Data costs too much', exact: true }).check();
    await addItem(page, 'Young readers', EN_FIT.gain, 'Wallpapers');
    await addItem(page, 'Young readers', EN_FIT.deliver, 'A weekly webtoon');

    await eventually(async () => {
      const text = await summaryText(page, 'Young readers');
      assert.match(text, /1 of 2 important items answered \(50%\)/);
      assert.match(text, /0 of 1 answered important item backed by evidence \(0%\)/);
      assert.match(text, /Important and unanswered Read on the bus/);
      assert.match(text, /Answers nothing yet Wallpapers/);
    });
    await obstacle.getByText('Answered by: Episodes readable offline').waitFor();
    await want.getByText('Important, and no answer yet').waitFor();

    await remedy.getByRole('checkbox', { name: 'Read on the bus', exact: true }).check();
    await eventually(async () => {
      const text = await summaryText(page, 'Young readers');
      assert.match(text, /2 of 2 important items answered \(100%\)/);
      assert.match(text, /1 of 2 answered important items backed by evidence \(50%\)/);
    });
    const glance = page.getByRole('table', { name: 'Fit at a glance' });
    await eventually(async () =>
      assert.match((await glance.getByRole('row', { name: /Young readers/ }).innerText()).replace(/\s+/g, ' '), /2 of 2 \(100%\).*1 of 2 \(50%\)/),
    );
    await waitForStored(page, id, (p) => {
      const profile = p.fit.profiles.find((x) => x.segment === p.canvas.customer_segments[0].id);
      assert.ok(profile, 'the profile is stored under the segment note');
      const offer = profile.offer.find((o) => o.text === 'Episodes readable offline');
      assert.equal(offer.answers.length, 2);
      const w = profile.audience.find((a) => a.text === 'Read on the bus');
      assert.deepEqual([w.kind, w.facet, w.importance, w.evidence], ['want', 'social', 5, 'interviews']);
    });
    await assertAccessible(page, 'the fit worksheet with a profile');

    // Deleting an audience item removes its links; Undo brings them back.
    await obstacle.getByRole('button', { name: EN_FIT.deleteItem, exact: true }).click();
    await waitForStatus(page, 'Item deleted, with its links. Undo brings them back.');
    const obstacles = region(page, 'Young readers').getByRole('region', { name: EN_FIT.obstacle, exact: true });
    await assertFocused(obstacles.getByRole('button', { name: `${EN_FIT.addItem} – ${EN_FIT.obstacle}`, exact: true }), 'focus goes to “Add item” when the last item of a part is deleted');
    await eventually(async () => assert.equal(await remedy.getByRole('checkbox').count(), 2));
    await waitForStored(page, id, (p) => {
      const offer = p.fit.profiles[0].offer.find((o) => o.text === 'Episodes readable offline');
      assert.equal(offer.answers.length, 1, 'the deleted item’s link went with it');
    });
    await headerButton(page, 'Undo').click();
    await remedy.getByRole('checkbox', { name: 'Data costs too much', exact: true }).waitFor();
    assert.equal(await remedy.getByRole('checkbox', { name: 'Data costs too much', exact: true }).isChecked(), true);

    // After a reload, all of it is there.
    await reloadApp(page);
    await region(page, 'Young readers').waitFor();
    await eventually(async () => assert.match(await summaryText(page, 'Young readers'), /2 of 2 important items answered/));

    // The canvas lists the segment added on the worksheet; deleting a
    // segment's note takes its profile, and one Undo restores both.
    await page.getByRole('navigation').getByRole('link', { name: 'Business Model Canvas', exact: true }).click();
    await waitForCanvas(page, 'Kola Studio');
    assert.deepEqual(await noteTexts(page, 'Customer Segments'), ['Young readers', 'Diaspora\nin Paris']);
    await (await noteTools(note(page, 'Customer Segments', 1))).getByRole('button', { name: 'Delete note' }).click();
    await waitForStatus(page, 'Note deleted, with its audience–offer fit profile. Undo brings both back.');
    await waitForStored(page, id, (p) => assert.equal(p.fit.profiles.length, 0));
    await headerButton(page, 'Undo').click();
    await waitForStored(page, id, (p) => assert.equal(p.fit.profiles.length, 1));
    await openFit(page);
    await eventually(async () => assert.match(await summaryText(page, 'Young readers'), /2 of 2 important items answered/));

    // Exported with the project, valid against the shipped schema.
    const file = await download(page, headerButton(page, 'Export'));
    assert.equal(file.json.projects[0].fit.profiles[0].audience.length, 3);
    assert.equal((await loadValidator()).errors(file.json), null);

    // A segment's note moved to another block on the canvas keeps its
    // profile, shown with where the note went.
    await page.getByRole('navigation').getByRole('link', { name: 'Business Model Canvas', exact: true }).click();
    await waitForCanvas(page, 'Kola Studio');
    await pickInNoteMenu(note(page, 'Customer Segments', 1), moveButton, 'Channels');
    await eventually(async () => assert.deepEqual(await noteTexts(page, 'Customer Segments'), ['Diaspora\nin Paris']));
    await openFit(page);
    await region(page, 'Young readers').getByText('This segment’s note is now in Channels on the canvas', { exact: false }).waitFor();
    await eventually(async () => assert.match(await summaryText(page, 'Young readers'), /2 of 2 important items answered/));
  }));

const optionTexts = (select) => select.evaluate((s) => [...s.options].map((o) => o.textContent.trim()));
const selectedText = (select) => select.evaluate((s) => s.selectedOptions[0]?.textContent.trim());

test('evidence kinds follow the discipline; importance has the same words in the fit worksheet and the feasibility studio', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const at = 1_795_771_086_000;
    const project = makeProject({ title: 'Les Griots', discipline: 'webtoon', notes: { customer_segments: [{ id: 'seg1', text: 'Young readers' }] } });
    const item = (id, text, evidence) => ({ id, kind: 'obstacle', text, facet: 'functional', importance: 4, evidence, created_at: at, updated_at: at });
    // One item was given "playtests" before (by hand, or in a file): it keeps it.
    project.fit = { profiles: [{ segment: 'seg1', audience: [item('a1', 'Slow phones', 'playtests'), item('a2', 'Data costs', 'assumed')], offer: [] }] };
    await importFiles(page, fileFrom('griots.json', makeFile([project])));
    // The import ends on the home screen: wait for it, or it would take the
    // page back there from the worksheet.
    await page.getByRole('article', { name: 'Les Griots', exact: true }).waitFor();
    await page.goto(`${env.url}/#/projects/${project.id}/fit`);
    const items = region(page, 'Young readers').getByRole('region', { name: EN_FIT.obstacle, exact: true }).getByRole('listitem');
    const evidence = (n) => items.nth(n).getByRole('combobox', { name: EN_FIT.evidence, exact: true });
    const webtoonKinds = ['Assumed, no evidence yet', 'Interviews', 'Reader comments', 'Sales', 'Festival feedback', 'Other evidence'];
    await eventually(async () => assert.deepEqual(await optionTexts(evidence(1)), webtoonKinds, 'a webtoon is offered no playtests'));
    assert.equal(await selectedText(evidence(0)), 'Playtests', 'a kind chosen before is kept and shown');
    assert.deepEqual(await optionTexts(evidence(0)), ['Assumed, no evidence yet', 'Interviews', 'Playtests', 'Reader comments', 'Sales', 'Festival feedback', 'Other evidence']);
    await evidence(0).selectOption({ label: 'Reader comments' });
    await waitForStored(page, project.id, (p) => assert.equal(p.fit.profiles[0].audience[0].evidence, 'reader_comments'));
    await eventually(async () => assert.deepEqual(await optionTexts(evidence(0)), webtoonKinds, 'once changed, playtests is no longer offered'));
    await headerButton(page, 'Undo').click();
    await eventually(async () => assert.equal(await selectedText(evidence(0)), 'Playtests', 'Undo brings it back, shown'));

    // One importance scale, the same words in both tools.
    const scale = ['1 – minor', '2 – useful', '3 – moderate', '4 – important', '5 – essential'];
    const fitImportance = items.nth(1).getByRole('combobox', { name: EN_FIT.importance, exact: true });
    assert.deepEqual(await optionTexts(fitImportance), scale);
    assert.equal(await selectedText(fitImportance), '4 – important');
    await page.getByRole('navigation').getByRole('link', { name: 'Feasibility', exact: true }).click();
    const map = region(page, 'Assumptions map');
    await map.getByRole('button', { name: 'Add an assumption', exact: true }).click();
    const studioImportance = map.getByRole('group', { name: /^Assumption 1:/ }).getByLabel('Importance', { exact: true });
    assert.deepEqual(await optionTexts(studioImportance), scale);
    assert.equal(await selectedText(studioImportance), '4 – important', 'a new assumption is presumed important');
  }));

test('a file whose worksheet links to a missing item is refused with a message', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const project = makeProject({ title: 'Broken links', notes: { customer_segments: [{ id: 'seg1', text: 'Gamers' }] } });
    const at = 1_795_771_086_000;
    project.fit = {
      profiles: [
        {
          segment: 'seg1',
          audience: [{ id: 'a1', kind: 'obstacle', text: 'Slow phones', facet: 'functional', importance: 5, evidence: 'playtests', created_at: at, updated_at: at }],
          offer: [{ id: 'o1', kind: 'remedy', text: 'Runs on 1 GB', answers: ['a1', 'a-gone'], created_at: at, updated_at: at }],
        },
      ],
    };
    const before = await storageSnapshot(page);
    await importFiles(page, fileFrom('broken.json', { ...makeFile([project]), version: 2 }));
    await alerts(page)
      .filter({ hasText: '“broken.json” was not imported: the audience–offer fit worksheet of the project “Broken links” refers to a segment or an item that is not in the file' })
      .first()
      .waitFor();
    assert.deepEqual(await storageSnapshot(page), before, 'storage is unchanged');

    // The same file with the link repaired opens, profile and all.
    project.fit.profiles[0].offer[0].answers = ['a1'];
    await importFiles(page, fileFrom('fixed.json', { ...makeFile([project]), version: 2 }));
    await page.getByRole('article', { name: 'Broken links', exact: true }).waitFor();
    await page.goto(`${env.url}/#/projects/${project.id}/fit`);
    await eventually(async () => assert.match(await summaryText(page, 'Gamers'), /1 of 1 important item answered \(100%\)/));
  }));

test('the worksheet in French, with its guiding questions and example, passes axe', (t) =>
  inContext(env.browser, t, { locale: 'fr-FR' }, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await createProject(page, { title: 'Projet Kora', discipline: 'Webtoon ou bande dessinée' }, FR);
    const L = {
      tab: 'Adéquation public–offre',
      addItem: 'Ajouter un élément',
      deleteItem: 'Supprimer l’élément',
    };
    await openFit(page, L);
    await page.getByText('Aucun segment de clientèle pour l’instant.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Ajouter un segment', exact: true }).click();
    await page.keyboard.type('Lecteurs de Dakar');
    await region(page, 'Lecteurs de Dakar').waitFor();
    const obstacle = await addItem(page, 'Lecteurs de Dakar', 'Ce qui les freine', 'Les données coûtent cher', L);
    await obstacle.getByRole('combobox', { name: 'Importance', exact: true }).selectOption({ label: '5 – essentielle' });
    await obstacle.getByRole('combobox', { name: 'Preuve', exact: true }).selectOption({ label: 'Commentaires de lecteurs' });
    const remedy = await addItem(page, 'Lecteurs de Dakar', 'Comment elle lève un frein', 'Lecture hors ligne', L);
    await remedy.getByRole('group', { name: 'Répond à' }).getByRole('checkbox', { name: 'Les données coûtent cher' }).check();
    await eventually(async () => {
      const text = await summaryText(page, 'Lecteurs de Dakar');
      // (Spaces normalised: French puts no-break spaces before : and %.)
      assert.match(text, /Éléments importants avec réponse : 1 sur 1 \(100 %\)/);
      assert.match(text, /Parmi eux, étayés par une preuve : 1 sur 1 \(100 %\)/);
    });

    await page.getByRole('button', { name: FR.guidingQuestions, exact: true }).click();
    const guide = page.locator('#fit-questions');
    await guide.getByText('Un exemple pour votre discipline — Webtoon ou bande dessinée').waitFor();
    await guide.getByText(/Exemple\s*:\s*Des épisodes assez légers/).waitFor();
    for (const english of ['Add item', 'Importance 4', 'What they want to do', 'Answers', 'No answer yet', 'Fit at a glance']) {
      assert.equal(await page.getByText(english, { exact: true }).count(), 0, `"${english}" does not show in French`);
    }
    await assertAccessible(page, 'the fit worksheet in French, questions open');

    // Switching the language redraws the worksheet in English, work kept.
    await page.getByRole('banner').getByRole('combobox', { name: FR.language }).selectOption({ label: 'English' });
    await page.getByRole('heading', { level: 2, name: EN_FIT.tab, exact: true }).waitFor();
    const remedies = region(page, 'Lecteurs de Dakar').getByRole('region', { name: EN_FIT.remedy, exact: true });
    assert.equal(await remedies.getByRole('textbox', { name: 'Item 1', exact: true }).inputValue(), 'Lecture hors ligne');
    await remedies.getByRole('group', { name: EN_FIT.answers }).getByRole('checkbox', { name: 'Les données coûtent cher' }).waitFor();
  }));
