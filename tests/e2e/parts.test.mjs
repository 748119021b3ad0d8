// The long screens' map (issue 13, point 2): the feasibility studio and the
// diffusion plan have a bar of links to their parts that stays in reach,
// each part folds from its heading, and the folds are remembered.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp, reloadApp } from './lib/browser.mjs';
import { eventually, setStorage, storageEntries } from './lib/app.mjs';

const env = useApp();
const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/format/v3/${name}.json`, import.meta.url), 'utf8')).projects[0];

const map = (page, name = 'On this page') => page.getByRole('navigation', { name, exact: true });

/** The heading's top, in the viewport, once scrolling has settled. */
const inView = (locator, what) =>
  eventually(async () => {
    const box = await locator.boundingBox();
    const height = await locator.page().evaluate(() => innerHeight);
    return box && box.y >= 0 && box.y + box.height <= height ? box : null;
  }, { message: `${what} is in view` });

for (const [tool, parts] of [
  ['feasibility', ['Summary', 'Assumptions map', 'Test cards and learning cards', 'Feasibility scorecard', 'Risk register', 'MVP scope']],
  ['diffusion', ['Coming up in the next 30 days', 'Goals and audiences', 'Channels', 'Release timeline', 'Budget', 'Indicators (KPIs)', 'Rights and valorisation']],
]) {
  test(`${tool}: every part is one action away, and folds stay folded`, (t) =>
    inContext(env.browser, t, { viewport: { width: 1366, height: 768 } }, async (context) => {
      const page = await context.newPage();
      const project = fixture(tool);
      await openApp(page, env.url);
      await setStorage(page, storageEntries([project]));
      await page.goto(`${env.url}/#/projects/${project.id}/${tool}`);
      await reloadApp(page);
      const links = map(page).getByRole('link');
      assert.deepEqual(await links.allInnerTexts(), parts);

      // The last part, by one click: in view, focused.
      const last = parts.at(-1);
      await map(page).getByRole('link', { name: last, exact: true }).click();
      const heading = page.getByRole('heading', { name: last, exact: true });
      await inView(heading, `the heading ${last}`);
      assert.ok(await heading.getByRole('button').evaluate((b) => b === document.activeElement), 'focus is on the part');
      // Down there, the map is still on screen.
      await inView(map(page), 'the map');

      // Fold a part from its heading: its content goes, the heading stays.
      const second = page.getByRole('heading', { name: parts[1], exact: true });
      const fold = second.getByRole('button', { name: parts[1], exact: true });
      assert.equal(await fold.getAttribute('aria-expanded'), 'true');
      const section = second.locator('xpath=ancestor::section[1]');
      const content = section.locator(':scope > :not(.fold-heading)').first();
      assert.ok(await content.isVisible(), 'the part shows its content');
      await fold.focus();
      await page.keyboard.press('Enter');
      assert.equal(await fold.getAttribute('aria-expanded'), 'false');
      assert.ok(!(await content.isVisible()), 'a folded part hides its content');
      await assertAccessible(page, `${tool} with a folded part`);

      // Remembered after a reload; the map's link unfolds it.
      await reloadApp(page);
      assert.equal(await fold.getAttribute('aria-expanded'), 'false', 'the fold is remembered');
      await map(page).getByRole('link', { name: parts[1], exact: true }).click();
      assert.equal(await fold.getAttribute('aria-expanded'), 'true');
      await inView(second, `the heading ${parts[1]}`);
      assert.ok(await content.isVisible());
    }));
}

test('the map speaks French', (t) =>
  inContext(env.browser, t, { locale: 'fr-FR' }, async (context) => {
    const page = await context.newPage();
    const project = fixture('feasibility');
    await openApp(page, env.url);
    await setStorage(page, storageEntries([project]));
    await page.goto(`${env.url}/#/projects/${project.id}/feasibility`);
    await reloadApp(page);
    const links = await map(page, 'Sur cette page').getByRole('link').allInnerTexts();
    assert.equal(links.length, 6);
    assert.equal(links[0], 'En bref');
  }));
