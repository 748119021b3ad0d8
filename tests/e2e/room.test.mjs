// The room (issue 11): the canvas presented on one projector screen at
// 1024×768 and 1920×1080, in English and French; a block with more notes
// than fit says so and Enter enlarges it; no key pressed in projector view
// changes what is stored; the timer leads a run on a chosen project, stays
// in view and marks the step's block or part.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp, pageFor, reloadApp } from './lib/browser.mjs';
import {
  BLOCKS,
  assertFocused,
  banner,
  describeFocus,
  eventually,
  headerButton,
  makeProject,
  region,
  setStorage,
  storageEntries,
  storageSnapshot,
} from './lib/app.mjs';

const env = useApp();

/** The smallest note text the room must read (src/ui/canvas/present.rs). */
const MIN_NOTE_PX = 18;

const four = (b) => [`${b.en} first`, 'Radio Sahel and TV5Monde', 'Weekly episodes for mobile readers', 'A fourth note'];
const project = (notes = Object.fromEntries(BLOCKS.map((b) => [b.key, four(b)]))) =>
  makeProject({ title: 'Kola Studio', discipline: 'webtoon', country: 'Senegal', notes });

async function openCanvas(page, p, lang = 'en') {
  await openApp(page, env.url);
  await setStorage(page, storageEntries([p]));
  await page.goto(`${env.url}/#/projects/${p.id}/canvas`);
  await reloadApp(page);
  await region(page, lang === 'en' ? 'Revenue Streams' : 'Flux de revenus').waitFor();
}

/** What the room sees of the canvas, measured in the page. */
function measureCanvas(page) {
  return page.evaluate(() => {
    const vw = innerWidth;
    const vh = innerHeight;
    const blocks = [...document.querySelectorAll('main .block')].map((b) => {
      const r = b.getBoundingClientRect();
      return { name: b.querySelector('h3').textContent, inside: r.top >= 0 && r.left >= 0 && r.bottom <= vh + 0.5 && r.right <= vw + 0.5 };
    });
    const notes = [...document.querySelectorAll('main .block li')].filter((li) => li.offsetParent);
    const cut = [...document.querySelectorAll('main .block')].filter((b) => b.querySelector('li.cut')).map((b) => b.querySelector('h3').textContent);
    // A word broken across two lines has two boxes.
    const broken = [];
    for (const el of [...document.querySelectorAll('main h3, main .block li p')].filter((e) => e.offsetParent)) {
      const text = el.firstChild;
      if (!text || text.nodeType !== 3) continue;
      for (const m of text.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
    return {
      blocks,
      cut,
      shownNotes: notes.length,
      noteSizes: notes.map((n) => parseFloat(getComputedStyle(n.querySelector('p')).fontSize)),
      broken,
      fields: document.querySelectorAll('main input, main textarea, main select, main [contenteditable]').length,
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

for (const [lang, L] of [
  ['en', { locale: 'en-US', leave: 'Leave projector view', kp: 'Key Partners', ka: 'Key Activities', cs: 'Customer Segments', whole: 'Back to the whole canvas' }],
  ['fr', { locale: 'fr-FR', leave: 'Quitter la vue projecteur', kp: 'Partenaires clés', ka: 'Activités clés', cs: 'Segments de clientèle', whole: 'Revenir au canevas entier' }],
]) {
  test(`[${lang}] the whole canvas on one projector screen at 1024×768 and 1920×1080, read-only, words whole`, (t) =>
    inContext(env.browser, t, { locale: L.locale, viewport: { width: 1024, height: 768 } }, async (context) => {
      const page = await context.newPage();
      const p = project();
      await openCanvas(page, p, lang);
      await page.keyboard.press('F8');
      await headerButton(page, L.leave).waitFor();
      // No app chrome but the thin bar: the project's title and the way out.
      await banner(page).getByText('Kola Studio').waitFor();
      assert.equal(await banner(page).getByRole('button').count(), 1, 'the bar has one button: the way out');
      assert.equal(await page.getByRole('navigation').count(), 0, 'no navigation or tabs on the wall');

      for (const [width, height, floor] of [[1024, 768, MIN_NOTE_PX], [1920, 1080, 24]]) {
        await page.setViewportSize({ width, height });
        await eventually(async () => {
          const m = await measureCanvas(page);
          assert.deepEqual(m.blocks.filter((b) => !b.inside).map((b) => b.name), [], `every block inside ${width}×${height}`);
          assert.equal(m.blocks.length, 9);
          assert.equal(m.shownNotes, 36, `all 4 notes of every block are shown at ${width}×${height} (cut in ${m.cut})`);
          assert.ok(Math.min(...m.noteSizes) >= floor, `note text at least ${floor}px at ${width}×${height} (got ${Math.min(...m.noteSizes)})`);
          assert.deepEqual(m.broken, [], 'no word breaks across lines');
          assert.equal(m.fields, 0, 'nothing to type in');
          assert.ok(m.sideways <= 0, `no sideways scroll (${m.sideways}px)`);
        });
      }
      await page.setViewportSize({ width: 1024, height: 768 });
      await assertAccessible(page, `the canvas presented at 1024×768 (${lang})`);

      // Arrows between blocks; Enter enlarges one, its notes walk by arrows; Esc comes back.
      await page.keyboard.press('ArrowRight');
      await assertFocused(region(page, L.kp), `first block (focus: ${await describeFocus(page)})`);
      await page.keyboard.press('ArrowRight');
      await assertFocused(region(page, L.ka));
      await page.keyboard.press('Enter');
      await region(page, L.ka).getByRole('button', { name: L.whole }).waitFor();
      assert.equal(await region(page, L.kp).isVisible(), false, 'the other blocks give way');
      const ka = region(page, L.ka).getByRole('listitem');
      await assertFocused(ka.nth(0), 'Enter goes to the enlarged block’s first note');
      await page.keyboard.press('ArrowDown');
      await assertFocused(ka.nth(1));
      await page.keyboard.press('Escape');
      await assertFocused(region(page, L.ka), 'Esc comes back to the block');
      await region(page, L.kp).waitFor();
      assert.equal(await region(page, L.ka).getByRole('button', { name: L.whole }).count(), 0);

      // F8 leaves: the editing canvas and the full header are back.
      await page.keyboard.press('F8');
      await headerButton(page, lang === 'en' ? 'Undo' : 'Annuler').waitFor();
      assert.ok((await region(page, L.kp).getByRole('textbox').count()) === 4);
    }));
}

test('a block with more notes than fit says how many are hidden, and Enter shows them all', (t) =>
  inContext(env.browser, t, { viewport: { width: 1024, height: 768 } }, async (context) => {
    const page = await context.newPage();
    const many = Array.from({ length: 30 }, (_, i) => `Audience ${i + 1}: readers of weekly webtoons in Dakar`);
    const p = project({ ...Object.fromEntries(BLOCKS.map((b) => [b.key, four(b)])), customer_segments: many });
    await openCanvas(page, p);
    await page.keyboard.press('F8');
    const cs = region(page, 'Customer Segments');
    const more = cs.getByRole('button', { name: /^\d+ more notes: show all$/ });
    await more.waitFor();
    const hidden = Number((await more.textContent()).match(/\d+/)[0]);
    const shown = await cs.getByRole('listitem').filter({ visible: true }).count();
    assert.ok(shown >= 1 && hidden >= 1, `some shown (${shown}), some hidden (${hidden})`);
    assert.equal(shown + hidden, 30, 'shown and hidden make every note');
    const m = await measureCanvas(page);
    assert.deepEqual(m.blocks.filter((b) => !b.inside).map((b) => b.name), [], 'the full block still fits the screen');
    assert.ok(Math.min(...m.noteSizes) >= MIN_NOTE_PX);
    // The other blocks keep all their notes.
    assert.equal(await region(page, 'Channels').getByRole('listitem').filter({ visible: true }).count(), 4);

    await cs.focus();
    await page.keyboard.press('Enter');
    await cs.getByRole('button', { name: 'Back to the whole canvas' }).waitFor();
    await eventually(async () => {
      const enlarged = await cs.getByRole('listitem').filter({ visible: true }).count();
      assert.ok(enlarged > shown, `the enlarged block shows more notes (${enlarged} > ${shown})`);
    });
    await assertAccessible(page, 'an enlarged block');
    await page.keyboard.press('Escape');
    await region(page, 'Key Partners').waitFor();
    await assertFocused(cs);

    // The button does the same by pointer.
    await more.click();
    await cs.getByRole('button', { name: 'Back to the whole canvas' }).click();
    await region(page, 'Key Partners').waitFor();
  }));

test('no key pressed in projector view changes what is stored, on any screen', (t) =>
  inContext(env.browser, t, { viewport: { width: 1024, height: 768 } }, async (context) => {
    const page = await context.newPage();
    const p = project();
    await openCanvas(page, p);
    await page.keyboard.press('F8');
    const keys = [
      'ArrowDown', 'ArrowRight', 'Enter', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'Home', 'End', 'PageDown', 'PageUp',
      'Space', 'Delete', 'Backspace', 'x', 'y', 'z', 'Escape', 'ArrowRight', 'Enter', 'Delete', 'Backspace',
      'Control+z', 'Control+Shift+z', 'Control+y', 'Alt+ArrowUp', 'Alt+ArrowDown', 'Escape', 'ArrowDown', 'Enter', 'a',
    ];
    // The creator's screens, then the facilitator's page (another page:
    // projector view is switched on there again).
    const screens = ['#/', ...['', '/canvas', '/fit', '/feasibility', '/diffusion'].map((s) => `#/projects/${p.id}${s}`), '#/exercises'];
    let at = pageFor('#/');
    for (const screen of screens) {
      await page.goto(`${env.url}/${pageFor(screen)}${screen}`);
      await page.getByRole('main').getByRole('heading').first().waitFor();
      if (pageFor(screen) !== at) {
        at = pageFor(screen);
        await page.keyboard.press('F8');
      }
      await headerButton(page, 'Leave projector view').waitFor();
      const before = await storageSnapshot(page);
      for (const key of keys) await page.keyboard.press(key);
      await page.goto(`${env.url}/${pageFor(screen)}${screen}`);
      const after = await storageSnapshot(page);
      assert.deepEqual(after, before, `storage unchanged by keys on ${screen}`);
      await headerButton(page, 'Leave projector view').waitFor();
      if (screen.includes('/projects/')) {
        assert.equal(await page.locator('main').locator('input, textarea, select').count(), 0, `nothing to type in on ${screen}`);
      }
    }
  }));

const timer = (page, name = 'Exercise timer') => page.getByRole('region', { name, exact: true });
const card = (page, title) => page.getByRole('article', { name: title, exact: true });

test('Run asks for the project, takes the room to each step’s place, the timer stays in view', (t) =>
  inContext(env.browser, t, { viewport: { width: 1366, height: 768 } }, async (context) => {
    const page = await context.newPage();
    const p = project();
    await openApp(page, env.url);
    await setStorage(page, storageEntries([p]));
    await page.goto(`${env.url}/facilitator.html#/exercises`);
    await reloadApp(page);
    await card(page, 'Business Model Canvas in 45 minutes').getByRole('button', { name: 'Run', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Run “Business Model Canvas in 45 minutes”' });
    const choice = dialog.getByRole('combobox', { name: 'Project shown to the room' });
    assert.equal(await choice.inputValue(), p.id, 'the most recent project is chosen');
    await assertAccessible(page, 'the run dialog');
    await dialog.getByRole('button', { name: 'Start', exact: true }).click();

    // The first step's screen and block.
    await eventually(async () => assert.match(page.url(), new RegExp(`#/projects/${p.id}/canvas$`)));
    await timer(page).getByRole('timer', { name: 'Time left: Customer Segments' }).waitFor();
    await eventually(async () => assert.match(await region(page, 'Customer Segments').getAttribute('class'), /\bstep-now\b/));
    // Scrolled far down, the countdown stays on screen.
    await page.mouse.wheel(0, 3000);
    await eventually(async () => {
      const box = await timer(page).getByRole('timer').boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 768, `the clock is in view after scrolling (${JSON.stringify(box)})`);
      assert.ok(await page.evaluate(() => scrollY) > 0, 'the page did scroll');
    });

    // Next: the next block is marked and brought into view; focus stays on Next.
    const next = timer(page).getByRole('button', { name: 'Next step', exact: true });
    await next.click();
    await timer(page).getByRole('timer', { name: 'Time left: Value Propositions' }).waitFor();
    await eventually(async () => {
      assert.match(await region(page, 'Value Propositions').getAttribute('class'), /\bstep-now\b/);
      assert.doesNotMatch(await region(page, 'Customer Segments').getAttribute('class'), /\bstep-now\b/);
      const box = await region(page, 'Value Propositions').boundingBox();
      assert.ok(box.y < 768 && box.y + box.height > 0, 'the step’s block is in view');
    });
    await assertFocused(next, 'focus stays on Next step');

    // On the projector: the step's block is marked there too, the clock in view.
    await page.keyboard.press('F8');
    await page.setViewportSize({ width: 1024, height: 768 });
    await eventually(async () => assert.match(await region(page, 'Value Propositions').getAttribute('class'), /\bstep-now\b/));
    const box = await timer(page).getByRole('timer').boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 768);
    assert.ok(box.height >= 60, `the clock reads from the back of the room (${box.height}px)`);
    await assertAccessible(page, 'the canvas presented with the timer');
    await page.keyboard.press('F8');
    await timer(page).getByRole('button', { name: 'Stop', exact: true }).click();

    // A step on the fit worksheet leads there.
    await page.goto(`${env.url}/facilitator.html#/exercises`);
    await card(page, 'Audience and offer in 20 minutes').getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Start', exact: true }).click();
    await timer(page).getByRole('timer', { name: 'Time left: Pick one audience' }).waitFor();
    await timer(page).getByRole('button', { name: 'Next step', exact: true }).click();
    await eventually(async () => assert.match(page.url(), new RegExp(`#/projects/${p.id}/fit$`)));
    await timer(page).getByRole('timer', { name: 'Time left: What they try to do' }).waitFor();
    await timer(page).getByRole('button', { name: 'Stop', exact: true }).click();
  }));

test('Run on a new blank demo project, in French', (t) =>
  inContext(env.browser, t, { locale: 'fr-FR' }, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url, '#/exercises');
    await card(page, 'Business Model Canvas en 45 minutes').getByRole('button', { name: 'Lancer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Lancer «\u00a0Business Model Canvas en 45 minutes\u00a0»' });
    const choice = dialog.getByRole('combobox', { name: 'Projet montré à la salle' });
    await eventually(async () => assert.equal(await choice.locator('option:checked').textContent(), 'Un nouveau projet de démonstration vide'));
    await dialog.getByRole('button', { name: 'Commencer', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Démo\u00a0: Business Model Canvas en 45 minutes' }).waitFor();
    await timer(page, 'Minuteur de l’exercice').getByRole('timer', { name: 'Temps restant\u00a0: Segments de clientèle' }).waitFor();
    await eventually(async () => assert.match(await region(page, 'Segments de clientèle').getAttribute('class'), /\bstep-now\b/));
    // The demo project is an ordinary project: it is stored, and Undo on the home screen takes it back.
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('canevas.index')).projects.length);
    assert.equal(stored, 1);
  }));
