// Nothing typed is lost without a word: every field that checks what is
// typed keeps refused text on screen, with its reason (aria-invalid, the
// accessible description), whatever else is edited, and after leaving the
// screen and coming back; nothing refused is saved. Switching a budget's
// currency re-writes its amounts in that currency's form, or says why one
// cannot be.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp } from './lib/browser.mjs';
import { EN, FR, createProject, eventually, region, waitForStatus, waitForStored } from './lib/app.mjs';

const env = useApp();

const group = (scope, name) => scope.getByRole('group', { name, exact: true });
const NAN = 'Not a number: type digits, such as 1 250 000 or 12.50.';
const NO_DECIMALS = 'This currency has no decimals.';
const NOT_A_CODE = 'A currency is a three-letter code, such as XOF, NGN or EUR.';
const NOT_A_DATE = 'Not a date between the years 1000 and 9999.';

/**
 * Every checked field of the app: where it is, how it is found (by role and
 * name, or by label for date pickers, which have no textbox role), a value
 * it refuses, and the reason it gives. `other` is a field of the same
 * screen edited meanwhile.
 */
const FIELDS = [
  { screen: 'diffusion', field: 'Budget line: Amount', find: (p) => group(region(p, 'Budget'), 'Trailer').getByRole('textbox', { name: 'Amount', exact: true }), refused: '150 000 FCFA', error: NAN },
  { screen: 'diffusion', field: 'Funding source: Amount', find: (p) => group(region(p, 'Budget'), 'Grant').getByRole('textbox', { name: 'Amount', exact: true }), refused: '12,50', error: NO_DECIMALS },
  { screen: 'diffusion', field: 'Plan currency', find: (p) => region(p, 'Budget').getByRole('combobox', { name: 'Currency (ISO 4217 code)', exact: true }), refused: 'euro', error: NOT_A_CODE },
  { screen: 'diffusion', field: 'Indicator: Target', find: (p) => group(region(p, 'Indicators (KPIs)'), 'Readers').getByRole('textbox', { name: 'Target', exact: true }), refused: '10k', error: NAN },
  { screen: 'diffusion', field: 'Indicator: Actual', find: (p) => group(region(p, 'Indicators (KPIs)'), 'Readers').getByRole('textbox', { name: 'Actual', exact: true }), refused: '1,2.3.4', error: NAN },
  { screen: 'diffusion', field: 'Indicator: By (date)', find: (p) => group(region(p, 'Indicators (KPIs)'), 'Readers').getByLabel('By', { exact: true }), refused: '0999-05-01', error: NOT_A_DATE },
  { screen: 'diffusion', field: 'Timeline milestone: Date (needed)', find: (p) => region(p, 'Release timeline').getByLabel('Date', { exact: true }), refused: '', error: 'A milestone needs a date: the one it had is kept until you pick another.' },
  { screen: 'feasibility', field: 'MVP: Budget it needs', find: (p) => region(p, 'MVP scope').getByRole('textbox', { name: 'Budget it needs', exact: true }), refused: '12,50', error: NO_DECIMALS },
  { screen: 'feasibility', field: 'MVP: Currency', find: (p) => region(p, 'MVP scope').getByRole('textbox', { name: 'Currency', exact: true }), refused: 'euros', error: NOT_A_CODE },
  { screen: 'exercises', field: 'Exercise step: Minutes', find: (p) => p.getByRole('article', { name: 'Pitch drill', exact: true }).getByRole('group', { name: 'Step 1' }).getByRole('spinbutton', { name: 'Minutes', exact: true }), refused: '0', error: 'Type whole minutes, from 1 to 240.' },
  { screen: 'feasibility', field: 'MVP milestone: Date', find: (p) => group(region(p, 'MVP scope'), 'Milestone 1').getByLabel('Date', { exact: true }), refused: '0999-05-01', error: NOT_A_DATE },
];

/** The field shows `value`, is marked invalid, and is described by `error`. */
async function assertRefused(locator, value, error, what) {
  await eventually(async () => {
    assert.equal(await locator.inputValue(), value, `${what}: the typed text`);
    assert.equal(await locator.getAttribute('aria-invalid'), 'true', `${what}: aria-invalid`);
    const described = await locator.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim(),
    );
    assert.equal(described, error, `${what}: its accessible description`);
  }, { message: what });
}

async function openTab(page, name, url) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await page.waitForURL(url);
}

/** Types into the field a new entry focuses (its id ends in `-field`). */
async function typeInNew(page, field, text) {
  await eventually(async () =>
    assert.ok(await page.evaluate((f) => document.activeElement?.id.endsWith(`-${f}`) && document.activeElement.value === '', field)),
  );
  await page.keyboard.type(text);
}

/** A project whose plan has one budget line, one funding source, one indicator, one milestone; and one MVP milestone. */
async function projectWithEntries(page, L = EN) {
  const id = await createProject(page, { title: 'Drafts' }, L);
  await openTab(page, 'Diffusion', /\/diffusion$/);
  await page.getByRole('button', { name: L === FR ? 'Partir d’un plan vide' : 'Start with a blank plan', exact: true }).click();
  if (L === FR) return id;
  const budget = region(page, 'Budget');
  await budget.getByRole('button', { name: 'Add a line to Production of materials', exact: true }).click();
  await typeInNew(page, 'label', 'Trailer');
  await budget.getByRole('button', { name: 'Add funding source', exact: true }).click();
  await typeInNew(page, 'name', 'Grant');
  const kpis = region(page, 'Indicators (KPIs)');
  await kpis.getByRole('button', { name: 'Add indicator', exact: true }).click();
  await typeInNew(page, 'name', 'Readers');
  await region(page, 'Release timeline').getByRole('button', { name: 'Add milestone', exact: true }).click();
  await group(kpis, 'Readers').waitFor();
  await openTab(page, 'Feasibility', /\/feasibility$/);
  await region(page, 'MVP scope').getByRole('button', { name: 'Add a milestone', exact: true }).click();
  await group(region(page, 'MVP scope'), 'Milestone 1').waitFor();
  return id;
}

/** Another field of the screen, edited while a refused text is shown. */
async function editAnother(page, screen, n) {
  if (screen === 'diffusion') {
    await group(region(page, 'Budget'), 'Trailer').getByRole('textbox', { name: 'What for', exact: true }).fill('Trailer');
    await region(page, 'Goals and audiences').getByRole('button', { name: 'Add goal', exact: true }).click();
    await typeInNew(page, 'text', `Goal ${n}`);
  } else {
    await region(page, 'MVP scope').getByRole('textbox', { name: 'Team it needs', exact: true }).fill(`Team ${n}`);
  }
}

test('every checked field keeps its refused text and reason while others are edited, and after leaving the screen', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await projectWithEntries(page);
    const before = await page.evaluate((id) => localStorage.getItem(`canevas.project.${id}`), id);
    assert.ok(before);

    let n = 0;
    for (const screen of ['diffusion', 'feasibility']) {
      await openTab(page, screen === 'diffusion' ? 'Diffusion' : 'Feasibility', new RegExp(`/${screen}$`));
      for (const f of FIELDS.filter((f) => f.screen === screen)) {
        const field = f.find(page);
        if (f.refused === '') await field.fill('2027-06-01'); // a date first, then emptied
        await field.fill(f.refused);
        await assertRefused(field, f.refused, f.error, `${f.field}, as typed`);
        await editAnother(page, screen, ++n);
        await assertRefused(field, f.refused, f.error, `${f.field}, after another field was edited`);
      }
      // All of the screen's refused texts are still there together.
      for (const f of FIELDS.filter((f) => f.screen === screen)) {
        await assertRefused(f.find(page), f.refused, f.error, `${f.field}, with the others`);
      }
    }

    // Away (the canvas) and back: each screen shows them again.
    await openTab(page, EN.canvas, /\/canvas$/);
    for (const screen of ['diffusion', 'feasibility']) {
      await openTab(page, screen === 'diffusion' ? 'Diffusion' : 'Feasibility', new RegExp(`/${screen}$`));
      for (const f of FIELDS.filter((f) => f.screen === screen)) {
        await assertRefused(f.find(page), f.refused, f.error, `${f.field}, after coming back`);
      }
    }
    await assertAccessible(page, 'refused values and their reasons');

    // Nothing refused was saved.
    await waitForStored(page, id, (p) => {
      assert.equal(p.diffusion.budget[0].amount, '');
      assert.equal(p.diffusion.funding[0].amount, '');
      assert.equal(p.diffusion.currency, 'XOF');
      assert.equal(p.diffusion.kpis[0].target, '');
      assert.equal(p.diffusion.kpis[0].due, '');
      assert.equal(p.diffusion.timeline[0].date, '2027-06-01', 'the milestone keeps its date');
      assert.equal(p.feasibility.mvp.budget, '');
      assert.equal(p.feasibility.mvp.currency, 'XOF');
      assert.equal(p.feasibility.mvp.milestones[0].date, '');
    });

    // Fixed: accepted, saved, no more marked; emptied: no more a draft.
    await openTab(page, 'Diffusion', /\/diffusion$/);
    const amount = FIELDS[0].find(page);
    await amount.fill('150 000');
    await region(page, 'Budget').getByText('Total budget: 150,000 FCFA', { exact: true }).waitFor();
    assert.equal(await amount.getAttribute('aria-invalid'), 'false');
    const target = FIELDS[3].find(page);
    await target.fill('');
    assert.equal(await target.getAttribute('aria-invalid'), 'false');
    await editAnother(page, 'diffusion', ++n);
    assert.equal(await target.inputValue(), '');
    await waitForStored(page, id, (p) => assert.equal(p.diffusion.budget[0].amount, '150000'));
  }));

test('a facilitator’s exercise: refused minutes stay through other edits, a redraw, and leaving the screen', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url, '#/exercises');
    await page.getByRole('article', { name: 'One-minute pitch in 15 minutes', exact: true }).getByRole('button', { name: 'Copy and edit' }).click();
    await page.getByRole('region', { name: 'Your exercises' }).getByRole('textbox', { name: 'Exercise title' }).fill('Pitch drill');
    const card = page.getByRole('article', { name: 'Pitch drill', exact: true });
    const before = await card.getByRole('group', { name: 'Step 1' }).getByRole('spinbutton', { name: 'Minutes', exact: true }).inputValue();
    for (const f of FIELDS.filter((f) => f.screen === 'exercises')) {
      await f.find(page).fill(f.refused);
      await assertRefused(f.find(page), f.refused, f.error, `${f.field}, as typed`);
      await card.getByRole('group', { name: 'Step 1' }).getByRole('textbox', { name: 'Step title' }).fill('Warm-up');
      await assertRefused(f.find(page), f.refused, f.error, `${f.field}, after another field was edited`);
      // Adding a step draws the editor anew.
      await card.getByRole('button', { name: 'Add step' }).click();
      await card.getByRole('group', { name: 'Step 5' }).waitFor();
      await assertRefused(f.find(page), f.refused, f.error, `${f.field}, after the editor was redrawn`);
      await page.evaluate(() => { location.hash = '#/'; });
      await page.getByRole('heading', { level: 1, name: EN.home, exact: true }).waitFor();
      await page.evaluate(() => { location.hash = '#/exercises'; });
      await page.getByRole('article', { name: 'Pitch drill', exact: true }).getByRole('button', { name: 'Edit' }).click();
      await assertRefused(f.find(page), f.refused, f.error, `${f.field}, after coming back`);
    }
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('canevas.exercises')));
    assert.equal(String(stored.exercises[0].steps[0].minutes), before, 'the refused minutes were not saved');
    await f0(page).fill('3');
    await eventually(async () => assert.equal(await f0(page).getAttribute('aria-invalid'), 'false'));
  }));

const f0 = (page) => FIELDS.find((f) => f.screen === 'exercises').find(page);

test('the issue’s cases in French: "150 000 FCFA" and "12,50" in XOF stay with their reason, the total follows the fix', (t) =>
  inContext(env.browser, t, { locale: 'fr-FR' }, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await projectWithEntries(page, FR);
    const budget = region(page, 'Budget');
    await budget.getByRole('button', { name: 'Ajouter une ligne à «\u00a0Production de supports\u00a0»', exact: true }).click();
    await typeInNew(page, 'label', 'Affiches');
    await group(budget, 'Affiches').waitFor();
    // The plan's only line (its name follows what is typed in "Pour quoi").
    const amount = budget.getByRole('textbox', { name: 'Montant', exact: true });
    const what = budget.getByRole('textbox', { name: 'Pour quoi', exact: true });
    for (const [typed, error] of [
      ['150 000 FCFA', 'Ce n’est pas un nombre\u00a0: tapez des chiffres, comme 1 250 000 ou 12,50.'],
      ['12,50', 'Cette devise n’a pas de décimales.'],
    ]) {
      await amount.fill(typed);
      await assertRefused(amount, typed, error, `${typed}, as typed`);
      await what.fill(`Affiches ${typed}`);
      await assertRefused(group(budget, `Affiches ${typed}`).getByRole('textbox', { name: 'Montant', exact: true }), typed, error, `${typed}, after another edit`);
      await budget.getByText('Budget total\u00a0: 0\u00a0FCFA', { exact: true }).waitFor();
    }
    await openTab(page, FR.canvas, /\/canvas$/);
    await openTab(page, 'Diffusion', /\/diffusion$/);
    const back = region(page, 'Budget').getByRole('textbox', { name: 'Montant', exact: true });
    await assertRefused(back, '12,50', 'Cette devise n’a pas de décimales.', 'after coming back');
    await back.fill('12');
    await region(page, 'Budget').getByText('Budget total\u00a0: 12\u00a0FCFA', { exact: true }).waitFor();
    await waitForStored(page, id, (p) => assert.equal(p.diffusion.budget[0].amount, '12'));

    // A currency switch that one amount cannot follow, said in French.
    const devise = region(page, 'Budget').getByRole('combobox', { name: 'Devise (code ISO 4217)', exact: true });
    await devise.fill('EUR');
    await waitForStatus(page, 'Les montants sont maintenant en EUR.');
    await back.fill('1 250,5');
    await waitForStored(page, id, (p) => assert.equal(p.diffusion.budget[0].amount, '1250.5'));
    await devise.fill('XOF');
    await waitForStatus(page, 'Les montants sont maintenant en XOF. Un montant a des décimales que XOF n’a pas\u00a0: il est gardé tel quel, à arrondir.');
    await assertRefused(back, '1\u202f250,5', 'Gardé tel quel\u00a0: XOF n’a pas de décimales. Arrondissez-le pour l’écrire en XOF.', 'an amount XOF cannot hold, in French');
  }));

test('switching currency re-writes amounts in its form, or keeps one that cannot be, saying why (English and French)', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await createProject(page, { title: 'Currencies' });
    await openTab(page, 'Diffusion', /\/diffusion$/);
    await page.getByRole('button', { name: 'Start with a blank plan', exact: true }).click();
    const budget = region(page, 'Budget');
    const currency = budget.getByRole('combobox', { name: 'Currency (ISO 4217 code)', exact: true });
    await currency.fill('EUR');
    await waitForStatus(page, 'Amounts are now in EUR.');
    const add = async (label, typed) => {
      await budget.getByRole('button', { name: 'Add a line to Production of materials', exact: true }).click();
      await typeInNew(page, 'label', label);
      const field = group(budget, label).getByRole('textbox', { name: 'Amount', exact: true });
      await field.fill(typed);
      await field.blur();
      return field;
    };
    const whole = await add('Posters', '75000');
    const cents = await add('Trailer', '1 250,5');
    await eventually(async () => assert.equal(await whole.inputValue(), '75,000.00'));
    assert.equal(await cents.inputValue(), '1,250.50');

    // TND has three decimals: both re-written.
    await currency.fill('TND');
    await waitForStatus(page, 'Amounts are now in TND.');
    await eventually(async () => assert.equal(await whole.inputValue(), '75,000.000'));
    assert.equal(await cents.inputValue(), '1,250.500');
    assert.equal(await cents.getAttribute('aria-invalid'), 'false');

    // XOF has none: 1 250,5 is kept as it is, and says why, there and in the messages.
    await currency.fill('XOF');
    await waitForStatus(page, 'Amounts are now in XOF. One amount has decimals XOF does not have: it is kept as it is, to round.');
    const kept = 'Kept as it is: XOF has no decimals. Round it to write it in XOF.';
    await assertRefused(cents, '1,250.5', kept, 'an amount XOF cannot hold');
    await eventually(async () => assert.equal(await whole.inputValue(), '75,000'));
    assert.equal(await whole.getAttribute('aria-invalid'), 'false');
    await waitForStored(page, id, (p) => {
      assert.equal(p.diffusion.currency, 'XOF');
      assert.deepEqual(p.diffusion.budget.map((l) => l.amount), ['75000', '1250.5']);
    });

    // Rounded: it fits.
    await cents.fill('1 251');
    await cents.blur();
    await eventually(async () => assert.equal(await cents.getAttribute('aria-invalid'), 'false'));
  }));
