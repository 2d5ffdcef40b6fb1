#!/usr/bin/env node
/**
 * Writes public/data/ocr-model.json, the data of the OCR article (issue 6):
 * - a character bigram language model counted inside the words of jieba's dictionary (dict.txt as shipped by
 *   @node-rs/jieba, MIT), each word weighted by its frequency, over the 4000 most frequent characters, with
 *   10% of the words of ≥ 3 characters held out before counting (lib/ocr/corpus.mjs);
 * - a visual confusion set: the 8 most similar vocabulary characters of each character, by the cosine of
 *   blurred 24×24 rasterisations of their stroke outlines (hanzi-writer-data, Make Me a Hanzi's outlines
 *   derived from Arphic fonts, Arphic Public License; only character lists and similarities are shipped,
 *   no outlines) (lib/ocr/glyphs.mjs);
 * - a set of real running sentences to measure the corrector on (not only dictionary words): the widget's
 *   sentences around the post's examples, then sentences cut from the Chinese translation of axe-core's rule
 *   messages (locales/zh_CN.json, MPL-2.0) and from Biome's Chinese README (README.zh-CN.md, MIT OR
 *   Apache-2.0), both npm packages already installed for the tests (lib/ocr/corpus.mjs extractSentences).
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
  extractSentences,
  hashString,
  markdownLines,
  OCR_MODEL_FORMAT,
  POST_SENTENCES,
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
  sentences: { minHan: 6, minHanShare: 0.5, maxChars: 200 },
};

/** The npm packages whose Chinese text gives the sentence set, and the file of each. */
const SENTENCE_SOURCES = [
  { package: 'axe-core', file: 'locales/zh_CN.json', kind: 'json' },
  { package: '@biomejs/biome', file: 'README.zh-CN.md', kind: 'markdown' },
];

/** Where the inputs live, with their package metadata. */
export function locateInputs() {
  const packageDir = (name) => path.dirname(require.resolve(`${name}/package.json`));
  const readPackage = (dir) => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const jiebaDir = packageDir('@node-rs/jieba');
  const glyphDir = packageDir('hanzi-writer-data');
  const sentenceSources = SENTENCE_SOURCES.map((s) => {
    const dir = packageDir(s.package);
    const pkg = readPackage(dir);
    return { ...s, path: path.join(dir, s.file), version: pkg.version, license: pkg.license };
  });
  return { jiebaDir, glyphDir, jieba: readPackage(jiebaDir), glyphs: readPackage(glyphDir), sentenceSources };
}

/** Every string value of a JSON document, in document order. */
function jsonStrings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) jsonStrings(v, out);
  return out;
}

/** The sentence set: POST_SENTENCES first, then each source's sentences, without repeats. */
export function loadSentences(inputs = locateInputs()) {
  const perSource = inputs.sentenceSources.map((s) => {
    const text = readFileSync(s.path, 'utf8');
    const strings = s.kind === 'json' ? jsonStrings(JSON.parse(text)) : markdownLines(text);
    return { source: s, sentences: extractSentences(strings, OPTIONS.sentences) };
  });
  const sentences = [...new Set([...POST_SENTENCES, ...perSource.flatMap((p) => p.sentences)])];
  return { sentences, perSource };
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
  const { sentences, perSource } = loadSentences(inputs);
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
      sentences: [
        { name: 'post', count: POST_SENTENCES.length, note: 'written around the post’s corrections' },
        ...perSource.map(({ source, sentences: list }) => ({
          name: source.package,
          version: source.version,
          file: source.file,
          license: source.license,
          count: list.length,
        })),
      ],
      options: OPTIONS,
    },
    vocabulary: counts.chars,
    unigram: counts.unigram,
    pairs: counts.pairs,
    confusions: { k, index, similarity },
    examples,
    sentences,
    stats: {
      ...counts.stats,
      dictionaryLines: parsed.lines,
      dictionaryWords: parsed.entries.length,
      trainWords: train.length,
      heldOutWords: heldOut.length,
      vocabularySize: chars.length,
      sentences: sentences.length,
      sentenceChars: sentences.reduce((n, line) => n + Array.from(line).length, 0),
      buildMs: Date.now() - t0,
    },
  };
  return asset;
}

/** Where the asset is written. */
export const OUT_FILE = path.join(root, 'public', 'data', 'ocr-model.json');

/**
 * Builds public/data/ocr-model.json unless it is current (its stamp matches the inputs' versions, the options
 * and the pure code), or always with `force`; returns whether it built and the stats of a new asset. Throws
 * when the dictionary yields too few pairs (a changed dict.txt). Used by the CLI below and by the unit test
 * that measures the corrector on the asset's sentences (scripts/ocr-corpus.test.ts), so `npm test` builds it
 * once.
 */
export function ensureOcrAsset({ force = false } = {}) {
  const inputs = locateInputs();
  const stamp = hashString(
    JSON.stringify({
      OPTIONS,
      jieba: inputs.jieba.version,
      glyphs: inputs.glyphs.version,
      sentences: inputs.sentenceSources.map((source) => `${source.package}@${source.version}`),
      format: OCR_MODEL_FORMAT,
    }),
    readFileSync(fileURLToPath(new URL('../lib/ocr/corpus.mjs', import.meta.url)), 'utf8') +
      readFileSync(fileURLToPath(new URL('../lib/ocr/glyphs.mjs', import.meta.url)), 'utf8'),
  ).toString(16);
  if (!force && existsSync(OUT_FILE)) {
    try {
      if (JSON.parse(readFileSync(OUT_FILE, 'utf8')).source?.stamp === stamp) return { built: false, stamp };
    } catch {
      // Unreadable output: rebuild it.
    }
  }
  const asset = build(inputs, stamp);
  if (asset.stats.pairsKept < 100_000 || Array.from(asset.vocabulary).length < OPTIONS.vocabularySize) {
    throw new Error(
      `ocr-corpus: only ${asset.stats.pairsKept} pairs; has ${inputs.jieba.name}'s dict.txt changed?`,
    );
  }
  mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  const json = JSON.stringify(asset);
  writeFileSync(OUT_FILE, json);
  return { built: true, stamp, stats: asset.stats, bytes: json.length, gzipBytes: gzipSync(json).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const r = ensureOcrAsset({ force: process.argv.includes('--force') });
    const file = path.relative(root, OUT_FILE);
    if (!r.built) console.log(`ocr-corpus: ${file} is up to date (stamp ${r.stamp})`);
    else {
      const s = r.stats;
      console.log(
        `ocr-corpus: ${s.trainWords} training words (${s.heldOutWords} held out), V = ${s.vocabularySize} ` +
          `(${(100 * s.vocabularyCoverage).toFixed(2)}% of characters), ${s.pairsKept} pairs, ` +
          `${s.sentences} sentences (${s.sentenceChars} characters), ` +
          `${(r.bytes / 1024).toFixed(0)} kB, ${(r.gzipBytes / 1024).toFixed(0)} kB gzip, ${s.buildMs} ms`,
      );
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
