// Coherence (issue 16): a segment that nothing serves shows that finding,
// its link takes the user to the block to fix, and fixing it (here by the
// colour tie) removes the finding, on the panel and on the canvas's line.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp, reloadApp } from './lib/browser.mjs';
import { article, assertFocused, colourButton, download, EN, eventually, fileFrom, goHome, headerButton, importFiles, makeFile, makeProject, note, pickInNoteMenu, setStorage, storageEntries, waitForStatus, waitForStored } from './lib/app.mjs';

const env = useApp();

const WORDS = {
  en: {
    locale: 'en-GB',
    vp: 'Value Propositions',
    tab: 'Coherence',
    line: 'Coherence: 1 gap, 1 warning',
    lineHolds: 'Coherence: every check that applies holds',
    seeAll: 'See what does not hold',
    gaps: 'Gaps (1)',
    warnings: 'Warnings (1)',
    gap: 'No value proposition serves “Webtoon readers”',
    warning: '“Weekly episodes” serves no customer segment',
    why: 'Why it matters:',
    goTo: 'Go to Value Propositions',
    addNote: 'Add note',
    blue: 'Blue',
    score: 'Checks that hold: 5 of 7',
    holds: 'Every check that applies holds.',
  },
  fr: {
    locale: 'fr-FR',
    vp: 'Propositions de valeur',
    tab: 'Cohérence',
    line: 'Cohérence\u00a0: 1\u00a0manque, 1\u00a0incohérence',
    lineHolds: 'Cohérence\u00a0: toutes les vérifications qui s’appliquent tiennent',
    seeAll: 'Voir ce qui ne tient pas',
    gaps: 'Manques (1)',
    warnings: 'Incohérences (1)',
    gap: 'Aucune proposition de valeur ne sert «\u00a0Webtoon readers\u00a0»',
    warning: '«\u00a0Weekly episodes\u00a0» ne sert aucun segment de clientèle',
    why: 'Pourquoi c’est important\u00a0:',
    goTo: 'Aller à Propositions de valeur',
    addNote: 'Ajouter une note',
    blue: 'Bleu',
    score: 'Vérifications qui tiennent\u00a0: 5 sur 7',
    holds: 'Toutes les vérifications qui s’appliquent tiennent.',
  },
};

for (const [lang, L] of Object.entries(WORDS)) {
  test(`[${lang}] a segment nothing serves: found, its link leads to the block, fixing it removes the finding`, (t) =>
    inContext(env.browser, t, { locale: L.locale }, async (context) => {
      const page = await context.newPage();
      const project = makeProject({
        title: 'Kola',
        notes: {
          customer_segments: [{ text: 'Webtoon readers', colour: 'blue' }],
          value_propositions: [{ text: 'Weekly episodes', colour: 'pink' }],
          channels: [{ text: 'Webtoon app', colour: 'blue' }],
          customer_relationships: [{ text: 'Discord server', colour: 'blue' }],
        },
      });
      await openApp(page, env.url);
      await setStorage(page, storageEntries([project]));
      await page.goto(`${env.url}/#/projects/${project.id}/canvas`);
      await reloadApp(page);
      const main = page.getByRole('main');
      const line = main.locator('.coherence-line');
      await eventually(async () => (await line.innerText()).startsWith(L.line), { message: 'the canvas says how coherent it is' });

      await main.getByRole('link', { name: L.seeAll, exact: true }).click();
      await page.waitForURL(/\/coherence$/);
      await main.getByRole('heading', { name: L.tab, level: 2, exact: true }).waitFor();
      assert.equal((await main.locator('.coherence-score').innerText()).trim(), L.score);
      const gaps = main.getByRole('region', { name: L.gaps, exact: true });
      const warnings = main.getByRole('region', { name: L.warnings, exact: true });
      const gap = gaps.getByRole('listitem').filter({ hasText: L.gap });
      assert.equal(await gap.count(), 1, 'the gap names the segment by its text');
      assert.match(await gap.innerText(), new RegExp(L.why), 'and says why it matters');
      const warning = warnings.getByRole('listitem').filter({ hasText: L.warning });
      assert.equal(await warning.count(), 1);
      await assertAccessible(page, `coherence panel (${lang})`);

      // The gap's link: the block to fix, its add button focused.
      await gap.getByRole('link', { name: L.goTo, exact: true }).click();
      await page.waitForURL(/\/canvas$/);
      const vp = page.getByRole('region', { name: L.vp, exact: true });
      await eventually(async () => vp.getByRole('button', { name: L.addNote, exact: true }).evaluate((b) => b === document.activeElement), { message: 'the block to fix is focused' });

      // The warning's link: the note itself.
      await page.goBack();
      await page.waitForURL(/\/coherence$/);
      await warning.getByRole('link', { name: L.goTo, exact: true }).click();
      await page.waitForURL(/\/canvas$/);
      await assertFocused(note(page, L.vp, 1), 'the note to fix is focused');

      // Fixed by the colour tie: the proposition takes the segment's colour.
      await pickInNoteMenu(note(page, L.vp, 1), colourButton, L.blue);
      await eventually(async () => (await line.innerText()).trim() === L.lineHolds, { message: 'the canvas line says every check holds' });
      await main.getByRole('link', { name: L.tab, exact: true }).click();
      await main.getByText(L.holds, { exact: true }).waitFor();
      assert.equal(await main.getByRole('region', { name: L.gaps }).count(), 0, 'no gap is left');
    }));
}

test('the cohort board: each card\'s score, a sort by it, and the checks most projects break', (t) =>
  inContext(env.browser, t, {}, async (context) => {
    const page = await context.newPage();
    const unfunded = (title) => makeProject({ title, notes: { key_activities: ['Drawing episodes'] } });
    const sound = makeProject({ title: 'Sound', notes: { key_activities: ['Recording'], cost_structure: ['Studio hire'] } });
    const projects = [unfunded('Awalé'), sound, unfunded('Kola')];
    await openApp(page, env.url, '#/cohort');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: "Import participants' files" }).click(),
    ]);
    await chooser.setFiles(projects.map((p, i) => fileFrom(`p${i}.json`, makeFile([p]))));
    await waitForStatus(page, '3 projects added to the cohort.');
    await page.getByRole('article', { name: 'Sound', exact: true }).getByText('Coherence: 2 of 2 checks hold').waitFor();
    await page.getByRole('article', { name: 'Kola', exact: true }).getByText('Coherence: 0 of 1 checks hold').waitFor();

    await page.getByLabel('Sort by', { exact: true }).selectOption({ label: 'Coherence' });
    await eventually(async () => {
      const titles = (await page.locator('article.cohort-card h2, article.cohort-card h3').allInnerTexts()).map((x) => x.trim());
      return titles.join(',') === 'Sound,Awalé,Kola';
    }, { message: 'most coherent first' });

    const map = page.getByRole('region', { name: 'Coherence across the cohort', exact: true });
    const row = map.getByRole('row', { name: /but no cost structure/ });
    assert.equal((await row.getByRole('rowheader').innerText()).trim(), 'Key activities and resources (“…”…) but no cost structure');
    assert.equal((await row.getByRole('cell').innerText()).trim(), '2 of 3 projects · Awalé, Kola');
    await assertAccessible(page, 'the cohort board with its coherence map');
  }));

// A check the team finds not relevant: set aside from the home card's
// score through the panel, saved at once, undoable, kept by export and
// brought back by import (in another browser).
test('a check set aside is saved, undoable, exported and imported', (t) =>
  inContext(env.browser, t, {}, async (context) => {
    const page = await context.newPage();
    const project = makeProject({
      title: 'Kola',
      notes: {
        customer_segments: [{ text: 'Webtoon readers', colour: 'blue' }],
        value_propositions: [{ text: 'Weekly episodes', colour: 'blue' }],
        channels: [{ text: 'Webtoon app', colour: 'blue' }],
        customer_relationships: [{ text: 'Discord server', colour: 'blue' }],
        key_activities: ['Drawing episodes'],
      },
    });
    await openApp(page, env.url);
    await setStorage(page, storageEntries([project]));
    await reloadApp(page);
    const card = article(page, 'Kola');
    await card.getByRole('link', { name: 'Coherence: 7 of 8 checks hold', exact: true }).click();
    await page.waitForURL(/\/coherence$/);
    const main = page.getByRole('main');
    const finding = main.getByRole('listitem').filter({ hasText: 'Key activities and resources (“Drawing episodes”…) but no cost structure' });
    await finding.getByRole('button', { name: 'Not relevant for us', exact: true }).click();
    await waitForStatus(page, 'Check set aside for this project. Undo brings it back.');
    assert.equal(await finding.count(), 0, 'the finding is gone');
    const aside = main.getByRole('region', { name: 'Checks set aside', exact: true });
    const item = aside.getByRole('listitem');
    assert.equal((await item.locator('span').innerText()).trim(), 'Key activities and resources (“…”…) but no cost structure');
    await assertFocused(item.getByRole('button', { name: 'Check again', exact: true }), 'focus stays on the check, now set aside');
    assert.equal((await main.locator('.coherence-score').innerText()).trim(), 'Checks that hold: 7 of 7');
    await waitForStored(page, project.id, (p) => assert.deepEqual(p.dismissed_checks, ['activities_without_cost']), 'the choice is saved at once');
    await assertAccessible(page, 'coherence panel with a check set aside');

    // Undo brings it back; redo sets it aside again.
    await headerButton(page, EN.undo).click();
    await main.getByRole('listitem').filter({ hasText: '(“Drawing episodes”…)' }).waitFor();
    assert.equal(await aside.count(), 0);
    await waitForStored(page, project.id, (p) => assert.equal(p.dismissed_checks, undefined));
    await headerButton(page, EN.redo).click();
    await aside.waitFor();

    // It survives a reload and travels in the exported file.
    await reloadApp(page);
    await aside.waitFor();
    await goHome(page);
    await card.getByRole('link', { name: 'Coherence: 7 of 7 checks hold', exact: true }).waitFor();
    const file = await download(page, card.getByRole('button', { name: EN.export, exact: true }));
    assert.deepEqual(file.json.projects[0].dismissed_checks, ['activities_without_cost']);

    // Another browser imports the file: the check is still set aside, and
    // "Check again" brings it back.
    const other = await context.browser().newContext();
    try {
      const page2 = await other.newPage();
      await openApp(page2, env.url);
      await importFiles(page2, [fileFrom('kola.json', file.buffer)]);
      await article(page2, 'Kola').getByRole('link', { name: 'Coherence: 7 of 7 checks hold', exact: true }).click();
      const aside2 = page2.getByRole('main').getByRole('region', { name: 'Checks set aside', exact: true });
      await aside2.getByRole('button', { name: 'Check again', exact: true }).click();
      await waitForStatus(page2, 'Check back in the list.');
      const back = page2.getByRole('main').getByRole('listitem').filter({ hasText: '(“Drawing episodes”…)' });
      await back.waitFor();
      await assertFocused(back.getByRole('button', { name: 'Not relevant for us', exact: true }), 'focus goes to the finding, back in the list');
      assert.equal(await aside2.count(), 0);
    } finally {
      await other.close();
    }
  }));

// A finding about an item leads to the item itself: the budget line that
// nothing funds, its first field focused on the diffusion plan.
test('a finding about a budget line focuses that line on the plan', (t) =>
  inContext(env.browser, t, {}, async (context) => {
    const page = await context.newPage();
    const project = makeProject({ title: 'Kola', notes: { customer_segments: ['Readers'] } });
    project.diffusion = {
      started: true,
      currency: 'XOF',
      budget: [
        { id: 'flyers', group: 'ads', label: 'Print flyers', amount: '40000', funding: '' },
        { id: 'party', group: 'events', label: 'Launch party', amount: '90000', funding: '' },
      ],
    };
    await openApp(page, env.url);
    await setStorage(page, storageEntries([project]));
    await page.goto(`${env.url}/#/projects/${project.id}/coherence`);
    await reloadApp(page);
    const main = page.getByRole('main');
    const finding = main.getByRole('listitem').filter({ hasText: 'Nothing funds the budget line “Launch party”' });
    await finding.getByRole('link', { name: 'Go to Budget', exact: true }).click();
    await page.waitForURL(/\/diffusion$/);
    const line = main.getByRole('group', { name: /Launch party/ });
    await assertFocused(line.getByRole('textbox', { name: 'What for', exact: true }), 'the unfunded line is focused, not the first one');
  }));
