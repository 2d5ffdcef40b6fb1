import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { type BigramCounts, bigramModel, bigramRowIndex, indexedBigramModel, type Smoothing } from './bigram';
import { POST_COUNTS } from './postExample';

const SMOOTHINGS: Smoothing[] = [
  { kind: 'mle' },
  { kind: 'add', alpha: 1 },
  { kind: 'add', alpha: 0 },
  { kind: 'add', alpha: 0.37 },
  { kind: 'add-below', alpha: 1, threshold: 10 },
  { kind: 'add-below', alpha: 2.5, threshold: 3 },
  { kind: 'add-below', alpha: 1, threshold: 0 },
  { kind: 'add-below', alpha: 1, threshold: Number.POSITIVE_INFINITY },
  { kind: 'add-below', alpha: 0, threshold: 10 },
];

/** Seeded random counts over an alphabet of V characters (one astral), some rows inconsistent (pairs > c(a)). */
function randomCounts(seed: string): { counts: BigramCounts; alphabet: string[] } {
  const rng = createRng(seed);
  const alphabet = ['电', '视', '柳', '规', '宙', '研', '发', '𠀀'];
  const unigram = new Map<string, number>();
  const bigram = new Map<string, number>();
  for (const a of alphabet.slice(0, 7)) unigram.set(a, Math.floor(rng.next() * 60));
  for (const a of alphabet) {
    for (const b of alphabet) {
      const u = rng.next();
      if (u < 0.4) bigram.set(a + b, Math.floor(rng.next() * 20));
      else if (u < 0.45) bigram.set(a + b, 0);
    }
  }
  return { counts: { unigram, bigram, vocabulary: alphabet.length + 2 }, alphabet: [...alphabet, '龘'] };
}

describe('indexedBigramModel', () => {
  it('indexedBigramModel(index, s) gives the post’s P(视|电) = 12426/145001 under MLE', () => {
    const lm = indexedBigramModel(bigramRowIndex(POST_COUNTS), { kind: 'mle' });
    expect(lm.prob('电', '视')).toBe(12426 / 145001);
    expect(lm.prob('电', '柳')).toBe(0);
  });

  it('indexedBigramModel equals bigramModel bit for bit (prob, logProb, endProb) on the post’s counts', () => {
    const index = bigramRowIndex(POST_COUNTS);
    for (const s of SMOOTHINGS) {
      const a = bigramModel(POST_COUNTS, s);
      const b = indexedBigramModel(index, s);
      for (const p of ['电', '宙', '柳', '?']) {
        expect(b.endProb(p)).toBe(a.endProb(p));
        for (const q of ['电', '宙', '柳', '视', '规']) {
          expect(b.prob(p, q)).toBe(a.prob(p, q));
          expect(b.logProb(p, q)).toBe(a.logProb(p, q));
        }
      }
    }
  });

  it('indexedBigramModel equals bigramModel on 50 seeded random count tables (astral characters, unknown rows)', () => {
    for (let trial = 0; trial < 50; trial++) {
      const { counts, alphabet } = randomCounts(`index/${trial}`);
      const index = bigramRowIndex(counts);
      for (const s of SMOOTHINGS) {
        const a = bigramModel(counts, s);
        const b = indexedBigramModel(index, s);
        const table = (m: typeof a) =>
          alphabet.flatMap((p) => [m.endProb(p), ...alphabet.map((q) => m.prob(p, q))]);
        expect(table(b)).toEqual(table(a));
      }
    }
  });

  it('indexedBigramModel rows sum to 1 with the end probability under smoothing (V classes)', () => {
    const { counts } = randomCounts('rows');
    const classes = ['电', '视', '柳', '规', '宙', '研', '发', '𠀀', 'x', 'y'];
    const lm = indexedBigramModel(bigramRowIndex(counts), { kind: 'add-below', alpha: 1.5, threshold: 7 });
    for (const p of classes) {
      const sum = classes.reduce((s, q) => s + lm.prob(p, q), 0) + lm.endProb(p);
      expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
    }
  });

  it('bigramRowIndex and indexedBigramModel throw RangeError on bad counts and bad smoothing', () => {
    expect(() => bigramRowIndex({ ...POST_COUNTS, vocabulary: 0 })).toThrow(RangeError);
    expect(() => bigramRowIndex({ unigram: new Map([['a', -1]]), bigram: new Map(), vocabulary: 2 })).toThrow(
      /unigram count of 'a'/,
    );
    expect(() =>
      bigramRowIndex({ unigram: new Map(), bigram: new Map([['ab', Number.NaN]]), vocabulary: 2 }),
    ).toThrow(/bigram count of 'ab'/);
    const index = bigramRowIndex(POST_COUNTS);
    expect(() => indexedBigramModel(index, { kind: 'add', alpha: -1 })).toThrow(RangeError);
    expect(() => indexedBigramModel(index, { kind: 'add-below', alpha: 1, threshold: Number.NaN })).toThrow(
      /threshold is NaN/,
    );
    expect(() => indexedBigramModel(index, { kind: 'zzz' } as unknown as Smoothing)).toThrow(
      /unknown smoothing/,
    );
  });
});
