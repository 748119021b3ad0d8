// The feasibility studio (issue 4): each of its six parts by role and
// accessible name, keyboard placement on the assumptions grid, undo,
// saving, the summary, French, and an axe scan.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp, reloadApp } from './lib/browser.mjs';
import { loadValidator } from './lib/schema.mjs';
import {
  EN,
  FR,
  alerts,
  assertFocused,
  download,
  eventually,
  fileFrom,
  headerButton,
  importFiles,
  makeProject,
  region,
  storedProjects,
  waitForStatus,
  waitForStored,
} from './lib/app.mjs';

const env = useApp();

const NOTE = 'A €4.99 premium game';

/**
 * A file of one video game project, optionally with a feasibility section:
 * version 3 unless told (version 2 importance ran 1–4 and is migrated).
 */
function gameFile(feasibility, version = 3) {
  const p = makeProject({
    title: 'Gardiens de Tombouctou',
    discipline: 'video_game',
    notes: { revenue_streams: [{ id: 'note-price', text: NOTE }] },
  });
  if (feasibility) p.feasibility = feasibility;
  return { project: p, file: { format: 'canevas', version, kind: 'project', saved_at: 1_795_771_086_000, projects: [p] } };
}

/** Imports the project and opens its Feasibility tab. */
async function openStudio(page, feasibility, { tab = 'Feasibility', L = EN, version = 3 } = {}) {
  const { project, file } = gameFile(feasibility, version);
  await openApp(page, env.url);
  await importFiles(page, fileFrom('game.json', file), L);
  await page.getByRole('link', { name: 'Gardiens de Tombouctou' }).first().click();
  await page.getByRole('link', { name: tab, exact: true }).click();
  await page.waitForURL(/\/feasibility$/);
  return project.id;
}

const card = (scope, name) => scope.getByRole('group', { name });
const selected = (select) => select.evaluate((s) => s.selectedOptions[0]?.textContent.trim());

test('assumptions map: add, tie to a note, place by keyboard and by select, undo', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    const id = await openStudio(page);
    const map = region(page, 'Assumptions map');
    await map.getByRole('heading', { name: 'Importance and evidence' }).waitFor();

    await map.getByRole('button', { name: 'Add an assumption', exact: true }).click();
    const a1 = card(map, /^Assumption 1:/);
    const belief = a1.getByLabel('Belief', { exact: true });
    await assertFocused(belief, 'the new assumption’s first field has focus');
    await page.keyboard.type('Players pay €4.99');
    await a1.getByLabel('Kind', { exact: true }).selectOption({ label: 'Viability: can it pay its way?' });
    await a1.getByLabel('Comes from', { exact: true }).selectOption({ label: 'Revenue Streams' });
    await a1.getByLabel('Note', { exact: true }).selectOption({ label: NOTE });
    await waitForStored(page, id, (p) => {
      const a = p.feasibility.assumptions[0];
      assert.equal(a.text, 'Players pay €4.99');
      assert.equal(a.lens, 'viability');
      assert.equal(a.block, 'revenue_streams');
      assert.equal(a.note, 'note-price');
      assert.deepEqual([a.importance, a.evidence], [4, 1], 'presumed important (4 of 5), no evidence');
    });

    // On the grid: a button named by the belief. Arrow keys move it and the
    // new place is announced.
    const chip = map.getByRole('group', { name: 'Importance and evidence' }).getByRole('button', { name: 'Players pay €4.99' });
    await chip.focus();
    // Importance runs 1–5 (five rows, the top two important), evidence 1–4.
    await page.keyboard.press('ArrowUp');
    await eventually(async () => assert.match(await map.getByRole('status').innerText(), /importance 5 – essential, evidence 1 – none yet\. Test first\./));
    await assertFocused(chip, 'the card keeps focus after a move');
    await page.keyboard.press('ArrowUp');
    await eventually(async () => assert.match(await map.getByRole('status').innerText(), /importance 5 – essential, evidence 1 – none yet\./), 'at the top it stays');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await eventually(async () => assert.match(await map.getByRole('status').innerText(), /importance 4 – important, evidence 3 – some data\. Backed by evidence\./));
    await assertFocused(chip);
    assert.equal(await selected(a1.getByLabel('Importance', { exact: true })), '4 – important');
    assert.equal(await selected(a1.getByLabel('Evidence', { exact: true })), '3 – some data');
    await waitForStored(page, id, (p) => assert.deepEqual([p.feasibility.assumptions[0].importance, p.feasibility.assumptions[0].evidence], [4, 3]));
    // One step down leaves the important half.
    await page.keyboard.press('ArrowDown');
    await eventually(async () => assert.match(await map.getByRole('status').innerText(), /importance 3 – moderate, evidence 3 – some data\. Settled\./));
    assert.deepEqual(
      await a1.getByLabel('Importance', { exact: true }).evaluate((s) => [...s.options].map((o) => o.textContent.trim())),
      ['1 – minor', '2 – useful', '3 – moderate', '4 – important', '5 – essential'],
    );
    await a1.getByLabel('Importance', { exact: true }).selectOption({ label: '4 – important' });
    await waitForStored(page, id, (p) => assert.deepEqual([p.feasibility.assumptions[0].importance, p.feasibility.assumptions[0].evidence], [4, 3]));

    // The same with the selects; Undo takes it back.
    await a1.getByLabel('Evidence', { exact: true }).selectOption({ label: '1 – none yet' });
    await waitForStored(page, id, (p) => assert.equal(p.feasibility.assumptions[0].evidence, 1));
    await headerButton(page, 'Undo').click();
    await waitForStored(page, id, (p) => assert.equal(p.feasibility.assumptions[0].evidence, 3));
    assert.equal(await selected(a1.getByLabel('Evidence', { exact: true })), '3 – some data');

    // Drag and drop onto the "Test first" corner.
    await chip.dragTo(map.getByText('Test first', { exact: true }));
    await waitForStored(page, id, (p) => assert.deepEqual([p.feasibility.assumptions[0].importance, p.feasibility.assumptions[0].evidence], [5, 1]));

    // Summary: it is the one to test next.
    const summary = region(page, 'Summary');
    await eventually(async () =>
      assert.deepEqual(await summary.getByRole('region', { name: 'Assumptions to test next' }).getByRole('listitem').allInnerTexts(), ['Players pay €4.99']),
    );

    // Delete, then Undo brings it back.
    await a1.getByRole('button', { name: 'Delete', exact: true }).click();
    await waitForStatus(page, 'Deleted. Undo brings it back.');
    await assertFocused(map.getByRole('button', { name: 'Add an assumption' }));
    await waitForStored(page, id, (p) => assert.equal(p.feasibility.assumptions.length, 0));
    await headerButton(page, 'Undo').click();
    await card(map, 'Assumption 1: Players pay €4.99').waitFor();
  }));

test('test and learning cards: a decision raises the assumption’s evidence', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    const id = await openStudio(page, { assumptions: [{ id: 'a1', text: 'Festival audiences want it', block: 'customer_segments', importance: 4, evidence: 1 }] });
    const tests = region(page, 'Test cards and learning cards');
    const of = tests.getByRole('region', { name: 'Assumption 1: Festival audiences want it' });
    await of.getByRole('button', { name: 'Add a test card', exact: true }).click();
    const c = card(of, 'Test card 1');
    await assertFocused(c.getByLabel('We believe that', { exact: true }));
    await page.keyboard.type('Half the audience of a screening asks for more');
    // A video game is offered playtests, not screenings (a film's test).
    const methods = await c.getByLabel('Test', { exact: true }).evaluate((s) => [...s.options].map((o) => o.textContent.trim()));
    assert.ok(methods.includes('Prototype playtest') && !methods.includes('Festival or test screening'), methods.join(', '));
    await c.getByLabel('Test', { exact: true }).selectOption({ label: 'Prototype playtest' });
    await c.getByLabel('We will measure', { exact: true }).fill('Sign-ups after the screening');
    await c.getByLabel('Success if', { exact: true }).fill('30 of 60');
    await c.getByLabel('Cost', { exact: true }).fill('20 000 XOF');
    await c.getByLabel('Duration', { exact: true }).fill('1 evening');
    const learning = card(c, 'Learning card');
    await learning.getByLabel('What we observed', { exact: true }).fill('41 of 60 signed up');
    await learning.getByLabel('What we learned', { exact: true }).fill('The story carries a room');
    await learning.getByLabel('Decision', { exact: true }).selectOption({ label: 'Persevere' });
    await waitForStored(page, id, (p) => {
      const a = p.feasibility.assumptions[0];
      assert.equal(a.evidence, 2, 'a decided test is one more step of evidence');
      assert.deepEqual(
        { ...a.tests[0], id: undefined },
        {
          id: undefined,
          hypothesis: 'Half the audience of a screening asks for more',
          method: 'playtest',
          metric: 'Sign-ups after the screening',
          threshold: '30 of 60',
          cost: '20 000 XOF',
          duration: '1 evening',
          observed: '41 of 60 signed up',
          learned: 'The story carries a room',
          decision: 'persevere',
          raised: true,
        },
      );
    });
    const map = region(page, 'Assumptions map');
    assert.equal(await selected(card(map, /^Assumption 1:/).getByLabel('Evidence', { exact: true })), '2 – a few signs');
    // Dropped: marked, and no longer to test next.
    await learning.getByLabel('Decision', { exact: true }).selectOption({ label: 'Drop' });
    await card(map, 'Assumption 1: Festival audiences want it (Dropped)').waitFor();
    await region(page, 'Summary').getByText('No important assumption is waiting for evidence.').waitFor();
  }));

test('a decision taken back at the top of the evidence scale leaves evidence where it was', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    const id = await openStudio(page, {
      assumptions: [{ id: 'a1', text: 'Festival audiences want it', block: 'customer_segments', importance: 4, evidence: 4, tests: [{ id: 't1' }, { id: 't2' }] }],
    });
    const of = region(page, 'Test cards and learning cards').getByRole('region', { name: 'Assumption 1: Festival audiences want it' });
    const decision = (n) => card(card(of, `Test card ${n}`), 'Learning card').getByLabel('Decision', { exact: true });
    await decision(1).selectOption({ label: 'Persevere' });
    await decision(2).selectOption({ label: 'Pivot' });
    await waitForStored(page, id, (p) => assert.deepEqual(p.feasibility.assumptions[0].tests.map((x) => [x.decision, x.raised]), [['persevere', false], ['pivot', false]]));
    await decision(2).selectOption({ label: 'Not decided yet' });
    await decision(1).selectOption({ label: 'Not decided yet' });
    await waitForStored(page, id, (p) => {
      const a = p.feasibility.assumptions[0];
      assert.deepEqual(a.tests.map((x) => x.decision), [null, null]);
      assert.equal(a.evidence, 4, 'nothing was raised, so nothing is lowered');
    });
    const map = region(page, 'Assumptions map');
    assert.equal(await selected(card(map, /^Assumption 1:/).getByLabel('Evidence', { exact: true })), '4 – strong proof');
  }));

test('at a list’s limit, Add adds nothing, records no undo step and says why', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    const risks = Array.from({ length: 200 }, (_, i) => ({ id: `r${i}`, text: `Risk ${i}` }));
    const tests = Array.from({ length: 50 }, (_, i) => ({ id: `t${i}` }));
    const id = await openStudio(page, { assumptions: [{ id: 'a1', text: 'Festival audiences want it', tests }], risks });
    const before = (await storedProjects(page))[id];
    const undoBefore = await headerButton(page, 'Undo').isDisabled();
    const register = region(page, 'Risk register');
    const add = register.getByRole('button', { name: 'Add a risk', exact: true });
    const why = 'You have reached the limit of 200 risks.';
    assert.equal(await add.getAttribute('aria-disabled'), 'true');
    await eventually(async () => assert.equal(await add.evaluate((b) => b.getAttribute('aria-describedby') && document.getElementById(b.getAttribute('aria-describedby'))?.textContent), why));
    // Marked disabled but still focusable, so a keyboard user reaches it and hears why.
    await add.focus();
    await page.keyboard.press('Enter');
    await waitForStatus(page, why);
    await assertFocused(add, 'focus stays on the button');
    const addTest = region(page, 'Test cards and learning cards').getByRole('button', { name: 'Add a test card', exact: true });
    await addTest.focus();
    await page.keyboard.press('Enter');
    await waitForStatus(page, 'You have reached the limit of 50 test cards for one assumption.');
    const after = (await storedProjects(page))[id];
    assert.equal(after.feasibility.risks.length, 200);
    assert.equal(after.feasibility.assumptions[0].tests.length, 50);
    assert.equal(after.updated_at, before.updated_at, 'nothing changed');
    assert.equal(await headerButton(page, 'Undo').isDisabled(), undoBefore, 'no undo step');
    await assertAccessible(page, 'the feasibility studio with full lists');
    // Below the limit the button works again.
    await card(register, 'Risk 200').getByRole('button', { name: 'Delete', exact: true }).click();
    await eventually(async () => assert.equal(await add.getAttribute('aria-disabled'), null));
    await add.click();
    await assertFocused(card(register, 'Risk 200').getByLabel('Risk', { exact: true }));
  }));

test('scorecard: discipline criteria, scores with evidence and confidence, own criteria, averages', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    const id = await openStudio(page);
    const sc = region(page, 'Feasibility scorecard');
    // A video game is asked about its engine; not about broadcasters.
    await card(sc, 'Engine and platform certification').waitFor();
    assert.equal(await card(sc, 'Broadcaster or distributor interest').count(), 0);
    const commercial = sc.getByRole('region', { name: /^Commercial/ });
    await eventually(async () => assert.match(await commercial.getByRole('heading').innerText(), /Average \(1–5\): not scored/));
    const audience = card(commercial, 'Audience size');
    await audience.getByLabel('Score', { exact: true }).selectOption('4');
    await audience.getByLabel('Confidence', { exact: true }).selectOption({ label: 'High' });
    await audience.getByLabel('Evidence', { exact: true }).fill('3 000 players on our Discord');
    await card(commercial, 'Room among competitors').getByLabel('Score', { exact: true }).selectOption('1');
    await eventually(async () => assert.match(await commercial.getByRole('heading').innerText(), /Average \(1–5\): 2\.5/));
    // Own criterion.
    await sc.getByRole('button', { name: 'Add a criterion', exact: true }).click();
    const own = card(sc, 'Criterion');
    await own.getByLabel('Criterion', { exact: true }).fill('Museum support');
    await card(sc, 'Museum support').getByLabel('Group', { exact: true }).selectOption({ label: 'Legal' });
    const legal = sc.getByRole('region', { name: /^Legal/ });
    await card(legal, 'Museum support').getByLabel('Score', { exact: true }).selectOption('5');
    await eventually(async () => assert.match(await legal.getByRole('heading').innerText(), /5\.0/));
    await waitForStored(page, id, (p) => {
      assert.deepEqual(p.feasibility.scorecard.scores.find((s) => s.criterion === 'audience_size'), {
        criterion: 'audience_size',
        score: 4,
        confidence: 'high',
        evidence: '3 000 players on our Discord',
      });
      assert.equal(p.feasibility.scorecard.custom[0].group, 'legal');
      assert.equal(p.feasibility.scorecard.custom[0].score, 5);
    });
    // Summary: the radar has a text alternative, a table of the same scores.
    const summary = region(page, 'Summary');
    await summary.getByRole('img', { name: 'Scorecard by group' }).waitFor();
    const table = summary.getByRole('table');
    await eventually(async () => {
      assert.equal(await table.getByRole('row', { name: /^Commercial/ }).getByRole('cell').innerText(), '2.5');
      assert.equal(await table.getByRole('row', { name: /^Technical/ }).getByRole('cell').innerText(), 'not scored');
      assert.equal(await table.getByRole('row', { name: /^Overall/ }).getByRole('cell').innerText(), '3.8');
    });
  }));

test('risk register: heat map, top risks, delete and undo', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    const id = await openStudio(page);
    const risks = region(page, 'Risk register');
    await risks.getByRole('button', { name: 'Add a risk', exact: true }).click();
    const r1 = card(risks, 'Risk 1');
    await assertFocused(r1.getByLabel('Risk', { exact: true }));
    await page.keyboard.type('The grant is refused');
    await r1.getByLabel('Likelihood', { exact: true }).selectOption({ label: '5 – almost certain' });
    await r1.getByLabel('Impact', { exact: true }).selectOption({ label: '4 – major' });
    await r1.getByLabel('Owner', { exact: true }).fill('Awa');
    await r1.getByLabel('Mitigation', { exact: true }).fill('Apply to two funds');
    await waitForStored(page, id, (p) =>
      assert.deepEqual({ ...p.feasibility.risks[0], id: undefined }, { id: undefined, text: 'The grant is refused', likelihood: 5, impact: 4, owner: 'Awa', mitigation: 'Apply to two funds' }),
    );
    // The heat map is a real table: the row of the impact, the column of the likelihood.
    const map = risks.getByRole('table', { name: 'Heat map: risks by likelihood and impact' });
    const row = map.getByRole('row', { name: /^4 – major/ });
    await eventually(async () => assert.equal((await row.getByRole('cell').nth(4).innerText()).trim(), 'The grant is refused'));
    assert.equal((await row.getByRole('cell').nth(3).innerText()).trim(), '');
    await region(page, 'Summary').getByRole('region', { name: 'Top risks' }).getByText('The grant is refused (exposure 20 of 25)').waitFor();

    await r1.getByRole('button', { name: 'Delete', exact: true }).click();
    await waitForStatus(page, 'Deleted. Undo brings it back.');
    await assertFocused(risks.getByRole('button', { name: 'Add a risk' }));
    await region(page, 'Summary').getByText('No risk recorded yet.').waitFor();
    await headerButton(page, 'Undo').click();
    await card(risks, 'Risk 1').waitFor();
    await waitForStored(page, id, (p) => assert.equal(p.feasibility.risks.length, 1));
  }));

test('MVP scope and readiness: saved, kept after a reload, exported as the schema says', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    const id = await openStudio(page);
    const mvp = region(page, 'MVP scope');
    await mvp.getByLabel('What the MVP includes', { exact: true }).fill('Chapter 1\nFrench and English');
    await mvp.getByLabel('What it leaves out', { exact: true }).fill('Voice acting');
    await mvp.getByRole('button', { name: 'Add a milestone', exact: true }).click();
    const m1 = card(mvp, 'Milestone 1');
    await m1.getByLabel('Milestone', { exact: true }).fill('Demo at the festival');
    await m1.getByLabel('Date', { exact: true }).fill('2027-03-20');
    await mvp.getByLabel('Team it needs', { exact: true }).fill('Two developers, one illustrator');
    await mvp.getByLabel('Budget it needs', { exact: true }).fill('4 500 000');
    await mvp.getByLabel('Currency', { exact: true }).fill('XOF');
    const summary = region(page, 'Summary');
    await summary.getByLabel('Product readiness', { exact: true }).selectOption('3');
    await summary.getByLabel('Market readiness', { exact: true }).selectOption('2');
    assert.match(await selected(summary.getByLabel('Product readiness', { exact: true })), /^3 – A first piece works/);
    await waitForStored(page, id, (p) => {
      assert.deepEqual(p.feasibility.mvp, {
        budget: '4500000',
        budget_note: '',
        currency: 'XOF',
        excludes: 'Voice acting',
        includes: 'Chapter 1\nFrench and English',
        milestones: [{ date: '2027-03-20', id: p.feasibility.mvp.milestones[0].id, name: 'Demo at the festival' }],
        team: 'Two developers, one illustrator',
      });
      assert.deepEqual(p.feasibility.readiness, { market: 2, product: 3 });
    });

    await reloadApp(page);
    await eventually(async () => assert.equal(await region(page, 'MVP scope').getByLabel('Date', { exact: true }).inputValue(), '2027-03-20'));
    assert.equal(await region(page, 'MVP scope').getByLabel('What it leaves out', { exact: true }).inputValue(), 'Voice acting');

    const file = await download(page, headerButton(page, 'Export'));
    assert.equal(file.json.version, 3);
    assert.equal(file.json.projects[0].feasibility.mvp.currency, 'XOF');
    const { errors } = await loadValidator();
    assert.equal(errors(file.json), null);
  }));

test('a link to a note no longer on the canvas shows as the block, and import says it was mended', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openStudio(page, { assumptions: [{ id: 'a1', text: 'Gone', block: 'channels', note: 'deleted-note' }] });
    await page.getByRole('status').filter({ hasText: 'In “Gardiens de Tombouctou”, 1 assumption pointed to a note no longer on the canvas; it now points to its block.' }).first().waitFor();
    const a1 = card(region(page, 'Assumptions map'), 'Assumption 1: Gone');
    assert.equal(await selected(a1.getByLabel('Comes from', { exact: true })), 'Channels');
    assert.equal(await selected(a1.getByLabel('Note', { exact: true })), 'The whole block');
    assert.equal((await alerts(page).innerText()).trim(), '', 'no error');
  }));

test('axe: the studio, filled, in English and in French, with keyboard moves announced in French', (t) =>
  inContext(env.browser, t, { locale: 'fr-FR' }, async (context) => {
    const page = await context.newPage();
    const feasibility = {
      assumptions: [{ id: 'a1', text: 'Le public paiera', block: 'revenue_streams', importance: 4, evidence: 1, tests: [{ id: 't1', hypothesis: 'Prévente', decision: null }] }],
      risks: [{ id: 'r1', text: 'Subvention refusée', likelihood: 4, impact: 5 }],
      scorecard: { scores: [{ criterion: 'budget', score: 3 }], custom: [] },
      mvp: { milestones: [{ id: 'm1', name: 'Démo', date: '2027-03-20' }] },
      readiness: { product: 2, market: 1 },
    };
    // A version 2 file: its importance 4 (of 1–4) opens as 5 (of 1–5).
    await openStudio(page, feasibility, { tab: 'Faisabilité', L: FR, version: 2 });
    for (const name of ['En bref', 'Carte des hypothèses', 'Cartes de test et cartes d’apprentissage', 'Grille de faisabilité', 'Registre des risques', 'Périmètre du MVP']) {
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    }
    await assertAccessible(page, 'the feasibility studio in French');
    const chip = page.getByRole('button', { name: 'Le public paiera' });
    await chip.focus();
    await page.keyboard.press('ArrowRight');
    await eventually(async () =>
      assert.match(await region(page, 'Carte des hypothèses').getByRole('status').innerText(), /«\u00a0Le public paiera\u00a0»\u00a0: importance 5 – essentielle, preuves 2 – quelques signes\. À tester d’abord\./),
    );
    assert.equal(await page.title(), 'Gardiens de Tombouctou · Faisabilité · Canevas');
    await page.getByRole('combobox', { name: 'Langue' }).selectOption({ label: 'English' });
    await page.getByRole('heading', { level: 2, name: 'Assumptions map', exact: true }).waitFor();
    await assertAccessible(page, 'the feasibility studio in English');
  }));
