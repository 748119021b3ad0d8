// A first visit that teaches (issue 13): from an empty home screen every
// example project opens, in the user's language, filled and marked as an
// example, and can be deleted and brought back; the help page and the
// keyboard shortcuts dialog are reached by keyboard. All axe clean.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp } from './lib/browser.mjs';
import {
  BLOCKS,
  EN,
  FR,
  article,
  assertFocused,
  banner,
  eventually,
  goHome,
  headerButton,
  notesIn,
  projectTitles,
  region,
  waitForStatus,
} from './lib/app.mjs';

const env = useApp();

const EXAMPLES = [
  { discipline: 'Webtoon or comics', title: 'Zo and the Lagoon Spirits' },
  { discipline: 'Video game', title: 'Market Queens' },
  { discipline: 'Immersive or XR', title: 'Voices of the Medina' },
  { discipline: 'Film, series or audiovisual', title: 'Keepers of the Tide' },
  { discipline: 'Music', title: 'Nana Ama — Golden Hour EP' },
  { discipline: 'Digital platform', title: 'Open Stage' },
];

/** An example's button: its discipline, then what the example is. */
const choice = (discipline) => new RegExp(`^${discipline} \\S`);

/** The canvas of an opened example: its title with the badge, every block filled. */
async function assertFilledExample(page, title, L, badge) {
  await page.waitForURL(/#\/projects\/[A-Za-z0-9_-]+\/canvas$/);
  const h1 = page.getByRole('heading', { level: 1, name: `${title} ${badge}`, exact: true });
  await h1.waitFor();
  assert.ok(await h1.getByText(badge, { exact: true }).isVisible(), `${title}: the badge shows on its screen`);
  for (const b of BLOCKS) {
    const notes = notesIn(page, L.block(b));
    await eventually(async () => assert.ok((await notes.count()) >= 2, `${title}: ${b.en} has notes`));
    assert.notEqual((await notes.first().inputValue()).trim(), '', `${title}: ${b.en}'s first note has text`);
  }
}

test('from an empty home, every example opens in English, filled and marked; a second opening is a second project; delete and undo', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const choices = region(page, 'Open an example');
    await choices.waitFor();
    await assertAccessible(page, 'empty home with the examples');
    assert.equal(await page.getByRole('main').getByRole('button', { name: 'Open an example' }).count(), 0, 'listed in full while there is no project');

    for (const [i, { discipline, title }] of EXAMPLES.entries()) {
      if (i === 0) {
        await choices.getByRole('button', { name: choice(discipline) }).click();
      } else {
        await goHome(page);
        await page.getByRole('main').getByRole('button', { name: 'Open an example', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: 'Open an example' });
        await dialog.waitFor();
        if (i === 1) await assertAccessible(page, 'the examples dialog');
        await dialog.getByRole('button', { name: choice(discipline) }).click();
      }
      await assertFilledExample(page, title, EN, 'Example');
      await waitForStatus(page, `Example opened: “${title}”`);
      if (i === 0) await assertAccessible(page, 'an example’s canvas');
    }

    await goHome(page);
    assert.deepEqual((await projectTitles(page)).sort(), EXAMPLES.map((e) => e.title).sort());
    for (const { title } of EXAMPLES) {
      const card = page.getByRole('article', { name: `${title} Example`, exact: true });
      assert.ok(await card.getByText('Example', { exact: true }).isVisible(), `${title}: its card has the badge`);
    }
    await assertAccessible(page, 'home with examples');

    // Opening an example again gives a fresh copy beside the first.
    await page.getByRole('main').getByRole('button', { name: 'Open an example', exact: true }).click();
    await page.getByRole('dialog', { name: 'Open an example' }).getByRole('button', { name: choice('Music') }).click();
    await assertFilledExample(page, 'Nana Ama — Golden Hour EP (2)', EN, 'Example');
    await goHome(page);
    assert.equal((await projectTitles(page)).length, EXAMPLES.length + 1);

    // Deleted like any project, and Undo brings it back.
    const webtoon = article(page, 'Zo and the Lagoon Spirits Example');
    await webtoon.getByRole('button', { name: 'Delete', exact: true }).click();
    await eventually(async () => assert.equal(await webtoon.count(), 0, 'deleted'));
    await headerButton(page, EN.undo).click();
    await webtoon.waitFor();
    assert.equal((await projectTitles(page)).length, EXAMPLES.length + 1);
  }));

test('in French, the example opens in French with its “Exemple” badge', (t) =>
  inContext(env.browser, t, { locale: 'fr-FR' }, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    await region(page, 'Ouvrir un exemple').getByRole('button', { name: choice('Webtoon ou bande dessinée') }).click();
    await assertFilledExample(page, 'Zo et les esprits de la lagune', FR, 'Exemple');
    const first = await notesIn(page, 'Partenaires clés').first().inputValue();
    assert.match(first, /résidence/, 'its notes are in French');
    await waitForStatus(page, 'Exemple ouvert');
    await assertAccessible(page, 'a French example’s canvas');
  }));

test('the help page and the keyboard shortcuts dialog, by keyboard, in both languages', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    // Tab from the top of the page to the header's "Help" link.
    const help = banner(page).getByRole('link', { name: 'Help', exact: true });
    for (let i = 0; i < 20 && !(await help.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await assertFocused(help, 'the Help link is reached by Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/help$/);
    await page.getByRole('heading', { level: 1, name: 'Help', exact: true }).waitFor();
    const steps = await page.getByRole('main').getByRole('heading', { level: 3 }).allInnerTexts();
    assert.deepEqual(
      steps.map((s) => s.split(/\s/)[1]),
      ['Model', 'Value', 'Test', 'Launch', 'Share'],
      'the tools in the residency’s order',
    );
    for (const name of ['Where your work is kept', 'Back up and share']) {
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    }
    await page.getByText(/Nothing is sent anywhere/).waitFor();
    await assertAccessible(page, 'help page');

    // The page's own "Keyboard shortcuts", by keyboard; Esc closes it and
    // focus comes back.
    const button = page.getByRole('main').getByRole('button', { name: 'Keyboard shortcuts', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    for (const keys of ['Ctrl+Z', 'Ctrl+Shift+Z or Ctrl+Y', 'Alt+Up, Alt+Down', 'F8', 'Esc']) {
      assert.ok(await dialog.getByText(keys, { exact: true }).first().isVisible(), `${keys} is listed`);
    }
    const focusInDialog = await dialog.evaluate((d) => d.contains(document.activeElement));
    assert.ok(focusInDialog, 'focus is in the dialog');
    await assertAccessible(page, 'keyboard shortcuts dialog');
    await page.keyboard.press('Escape');
    await eventually(async () => assert.equal(await dialog.count(), 0, 'closed by Esc'));
    await assertFocused(button, 'focus is back on the button');

    // The header's button opens the same list.
    await headerButton(page, 'Keyboard shortcuts').click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await eventually(async () => assert.equal(await dialog.count(), 0));

    // In French.
    await banner(page).getByRole('combobox', { name: EN.language }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Aide', exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Où votre travail est gardé', exact: true }).waitFor();
    await headerButton(page, 'Raccourcis clavier').click();
    const fr = page.getByRole('dialog', { name: 'Raccourcis clavier' });
    assert.ok(await fr.getByText('Ctrl+Maj+Z ou Ctrl+Y', { exact: true }).isVisible());
    await assertAccessible(page, 'French shortcuts dialog');
  }));

test('an example opened once opens again with the network off (the service worker keeps its file)', (t) =>
  inContext(env.browser, t, async (context) => {
    const page = await context.newPage();
    await openApp(page, env.url);
    const controlled = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((r) => setTimeout(r, 100));
      return Boolean(navigator.serviceWorker.controller);
    });
    assert.ok(controlled, 'the service worker controls the page');
    await region(page, 'Open an example').getByRole('button', { name: choice('Music') }).click();
    await assertFilledExample(page, 'Nana Ama — Golden Hour EP', EN, 'Example');

    await context.setOffline(true);
    await goHome(page);
    await page.getByRole('main').getByRole('button', { name: 'Open an example', exact: true }).click();
    await page.getByRole('dialog', { name: 'Open an example' }).getByRole('button', { name: choice('Music') }).click();
    await assertFilledExample(page, 'Nana Ama — Golden Hour EP (2)', EN, 'Example');
    // One never fetched cannot be: it says so, and nothing is added.
    await goHome(page);
    await page.getByRole('main').getByRole('button', { name: 'Open an example', exact: true }).click();
    await page.getByRole('dialog', { name: 'Open an example' }).getByRole('button', { name: choice('Video game') }).click();
    await page.getByRole('alert').filter({ hasText: 'The example could not be opened' }).waitFor();
    assert.equal((await projectTitles(page)).length, 2);
    await context.setOffline(false);
  }));
