import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressSite, MIN_BYTES } from './compress.mjs';
import { acceptedEncodings, startServer } from './serve.mjs';

describe('acceptedEncodings(header)', () => {
  it('lists br before gzip when both are allowed, whatever their order or weights', () => {
    expect(acceptedEncodings('gzip, deflate, br')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('br;q=0.2, gzip;q=0.9')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('GZIP')).toEqual(['gzip']);
  });

  it('honours q=0, the * wildcard, identity only, and a missing header', () => {
    expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings('')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});

describe('compressSite(root) and the server', () => {
  const page = `<!doctype html><title>t</title>${'<p>Frugal explains, in its own words. </p>'.repeat(200)}`;
  let root: string;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'frugal-compress-'));
    mkdirSync(path.join(root, 'about'));
    writeFileSync(path.join(root, 'about', 'index.html'), page);
    writeFileSync(path.join(root, 'small.js'), 'go()');
    writeFileSync(path.join(root, 'font.woff2'), Buffer.alloc(4096, 7));
    // Random bytes do not compress: no copy is kept for them.
    writeFileSync(path.join(root, 'noise.json'), randomBytes(4096));
    server = await startServer({ root, port: 0 });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  /** GET with an explicit Accept-Encoding, returning the raw (still encoded) body and the headers. */
  const get = (pathname: string, acceptEncoding: string) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      request({ port, path: pathname, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    });

  it('writes .br and .gz copies that decode to the file, only for text files of at least MIN_BYTES', async () => {
    const totals = await compressSite(root);
    const html = path.join(root, 'about', 'index.html');
    expect(brotliDecompressSync(readFileSync(`${html}.br`)).toString()).toBe(page);
    expect(gunzipSync(readFileSync(`${html}.gz`)).toString()).toBe(page);
    expect(existsSync(path.join(root, 'small.js.br')), `small.js is under ${MIN_BYTES} bytes`).toBe(false);
    expect(existsSync(path.join(root, 'font.woff2.br')), 'fonts are compressed already').toBe(false);
    expect(existsSync(path.join(root, 'noise.json.br')), 'a copy no smaller than the file').toBe(false);
    expect(existsSync(path.join(root, 'noise.json.gz')), 'a copy no smaller than the file').toBe(false);
    expect(totals.files).toBe(2);
    expect(totals.br).toBeLessThan(totals.raw);
    expect(totals.gzip).toBeLessThan(totals.raw);
  });

  it('serves the best accepted copy with Content-Encoding and Vary, and the file itself otherwise', async () => {
    const br = await get('/about/', 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(page);

    const gz = await get('/about/', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(page);

    const plain = await get('/about/', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
  });
});
