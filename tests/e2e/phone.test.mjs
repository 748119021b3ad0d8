// Controls that say what they do, on a phone and a laptop (issue 13,
// points 2 and 4): messages stack at the page's end, the informational
// ones close by themselves, errors stay, and none covers the field being
// edited; a timeline card's Delete stands apart from its moves; the
// scorecard is one row per criterion; the radar's labels are readable; the
// MVP's text boxes show every line.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { useApp } from './lib/suite.mjs';
import { inContext, openApp } from './lib/browser.mjs';
import { alerts, dismissMessages, dropFiles, eventually, importFiles, region, waitForStatus } from './lib/app.mjs';
import { SEEDS } from '../../scripts/look/look.mjs';

const env = useApp();
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

/** Imports the English example project (all tools filled) and opens one of its screens. */
async function openExample(page, screen) {
  const size = page.viewportSize();
  // Import is one of the header's tools, behind Menu on a phone.
  await page.setViewportSize(LAPTOP);
  await openApp(page, env.url);
  await importFiles(page, [path.join(SEEDS, 'en-ananse-story-box.json')]);
  await waitForStatus(page, 'imported');
  await dismissMessages(page);
  await page.goto(`${env.url}/#/projects/ananse-story-box/${screen}`);
  await page.getByRole('heading', { level: 1, name: 'Ananse and the Story Box' }).waitFor();
  await page.setViewportSize(size);
}

const box = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, height: r.height, vw: innerWidth, vh: innerHeight };
});

test('messages stack above the field being edited on a phone; information closes by itself, an error stays until dismissed', (t) =>
  inContext(env.browser, t, { viewport: PHONE }, async (context) => {
    const page = await context.newPage();
    await openExample(page, 'diffusion');
    // A refused file dropped on the screen: an error.
    await dropFiles(page, [{ name: 'bad.json', text: '{ not json' }]);
    const error = alerts(page).filter({ hasText: '“bad.json” was not imported' });
    await error.waitFor();
    // A milestone's date at the bottom of the screen, moved a week by
    // keyboard: focus stays in the field, and a message says where it went.
    const date = region(page, 'Release timeline').getByRole('group').nth(1).getByLabel('Date', { exact: true });
    await date.focus();
    await date.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 2));
    await page.keyboard.press('Alt+PageDown');
    const info = page.getByRole('status').filter({ hasText: 'moved to' });
    await info.waitFor();
    const stack = page.getByRole('region', { name: 'Messages', exact: true });
    await eventually(async () => {
      const field = await page.evaluate(() => {
        const el = document.activeElement;
        const r = el.getBoundingClientRect();
        return { tag: el.tagName, type: el.type, top: r.top, bottom: r.bottom };
      });
      const s = await box(stack);
      assert.deepEqual([field.tag, field.type], ['INPUT', 'date'], 'the date keeps focus');
      assert.ok(field.bottom <= s.top + 1 && field.top >= 0, `the field (${Math.round(field.top)}–${Math.round(field.bottom)}) is on screen above the messages (from ${Math.round(s.top)})`);
      assert.ok(s.bottom <= s.vh && s.left >= 0 && s.right <= s.vw, `the messages are on screen: ${JSON.stringify(s)}`);
    });
    // The error first, then the information, one under the other.
    const [e, i] = [await box(error.locator('.message').first()), await box(info.locator('.message').first())];
    assert.ok(e.bottom <= i.top, 'stacked, not overlapping');
    // Information goes by itself; the error stays until dismissed.
    await eventually(async () => assert.equal(await info.locator('.message').count(), 0), { timeout: 20_000, message: 'the information closes by itself' });
    assert.equal(await error.count(), 1, 'the error is still there');
    await error.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await eventually(async () => assert.equal(await error.count(), 0));
  }));

test('a timeline card’s Delete stands apart from “1 week later”, on a phone and a laptop', (t) =>
  inContext(env.browser, t, { viewport: LAPTOP }, async (context) => {
    const page = await context.newPage();
    await openExample(page, 'diffusion');
    const timeline = region(page, 'Release timeline');
    const cards = timeline.getByRole('group');
    assert.ok((await cards.count()) >= 3, 'the example has milestones');
    for (const size of [PHONE, LAPTOP]) {
      await page.setViewportSize(size);
      for (let i = 0; i < 3; i++) {
        const card = cards.nth(i);
        const later = await box(card.getByRole('button', { name: '1 week later', exact: true }));
        const del = await box(card.getByRole('button', { name: 'Delete', exact: true }));
        const dx = Math.max(0, del.left - later.right, later.left - del.right);
        const dy = Math.max(0, del.top - later.bottom, later.top - del.bottom);
        assert.ok(Math.hypot(dx, dy) >= 24, `at ${size.width} px, Delete is ${Math.round(Math.hypot(dx, dy))} px from “1 week later” (at least 24)`);
        const c = await box(card);
        assert.ok(del.right >= c.right - 16, `at ${size.width} px, Delete sits at the card's end (${Math.round(del.right)} of ${Math.round(c.right)})`);
      }
    }
  }));

test('feasibility: one row per criterion, radar labels of 14 px or more, the MVP’s text boxes show every line', (t) =>
  inContext(env.browser, t, { viewport: LAPTOP }, async (context) => {
    const page = await context.newPage();
    await openExample(page, 'feasibility');
    const scorecard = region(page, 'Feasibility scorecard');
    const audience = scorecard.getByRole('group', { name: 'Audience size', exact: true });
    await audience.waitFor();
    for (const size of [LAPTOP, PHONE]) {
      await page.setViewportSize(size);
      // The criterion's name, score, confidence and evidence: one row on a
      // laptop (a long evidence wraps in its box); on a phone a few lines,
      // inside the screen.
      const rows = await scorecard.getByRole('group').evaluateAll((els) =>
        els.filter((e) => e.matches('fieldset')).map((e) => ({ name: e.querySelector('legend').textContent, own: !!e.querySelector('button'), height: e.getBoundingClientRect().height - Math.max(0, (e.querySelector('textarea')?.getBoundingClientRect().height ?? 0) - 40), right: e.getBoundingClientRect().right })),
      );
      assert.ok(rows.length >= 10, 'every criterion is there');
      const most = size === LAPTOP ? 64 : 150;
      // (The user's own criteria also have a name, a group and Delete.)
      for (const r of rows.filter((r) => !r.own)) {
        assert.ok(r.height <= most, `at ${size.width} px, “${r.name}” is ${Math.round(r.height)} px tall (at most ${most})`);
        assert.ok(r.right <= size.width, `at ${size.width} px, “${r.name}” fits the screen`);
      }
      for (const label of ['Score', 'Confidence', 'Evidence']) {
        const field = await box(audience.getByLabel(label, { exact: true }));
        const name = await box(audience.getByText('Audience size', { exact: true }));
        if (size === LAPTOP) assert.ok(Math.abs((field.top + field.bottom) / 2 - (name.top + name.bottom) / 2) < 16, `${label} is on the criterion's row`);
      }
      // The radar's group names, as large as body text on screen.
      const sizes = await region(page, 'Summary').getByRole('img', { name: 'Scorecard by group' }).evaluate((svg) =>
        [...svg.querySelectorAll('text')].map((t) => ({ name: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a })),
      );
      assert.equal(sizes.length, 5);
      for (const s of sizes) assert.ok(s.px >= 14, `at ${size.width} px, the radar's “${s.name}” is ${s.px.toFixed(1)} px (at least 14)`);
      // The MVP's text boxes: every line in view, the first one at the top.
      const boxes = await region(page, 'MVP scope').getByRole('textbox').evaluateAll((els) =>
        els.filter((e) => e.matches('textarea') && e.value).map((e) => ({ label: e.labels[0]?.textContent, hidden: e.scrollHeight - e.clientHeight, top: e.scrollTop })),
      );
      assert.ok(boxes.length >= 3, 'the example fills the MVP');
      for (const b of boxes) assert.ok(b.hidden <= 1 && b.top === 0, `at ${size.width} px, “${b.label}” shows every line (${b.hidden} px hidden, scrolled ${b.top} px)`);
    }
  }));
