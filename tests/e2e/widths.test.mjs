// Every screen at every width (issue 13, point 1): nothing scrolls
// sideways from a 360 px phone to a 1920 px screen, in English and French
// (longer words), with full projects on screen (the example projects of
// scripts/look/seeds/, imported through the app, and the cohort board);
// projector view at 1024 and 1920. A failure names the elements that
// stick out, widest first, with where they sit, so it says what to fix.
// At phone size: axe is clean on the main screens, every control is a
// target of at least 24×24 px (WCAG 2.2, 2.5.8), the header is a compact
// bar, the project's tabs fit and the canvas reads in its order.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp } from './lib/browser.mjs';
import { SCREENS, LANGS, seed } from '../../scripts/look/look.mjs';

const env = useApp();

const WIDTHS = [360, 390, 768, 1024, 1366, 1920];
const HEIGHT = 800;
/** The screens of look.mjs this test visits (canvas-timer is the canvas again). */
const NAMES = ['home', 'details', 'canvas', 'fit', 'feasibility', 'diffusion', 'pitch', 'exercises', 'cohort', 'cohort-project', 'cohort-compare', 'not-found'];
/** Shown on the wall in projector view. */
const PROJECTED = ['home', 'canvas', 'fit', 'feasibility', 'diffusion', 'cohort', 'cohort-compare'];

/**
 * How far the page scrolls sideways, and the elements that make it: those
 * whose end sticks out past the viewport and that no clipping ancestor
 * holds in, outermost first, widest first, each with its place.
 */
export function overflow(page) {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const describe = (el) => {
      const cls = [...el.classList].slice(0, 3).map((c) => `.${c}`).join('');
      const text = (el.getAttribute('aria-label') || el.value || el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 30);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}${text ? ` "${text}"` : ''}`;
    };
    const where = (el) => {
      const chain = [];
      for (let a = el.parentElement; a && a !== document.body && chain.length < 4; a = a.parentElement) {
        chain.push(`${a.tagName.toLowerCase()}${[...a.classList].slice(0, 2).map((c) => `.${c}`).join('')}`);
      }
      return chain.join(' < ');
    };
    const shown = (el) => {
      const r = el.getBoundingClientRect();
      return getComputedStyle(el).visibility !== 'hidden' && r.width > 1 && r.height > 1;
    };
    const held = (el) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= vw + 0.5) return true;
      }
      return false;
    };
    // Logical: in a right-to-left page the start is on the right.
    const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
    const out = (r) => (rtl ? -r.left : r.right - vw);
    const sticking = [...document.body.querySelectorAll('*')].filter((el) => shown(el) && out(el.getBoundingClientRect()) > 0.5 && !held(el));
    const set = new Set(sticking);
    const roots = sticking
      .filter((el) => !set.has(el.parentElement))
      .map((el) => ({ by: Math.round(out(el.getBoundingClientRect())), el }))
      .sort((a, b) => b.by - a.by);
    return {
      scrollWidth: document.scrollingElement.scrollWidth,
      innerWidth: vw,
      widest: roots.slice(0, 4).map(({ by, el }) => `${describe(el)} +${by}px (in ${where(el)})`),
    };
  });
}

async function settle(page) {
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
}

async function setProjector(page, on) {
  const is = () => page.evaluate(() => document.documentElement.classList.contains('projector'));
  if ((await is()) === on) return;
  await page.keyboard.press('F8');
  await page.waitForFunction((on) => document.documentElement.classList.contains('projector') === on, on);
}

/** Measures the page at each width; returns one line per width that scrolls sideways. */
async function sideways(page, label, widths, height = HEIGHT) {
  const bad = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height });
    await settle(page);
    const o = await overflow(page);
    if (o.scrollWidth > o.innerWidth) {
      bad.push(`${label} at ${width} px: scrolls sideways by ${o.scrollWidth - o.innerWidth} px; widest: ${o.widest.join('; ') || '(nothing visible)'}`);
    }
  }
  return bad;
}

for (const lang of ['en', 'fr']) {
  test(`${lang}: no screen scrolls sideways at ${WIDTHS.join(', ')} px, nor in projector view at 1024 and 1920`, { timeout: 900_000 }, async () => {
    const { context, page, L } = await seed(env.browser, env.url, lang);
    const bad = [];
    try {
      for (const name of NAMES) {
        const screen = SCREENS.find((s) => s.name === name);
        await page.setViewportSize({ width: 1366, height: HEIGHT });
        await page.goto(`${env.url}/${screen.hash(L)}`);
        await screen.open(page, L);
        bad.push(...(await sideways(page, `${lang} ${name}`, WIDTHS)));
        if (PROJECTED.includes(name)) {
          await setProjector(page, true);
          bad.push(...(await sideways(page, `${lang} ${name} (projector)`, [1024, 1920], 768)));
          await setProjector(page, false);
        }
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(bad, [], `screens that scroll sideways:\n${bad.join('\n')}`);
  });
}

test('the empty home screen does not scroll sideways at any width, in either language', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    const bad = [];
    for (const lang of ['en', 'fr']) {
      await openApp(page, env.url);
      if (lang === 'fr') await page.getByRole('banner').getByLabel('Language').selectOption('fr');
      await page.getByRole('heading', { level: 1, name: LANGS[lang].home, exact: true }).waitFor();
      bad.push(...(await sideways(page, `${lang} empty home`, WIDTHS)));
    }
    assert.deepEqual(bad, [], bad.join('\n'));
  }));

/**
 * Every visible control smaller than 24×24 px, except links inside a
 * sentence (WCAG's inline exception) and controls that are not shown.
 */
function smallTargets(page) {
  return page.evaluate(() => {
    const small = [];
    for (const el of document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex="0"]')) {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      if (r.width < 2 || r.height < 2 || s.visibility === 'hidden' || el.closest('[aria-hidden=true], .visually-hidden')) continue;
      // A link in running text: a sentence around it.
      if (el.matches('a') && s.display === 'inline') {
        let block = el.parentElement;
        while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
        if (block && block.textContent.trim().length > el.textContent.trim().length + 3) continue;
      }
      if (r.width < 24 - 0.5 || r.height < 24 - 0.5) {
        const name = (el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || el.value || '').replace(/\s+/g, ' ').trim().slice(0, 30);
        small.push(`${el.tagName.toLowerCase()}${el.type ? `[${el.type}]` : ''} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return [...new Set(small)];
  });
}

test('at 390 px: the main screens pass axe, every control is at least 24×24 px, the header is a compact bar, the tabs fit', { timeout: 600_000 }, async () => {
  const { context, page, L } = await seed(env.browser, env.url, 'en');
  const small = [];
  try {
    for (const name of ['home', 'details', 'canvas', 'fit', 'feasibility', 'diffusion', 'dossier', 'pitch', 'exercises', 'cohort', 'cohort-project']) {
      const screen = SCREENS.find((s) => s.name === name);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${env.url}/${screen.hash(L)}`);
      await screen.open(page, L);
      await settle(page);
      await assertAccessible(page, `${name} at 390 px`);
      for (const s of await smallTargets(page)) small.push(`${name}: ${s}`);
      if (name === 'canvas') {
        // The header folds into a bar; what it holds is one button away.
        const header = page.getByRole('banner');
        const height = (await header.boundingBox()).height;
        assert.ok(height <= 100, `the header is a compact bar on a phone (${height} px tall)`);
        const menu = header.getByRole('button', { name: 'Menu', exact: true });
        assert.equal(await menu.getAttribute('aria-expanded'), 'false');
        assert.equal(await header.getByRole('button', { name: 'Export', exact: true }).isVisible(), false, 'Export waits behind the menu');
        await menu.click();
        assert.equal(await menu.getAttribute('aria-expanded'), 'true');
        await header.getByRole('button', { name: 'Export', exact: true }).waitFor();
        await page.keyboard.press('Escape');
        assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'Escape folds the menu');
        // The tabs: all of them on screen (they wrap), never pushing the page.
        const tabs = page.getByRole('navigation', { name: 'Project actions' });
        const feas = tabs.getByRole('link', { name: 'Feasibility', exact: true });
        await feas.scrollIntoViewIfNeeded();
        const box = await feas.boundingBox();
        assert.ok(box.x >= 0 && box.x + box.width <= 390, `"Feasibility" is reachable on screen (${JSON.stringify(box)})`);
        // The nine blocks in the canvas's reading order, one under the other.
        const tops = await page.locator('.bmc > .block').evaluateAll((els) => els.map((e) => [e.querySelector('h3')?.textContent.trim(), Math.round(e.getBoundingClientRect().top)]));
        const order = [...tops].sort((a, b) => a[1] - b[1]).map((x) => x[0]);
        assert.deepEqual(order, ['Key Partners', 'Key Activities', 'Key Resources', 'Value Propositions', 'Customer Relationships', 'Channels', 'Customer Segments', 'Cost Structure', 'Revenue Streams']);
      }
    }
  } finally {
    await context.close();
  }
  assert.deepEqual(small, [], `controls under 24×24 px at 390 px:\n${small.join('\n')}`);
});
