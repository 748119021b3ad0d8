// Facilitator mode: projector view at 1024×768 and 1920×1080, the timed
// exercises' clock (faked: pause, +1 min, a hidden tab), importing a cohort
// of 14 files at once, the board's sort and filter, and the feedback round
// trip from facilitator to creator.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp, reloadApp } from './lib/browser.mjs';
import {
  BLOCKS,
  assertFocused,
  describeFocus,
  eventually,
  headerButton,
  makeProject,
  region,
  setStorage,
  storageEntries,
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

/** Sizes, colours and overflow of what a room must read, measured in the page. */
function measure(page) {
  return page.evaluate(() => {
    const lum = (rgb) => {
      const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const bg = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (!/rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent') return c;
      }
      return 'rgb(255, 255, 255)';
    };
    const ratio = (el) => {
      const [a, b] = [lum(getComputedStyle(el).color), lum(bg(el))].sort((x, y) => y - x);
      return (a + 0.05) / (b + 0.05);
    };
    const notes = [...document.querySelectorAll('main textarea')];
    const headings = [...document.querySelectorAll('main h1, main h2, main h3')];
    const cut = [...notes, ...headings].filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    return {
      noteSizes: notes.map((n) => parseFloat(getComputedStyle(n).fontSize)),
      minContrast: Math.min(...[...notes, ...headings].map(ratio)),
      cut: cut.map((el) => `${el.tagName} ${el.textContent || el.value}`.slice(0, 60)),
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

test('projector view at 1024×768: large type, high contrast, nothing cut off, keyboard between blocks and notes', (t) =>
  inContext(env.browser, t, { viewport: { width: 1024, height: 768 } }, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const p = fullProject();
    await setStorage(page, storageEntries([p]));
    await page.goto(`${env.url}/#/projects/${p.id}/canvas`);
    await reloadApp(page);
    await region(page, 'Key Partners').waitFor();

    const toggle = headerButton(page, 'Projector view');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    const before = await measure(page);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await eventually(async () => assert.equal(await page.evaluate(() => document.documentElement.classList.contains('projector')), true));
    // Editing chrome is hidden; the way out stays.
    assert.equal(await headerButton(page, 'Undo').isVisible(), false, 'Undo is hidden');
    assert.equal(await region(page, 'Key Partners').getByRole('button', { name: 'Add note' }).isVisible(), false);
    assert.equal(await toggle.isVisible(), true);

    const m = await measure(page);
    assert.equal(m.noteSizes.length, 27);
    assert.ok(Math.min(...m.noteSizes) >= 24, `note text is at least 24px (got ${Math.min(...m.noteSizes)}, was ${Math.min(...before.noteSizes)})`);
    assert.ok(m.minContrast >= 7, `contrast of at least 7:1 (got ${m.minContrast.toFixed(2)})`);
    assert.deepEqual(m.cut, [], 'no note or heading is cut off');
    assert.ok(m.pageOverflow <= 0, `nothing runs off the side (${m.pageOverflow}px)`);
    await assertAccessible(page, 'the canvas in projector view at 1024×768');

    // Keyboard: arrows between blocks, Enter into one, arrows between its notes, Esc out.
    await page.keyboard.press('ArrowRight');
    await assertFocused(region(page, 'Key Partners'), `first block (focus: ${await describeFocus(page)})`);
    await page.keyboard.press('ArrowRight');
    await assertFocused(region(page, 'Key Activities'));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    await assertFocused(region(page, 'Key Activities'));
    await page.keyboard.press('Enter');
    const notes = region(page, 'Key Activities').getByRole('textbox');
    await assertFocused(notes.nth(0), 'Enter goes to the block’s first note');
    await page.keyboard.press('ArrowDown');
    await assertFocused(notes.nth(1));
    await page.keyboard.type('xyz');
    assert.equal(await notes.nth(1).inputValue(), longNote, 'notes are read, not edited, on the projector');
    await page.keyboard.press('Escape');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'));
    assert.equal(focused, 'block-key_activities', 'Esc leaves the note for its block');

    // The same at 1920×1080.
    await page.setViewportSize({ width: 1920, height: 1080 });
    const wide = await measure(page);
    assert.ok(Math.min(...wide.noteSizes) >= 24, 'large type on a 1080p projector');
    assert.deepEqual(wide.cut, []);
    assert.ok(wide.pageOverflow <= 0);

    // F8 leaves; P (not typing) comes back.
    await page.keyboard.press('F8');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.equal(await headerButton(page, 'Undo').isVisible(), true);
    await page.keyboard.press('p');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('F8');
    // Typing a P in a note types it.
    await notes.nth(0).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('p');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.match(await notes.nth(0).inputValue(), /p$/);
  }));
