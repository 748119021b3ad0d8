// The pitch (issue 12, point 3): the project in eight slides for demo day,
// in projector view, arrow keys between them, each slide whole on a
// 1024×768 projector, in English and French, printed one per page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useApp } from './lib/suite.mjs';
import { assertAccessible, inContext, openApp, reloadApp } from './lib/browser.mjs';
import { eventually, setStorage, storageEntries, storageSnapshot } from './lib/app.mjs';

const env = useApp();
const seed = (name) => JSON.parse(readFileSync(new URL(`../../scripts/look/seeds/${name}.json`, import.meta.url), 'utf8')).projects[0];

const WORDS = {
  en: {
    seed: 'en-ananse-story-box',
    locale: 'en-GB',
    present: 'Present the pitch',
    region: 'Pitch slides',
    next: 'Next slide',
    previous: 'Previous slide',
    slide: (n) => `Slide ${n} of 8`,
    titles: ['Ananse and the Story Box', 'Who it is for', 'What we offer', 'The business model', 'What we tested and learned', 'The MVP and its feasibility', 'The launch plan', 'The ask'],
  },
  fr: {
    seed: 'fr-sentinelles-medina',
    locale: 'fr-FR',
    present: 'Présenter le pitch',
    region: 'Diapositives du pitch',
    next: 'Diapositive suivante',
    previous: 'Diapositive précédente',
    slide: (n) => `Diapositive ${n} sur 8`,
    titles: ['Les Sentinelles de la Médina', 'Pour qui', 'Ce que nous offrons', 'Le modèle économique', 'Ce que nous avons testé et appris', 'Le MVP et sa faisabilité', 'Le plan de lancement', 'Notre demande'],
  },
};

for (const [lang, L] of Object.entries(WORDS)) {
  test(`[${lang}] eight slides, arrows between them, each whole at 1024×768, printed one per page`, (t) =>
    inContext(env.browser, t, { viewport: { width: 1024, height: 768 }, locale: L.locale }, async (context) => {
      const page = await context.newPage();
      const project = seed(L.seed);
      await openApp(page, env.url);
      await setStorage(page, storageEntries([project]));
      await page.goto(`${env.url}/#/projects/${project.id}`);
      await reloadApp(page);
      const before = await storageSnapshot(page);
      await page.getByRole('link', { name: L.present, exact: true }).click();
      const deck = page.getByRole('region', { name: L.region, exact: true });
      await deck.waitFor();
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains('projector')), 'the pitch is in projector view');

      for (let n = 1; n <= 8; n++) {
        const slide = deck.getByRole('region', { name: L.slide(n), exact: true });
        await slide.waitFor();
        const heading = slide.getByRole('heading', { level: n === 1 ? 1 : 2 }).first();
        assert.equal((await heading.innerText()).trim(), L.titles[n - 1]);
        // The slide and the controls fit the screen once it is sized (by
        // measuring, after it is drawn): nothing scrolls.
        await eventually(async () => {
          const fits = await page.evaluate(() => {
            const main = document.querySelector('main');
            const s = document.querySelector('.slide:not([hidden])');
            return { main: main.scrollHeight <= main.clientHeight + 1, slide: s.scrollHeight <= s.clientHeight + 1, wide: document.scrollingElement.scrollWidth <= innerWidth };
          });
          assert.deepEqual(fits, { main: true, slide: true, wide: true }, `slide ${n} fits 1024×768`);
        }, { timeout: 3000 });
        assert.equal(await deck.locator('input, select, textarea').count(), 0, 'a slide holds no form control');
        if (n < 8) await page.keyboard.press('ArrowRight');
      }
      // The last slide stays the last; Home goes back to the first.
      await page.keyboard.press('ArrowRight');
      await deck.getByRole('region', { name: L.slide(8), exact: true }).waitFor();
      assert.ok(await deck.getByRole('button', { name: L.next, exact: true }).isDisabled());
      await page.keyboard.press('ArrowLeft');
      await deck.getByRole('region', { name: L.slide(7), exact: true }).waitFor();
      await page.keyboard.press('Home');
      await deck.getByRole('region', { name: L.slide(1), exact: true }).waitFor();
      await deck.getByRole('button', { name: L.next, exact: true }).click();
      await deck.getByRole('region', { name: L.slide(2), exact: true }).waitFor();
      await assertAccessible(page, `the pitch (${lang})`);

      // The business model slide names every block.
      await page.keyboard.press('End');
      const model = await page.locator('.slide-canvas h3').allInnerTexts();
      assert.equal(model.length, 9);

      // Printed: eight landscape pages, one slide each.
      await page.emulateMedia({ media: 'print' });
      const shown = await page.locator('.slide').evaluateAll((all) => all.filter((s) => getComputedStyle(s).display !== 'none').length);
      assert.equal(shown, 8, 'every slide prints');
      // Back to the browser's own choice: print, for the PDF.
      await page.emulateMedia({ media: null });
      const dir = mkdtempSync(path.join(tmpdir(), 'canevas-pitch-'));
      t.after(() => rmSync(dir, { recursive: true, force: true }));
      const file = path.join(dir, 'pitch.pdf');
      await page.pdf({ path: file, preferCSSPageSize: true });
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
      assert.equal(pages, 8, 'one slide a page');
      assert.match(execFileSync('pdfinfo', [file], { encoding: 'utf8' }), /Page size:\s+841\.\d+ x 59[45]/, 'A4 landscape');
      for (let n = 1; n <= 8; n++) {
        const words = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
        assert.ok(words.replace(/\s+/g, ' ').includes(L.titles[n - 1]), `page ${n} is the slide "${L.titles[n - 1]}"`);
      }
      assert.deepEqual(await storageSnapshot(page), before, 'presenting changes nothing stored');
    }));
}
