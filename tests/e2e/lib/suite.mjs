// Each test file serves the built app and launches one browser for its
// tests; each test then works in its own fresh browser context.

import { before, after } from 'node:test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startServer, DEFAULT_DIST } from './server.mjs';
import { launchBrowser } from './browser.mjs';

/** Registers before/after hooks; the returned object is filled in by `before`. */
export function useApp() {
  const env = { server: null, browser: null, url: null };
  before(async () => {
    if (!existsSync(path.join(DEFAULT_DIST, 'index.html'))) {
      throw new Error(`${path.join(DEFAULT_DIST, 'index.html')} not found: build the app first (trunk build --release), or set DIST_DIR.`);
    }
    env.server = await startServer();
    env.url = env.server.url;
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close().catch(() => {});
    await env.server?.close();
  });
  return env;
}
