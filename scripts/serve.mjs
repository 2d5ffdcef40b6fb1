#!/usr/bin/env node
// A tiny static file server for the exported site in out/, with no dependencies beyond node:*. It sends the
// precompressed copy of a file (scripts/compress.mjs) in the best coding the browser accepts.
// Usage: `npm run serve` (PORT=3000 by default; the folder is SERVE_ROOT, else OUT_DIR, else out), or
// `startServer({ root, port: 0 })` from a test.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENCODINGS } from './compress.mjs';

/** Content types by file extension; anything else is served as application/octet-stream. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Content type of a file path by its extension (case-insensitive).
 * Unknown extensions give 'application/octet-stream'.
 * Example: `contentType('a/b.woff2')` → 'font/woff2'.
 */
export function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Cache-Control for a URL pathname: hashed build assets under /_next/static/ never change, so they are
 * cached for a year as immutable; everything else must be revalidated (`no-cache`).
 * Example: `cacheControl('/_next/static/chunks/a.js')` → 'public, max-age=31536000, immutable'.
 */
export function cacheControl(pathname) {
  return pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Decode a raw request target (`/a%20b/?q=1`) into a safe absolute file path inside `root`.
 * Returns `{ ok: true, pathname, file, query }` or `{ ok: false, reason }` when the target is not
 * origin-form, is malformed percent-encoding, contains a NUL byte or a backslash, or has a `..`
 * segment (encoded or not). The decoded pathname keeps its trailing slash; `file` never leaves `root`.
 * Example: `safeResolve('/srv/out', '/about/')` → `{ ok: true, pathname: '/about/', file: '/srv/out/about', query: '' }`.
 */
export function safeResolve(root, target) {
  if (typeof target !== 'string' || !target.startsWith('/'))
    return { ok: false, reason: 'not an origin-form path' };
  const q = target.search(/[?#]/);
  const raw = q === -1 ? target : target.slice(0, q);
  const query = q === -1 || target[q] === '#' ? '' : target.slice(q).split('#')[0];
  let pathname;
  try {
    pathname = decodeURIComponent(raw);
  } catch {
    return { ok: false, reason: 'malformed percent-encoding' };
  }
  if (pathname.includes('\0')) return { ok: false, reason: 'NUL byte in path' };
  if (pathname.includes('\\')) return { ok: false, reason: 'backslash in path' };
  if (pathname.split('/').some((segment) => segment === '..')) return { ok: false, reason: 'path traversal' };
  const absRoot = path.resolve(root);
  const prefix = absRoot.endsWith(path.sep) ? absRoot : absRoot + path.sep;
  const joined = path.join(absRoot, pathname);
  const file = joined.length > prefix.length ? joined.replace(/\/+$/, '') : absRoot;
  if (file !== absRoot && !file.startsWith(prefix)) return { ok: false, reason: 'path traversal' };
  return { ok: true, pathname, file, query };
}

/**
 * The content codings an Accept-Encoding header allows, of those we keep precompressed ('br', 'gzip'), in our
 * order of preference: a coding is allowed when listed (or matched by `*`) with a q-value above 0.
 * Example: `acceptedEncodings('gzip, deflate, br;q=0.5')` → ['br', 'gzip']; `acceptedEncodings('br;q=0')` → [].
 */
export function acceptedEncodings(header) {
  const q = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    q.set(name, weight === undefined ? 1 : Number(weight));
  }
  return ENCODINGS.map((e) => e.name).filter((name) => (q.get(name) ?? q.get('*') ?? 0) > 0);
}

/**
 * The file to send for `file` given the request's Accept-Encoding: its precompressed copy (`file.br` or
 * `file.gz`, written by scripts/compress.mjs) in the first accepted coding that has one, else the file itself.
 * Example: `variant('out/index.html', 'gzip, br')` → `{ file: 'out/index.html.br', encoding: 'br' }`.
 */
export function variant(file, acceptEncoding) {
  for (const name of acceptedEncodings(acceptEncoding)) {
    const { suffix } = ENCODINGS.find((e) => e.name === name);
    if (statOrNull(file + suffix)?.isFile()) return { file: file + suffix, encoding: name };
  }
  return { file, encoding: null };
}

function statOrNull(file) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/**
 * Decide how to answer a request target against the files under `root` (reads the file system).
 * Returns one of
 *   `{ kind: 'file', file, status: 200 }`,
 *   `{ kind: 'redirect', location }` (`/x` → `/x/` when `root/x/index.html` exists, query kept),
 *   `{ kind: 'notfound', file }` (`file` is `root/404.html` or null when there is none; no directory listings),
 *   `{ kind: 'bad', reason }` (traversal, malformed target).
 * Example: `lookup('out', '/about')` → `{ kind: 'redirect', location: '/about/' }`.
 */
export function lookup(root, target) {
  const resolved = safeResolve(root, target);
  if (!resolved.ok) return { kind: 'bad', reason: resolved.reason };
  const { pathname, file, query } = resolved;
  const notFound = () => {
    const page = path.join(path.resolve(root), '404.html');
    return { kind: 'notfound', file: statOrNull(page)?.isFile() ? page : null };
  };
  const stat = statOrNull(file);
  if (pathname.endsWith('/')) {
    const index = path.join(file, 'index.html');
    return stat?.isDirectory() && statOrNull(index)?.isFile()
      ? { kind: 'file', file: index, status: 200 }
      : notFound();
  }
  if (stat?.isFile()) return { kind: 'file', file, status: 200 };
  if (stat?.isDirectory() && statOrNull(path.join(file, 'index.html'))?.isFile()) {
    // Leading slashes collapse to one so that `//host` can never become an off-site redirect.
    const encoded = target.slice(0, target.search(/[?#]|$/)).replace(/^\/+/, '/');
    return { kind: 'redirect', location: `${encoded}/${query}` };
  }
  return notFound();
}

function send(req, res, status, headers, file) {
  res.writeHead(status, { 'X-Content-Type-Options': 'nosniff', ...headers });
  if (req.method === 'HEAD' || !file) {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** The request handler for `root`, usable with `http.createServer(handler(root))`. */
export function handler(root) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method Not Allowed\n');
      return;
    }
    const result = lookup(root, req.url ?? '');
    if (result.kind === 'bad') {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Bad Request: ${result.reason}\n`);
      return;
    }
    if (result.kind === 'redirect') {
      res.writeHead(301, { Location: result.location, 'Cache-Control': 'no-cache' });
      res.end();
      return;
    }
    if (result.kind === 'notfound') {
      if (!result.file) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
        res.end('Not Found\n');
        return;
      }
      const page = variant(result.file, req.headers['accept-encoding']);
      send(
        req,
        res,
        404,
        {
          'Content-Type': CONTENT_TYPES['.html'],
          'Content-Length': statSync(page.file).size,
          'Cache-Control': 'no-cache',
          Vary: 'Accept-Encoding',
          ...(page.encoding ? { 'Content-Encoding': page.encoding } : {}),
        },
        page.file,
      );
      return;
    }
    const pathname = (req.url ?? '/').split(/[?#]/)[0];
    const sent = variant(result.file, req.headers['accept-encoding']);
    send(
      req,
      res,
      200,
      {
        'Content-Type': contentType(result.file),
        'Content-Length': statSync(sent.file).size,
        'Cache-Control': cacheControl(pathname),
        Vary: 'Accept-Encoding',
        ...(sent.encoding ? { 'Content-Encoding': sent.encoding } : {}),
      },
      sent.file,
    );
  };
}

/**
 * Start serving the static folder `root` (default 'out') on `host:port` (defaults 127.0.0.1:3000;
 * port 0 picks a free port, read it back from `server.address().port`).
 * Resolves with the listening `http.Server`; rejects when `root` is missing ("run npm run build first")
 * or the port is taken.
 * Example: `const server = await startServer({ root: 'out', port: 0 }); … server.close();`
 */
export function startServer({ root = 'out', port = 3000, host = '127.0.0.1' } = {}) {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return Promise.reject(new Error(`${root}/ does not exist: run npm run build first.`));
  }
  const server = createServer(handler(root));
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      const message =
        error.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is already in use: set PORT to another port.`
          : error.message;
      reject(new Error(message, { cause: error }));
    });
    server.listen(port, host, () => resolve(server));
  });
}

async function main() {
  const root = process.env.SERVE_ROOT ?? process.env.OUT_DIR ?? 'out';
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be an integer between 0 and 65535, got ${process.env.PORT}`);
    process.exit(1);
  }
  let server;
  try {
    server = await startServer({ root, port });
  } catch (error) {
    console.error(`serve: ${error.message}`);
    process.exit(1);
  }
  const { port: actual } = server.address();
  const relative = path.relative(process.cwd(), path.resolve(root));
  const shown = relative === '' ? '.' : relative.startsWith('..') ? path.resolve(root) : relative;
  console.log(`Frugal is serving ${shown}/ at http://127.0.0.1:${actual}`);
  const stop = (signal) => {
    console.log(`\n${signal}: stopping the server.`);
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
