// The diffusion and valorisation plan: started from a template, its
// timeline edited by keyboard, its budget totalled exactly, in English and
// French, saved, undoable, exported within the schema, and accessible.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp, reloadApp } from './lib/browser.mjs';
import { loadValidator } from './lib/schema.mjs';
import {
  FR,
  addNote,
  assertFocused,
  createProject,
  describeFocus,
  download,
  eventually,
  headerButton,
  region,
  waitForStatus,
  waitForStored,
} from './lib/app.mjs';

const env = useApp();

const DAY = 86_400_000;
const days = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const group = (scope, name) => scope.getByRole('group', { name, exact: true });
const selectedLabel = (select) => select.evaluate((s) => s.selectedOptions[0]?.textContent.trim());

/** Types into the field a new entry focuses (its id ends in `-field`). */
async function typeInNew(page, field, text) {
  await eventually(async () =>
    assert.ok(await page.evaluate((f) => document.activeElement?.id.endsWith(`-${f}`) && document.activeElement.value === '', field)),
  );
  await page.keyboard.type(text);
}

async function openPlan(page, tab = 'Diffusion', title = 'Diffusion and valorisation plan') {
  await page.getByRole('navigation').getByRole('link', { name: tab, exact: true }).click();
  await page.waitForURL(/\/diffusion$/);
  await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}

test('a plan from the video game template: goals, channels, timeline moved by keyboard, saved, undone, exported', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await createProject(page, { title: 'Griot Quest', discipline: 'Video game' });
    await addNote(page, 'Customer Segments', 'Mobile gamers in Lagos');
    await openPlan(page);

    // The chooser offers the project's discipline.
    const choice = page.getByRole('combobox', { name: 'Template', exact: true });
    assert.equal(await selectedLabel(choice), 'Video game');
    await assertAccessible(page, 'the template chooser');
    await page.getByRole('button', { name: 'Start from this template', exact: true }).click();

    // Goals and audiences from the template, editable.
    const goals = region(page, 'Goals and audiences');
    const goal1 = group(goals, 'Goal 1');
    assert.equal(await goal1.getByRole('textbox', { name: 'Goal', exact: true }).inputValue(), '10,000 wishlists before launch');
    assert.equal(await selectedLabel(goal1.getByRole('combobox', { name: 'Kind' })), 'Reach');
    await goal1.getByRole('textbox', { name: 'Goal', exact: true }).fill('15,000 wishlists before launch');
    await waitForStored(page, id, (p) => {
      assert.equal(p.diffusion.started, true);
      assert.equal(p.diffusion.goals[0].text, '15,000 wishlists before launch');
    });

    // An audience tied to a customer segment of the canvas.
    const segment = group(goals, 'Audience 1').getByRole('combobox', { name: 'Customer segment (from the canvas)' });
    await segment.selectOption({ label: 'Mobile gamers in Lagos' });
    await waitForStored(page, id, (p) => assert.equal(p.diffusion.audiences[0].segment, p.canvas.customer_segments[0].id));

    // Channels: the template's, and one picked from the suggestions.
    const channels = region(page, 'Channels');
    await group(channels, 'Steam').waitFor();
    await channels.getByRole('combobox', { name: 'Suggested channels' }).selectOption({ label: 'Gamescom — Festival or market' });
    await channels.getByRole('button', { name: 'Add this channel', exact: true }).click();
    const gamescom = group(channels, 'Gamescom');
    assert.equal(await selectedLabel(gamescom.getByRole('combobox', { name: 'Kind' })), 'Festival or market');
    await gamescom.getByLabel('Submission deadline').fill('2031-08-01');
    await gamescom.getByRole('combobox', { name: 'Premiere required' }).selectOption({ label: 'Continental premiere' });
    await gamescom.getByRole('combobox', { name: 'Submission' }).selectOption({ label: 'Submitted' });
    await gamescom.getByRole('textbox', { name: 'Revenue share' }).waitFor();
    await waitForStored(page, id, (p) => {
      const c = p.diffusion.channels.find((c) => c.name === 'Gamescom');
      assert.deepEqual([c.kind, c.deadline, c.premiere, c.submission], ['festival', '2031-08-01', 'continental', 'submitted']);
    });
    assert.equal(await group(channels, 'Steam').getByLabel('Submission deadline').isVisible(), false, 'festival fields only for festivals');

    // Timeline: by month, the coming weeks highlighted.
    const timeline = region(page, 'Release timeline');
    const announce = group(timeline, 'Announce the game');
    await eventually(async () => assert.match(await announce.getAttribute('class'), /\bsoon\b/));
    await announce.getByText('In 14 days', { exact: true }).waitFor();
    await region(page, 'Coming up in the next 30 days').getByText(/Announce the game/).waitFor();

    // Keyboard: Alt+Page Down a week later, Alt+Up a day earlier; focus stays.
    const trailer = group(timeline, 'First trailer');
    const date = trailer.getByLabel('Date', { exact: true });
    const before = await date.inputValue();
    await date.focus();
    await page.keyboard.press('Alt+PageDown');
    await eventually(async () => assert.equal(days(before, await date.inputValue()), 7));
    await waitForStatus(page, '“First trailer” moved to');
    await assertFocused(date, `focus stays on the date (focus: ${await describeFocus(page)})`);
    await page.keyboard.press('Alt+ArrowUp');
    await eventually(async () => assert.equal(days(before, await date.inputValue()), 6));
    // And the buttons.
    await trailer.getByRole('button', { name: '1 week earlier', exact: true }).click();
    await eventually(async () => assert.equal(days(before, await date.inputValue()), -1));
    await assertFocused(trailer.getByRole('button', { name: '1 week earlier', exact: true }), 'focus stays on the button');
    await waitForStored(page, id, (p) => {
      const m = p.diffusion.timeline.find((m) => m.title === 'First trailer');
      assert.equal(days(before, m.date), -1);
    });
    // Typed: a date far ahead moves it to its month, last in the timeline.
    await date.fill('2031-12-24');
    await eventually(async () => {
      const months = await timeline.getByRole('heading', { level: 4 }).allTextContents();
      assert.equal(months.at(-1), 'December 2031');
    });
    await assertFocused(date, `typing a date in another month keeps focus in the field (focus: ${await describeFocus(page)})`);

    // Undo takes back the typed date.
    await headerButton(page, 'Undo').click();
    await eventually(async () => assert.equal(days(before, await date.inputValue()), -1));

    // Delete a milestone: said, and undone.
    await group(timeline, 'First update').getByRole('button', { name: 'Delete', exact: true }).click();
    await waitForStatus(page, 'Deleted. Undo brings it back.');
    assert.equal(await group(timeline, 'First update').count(), 0);
    await headerButton(page, 'Undo').click();
    await group(timeline, 'First update').waitFor();

    // Everything is there after a reload.
    await reloadApp(page);
    await page.getByRole('heading', { level: 2, name: 'Diffusion and valorisation plan' }).waitFor();
    assert.equal(await group(region(page, 'Goals and audiences'), 'Goal 1').getByRole('textbox', { name: 'Goal', exact: true }).inputValue(), '15,000 wishlists before launch');
    await assertAccessible(page, 'a plan started from a template');

    // Exported, within the schema.
    const validator = await loadValidator();
    const file = await download(page, headerButton(page, 'Export'));
    assert.equal(validator.errors(file.json), null, `the export is valid:\n${validator.errors(file.json)}`);
    const plan = file.json.projects[0].diffusion;
    assert.ok(plan.channels.some((c) => c.name === 'Gamescom' && c.deadline === '2031-08-01'));
    assert.equal(plan.timeline.length, 6);

    // Starting again clears the plan back to the templates; Undo brings it back.
    await page.getByRole('button', { name: 'Start again from a template', exact: true }).click();
    await waitForStatus(page, 'Plan cleared: choose a template or start blank. Undo brings your plan back.');
    await page.getByRole('button', { name: 'Start from this template', exact: true }).waitFor();
    await waitForStored(page, id, (p) => assert.equal(p.diffusion.started, false));
    await headerButton(page, 'Undo').click();
    await region(page, 'Release timeline').waitFor();
    await waitForStored(page, id, (p) => assert.equal(p.diffusion.timeline.length, 6));
  }));

test('the budget: exact totals per group and overall, funding coverage, refused amounts, another currency', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await createProject(page, { title: 'Sahel Stories', discipline: 'Film, series or audiovisual' });
    await openPlan(page);
    await page.getByRole('button', { name: 'Start with a blank plan', exact: true }).click();
    const budget = region(page, 'Budget');
    await budget.waitFor();

    const addLine = async (group_, label, amount) => {
      await budget.getByRole('button', { name: `Add a line to ${group_}`, exact: true }).click();
      // The new line's first field has focus.
      await typeInNew(page, 'label', label);
      const line = group(budget, label);
      await line.getByRole('textbox', { name: 'Amount' }).fill(amount);
      return line;
    };
    const trailer = await addLine('Production of materials', 'Trailer', '450 000');
    await addLine('Production of materials', 'Posters', '75000');
    await addLine('Travel', 'Flight to Ouagadougou', '385,000');
    await budget.getByText('Total Production of materials: 525,000 FCFA', { exact: true }).waitFor();
    await budget.getByText('Total Travel: 385,000 FCFA', { exact: true }).waitFor();
    await budget.getByText('Total budget: 910,000 FCFA', { exact: true }).waitFor();
    await waitForStored(page, id, (p) => assert.deepEqual(p.diffusion.budget.map((l) => l.amount), ['450000', '75000', '385000']));

    // Funding covers some lines; the rest is said.
    await budget.getByRole('button', { name: 'Add funding source', exact: true }).click();
    await typeInNew(page, 'name', 'Residency grant');
    const grant = group(budget, 'Residency grant');
    await grant.getByRole('textbox', { name: 'Amount' }).fill('500000');
    await trailer.getByRole('combobox', { name: 'Funded by' }).selectOption({ label: 'Residency grant' });
    await grant.getByText('Pays for 450,000 FCFA of 500,000 FCFA; 50,000 FCFA left.', { exact: true }).waitFor();
    await budget.getByText('Not covered by any funding: 460,000 FCFA', { exact: true }).waitFor();

    // What is not an amount is refused, said, and not saved.
    const posters = group(budget, 'Posters').getByRole('textbox', { name: 'Amount' });
    await posters.fill('75k');
    await group(budget, 'Posters').getByText('Not a number: type digits, such as 1 250 000 or 12.50.').waitFor();
    assert.equal(await posters.getAttribute('aria-invalid'), 'true');
    await posters.fill('75000,5');
    await group(budget, 'Posters').getByText('This currency has no decimals.').waitFor();
    await waitForStored(page, id, (p) => assert.equal(p.diffusion.budget[1].amount, '75000'));
    await posters.fill('75000');
    assert.equal(await posters.getAttribute('aria-invalid'), 'false');

    // Another currency: cents add up exactly.
    const currency = budget.getByRole('combobox', { name: 'Currency (ISO 4217 code)' });
    await currency.fill('euro');
    await currency.press('Tab');
    await budget.getByText('A currency is a three-letter code, such as XOF, NGN or EUR.').waitFor();
    await currency.fill('eur');
    await currency.press('Tab');
    await budget.getByText('Total budget: 910,000.00 EUR', { exact: true }).waitFor();
    await addLine('Ads', 'Boosted post', '0.10');
    await addLine('Ads', 'Second post', '0,20');
    await budget.getByText('Total Ads: 0.30 EUR', { exact: true }).waitFor();
    await budget.getByText('Total budget: 910,000.30 EUR', { exact: true }).waitFor();

    // Deleting a line is undoable.
    await group(budget, 'Second post').getByRole('button', { name: 'Delete', exact: true }).click();
    await budget.getByText('Total Ads: 0.10 EUR', { exact: true }).waitFor();
    await headerButton(page, 'Undo').click();
    await budget.getByText('Total Ads: 0.30 EUR', { exact: true }).waitFor();
    await assertAccessible(page, 'the budget with an error message');
  }));

test('French: the music template in French, amounts grouped the French way, accessible', (t) =>
  inContext(env.browser, t, { locale: 'fr-FR' }, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await createProject(page, { title: 'Sahel Beats', discipline: 'Musique' }, FR);
    await openPlan(page, 'Diffusion', 'Plan de diffusion et de valorisation');
    assert.equal(await selectedLabel(page.getByRole('combobox', { name: 'Modèle', exact: true })), 'Musique');
    await page.getByRole('button', { name: 'Partir de ce modèle', exact: true }).click();
    const goals = region(page, 'Objectifs et publics');
    assert.equal(await group(goals, 'Objectif 1').getByRole('textbox', { name: 'Objectif', exact: true }).inputValue(), '100 000 écoutes en trois mois');
    await group(region(page, 'Canaux'), 'Boomplay').waitFor();
    const timeline = region(page, 'Calendrier de sortie');
    await group(timeline, 'Sortie du single').getByRole('button', { name: '1 semaine plus tard', exact: true }).click();
    await waitForStatus(page, '«\u00a0Sortie du single\u00a0» déplacé au');
    const budget = region(page, 'Budget');
    const line = group(budget, 'Bande-annonce et dossier de presse');
    await line.getByRole('textbox', { name: 'Montant' }).fill('1 250 000');
    await budget.getByText('Budget total\u00a0: 1\u202f250\u202f000\u00a0FCFA', { exact: true }).waitFor();
    const kpi = group(region(page, 'Indicateurs (KPI)'), 'Écoutes');
    await kpi.getByRole('textbox', { name: 'Réalisé' }).fill('25 000');
    await kpi.getByText('25\u00a0% de la cible', { exact: true }).waitFor();
    await assertAccessible(page, 'the plan in French');
  }));
