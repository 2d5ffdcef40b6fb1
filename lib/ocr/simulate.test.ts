import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import type { Candidate } from '../viterbi';
import type { ConfusionSets } from './asset';
import { MAX_NOISE, simulateOcr } from './simulate';

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
  it('simulateOcr(text, noise 0) is certain: one candidate of probability 1 per position, the text itself', () => {
    const r = simulateOcr(TEXT, CONFUSIONS, { noise: 0, seed: 1 });
    expect(r.imageReading).toBe(TEXT);
    expect(r.misread).toEqual([]);
    expect(r.truthIndex.every((k) => k === 0)).toBe(true);
    expect(r.truth).toEqual(Array.from(TEXT));
    expect(r.lattice).toEqual(r.truth.map((token) => [{ token, logProb: 0 }]));
  });

  it('simulateOcr(noise 0.25) reports 1 − ε for its reading, with ε = ½(1 − u) from the position’s first draw', () => {
    // Known answer from the definition: at noise ¼ the exponent 2·noise/(1 − 2·noise) is 1, so ε = ½(1 − u)
    // with u the first number of createRng(`${seed}/${i}`); the other slots share ε.
    const r = simulateOcr(TEXT, CONFUSIONS, { noise: 0.25, seed: 3 });
    for (const i of [1, 3, 4, 9, 10, 11]) {
      const u = createRng(`3/${i}`).next();
      const column = r.lattice[i] as readonly Candidate[];
      expectClose(Math.exp(column[0]?.logProb as number), 1 - 0.5 * (1 - u), { rtol: 1e-12 });
      expectClose(
        column.slice(1).reduce((s, c) => s + Math.exp(c.logProb), 0),
        0.5 * (1 - u),
        { rtol: 1e-9 },
      );
    }
  });

  it('simulateOcr(text, noise ½) misreads only characters with confusables, keeping the truth among the candidates', () => {
    const r = simulateOcr(TEXT, CONFUSIONS, { noise: MAX_NOISE, seed: 2 });
    expect(r.misread.length).toBeGreaterThan(0);
    for (const i of r.misread) {
      expect([1, 3, 4, 9, 10, 11]).toContain(i);
      const column = r.lattice[i] as readonly Candidate[];
      // The truth is still among the candidates, below the top one, and the top keeps probability ½.
      expect(column[r.truthIndex[i] as number]?.token).toBe(r.truth[i]);
      expect(r.truthIndex[i]).toBeGreaterThan(0);
      expectClose(Math.exp(column[0]?.logProb as number), 0.5, { rtol: 1e-12 });
    }
    // Characters without confusables (研 has an empty list; 速, 像, punctuation, Latin) have one sure candidate.
    for (const i of [0, 2, 5, 6, 7, 8]) expect(r.lattice[i]).toEqual([{ token: r.truth[i], logProb: 0 }]);
  });

  it('simulateOcr(text) gives columns that are sorted, normalised distributions over truth + confusables', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = simulateOcr(TEXT, CONFUSIONS, { noise: 0.4, seed, candidates: 3 });
      r.lattice.forEach((column, i) => {
        const probs = column.map((c) => Math.exp(c.logProb));
        expectClose(
          probs.reduce((s, p) => s + p, 0),
          1,
          { rtol: 1e-12 },
        );
        for (let k = 1; k < column.length; k++)
          expect(column[k - 1]?.logProb).toBeGreaterThanOrEqual(column[k]?.logProb as number);
        // The reading keeps at least half the probability.
        expect(probs[0]).toBeGreaterThanOrEqual(0.5);
        const expected = [
          r.truth[i],
          ...(CONFUSIONS.get(r.truth[i] as string) ?? []).slice(0, 2).map((c) => c.char),
        ];
        expect(column.map((c) => c.token).sort()).toEqual(expected.sort());
        expect(r.imageReading[i]).toBe(column[0]?.token);
      });
    }
  });

  it('simulateOcr is calibrated: candidates given probability W are the truth a fraction W of the time', () => {
    // Seeded invariant over 6000 boxes: per rank, the mean W equals the share of boxes whose truth has that rank
    // (within 3 standard errors), and the top candidate is right 1 − noise of the time.
    const text = '发干'.repeat(3000);
    for (const noise of [0.1, 0.3]) {
      const r = simulateOcr(text, CONFUSIONS, { noise, seed: 'calibration' });
      const n = r.lattice.length;
      for (const rank of [0, 1]) {
        const meanW =
          r.lattice.reduce((s, c) => s + Math.exp(c[rank]?.logProb ?? Number.NEGATIVE_INFINITY), 0) / n;
        const hit = r.truthIndex.filter((k) => k === rank).length / n;
        expect(Math.abs(hit - meanW)).toBeLessThan(3 * Math.sqrt((meanW * (1 - meanW)) / n));
      }
      expect(Math.abs(r.misread.length / n - noise)).toBeLessThan(3 * Math.sqrt((noise * (1 - noise)) / n));
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
    for (const noise of [0, 0.1, 0.3, 0.4, 0.5]) {
      const { misread } = simulateOcr(long, CONFUSIONS, { noise, seed: 9 });
      expect(previous.every((i) => misread.includes(i))).toBe(true);
      // About noise·120 misreads.
      expect(Math.abs(misread.length - noise * 120)).toBeLessThan(25);
      previous = misread;
    }
  });

  it('simulateOcr(misreads) favours more similar confusables (干 → 千 0.98 more often than 于 0.93)', () => {
    const r = simulateOcr('干'.repeat(600), CONFUSIONS, { noise: 0.5, seed: 4 });
    const qian = Array.from(r.imageReading).filter((c) => c === '千').length;
    const yu = Array.from(r.imageReading).filter((c) => c === '于').length;
    // Weights exp(−0.02/0.05) : exp(−0.07/0.05) = e : 1 among about 300 misreads.
    expect(qian + yu).toBe(r.misread.length);
    expect(qian).toBeGreaterThan(2 * yu);
    expect(yu).toBeGreaterThan(0);
  });

  it('simulateOcr(bad options) throws RangeError; empty text gives an empty lattice', () => {
    expect(() => simulateOcr('发', CONFUSIONS, { noise: 0.6, seed: 1 })).toThrow(/noise/);
    expect(() => simulateOcr('发', CONFUSIONS, { noise: -0.1, seed: 1 })).toThrow(/noise/);
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
    expect(simulateOcr('发干', CONFUSIONS, { noise: 0.5, seed: 1, candidates: 1 }).misread).toEqual([]);
  });
});
