// `./dev look` works: for one screen, in one language, it imports the
// example projects, writes a real PNG of each size asked (the whole page on
// a phone; the viewport with projector view on), prints to A4 PNG pages,
// and measures the page, while the seeded project is on screen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useApp } from './lib/suite.mjs';
import { LANGS, look, pngSize, report } from '../../scripts/look/look.mjs';

const env = useApp();

test('look: the canvas on a phone and a 1024×768 projector, and its printout, with the seeded project on screen', async () => {
  const out = await mkdtemp(path.join(tmpdir(), 'canevas-look-'));
  try {
    const seen = [];
    const result = await look(env.browser, env.url, {
      langs: ['en'],
      screens: ['canvas'],
      sizes: ['phone', 'projector-1024'],
      out,
      onShot: async (page, shot) => {
        // On the wall, the project's title is in the thin bar.
        const title = shot.size.startsWith('projector')
          ? page.getByRole('banner').getByText(LANGS.en.title, { exact: true })
          : page.getByRole('heading', { level: 1, name: LANGS.en.title, exact: true });
        const revenue = page.getByRole('region', { name: 'Revenue Streams', exact: true });
        seen.push({ size: shot.size, title: await title.isVisible(), note: await revenue.getByText('School licences per term', { exact: false }).count() });
      },
    });
    assert.deepEqual(result.failures, []);
    assert.deepEqual(seen, [
      { size: 'phone', title: true, note: 1 },
      { size: 'projector-1024', title: true, note: 1 },
    ]);

    const [phone, projector] = result.shots;
    assert.equal(path.relative(out, phone.file), path.join('en', '03-canvas-phone-390x844.png'));
    const phoneSize = pngSize(await readFile(phone.file));
    assert.ok(phoneSize, 'the phone picture is a PNG');
    assert.ok(phoneSize.width >= 390 && phoneSize.height > 844, `the whole page, taller than one phone screen (${JSON.stringify(phoneSize)})`);
    assert.ok(phone.facts.screens > 1, 'the height is measured in screens');
    assert.deepEqual(pngSize(await readFile(projector.file)), { width: 1024, height: 768 }, 'what the room sees');

    const [printed] = result.prints;
    assert.ok(printed.pages.length >= 1, 'at least one printed page');
    const first = pngSize(await readFile(printed.pages[0].file));
    assert.ok(first && first.width > first.height, `an A4 landscape page as a PNG (${JSON.stringify(first)})`);
    assert.ok(printed.pages[0].chars > 100, 'the printout has the canvas text');

    const text = report(result);
    assert.match(text, /en canvas {2}#\/projects\/ananse-story-box\/canvas/);
    assert.match(text, /print: \d+ A4 pages/);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
