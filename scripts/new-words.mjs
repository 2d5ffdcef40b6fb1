#!/usr/bin/env node
/**
 * Writes public/data/new-words.json: the first-character × second-character count matrix of the
 * two-character words in jieba's dictionary (dict.txt as shipped by @node-rs/jieba, MIT) with count ≥ 100,
 * the post's threshold (kexue.fm/archives/4208), restricted to the 1000 first and 1000 second characters
 * that form the most such words. Run by `npm run build` and `npm run dev`; the output is not committed.
 * The work is done by the pure buildWordMatrix in lib/words/buildMatrix.mjs (tested on a fixture).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildWordMatrix } from '../lib/words/buildMatrix.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

if (import.meta.url === `file://${process.argv[1]}`) {
  const pkgDir = path.dirname(require.resolve('@node-rs/jieba/package.json'));
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const text = readFileSync(path.join(pkgDir, 'dict.txt'), 'utf8');
  const asset = buildWordMatrix(
    text,
    { threshold: 100, maxRows: 1000, maxCols: 1000 },
    {
      package: pkg.name,
      version: pkg.version,
      file: 'dict.txt',
      license: pkg.license,
      homepage: 'https://github.com/fxsjy/jieba',
    },
  );
  if (asset.stats.kept < 1000) {
    console.error(
      `new-words: only ${asset.stats.kept} words kept; has ${pkg.name}'s dict.txt changed shape?`,
    );
    process.exit(1);
  }
  const outDir = path.join(root, 'public', 'data');
  mkdirSync(outDir, { recursive: true });
  const json = JSON.stringify(asset);
  writeFileSync(path.join(outDir, 'new-words.json'), json);
  const { stats } = asset;
  console.log(
    `new-words: ${Array.from(asset.rows).length}×${Array.from(asset.cols).length}, ${stats.kept} of ` +
      `${stats.aboveThreshold} words ≥ ${asset.threshold} kept (+${stats.keptBelow} below), ` +
      `${(json.length / 1024).toFixed(0)} kB, ${(gzipSync(json).length / 1024).toFixed(0)} kB gzip`,
  );
}
