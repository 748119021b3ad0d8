// The canvas by keyboard (issue 13.3): a list of the nine blocks at the top
// of the canvas is one Tab stop; a block's number (or the arrows) picks
// one and Enter goes to its "Add note", so a new note in any block is three
// keys away from the list.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp } from './lib/browser.mjs';
import { BLOCKS, assertFocused, createProject, describeFocus, note, region, waitForCanvas, waitForStored } from './lib/app.mjs';

const env = useApp();

const blockList = (page) => page.getByRole('navigation', { name: 'Blocks', exact: true });
const inList = (page) => blockList(page).evaluate((n) => n.contains(document.activeElement));
const addButton = (page, block) => region(page, block).getByRole('button', { name: 'Add note', exact: true });

/** From the top of the canvas (the last of the project's tabs, just above it), Tab to the block list: one Tab. */
async function tabToList(page) {
  await page.getByRole('navigation', { name: /project/i }).getByRole('link').last().focus();
  await page.keyboard.press('Tab');
  assert.ok(await inList(page), `the first Tab below the project's tabs reaches the block list (focus: ${await describeFocus(page)})`);
}

test('keyboard only: a note in Customer Segments three keys after focusing the block list', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const id = await createProject(page, 'Kola Studio');
    await waitForCanvas(page, 'Kola Studio');
    await tabToList(page);
    await assertFocused(blockList(page).getByRole('button', { name: '1 Key Partners', exact: true }), 'the list opens on its first block');

    let keys = 0;
    const press = async (key) => {
      await page.keyboard.press(key);
      keys += 1;
    };
    await press('7');
    await assertFocused(blockList(page).getByRole('button', { name: '7 Customer Segments', exact: true }), `7 picks Customer Segments (focus: ${await describeFocus(page)})`);
    await press('Enter');
    await assertFocused(addButton(page, 'Customer Segments'), `Enter goes to its Add note (focus: ${await describeFocus(page)})`);
    await press('Enter');
    await assertFocused(note(page, 'Customer Segments', 1), `the new note has the focus (focus: ${await describeFocus(page)})`);
    assert.ok(keys <= 3, `${keys} keys after focusing the list`);
    await page.keyboard.type('Young readers');
    await waitForStored(page, id, (p) => assert.equal(p.canvas.customer_segments[0]?.text, 'Young readers'));
  }));

test('the block list: every block in two keys, arrows, Home and End, one Tab stop', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await createProject(page, 'Kola Studio');
    await waitForCanvas(page, 'Kola Studio');
    const list = blockList(page);
    assert.deepEqual(
      (await list.getByRole('button').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim()),
      BLOCKS.map((b, i) => `${i + 1} ${b.en}`),
      'the nine blocks, numbered, in reading order',
    );
    for (const [i, b] of BLOCKS.entries()) {
      await tabToList(page);
      await page.keyboard.press(String(i + 1));
      await page.keyboard.press('Enter');
      await assertFocused(addButton(page, b.en), `${i + 1} then Enter reach ${b.en}'s Add note (focus: ${await describeFocus(page)})`);
    }
    const button = (n) => list.getByRole('button').nth(n);
    await button(0).focus();
    await page.keyboard.press('ArrowRight');
    await assertFocused(button(1), 'ArrowRight: the next block');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await assertFocused(button(8), 'ArrowLeft on the first wraps to the last');
    await page.keyboard.press('Home');
    await assertFocused(button(0), 'Home: the first block');
    await page.keyboard.press('End');
    await assertFocused(button(8), 'End: the last block');
    // One Tab stop: Tab leaves the list, Shift+Tab comes back to the block last chosen.
    await page.keyboard.press('Tab');
    assert.equal(await inList(page), false, 'Tab leaves the list');
    await page.keyboard.press('Shift+Tab');
    await assertFocused(button(8), 'Shift+Tab comes back on the block last chosen');
    await assertAccessible(page, 'the canvas with its block list');
  }));
