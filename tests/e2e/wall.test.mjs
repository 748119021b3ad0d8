// The cohort on the wall: with projector view on (F8), the cohort board
// as large cards with no management controls, and the comparison as one
// block of every project side by side, fitting a 1024×768 and a 1920×1080
// screen, in English and in French; no key changes what is stored.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp, reloadApp } from './lib/browser.mjs';
import { BLOCKS, assertFocused, describeFocus, eventually, makeFile, makeProject, setStorage, storageSnapshot } from './lib/app.mjs';

const env = useApp();

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];

const WORDS = {
  en: {
    locale: 'en-US',
    block: (b) => b.en,
    cohort: 'Cohort',
    blocks: 'Block shown',
    heading: (block) => `${block}, side by side`,
    team: 'Team: Awa Diop, Kofi Mensah',
    more: (n) => `+${n} more ${n === 1 ? 'note' : 'notes'} not shown`,
  },
  fr: {
    locale: 'fr-FR',
    block: (b) => b.fr,
    cohort: 'Cohorte',
    blocks: 'Bloc affiché',
    heading: (block) => `${block}, côte à côte`,
    team: 'Équipe\u00a0: Awa Diop, Kofi Mensah',
    more: (n) => `+${n} ${n === 1 ? 'autre note non affichée' : 'autres notes non affichées'}`,
  },
};

const block = (key) => BLOCKS.find((b) => b.key === key);
const CHANNELS_C = 25;

/** Three participants' projects; the third has more channels than fit. */
function cohort() {
  const notes = (who, n) => Object.fromEntries(BLOCKS.map((b) => [b.key, Array.from({ length: n }, (_, i) => `${who}: ${b.en} idea ${i + 1}`)]));
  const a = makeProject({ title: 'Kola Studio', team: ['Awa Diop', ' ', 'Kofi Mensah'], discipline: 'webtoon', country: 'Senegal', notes: notes('Kola', 4) });
  a.canvas.customer_segments[1].text = 'Internationalisation-minded readers in Dakar and Abidjan';
  const b = makeProject({ title: 'Les Sentinelles de la Médina', discipline: 'video_game', country: 'Maroc', notes: notes('Médina', 3) });
  const c = makeProject({ title: 'Ananse Internationalisation', discipline: 'music', country: 'Ghana', notes: notes('Ananse', 1) });
  c.canvas.channels = Array.from({ length: CHANNELS_C }, (_, i) => ({ id: `ch${i}${c.id}`, text: `Channel number ${i + 1}: festivals, radio and the label's stores`, colour: 'blue', created_at: c.created_at, updated_at: c.created_at }));
  return [a, b, c];
}

function cohortEntries(projects) {
  const entries = { 'canevas.cohort.index': JSON.stringify({ version: 1, projects: projects.map((p) => p.id) }) };
  for (const p of projects) entries[`canevas.cohort.project.${p.id}`] = JSON.stringify(makeFile([p], 'project'));
  return entries;
}

/** Sideways scroll, whole page height, and where `selector`'s boxes lie. */
function layout(page, selector) {
  return page.evaluate((selector) => {
    const doc = document.documentElement;
    return {
      sideways: doc.scrollWidth - doc.clientWidth,
      taller: doc.scrollHeight - window.innerHeight,
      boxes: [...document.querySelectorAll(selector)].map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent.slice(0, 40), left: r.left, top: r.top, right: r.right, bottom: r.bottom, vw: window.innerWidth, vh: window.innerHeight };
      }),
    };
  }, selector);
}

/** The size, wrapping and overflow of every shown note of the comparison. */
function notesShown(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('main section li')]
      .filter((li) => li.getClientRects().length > 0)
      .map((li) => {
        const s = getComputedStyle(li);
        return { text: li.textContent, size: parseFloat(s.fontSize), wrap: s.overflowWrap, brk: s.wordBreak, wide: li.scrollWidth - li.clientWidth };
      }),
  );
}

/** Whether headings break inside a word, and how far they stick out of their box. */
function titlesIn(page, selector) {
  return page.evaluate(
    (selector) => [...document.querySelectorAll(selector)].map((h) => ({ text: h.textContent, wrap: getComputedStyle(h).overflowWrap, wide: h.scrollWidth - h.clientWidth })),
    selector,
  );
}

/** Presses every navigation key and some letters; storage must not change. */
async function pressEverything(page, where) {
  const before = await storageSnapshot(page);
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp', 'Delete', 'Backspace', 'a', 'x', 'Z', '1', 'Space', 'ArrowRight', 'Enter', 'Delete', 'Backspace', 'q', 'Escape', 'Space']) {
    await page.keyboard.press(key);
  }
  assert.deepEqual(await storageSnapshot(page), before, `storage is unchanged byte for byte after the keys on ${where}`);
}

for (const [lang, W] of Object.entries(WORDS)) {
  test(`the cohort on the wall (${lang}): large cards, then one block of every project side by side, at 1024×768 and 1920×1080`, (t) =>
    inContext(env.browser, t, { locale: W.locale, viewport: SIZES[0] }, async (context) => {
      const page = await context.newPage();
      const projects = cohort();
      await openApp(page, env.url, '#/cohort');
      await setStorage(page, cohortEntries(projects));
      await reloadApp(page);
      const main = page.getByRole('main');
      await main.getByRole('article', { name: 'Kola Studio', exact: true }).waitFor();
      await page.keyboard.press('F8');
      await eventually(async () => assert.equal(await page.evaluate(() => document.documentElement.classList.contains('projector')), true));

      // The board: a large card per project, its title a heading, nothing to manage.
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await main.getByRole('heading', { level: 1, name: W.cohort, exact: true }).waitFor();
        for (const p of projects) {
          const card = main.getByRole('article', { name: p.title, exact: true });
          await card.getByRole('heading', { level: 2, name: p.title, exact: true }).waitFor();
        }
        await main.getByRole('article', { name: 'Kola Studio', exact: true }).getByText(W.team, { exact: true }).waitFor();
        for (const role of ['button', 'checkbox', 'combobox', 'searchbox', 'textbox']) {
          assert.equal(await main.getByRole(role).count(), 0, `no ${role} on the board in projector view at ${size.width}`);
        }
        const board = await layout(page, 'main article');
        assert.ok(board.sideways <= 0, `no sideways scroll on the board at ${size.width} (${board.sideways}px)`);
        assert.equal(board.boxes.length, 3);
        for (const b of board.boxes) assert.ok(b.left >= 0 && b.right <= b.vw, `the card “${b.text}” is within the width at ${size.width}`);
        const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('main article :is(h2, p, li)')].map((e) => parseFloat(getComputedStyle(e).fontSize))));
        assert.ok(smallest >= 18, `card text is at least 18px at ${size.width} (${smallest}px)`);
        await eventually(async () => {
          for (const h of await titlesIn(page, 'main article h2')) assert.ok(h.wrap === 'normal' && h.wide <= 1, `the card title “${h.text}” is whole and fits at ${size.width} (${JSON.stringify(h)})`);
        });
      }
      await page.setViewportSize(SIZES[0]);
      await assertAccessible(page, `the cohort board on the wall (${lang})`);
      // The projector keyboard walks the cards.
      await page.keyboard.press('ArrowRight');
      const first = main.getByRole('article').first();
      await assertFocused(first, `ArrowRight goes to the first card (focus: ${await describeFocus(page)})`);
      await page.keyboard.press('Enter');
      await assertFocused(first.getByRole('link'), 'Enter goes to the card’s title');
      await page.keyboard.press('Escape');
      await assertFocused(first);
      await pressEverything(page, `the board (${lang})`);
      assert.match(page.url(), /#\/cohort$/, 'the keys stayed on the board');

      // The comparison: the opening block of every project, side by side.
      await page.evaluate((ids) => (location.hash = `#/cohort/compare/${ids.join(',')}`), projects.map((p) => p.id));
      const segments = W.block(block('customer_segments'));
      await main.getByRole('heading', { level: 1, name: W.heading(segments), exact: true }).waitFor();
      const picker = main.getByRole('group', { name: W.blocks, exact: true });
      assert.equal(await picker.getByRole('button').count(), 9, 'the nine blocks to choose from');
      assert.equal(await picker.getByRole('button', { name: segments, exact: true }).getAttribute('aria-pressed'), 'true');
      for (const role of ['checkbox', 'combobox', 'searchbox', 'textbox', 'table']) {
        assert.equal(await main.getByRole(role).count(), 0, `no ${role} on the wall`);
      }
      const column = (p) => main.getByRole('region', { name: p.title, exact: true });
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await eventually(async () => {
          const l = await layout(page, 'main section');
          assert.equal(l.boxes.length, 3, 'a column per project');
          assert.ok(l.sideways <= 0, `no sideways scroll at ${size.width} (${l.sideways}px)`);
          assert.ok(l.taller <= 0, `the comparison fits the screen's height at ${size.width} (${l.taller}px more)`);
          for (const b of l.boxes) {
            assert.ok(b.left >= 0 && b.top >= 0 && b.right <= b.vw + 0.5 && b.bottom <= b.vh + 0.5, `the column “${b.text}” is inside the ${size.width}×${size.height} viewport: ${JSON.stringify(b)}`);
          }
          const tops = new Set(l.boxes.map((b) => Math.round(b.top)));
          assert.equal(tops.size, 1, 'the columns stand side by side');
        });
        for (const p of projects) {
          for (const n of p.canvas.customer_segments) await column(p).getByText(n.text, { exact: true }).waitFor();
        }
        for (const h of await titlesIn(page, 'main section h2')) assert.ok(h.wrap === 'normal' && h.wide <= 1, `the title “${h.text}” is not broken inside a word and fits (${JSON.stringify(h)})`);
        const notes = await notesShown(page);
        assert.equal(notes.length, 4 + 3 + 1, 'every note of the block is shown');
        for (const n of notes) {
          assert.ok(n.size >= 18, `note text is at least 18px at ${size.width} (${n.size}px: ${n.text})`);
          assert.equal(`${n.wrap} ${n.brk}`, 'normal normal', `words are not broken inside (${n.text})`);
          assert.ok(n.wide <= 1, `every word fits its note (${n.text}: ${n.wide}px too wide)`);
        }
      }
      await page.setViewportSize(SIZES[0]);
      await assertAccessible(page, `the comparison on the wall (${lang})`);

      // Another block, chosen by its button: the one with more notes than fit says how many are hidden.
      const channels = W.block(block('channels'));
      await picker.getByRole('button', { name: channels, exact: true }).click();
      await main.getByRole('heading', { level: 1, name: W.heading(channels), exact: true }).waitFor();
      assert.equal(await picker.getByRole('button', { name: channels, exact: true }).getAttribute('aria-pressed'), 'true');
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await column(projects[0]).getByText('Kola: Channels idea 1', { exact: true }).waitFor();
        await eventually(async () => {
          const shown = await column(projects[2]).getByRole('listitem').evaluateAll((lis) => lis.filter((li) => li.getClientRects().length > 0).length);
          assert.ok(shown > 0 && shown < CHANNELS_C, `some of Ananse's ${CHANNELS_C} channels are shown at ${size.width} (${shown})`);
          const more = column(projects[2]).getByText(W.more(CHANNELS_C - shown), { exact: true });
          assert.equal(await more.isVisible(), true, `the column says ${CHANNELS_C - shown} are hidden`);
          const box = await more.boundingBox();
          assert.ok(box.y + box.height <= size.height, 'the hidden count is on the screen');
          const l = await layout(page, 'main section');
          assert.ok(l.sideways <= 0 && l.taller <= 0, `still fits at ${size.width}`);
        });
        const sizes = await notesShown(page);
        for (const n of sizes) assert.ok(n.size >= 18, `note text is at least 18px (${n.size}px)`);
        const kola = sizes.filter((n) => n.text.startsWith('Kola:'));
        assert.equal(kola.length, 4);
        assert.ok(kola.every((n) => n.size >= 24), `a column of four notes stays large beside one of ${CHANNELS_C} (${kola.map((n) => n.size)})`);
      }
      await page.setViewportSize(SIZES[0]);

      // A presenter's remote: Page Down, Page Up.
      await page.keyboard.press('PageDown');
      const relationships = W.block(block('customer_relationships'));
      await main.getByRole('heading', { level: 1, name: W.heading(relationships), exact: true }).waitFor();
      await page.keyboard.press('PageUp');
      await main.getByRole('heading', { level: 1, name: W.heading(channels), exact: true }).waitFor();

      // The projector keyboard: between groups (the blocks to choose, the columns), into one, out.
      await page.keyboard.press('Escape');
      await assertFocused(picker, `Esc leaves the block's button for the list (focus: ${await describeFocus(page)})`);
      await page.keyboard.press('ArrowRight');
      await assertFocused(column(projects[0]), `ArrowRight goes to the first column (focus: ${await describeFocus(page)})`);
      await page.keyboard.press('Enter');
      await assertFocused(column(projects[0]).getByRole('listitem').first(), 'Enter goes to its first note');
      await page.keyboard.press('Escape');
      await assertFocused(column(projects[0]));
      await pressEverything(page, `the comparison (${lang})`);
      assert.match(page.url(), /#\/cohort\/compare\//, 'the keys stayed on the comparison');

      // Out of projector view, the table is back.
      await page.keyboard.press('F8');
      await main.getByRole('table').waitFor();
    }));
}
