#!/usr/bin/env node
// Precompressed copies of the static export: after the build (and after scripts/csp.mjs has rewritten the
// HTML), writes `<file>.br` and `<file>.gz` beside every text file of at least MIN_BYTES whose compressed copy
// is smaller, so that a static server (scripts/serve.mjs, or any that serves precompressed files) sends the
// smallest encoding the browser accepts without compressing on each request.
// Usage: `node scripts/compress.mjs [root]` (root defaults to OUT_DIR or out); `npm run build` runs it.
import { readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { listFiles } from './size.mjs';

/** Extensions of the files worth compressing (fonts, images and wasm are compressed already or binary). */
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.csv',
]);

/** Smaller files are sent as they are: the encoding's overhead outweighs the saving. */
export const MIN_BYTES = 1024;

/** The encodings written, with their file suffix, in the order a server prefers them. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Compress `data` with `encoding` ('br': Brotli quality 6, text mode; 'gzip': level 6). Measured on the OCR
 * model asset (1.7 MB): quality 9 and level 9 are 1–1.5% smaller at three times the time, which the build
 * (and so the test gate) would pay for every page.
 * Example: `(await compress(Buffer.from('a'.repeat(2000)), 'gzip')).length` → about 30.
 */
export function compress(data, encoding) {
  if (encoding === 'br')
    return brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    });
  if (encoding === 'gzip') return gz(data, { level: 6 });
  throw new Error(`compress: unknown encoding '${encoding}'`);
}

/**
 * Write the precompressed copies for every compressible file under `root`, replacing stale ones and
 * removing a copy that would not be smaller. Returns the totals: files, raw bytes and bytes of each encoding
 * (the raw size where a file has no copy).
 * Example: `await compressSite('out')` → `{ files: 412, raw: 14426348, br: 2710000, gzip: 3400000 }`.
 */
export async function compressSite(root) {
  const files = listFiles(root, (name) => COMPRESSIBLE.has(path.extname(name).toLowerCase())).filter(
    (f) => statSync(path.join(root, f)).size >= MIN_BYTES,
  );
  const totals = { files: files.length, raw: 0, br: 0, gzip: 0 };
  await Promise.all(
    files.map(async (file) => {
      const full = path.join(root, file);
      const data = readFileSync(full);
      totals.raw += data.length;
      for (const { name, suffix } of ENCODINGS) {
        const packed = await compress(data, name);
        if (packed.length < data.length) {
          writeFileSync(full + suffix, packed);
          totals[name] += packed.length;
        } else {
          try {
            unlinkSync(full + suffix);
          } catch {}
          totals[name] += data.length;
        }
      }
    }),
  );
  return totals;
}

async function main() {
  const root = process.argv[2] ?? process.env.OUT_DIR ?? 'out';
  const started = performance.now();
  const t = await compressSite(root);
  const kb = (n) => `${(n / 1024).toFixed(0)} kB`;
  console.log(
    `compress: ${t.files} files of ${root}/, ${kb(t.raw)} → br ${kb(t.br)}, gzip ${kb(t.gzip)} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
