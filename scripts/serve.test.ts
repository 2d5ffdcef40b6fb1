import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControl, contentType, lookup, safeResolve, startServer } from './serve.mjs';

/** A small out/-like folder: pages, a directory without index, assets and a 404 page. */
function makeSite(with404 = true): string {
  const root = mkdtempSync(path.join(tmpdir(), 'frugal-serve-'));
  const files: Record<string, string> = {
    'index.html': '<h1>home</h1>',
    'about/index.html': '<h1>about</h1>',
    'articles/a b/index.html': '<h1>spaced</h1>',
    'assets/readme.txt': 'no index here',
    '_next/static/chunks/app.js': 'console.log(1)',
    'oembed/w.json': '{"type":"rich"}',
    'sitemap.xml': '<urlset/>',
    'favicon.ico': 'ico',
    'site.webmanifest': '{}',
    'font.woff2': 'w2',
  };
  if (with404) files['404.html'] = '<h1>not found</h1>';
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), body);
  }
  return root;
}

describe('safeResolve(root, target)', () => {
  const root = '/srv/out';

  it('safeResolve maps / and /about/ inside the root and keeps the trailing slash in pathname', () => {
    expect(safeResolve(root, '/')).toEqual({ ok: true, pathname: '/', file: '/srv/out', query: '' });
    expect(safeResolve(root, '/about/')).toEqual({
      ok: true,
      pathname: '/about/',
      file: '/srv/out/about',
      query: '',
    });
  });

  it('safeResolve decodes percent-encoding and splits off the query and fragment', () => {
    expect(safeResolve(root, '/articles/a%20b/?x=1&y=2#h')).toEqual({
      ok: true,
      pathname: '/articles/a b/',
      file: '/srv/out/articles/a b',
      query: '?x=1&y=2',
    });
    expect(safeResolve(root, '/a#frag?not-a-query')).toMatchObject({ ok: true, pathname: '/a', query: '' });
  });

  it.each([
    ['/../etc/passwd', 'path traversal'],
    ['/%2e%2e/etc/passwd', 'path traversal'],
    ['/%2E%2E%2Fetc%2Fpasswd', 'path traversal'],
    ['/about/..%2f..%2f..%2fetc/passwd', 'path traversal'],
    ['/a/../../b', 'path traversal'],
    ['/a%00.html', 'NUL byte in path'],
    ['/..%5c..%5cwindows', 'backslash in path'],
    ['/%E0%A4%A', 'malformed percent-encoding'],
    ['http://evil.example/', 'not an origin-form path'],
    ['', 'not an origin-form path'],
  ])('safeResolve rejects %s (%s)', (target, reason) => {
    expect(safeResolve(root, target)).toEqual({ ok: false, reason });
  });

  it('safeResolve never returns a file outside the root for seeded random targets', () => {
    // A seeded LCG over an alphabet rich in separators, dots and escapes.
    const alphabet = ['/', '.', '..', '%2e', '%2f', '%5c', 'a', 'b', '%', '%00', '?', '#', '~', ' '];
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    let accepted = 0;
    for (let i = 0; i < 5000; i += 1) {
      const length = 1 + (next() % 10);
      const target = `/${Array.from({ length }, () => alphabet[next() % alphabet.length]).join('')}`;
      const result = safeResolve(root, target);
      if (result.ok) {
        accepted += 1;
        expect(result.file === root || result.file.startsWith(`${root}/`), target).toBe(true);
        expect(result.file.split('/')).not.toContain('..');
      }
    }
    expect(accepted).toBeGreaterThan(100);
  });
});

describe('contentType(file) and cacheControl(pathname)', () => {
  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['favicon.ico', 'image/x-icon'],
    ['KaTeX_Main.WOFF2', 'font/woff2'],
    ['sitemap.xml', 'application/xml; charset=utf-8'],
    ['index.txt', 'text/plain; charset=utf-8'],
    ['site.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['Makefile', 'application/octet-stream'],
  ])('contentType(%s) is %s', (file, type) => {
    expect(contentType(file)).toBe(type);
  });

  it('cacheControl makes /_next/static/ immutable for a year and revalidates everything else', () => {
    expect(cacheControl('/_next/static/chunks/a.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/_next/data/x.json')).toBe('no-cache');
    expect(cacheControl('/')).toBe('no-cache');
    expect(cacheControl('/embed.js')).toBe('no-cache');
  });
});

describe('lookup(root, target)', () => {
  let root: string;
  beforeAll(() => {
    root = makeSite();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lookup serves index.html for a directory path with a trailing slash', () => {
    expect(lookup(root, '/')).toEqual({ kind: 'file', file: path.join(root, 'index.html'), status: 200 });
    expect(lookup(root, '/about/?q=1')).toEqual({
      kind: 'file',
      file: path.join(root, 'about/index.html'),
      status: 200,
    });
    expect(lookup(root, '/articles/a%20b/')).toMatchObject({
      file: path.join(root, 'articles/a b/index.html'),
    });
  });

  it('lookup redirects /x to /x/ when x/index.html exists, keeping the query and encoding', () => {
    expect(lookup(root, '/about')).toEqual({ kind: 'redirect', location: '/about/' });
    expect(lookup(root, '/about?theme=dark')).toEqual({ kind: 'redirect', location: '/about/?theme=dark' });
    expect(lookup(root, '/articles/a%20b')).toEqual({ kind: 'redirect', location: '/articles/a%20b/' });
    expect(lookup(root, '//about')).toEqual({ kind: 'redirect', location: '/about/' });
  });

  it('lookup answers 404.html for missing files and for directories without index.html (no listing)', () => {
    const notFound = { kind: 'notfound', file: path.join(root, '404.html') };
    expect(lookup(root, '/missing/')).toEqual(notFound);
    expect(lookup(root, '/missing')).toEqual(notFound);
    expect(lookup(root, '/assets/')).toEqual(notFound);
    expect(lookup(root, '/assets')).toEqual(notFound);
    expect(lookup(root, '/favicon.ico/')).toEqual(notFound);
  });

  it('lookup gives a null 404 file when the site has no 404.html', () => {
    const bare = makeSite(false);
    try {
      expect(lookup(bare, '/nope')).toEqual({ kind: 'notfound', file: null });
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('lookup reports traversal as a bad request', () => {
    expect(lookup(root, '/%2e%2e/%2e%2e/etc/passwd')).toEqual({ kind: 'bad', reason: 'path traversal' });
  });
});

describe('startServer({ root, port: 0 })', () => {
  let root: string;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    root = makeSite();
    server = await startServer({ root, port: 0 });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  it('startServer serves pages with status 200, their content type and no-cache', async () => {
    const response = await fetch(`${base}/about/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<h1>about</h1>');
  });

  it('startServer marks /_next/static/ files immutable and serves JSON, XML and woff2 with their types', async () => {
    const chunk = await fetch(`${base}/_next/static/chunks/app.js`);
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(chunk.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${base}/oembed/w.json`)).headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    );
    expect((await fetch(`${base}/sitemap.xml`)).headers.get('content-type')).toBe(
      'application/xml; charset=utf-8',
    );
    expect((await fetch(`${base}/font.woff2`)).headers.get('content-type')).toBe('font/woff2');
  });

  it('startServer redirects /about to /about/ with 301', async () => {
    const response = await fetch(`${base}/about?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/about/?x=1');
  });

  it('startServer answers missing paths with 404.html and status 404', async () => {
    const response = await fetch(`${base}/nope/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>not found</h1>');
    expect((await fetch(`${base}/assets/`)).status).toBe(404);
  });

  it('startServer rejects encoded traversal with 400 and other methods with 405', async () => {
    // fetch() normalises dot segments, so send the raw target over a socket-level request.
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${base}/`, { path: '/%2e%2e/%2e%2e/etc/passwd' }, (res) =>
        resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(400);
    const post = await fetch(`${base}/`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('startServer answers HEAD with headers and an empty body', async () => {
    const response = await fetch(`${base}/`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String('<h1>home</h1>'.length));
    expect(await response.text()).toBe('');
  });

  it('startServer rejects with "run npm run build first" when the folder is missing', async () => {
    await expect(startServer({ root: path.join(root, 'no-such-dir'), port: 0 })).rejects.toThrow(
      /does not exist: run npm run build first/,
    );
  });

  it('startServer rejects with a clear message when the port is taken', async () => {
    const port = (server.address() as AddressInfo).port;
    await expect(startServer({ root, port })).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
  });
});
