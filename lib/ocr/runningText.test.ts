import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import {
  type BigramCounts,
  bigramModel,
  bigramRowIndex,
  indexedBigramModel,
  type Smoothing,
} from '../viterbi';
import { correctorModel, runningTextModel, wordStartProbs } from './runningText';

/** Counts of a word list as scripts/ocr-corpus.mjs counts them: f per character, f per pair inside a word. */
function countWords(words: readonly [string, number][]): BigramCounts {
  const unigram = new Map<string, number>();
  const bigram = new Map<string, number>();
  for (const [word, f] of words) {
    const chars = Array.from(word);
    for (const ch of chars) unigram.set(ch, (unigram.get(ch) ?? 0) + f);
    for (let i = 0; i + 1 < chars.length; i++) {
      const key = (chars[i] as string) + (chars[i + 1] as string);
      bigram.set(key, (bigram.get(key) ?? 0) + f);
    }
  }
  return { unigram, bigram, vocabulary: unigram.size };
}

// 电视 ×3, 电 ×2, 视频 ×1: c(电) = 5, c(视) = 4, c(频) = 1; 电视 3, 视频 1.
const WORDS: [string, number][] = [
  ['电视', 3],
  ['电', 2],
  ['视频', 1],
];
const COUNTS = countWords(WORDS);
const SMOOTHINGS: Smoothing[] = [
  { kind: 'mle' },
  { kind: 'add', alpha: 0.5 },
  { kind: 'add-below', alpha: 1, threshold: 2 },
];

describe('wordStartProbs', () => {
  it('wordStartProbs(counts) is the share of word starts: c(b) − Σₐ c(ab) over their total (hand-counted)', () => {
    // Starts: 电 5 − 0 = 5, 视 4 − 3 = 1, 频 1 − 1 = 0; total 6.
    const sigma = wordStartProbs(COUNTS);
    expect([...sigma.keys()]).toEqual(['电', '视', '频']);
    expectClose([...sigma.values()], [5 / 6, 1 / 6, 0], { rtol: 1e-15 });
  });

  it('wordStartProbs(edges): no counts give an empty map; pairs beyond c(b) count 0 starts', () => {
    expect(wordStartProbs({ unigram: new Map(), bigram: new Map(), vocabulary: 1 }).size).toBe(0);
    const inconsistent = {
      unigram: new Map([
        ['a', 2],
        ['b', 1],
      ]),
      bigram: new Map([['ab', 5]]),
      vocabulary: 2,
    };
    expect(wordStartProbs(inconsistent)).toEqual(
      new Map([
        ['a', 1],
        ['b', 0],
      ]),
    );
    // A character outside the BMP (two UTF-16 units) as the first of a pair: its successor is still found.
    const astral = {
      unigram: new Map([
        ['𠀀', 2],
        ['b', 2],
      ]),
      bigram: new Map([['𠀀b', 2]]),
      vocabulary: 2,
    };
    expect(wordStartProbs(astral)).toEqual(
      new Map([
        ['𠀀', 1],
        ['b', 0],
      ]),
    );
  });
});

describe('runningTextModel', () => {
  it('runningTextModel(MLE) adds endProb(a)·σ(b) to the within-word P(b | a) (hand-computed)', () => {
    const lm = runningTextModel(bigramModel(COUNTS, { kind: 'mle' }), wordStartProbs(COUNTS));
    // P(视|电) = 3/5 + (2/5)·(1/6); P(电|视) = 0 + (3/4)·(5/6); P(频|电) = 0 + (2/5)·0 = 0 (频 starts no word).
    expectClose(lm.prob('电', '视'), 3 / 5 + (2 / 5) * (1 / 6), { rtol: 1e-15 });
    expectClose(lm.prob('视', '电'), (3 / 4) * (5 / 6), { rtol: 1e-15 });
    expect(lm.prob('电', '频')).toBe(0);
    expect(lm.logProb('电', '频')).toBe(Number.NEGATIVE_INFINITY);
    expect(lm.endProb('电')).toBe(0);
  });

  it('runningTextModel rows sum to 1 over the V classes under every smoothing (seeded random word lists)', () => {
    const alphabet = Array.from('电视频图像研发速干于围');
    for (let trial = 0; trial < 20; trial++) {
      const rng = createRng(`rows/${trial}`);
      const words: [string, number][] = alphabet.map((ch) => [ch, 1 + rng.int(0, 5)]);
      for (let w = 0; w < 15; w++) {
        const len = rng.int(2, 4);
        words.push([
          Array.from({ length: len }, () => alphabet[rng.int(0, alphabet.length - 1)]).join(''),
          rng.int(1, 50),
        ]);
      }
      const counts = countWords(words);
      const sigma = wordStartProbs(counts);
      for (const smoothing of SMOOTHINGS) {
        const lm = runningTextModel(bigramModel(counts, smoothing), sigma);
        for (const a of counts.unigram.keys()) {
          const row = [...counts.unigram.keys()].reduce((s, b) => s + lm.prob(a, b), 0);
          expectClose(row, 1, { rtol: 1e-12 });
        }
      }
    }
  });

  it('runningTextModel(MLE) is the bigram of a long text of words drawn independently by frequency', () => {
    // Independent check: draw 40 000 words by frequency, join them, count character pairs across the whole
    // text, and compare c(ab)/c(a) with the model (3 standard errors of a binomial share).
    const words: [string, number][] = [
      ['电视', 3],
      ['电', 2],
      ['视频', 1],
      ['频道', 2],
      ['道', 1],
    ];
    const counts = countWords(words);
    const lm = runningTextModel(bigramModel(counts, { kind: 'mle' }), wordStartProbs(counts));
    const total = words.reduce((s, [, f]) => s + f, 0);
    const rng = createRng('chain');
    const text: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      const x = rng.next() * total;
      let k = 0;
      for (let acc = (words[0] as [string, number])[1]; acc <= x; ) {
        k += 1;
        acc += (words[k] as [string, number])[1];
      }
      text.push(...Array.from((words[k] as [string, number])[0]));
    }
    const pairs = new Map<string, number>();
    const firsts = new Map<string, number>();
    for (let i = 0; i + 1 < text.length; i++) {
      const a = text[i] as string;
      firsts.set(a, (firsts.get(a) ?? 0) + 1);
      pairs.set(a + text[i + 1], (pairs.get(a + text[i + 1]) ?? 0) + 1);
    }
    for (const a of counts.unigram.keys()) {
      const n = firsts.get(a) ?? 0;
      for (const b of counts.unigram.keys()) {
        const p = lm.prob(a, b);
        const observed = (pairs.get(a + b) ?? 0) / n;
        expect(Math.abs(observed - p)).toBeLessThanOrEqual(3 * Math.sqrt((p * (1 - p)) / n) + 1e-12);
      }
    }
  });

  it('correctorModel(rows, σ, smoothing) is runningTextModel over indexedBigramModel, bit for bit', () => {
    const rows = bigramRowIndex(COUNTS);
    const sigma = wordStartProbs(COUNTS);
    for (const smoothing of SMOOTHINGS) {
      const a = correctorModel(rows, sigma, smoothing);
      const b = runningTextModel(indexedBigramModel(rows, smoothing), sigma);
      for (const x of COUNTS.unigram.keys())
        for (const y of COUNTS.unigram.keys()) expect(a.logProb(x, y)).toBe(b.logProb(x, y));
    }
  });
});
