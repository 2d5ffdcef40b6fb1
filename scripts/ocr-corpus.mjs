#!/usr/bin/env node
/**
 * Writes public/data/ocr-model.json, the data of the OCR article (issue 6):
 * - a character bigram language model counted inside the words of jieba's dictionary (dict.txt as shipped by
 *   @node-rs/jieba, MIT), each word weighted by its frequency, over the 4000 most frequent characters, with
 *   10% of the words of ≥ 3 characters held out before counting (lib/ocr/corpus.mjs);
 * - a visual confusion set: the 8 most similar vocabulary characters of each character, by the cosine of
 *   blurred 24×24 rasterisations of their stroke outlines (hanzi-writer-data, Make Me a Hanzi's outlines
 *   derived from Arphic fonts, Arphic Public License; only character lists and similarities are shipped,
 *   no outlines) (lib/ocr/glyphs.mjs).
 * Run by `npm run build` and `npm run dev`; the output is not committed. The pure work is in lib/ocr/*.mjs
 * (tested on fixtures). The result is reused while the inputs and options are unchanged (a stamp in the file).
 *
 * Usage: node scripts/ocr-corpus.mjs [--force]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  buildCounts,
  hashString,
  OCR_MODEL_FORMAT,
  parseDictionary,
  splitHeldOut,
} from '../lib/ocr/corpus.mjs';
import { glyphFeature, nearestGlyphs } from '../lib/ocr/glyphs.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

/** Every option that shapes the asset; changing one rebuilds it. */
export const OPTIONS = {
  vocabularySize: 4000,
  minPairCount: 1,
  heldOut: { fraction: 0.1, minLength: 3, salt: 'frugal-ocr-held-out' },
  glyph: { size: 24, sigma: 1, pooling: 2, supersample: 3 },
  neighbours: 8,
  examples: 60,
};

/** Where the inputs live, with their package metadata. */
export function locateInputs() {
  const jiebaDir = path.dirname(require.resolve('@node-rs/jieba/package.json'));
  const glyphDir = path.dirname(require.resolve('hanzi-writer-data/package.json'));
  const jieba = JSON.parse(readFileSync(path.join(jiebaDir, 'package.json'), 'utf8'));
  const glyphs = JSON.parse(readFileSync(path.join(glyphDir, 'package.json'), 'utf8'));
  return { jiebaDir, glyphDir, jieba, glyphs };
}

/** Reads the dictionary and holds out words exactly as the asset build does (also used by ocr-accuracy.mjs). */
export function loadSplit(inputs = locateInputs()) {
  const text = readFileSync(path.join(inputs.jiebaDir, 'dict.txt'), 'utf8');
  const parsed = parseDictionary(text);
  return { parsed, ...splitHeldOut(parsed.entries, OPTIONS.heldOut) };
}

function build(inputs, stamp) {
  const t0 = Date.now();
  const { parsed, train, heldOut } = loadSplit(inputs);
  const glyphPath = (ch) => path.join(inputs.glyphDir, `${ch}.json`);
  const hasGlyph = new Map();
  const accept = (ch) => {
    let ok = hasGlyph.get(ch);
    if (ok === undefined) {
      ok = existsSync(glyphPath(ch));
      hasGlyph.set(ch, ok);
    }
    return ok;
  };
  const counts = buildCounts(train, {
    vocabularySize: OPTIONS.vocabularySize,
    minPairCount: OPTIONS.minPairCount,
    accept,
  });
  const chars = Array.from(counts.chars);
  const features = chars.map((ch) =>
    glyphFeature(JSON.parse(readFileSync(glyphPath(ch), 'utf8')).strokes, OPTIONS.glyph),
  );
  const neighbours = nearestGlyphs(features, OPTIONS.neighbours);
  const k = OPTIONS.neighbours;
  const index = new Array(chars.length * k).fill(-1);
  const similarity = new Array(chars.length * k).fill(0);
  neighbours.forEach((list, i) => {
    list.forEach(({ index: j, similarity: s }, r) => {
      index[i * k + r] = j;
      similarity[i * k + r] = Math.round(s * 1000);
    });
  });
  const vocabulary = new Set(chars);
  const examples = heldOut
    .filter((e) => [...e.word].length >= 4 && [...e.word].every((ch) => vocabulary.has(ch)))
    .sort((a, b) => b.freq - a.freq || (a.word < b.word ? -1 : 1))
    .slice(0, OPTIONS.examples)
    .map((e) => e.word);
  const asset = {
    format: OCR_MODEL_FORMAT,
    source: {
      stamp,
      corpus: {
        package: inputs.jieba.name,
        version: inputs.jieba.version,
        file: 'dict.txt',
        license: inputs.jieba.license,
        homepage: 'https://github.com/fxsjy/jieba',
      },
      glyphs: {
        package: inputs.glyphs.name,
        version: inputs.glyphs.version,
        license: 'Arphic Public License (ARPHICPL.TXT)',
        homepage: 'https://github.com/skishore/makemeahanzi',
      },
      options: OPTIONS,
    },
    vocabulary: counts.chars,
    unigram: counts.unigram,
    pairs: counts.pairs,
    confusions: { k, index, similarity },
    examples,
    stats: {
      ...counts.stats,
      dictionaryLines: parsed.lines,
      dictionaryWords: parsed.entries.length,
      trainWords: train.length,
      heldOutWords: heldOut.length,
      buildMs: Date.now() - t0,
    },
  };
  return asset;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const inputs = locateInputs();
  const stamp = hashString(
    JSON.stringify({
      OPTIONS,
      jieba: inputs.jieba.version,
      glyphs: inputs.glyphs.version,
      format: OCR_MODEL_FORMAT,
    }),
    readFileSync(fileURLToPath(new URL('../lib/ocr/corpus.mjs', import.meta.url)), 'utf8') +
      readFileSync(fileURLToPath(new URL('../lib/ocr/glyphs.mjs', import.meta.url)), 'utf8'),
  ).toString(16);
  const outDir = path.join(root, 'public', 'data');
  const outFile = path.join(outDir, 'ocr-model.json');
  if (!process.argv.includes('--force') && existsSync(outFile)) {
    try {
      if (JSON.parse(readFileSync(outFile, 'utf8')).source?.stamp === stamp) {
        console.log(`ocr-corpus: ${path.relative(root, outFile)} is up to date (stamp ${stamp})`);
        process.exit(0);
      }
    } catch {
      // Unreadable output: rebuild it.
    }
  }
  const asset = build(inputs, stamp);
  if (asset.stats.pairsKept < 100_000 || Array.from(asset.vocabulary).length < OPTIONS.vocabularySize) {
    console.error(
      `ocr-corpus: only ${asset.stats.pairsKept} pairs; has ${inputs.jieba.name}'s dict.txt changed?`,
    );
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  const json = JSON.stringify(asset);
  writeFileSync(outFile, json);
  const s = asset.stats;
  console.log(
    `ocr-corpus: ${s.trainWords} training words (${s.heldOutWords} held out), V = ${Array.from(asset.vocabulary).length} ` +
      `(${(100 * s.vocabularyCoverage).toFixed(2)}% of characters), ${s.pairsKept} pairs, ` +
      `${(json.length / 1024).toFixed(0)} kB, ${(gzipSync(json).length / 1024).toFixed(0)} kB gzip, ${s.buildMs} ms`,
  );
}
