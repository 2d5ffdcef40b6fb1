import { describe, expect, it } from 'vitest';
import { expectClose } from '../testing';
import type { Candidate } from '../viterbi';
import type { ConfusionSets } from './asset';
import { simulateOcr } from './simulate';

const CONFUSIONS: ConfusionSets = new Map([
  [
    '发',
    [
      { char: '友', similarity: 0.93 },
      { char: '炭', similarity: 0.94 },
      { char: '皮', similarity: 0.93 },
    ],
  ],
  [
    '干',
    [
      { char: '千', similarity: 0.98 },
      { char: '于', similarity: 0.93 },
    ],
  ],
  ['图', [{ char: '围', similarity: 0.98 }]],
  ['研', []],
]);
const TEXT = '研发速干图像，OK发干图';

describe('simulateOcr', () => {
  it('simulateOcr(text, noise 0) reads every character right, with the truth on top', () => {
    const r = simulateOcr(TEXT, CONFUSIONS, { noise: 0, seed: 1 });
    expect(r.imageReading).toBe(TEXT);
    expect(r.misread).toEqual([]);
    expect(r.truthIndex.every((k) => k === 0)).toBe(true);
    expect(r.truth).toEqual(Array.from(TEXT));
  });

  it('simulateOcr(text, noise 1) misreads every character with confusables, and only those', () => {
    const r = simulateOcr(TEXT, CONFUSIONS, { noise: 1, seed: 2 });
    expect(r.misread).toEqual([1, 3, 4, 9, 10, 11]);
    for (const i of r.misread) {
      const column = r.lattice[i] as readonly Candidate[];
      // The truth is still among the candidates, below the top one.
      expect(column[r.truthIndex[i] as number]?.token).toBe(r.truth[i]);
      expect(r.truthIndex[i]).toBeGreaterThan(0);
    }
    // Characters without confusables (研 has an empty list; 速, 像, punctuation, Latin) have one sure candidate.
    for (const i of [0, 2, 5, 6, 7, 8]) expect(r.lattice[i]).toEqual([{ token: r.truth[i], logProb: 0 }]);
  });

  it('simulateOcr(text) gives columns that are sorted, normalised distributions over truth + confusables', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = simulateOcr(TEXT, CONFUSIONS, { noise: 0.5, seed, candidates: 3 });
      r.lattice.forEach((column, i) => {
        const probs = column.map((c) => Math.exp(c.logProb));
        expectClose(
          probs.reduce((s, p) => s + p, 0),
          1,
          { rtol: 1e-12 },
        );
        for (let k = 1; k < column.length; k++)
          expect(column[k - 1]?.logProb).toBeGreaterThanOrEqual(column[k]?.logProb as number);
        const expected = [
          r.truth[i],
          ...(CONFUSIONS.get(r.truth[i] as string) ?? []).slice(0, 2).map((c) => c.char),
        ];
        expect(column.map((c) => c.token).sort()).toEqual(expected.sort());
        expect(r.imageReading[i]).toBe(column[0]?.token);
      });
    }
  });

  it('simulateOcr(text, seed) is deterministic, and position i does not depend on the rest of the text', () => {
    const a = simulateOcr(TEXT, CONFUSIONS, { noise: 0.4, seed: 'x' });
    expect(simulateOcr(TEXT, CONFUSIONS, { noise: 0.4, seed: 'x' })).toEqual(a);
    const prefix = simulateOcr(TEXT.slice(0, 6), CONFUSIONS, { noise: 0.4, seed: 'x' });
    expect(prefix.lattice).toEqual(a.lattice.slice(0, 6));
    expect(simulateOcr(TEXT, CONFUSIONS, { noise: 0.4, seed: 'y' }).lattice).not.toEqual(a.lattice);
  });

  it('simulateOcr(text, noise) only adds misreads as noise grows (same seed)', () => {
    const long = '发干图'.repeat(40);
    let previous: number[] = [];
    for (const noise of [0, 0.1, 0.3, 0.6, 1]) {
      const { misread } = simulateOcr(long, CONFUSIONS, { noise, seed: 9 });
      expect(previous.every((i) => misread.includes(i))).toBe(true);
      // About noise·120 misreads.
      expect(Math.abs(misread.length - noise * 120)).toBeLessThan(25);
      previous = misread;
    }
  });

  it('simulateOcr(misreads) favours more similar confusables (干 → 千 0.98 more often than 于 0.93)', () => {
    const r = simulateOcr('干'.repeat(300), CONFUSIONS, { noise: 1, seed: 4 });
    const qian = Array.from(r.imageReading).filter((c) => c === '千').length;
    expect(qian).toBeGreaterThan(200);
    expect(qian).toBeLessThan(300);
  });

  it('simulateOcr(bad options) throws RangeError; empty text gives an empty lattice', () => {
    expect(() => simulateOcr('发', CONFUSIONS, { noise: 1.5, seed: 1 })).toThrow(/noise/);
    expect(() => simulateOcr('发', CONFUSIONS, { noise: Number.NaN, seed: 1 })).toThrow(RangeError);
    expect(() => simulateOcr('发', CONFUSIONS, { noise: 0.5, seed: 1, temperature: 0 })).toThrow(
      /temperature/,
    );
    expect(() => simulateOcr('发', CONFUSIONS, { noise: 0.5, seed: 1, candidates: 0 })).toThrow(/candidates/);
    expect(simulateOcr('', CONFUSIONS, { noise: 0.5, seed: 1 })).toEqual({
      truth: [],
      lattice: [],
      imageReading: '',
      misread: [],
      truthIndex: [],
    });
    // candidates 1: only the truth, so nothing can be misread.
    expect(simulateOcr('发干', CONFUSIONS, { noise: 1, seed: 1, candidates: 1 }).misread).toEqual([]);
  });
});
