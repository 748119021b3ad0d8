// `node scripts/look/sample-dossier.mjs [en|fr] [out.pdf]`: prints the
// example project's dossier (A4 portrait, as "Save as PDF" does) into
// docs/sample-dossier.pdf, from the built dist/ (issue 12).

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../tests/e2e/lib/server.mjs';
import { launchBrowser } from '../../tests/e2e/lib/browser.mjs';
import { LANGS, seed } from './look.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const lang = process.argv[2] ?? 'en';
const out = path.resolve(process.argv[3] ?? path.join(ROOT, 'docs', 'sample-dossier.pdf'));
const server = await startServer();
const browser = await launchBrowser();
try {
  const { context, page, L } = await seed(browser, server.url, lang);
  await page.goto(`${server.url}/#/projects/${LANGS[lang].id}/dossier`);
  await page.locator('.dossier .bmc').waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
  console.log(`[sample-dossier] ${L.title}: ${path.relative(ROOT, out)}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
