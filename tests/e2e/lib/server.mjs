// A tiny static file server for the built app, on 127.0.0.1 and a free port.
//
// It behaves like the dumbest static host (a USB stick served by any web
// server, GitHub Pages without a 404.html...): a path that is not a file is
// a 404. There is deliberately NO single-page-app fallback to index.html:
// Canevas keeps its routes in the URL hash, so it must work without one.

import http from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The app as trunk builds it: <repo>/dist, or $DIST_DIR. */
export const DEFAULT_DIST = process.env.DIST_DIR
  ? path.resolve(process.env.DIST_DIR)
  : fileURLToPath(new URL('../../../dist/', import.meta.url));

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serves `root` on 127.0.0.1. Resolves to
 * `{ url, port, root, requests, close() }`; `requests` logs every request
 * as `{ method, path, status }` so tests can check what the app asked for.
 */
export async function startServer({ root = DEFAULT_DIST, quiet = true, port: wanted = 0 } = {}) {
  root = path.resolve(root);
  const requests = [];

  const server = http.createServer(async (req, res) => {
    const log = (status) => {
      requests.push({ method: req.method, path: req.url, status });
      if (!quiet) console.log(`${req.method} ${req.url} ${status}`);
    };
    const fail = (status, text) => {
      log(status);
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405, 'Method not allowed\n');

    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      return fail(400, 'Bad request\n');
    }
    if (pathname.includes('\0')) return fail(400, 'Bad request\n');
    // A directory is served by its index.html, as every static host does.
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(root, '.' + pathname);
    if (file !== root && !file.startsWith(root + path.sep)) return fail(403, 'Forbidden\n');

    let info;
    try {
      info = await stat(file);
    } catch {
      return fail(404, 'Not found\n');
    }
    if (!info.isFile()) return fail(404, 'Not found\n');

    log(200);
    res.writeHead(200, {
      'content-type': contentType(file),
      'content-length': info.size,
      // Each test run must see the build on disk, not a cached one.
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(wanted, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    root,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// `node lib/server.mjs [dir] [port]` serves a build by hand (`./dev serve`).
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const port = Number(process.argv[3] ?? 0);
  const s = await startServer({ root: process.argv[2] ?? DEFAULT_DIST, quiet: false, port });
  console.log(`Serving ${s.root} at ${s.url}/ (Ctrl+C to stop)`);
}
