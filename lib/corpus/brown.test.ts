import { describe, expect, it } from 'vitest';
import { bagCounts, decodeBrown, decodeBrownText } from './asset';
import {
  BROWN_FORMAT,
  brownSentences,
  brownWords,
  buildBrownAsset,
  buildBrownText,
  seededOrder,
} from './brown.mjs';

const FILES = [
  { id: 'cb01', text: "\n\tThe/at city/nn ,/, the/at CITY/nn-tl ''/'' of/in 1961/cd ./.\n" },
  { id: 'ca01', text: 'The/at jury/nn said/vbd term-end/nn ;/. the/at jury/nn' },
  { id: 'README', text: 'not/xx a/at corpus/nn file/nn' },
  ...Array.from({ length: 8 }, (_, i) => ({ id: `cr0${i + 1}`, text: `word${i}/nn the/at a/at/x` })),
];
const OPTIONS = { seed: 'test', traceTokens: 9, traceTargets: [3, 1] };

describe('brownWords', () => {
  it('lower-cases, splits at the last slash and drops punctuation', () => {
    expect(brownWords("The/at Atlanta's/np$ ,/, ``/`` 1961/cd a/b/x term-end/nn ./.")).toEqual([
      'the',
      "atlanta's",
      '1961',
      'a/b',
      'term-end',
    ]);
    expect(brownWords('  \n\t ')).toEqual([]);
  });
});

describe('seededOrder', () => {
  it('is a permutation, stable for a seed and different across seeds', () => {
    const a = seededOrder(50, 'x');
    expect([...a].sort((p, q) => p - q)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(seededOrder(50, 'x')).toEqual(a);
    expect(seededOrder(50, 'y')).not.toEqual(a);
    expect(seededOrder(0, 'x')).toEqual([]);
  });
});

describe('buildBrownAsset', () => {
  const asset = buildBrownAsset(FILES, OPTIONS);

  it('counts lower-cased words over the corpus files only, most frequent first', () => {
    expect(asset.format).toBe(BROWN_FORMAT);
    expect(asset.documents.ids).toEqual(['ca01', 'cb01', ...FILES.slice(3).map((f) => f.id)]);
    expect(asset.documents.genres).toBe('abrrrrrrrr');
    expect(asset.vocabulary[0]).toBe('the');
    expect(asset.counts[0]).toBe(2 + 2 + 8);
    const at = (w: string) => asset.counts[asset.vocabulary.indexOf(w)];
    expect([at('city'), at('jury'), at('a/at'), at('corpus')]).toEqual([2, 2, 8, undefined]);
    for (let i = 1; i < asset.counts.length; i++)
      expect(asset.counts[i - 1] as number).toBeGreaterThanOrEqual(asset.counts[i] as number);
  });

  it('splits every fifth file to test, the one before to dev, the rest shuffled to train', () => {
    expect(asset.split.test).toEqual([4, 9]);
    expect(asset.split.dev).toEqual([3, 8]);
    expect([...asset.split.train].sort((a, b) => a - b)).toEqual([0, 1, 2, 5, 6, 7]);
  });

  it('records the positions of words near the target counts in the opening stream', () => {
    // Stream: the jury said term-end the jury the city the (9 tokens).
    expect(asset.traces.tokens).toBe(9);
    const positions = (w: string) => {
      const d = asset.traces.positions[asset.traces.words.indexOf(w)] as number[];
      return d.map((_, i) => d.slice(0, i + 1).reduce((a, b) => a + b, 0));
    };
    expect(asset.traces.words.slice(0, 2)).toEqual(['the', 'jury']);
    expect(positions('the')).toEqual([0, 4, 6, 8]);
    expect(positions('jury')).toEqual([1, 5]);
    expect(asset.traces.words).not.toContain('term-end'); // only words of letters are picked
  });

  it('throws when no file is a corpus file', () => {
    expect(() => buildBrownAsset([{ id: 'README', text: 'a/b' }], OPTIONS)).toThrow(/no Brown corpus files/);
  });
});

describe('decodeBrown and bagCounts', () => {
  const json = buildBrownAsset(FILES, OPTIONS);

  it('round-trips the bags: bagCounts over all files gives the corpus counts', () => {
    const corpus = decodeBrown(json);
    const all = bagCounts(
      corpus,
      corpus.documents.map((_, i) => i),
    );
    expect(Array.from(all)).toEqual(json.counts);
    expect(corpus.documents[0]?.tokens).toBe(6);
    expect(Array.from(bagCounts(corpus, [])).every((c) => c === 0)).toBe(true);
    expect(() => bagCounts(corpus, [99])).toThrow(RangeError);
    expect(Array.from(corpus.traces.words[0]?.positions ?? [])).toEqual([0, 4, 6, 8]);
  });

  it('names the first wrong field', () => {
    const broken = (patch: (j: typeof json) => unknown) => () => decodeBrown(patch(structuredClone(json)));
    expect(broken(() => null)).toThrow(/the asset is missing/);
    expect(broken((j) => ({ ...j, format: 'x' }))).toThrow(/format "x"/);
    expect(broken((j) => ({ ...j, counts: j.counts.slice(1) }))).toThrow(/counts for/);
    expect(
      broken((j) => {
        j.documents.counts[0] = (j.documents.counts[0] ?? []).map((c) => c + 1);
        return j;
      }),
    ).toThrow(/counts sum to/);
    expect(
      broken((j) => {
        (j.documents.words[0] ?? [])[1] = 0;
        return j;
      }),
    ).toThrow(/out of order/);
    expect(broken((j) => ({ ...j, split: { ...j.split, test: [99] } }))).toThrow(
      /split.test names document 99/,
    );
    expect(broken((j) => ({ ...j, traces: { ...j.traces, tokens: 3 } }))).toThrow(/leaves the stream/);
    expect(broken((j) => ({ ...j, counts: j.counts.map(() => -1) }))).toThrow(/counts\[0\] is -1/);
  });
});

describe('the running text', () => {
  const asset = buildBrownAsset(FILES, OPTIONS);
  const corpus = decodeBrown({ ...asset, source: { stamp: 'st' } });

  it('splits a file into sentences at line breaks and drops lines without words', () => {
    expect(brownSentences('\n\n\tThe/at cat/nn ./.\n``/``\nIt/pps ran/vbd ./.\n')).toEqual([
      ['the', 'cat'],
      ['it', 'ran'],
    ]);
  });

  it('is every sentence of the corpus files as vocabulary indices, −1 between sentences', () => {
    const text = buildBrownText(FILES, asset.vocabulary, 'st');
    const decoded = decodeBrownText(text, corpus);
    // One sentence per corpus file here; the README file is not a corpus file.
    expect(decoded.sentences).toBe(10);
    const words = Array.from(decoded.stream, (i) => (i < 0 ? '|' : asset.vocabulary[i])).join(' ');
    expect(
      words.startsWith('the jury said term-end the jury | the city the city of 1961 | word0 the a/at |'),
    ).toBe(true);
    // Its word counts are the counts asset's.
    const counts = new Array(asset.vocabulary.length).fill(0);
    for (const i of decoded.stream) if (i >= 0) counts[i] += 1;
    expect(counts).toEqual(asset.counts);
  });

  it('names what is wrong with a broken file, and refuses another vocabulary', () => {
    const text = buildBrownText(FILES, asset.vocabulary, 'st');
    const broken = (patch: Partial<typeof text>) => () => decodeBrownText({ ...text, ...patch }, corpus);
    expect(broken({ format: 'x' as never })).toThrow(/format/);
    expect(broken({ stream: [0, -1, -1, 1], sentences: 3 })).toThrow(/empty sentence/);
    expect(broken({ stream: [-1, 0] })).toThrow(/stream\[0\]/);
    expect(broken({ stream: [0, 99] })).toThrow(/stream\[1\] is 99/);
    expect(broken({ sentences: 3 })).toThrow(/3 sentences declared/);
    expect(broken({ stamp: 'other' })).toThrow(/another vocabulary/);
    expect(() => buildBrownText(FILES, ['the'], 'st')).toThrow(/not in the vocabulary/);
    expect(decodeBrownText({ ...text, stream: [], sentences: 0 }).sentences).toBe(0);
  });
});
