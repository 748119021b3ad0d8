// Launching Debian's Chromium through playwright-core, fresh contexts, the
// app's readiness signal, and the axe-core accessibility scan.

import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Default time for one action or wait (the machine has 2 cores). */
export const TIMEOUT = Number(process.env.E2E_TIMEOUT ?? 15_000);
/** Time for the app to boot (fetch, compile and start the wasm). */
export const BOOT_TIMEOUT = Number(process.env.E2E_BOOT_TIMEOUT ?? 30_000);

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: process.env.HEADED ? false : true,
  });
}

/** A fresh, isolated browser profile: empty storage, the given language. */
export async function newContext(browser, { locale = 'en-US', ...options } = {}) {
  const context = await browser.newContext({
    locale,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  context.setDefaultTimeout(TIMEOUT);
  return context;
}

/** Waits for the app to say it is mounted: `<html data-ready="true">`. */
export async function waitForReady(page, timeout = BOOT_TIMEOUT) {
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout });
}

/**
 * The page that shows `hash`: the facilitator's screens are on
 * facilitator.html (src/ui/page.rs), everything else on index.html (`''`).
 * The creator's page hands a facilitator's address over to it too.
 */
export const pageFor = (hash) => (/^#\/(exercises|cohort)\b/.test(hash) ? 'facilitator.html' : '');

/** Opens the app at `hash` (e.g. `#/projects/abc/canvas`) and waits until ready. */
export async function openApp(page, baseUrl, hash = '#/') {
  await page.goto(`${baseUrl}/${pageFor(hash)}${hash}`);
  await waitForReady(page);
  return page;
}

export async function reloadApp(page) {
  await page.reload();
  await waitForReady(page);
}

/**
 * Runs `fn(context, log)` in a fresh context and always closes it. On
 * failure it saves a screenshot of every open page under artifacts/ and
 * appends what the browser complained about to the error. An uncaught
 * exception in the page (a wasm panic...) fails the test too, unless
 * `allowPageErrors` is set.
 */
export async function inContext(browser, t, options, fn) {
  if (typeof options === 'function') [options, fn] = [{}, options];
  const { allowPageErrors = false, ...contextOptions } = options ?? {};
  const context = await newContext(browser, contextOptions);
  const log = { pageErrors: [], consoleErrors: [] };
  const watch = (page) => {
    page.on('pageerror', (e) => log.pageErrors.push(String(e?.stack ?? e)));
    page.on('console', (m) => {
      if (m.type() === 'error') log.consoleErrors.push(m.text());
    });
  };
  context.on('page', watch);
  try {
    const result = await fn(context, log);
    if (!allowPageErrors && log.pageErrors.length) {
      throw new Error(`The page threw uncaught errors:\n${log.pageErrors.join('\n')}`);
    }
    return result;
  } catch (error) {
    await saveArtifacts(context, t?.name ?? 'test');
    const notes = [];
    if (log.pageErrors.length) notes.push(`Page errors:\n  ${log.pageErrors.join('\n  ')}`);
    if (log.consoleErrors.length) notes.push(`Console errors:\n  ${log.consoleErrors.slice(0, 20).join('\n  ')}`);
    if (notes.length && error instanceof Error) error.message += `\n\n${notes.join('\n')}`;
    throw error;
  } finally {
    await context.close().catch(() => {});
  }
}

async function saveArtifacts(context, name) {
  const slug = name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'test';
  try {
    await mkdir(ARTIFACTS, { recursive: true });
    let i = 0;
    for (const page of context.pages()) {
      i += 1;
      await page
        .screenshot({ path: path.join(ARTIFACTS, `${slug}-${i}.png`), fullPage: true, timeout: 5000 })
        .catch(() => {});
    }
  } catch {
    // Artifacts are a help, never a reason to fail differently.
  }
}

/**
 * Runs axe-core in the page with the WCAG 2.0/2.1 A and AA rules. Returns
 * the violations of impact serious or critical.
 */
export async function axeViolations(page, { include, exclude } = {}) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object').catch(() => false);
  if (!loaded) {
    try {
      await page.addScriptTag({ path: AXE_PATH });
    } catch {
      // A strict Content-Security-Policy refuses injected script tags;
      // evaluating the source through the devtools protocol is not subject to it.
    }
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
      const { readFile } = await import('node:fs/promises');
      await page.evaluate(await readFile(AXE_PATH, 'utf8'));
    }
  }
  const results = await page.evaluate(
    async ({ tags, include, exclude }) => {
      const context = include || exclude ? { include: include ?? [document], exclude: exclude ?? [] } : document;
      return window.axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
    },
    { tags: AXE_TAGS, include, exclude },
  );
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `    - ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    ... and ${v.nodes.length - 8} more` : '';
      return `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s))\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

/** Fails with a readable list when axe finds a serious or critical violation. */
export async function assertAccessible(page, label, options) {
  const violations = await axeViolations(page, options);
  if (violations.length) {
    throw new Error(`Accessibility violations on ${label}:\n\n${formatViolations(violations)}`);
  }
}
