import { describe, expect, it } from 'vitest';
import { csrToDense } from '../linalg/csr';
import { createRng } from '../random';
import { cooccurrence, pmiMatrix, type WindowWeighting } from '.';

/** The co-occurrence matrix by brute force: every ordered pair of positions within the window, no boundary between. */
function bruteForce(stream: number[], V: number, window: number, kind: WindowWeighting): number[][] {
  const C = Array.from({ length: V }, () => new Array<number>(V).fill(0));
  for (let s = 0; s < stream.length; s++) {
    for (let t = 0; t < stream.length; t++) {
      const d = Math.abs(s - t);
      if (d === 0 || d > window) continue;
      const lo = Math.min(s, t);
      if (stream.slice(lo, lo + d + 1).some((x) => x < 0)) continue;
      const w = kind === 'harmonic' ? 1 / d : kind === 'linear' ? (window - d + 1) / window : 1;
      const row = C[stream[s] as number] as number[];
      row[stream[t] as number] = (row[stream[t] as number] as number) + w;
    }
  }
  return C;
}

const dense = (M: ReturnType<typeof cooccurrence>) => {
  const D = csrToDense(M);
  return Array.from({ length: D.rows }, (_, i) => Array.from(D.data.slice(i * D.cols, (i + 1) * D.cols)));
};

describe('cooccurrence', () => {
  it('matches a brute-force count on a hand example and on seeded streams, for every weighting', () => {
    expect(dense(cooccurrence([0, 1, 0], 2, { window: 1 }))).toEqual([
      [0, 2],
      [2, 0],
    ]);
    const rng = createRng('cooc');
    for (const kind of ['uniform', 'linear', 'harmonic'] as const) {
      for (const window of [1, 2, 5]) {
        const stream = Array.from({ length: 60 }, () => (rng.next() < 0.1 ? -1 : Math.floor(rng.next() * 7)));
        const got = dense(cooccurrence(stream, 7, { window, weighting: kind }));
        const want = bruteForce(stream, 7, window, kind);
        for (let i = 0; i < 7; i++)
          for (let j = 0; j < 7; j++) expect(got[i]?.[j]).toBeCloseTo(want[i]?.[j] as number, 12);
      }
    }
  });

  it('never crosses a boundary, and handles empty and one-word streams', () => {
    expect(dense(cooccurrence([0, -1, 1], 2, { window: 3 }))).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(cooccurrence([], 3, { window: 2 }).values.length).toBe(0);
    expect(cooccurrence([2], 3, { window: 2 }).values.length).toBe(0);
  });

  it('rejects bad sizes and words', () => {
    expect(() => cooccurrence([0], 0, { window: 1 })).toThrow('V');
    expect(() => cooccurrence([0], 2, { window: 0 })).toThrow('window');
    expect(() => cooccurrence([0, 2], 2, { window: 1 })).toThrow('position 1');
    expect(() => cooccurrence([0.5], 2, { window: 1 })).toThrow('position 0');
  });
});

describe('pmiMatrix', () => {
  // "a b a c" with window 1: C = [[0,2,1],[2,0,0],[1,0,0]], row sums 3, 2, 1, D = 6.
  const C = cooccurrence([0, 1, 0, 2], 3, { window: 1 });

  it('computes log(P(a,b)/(P(a)P(b))) on a hand example, shifted by log k', () => {
    const P = dense(pmiMatrix(C));
    expect(P[0]?.[1]).toBeCloseTo(Math.log(2 / 6 / ((3 / 6) * (2 / 6))), 14);
    expect(P[0]?.[2]).toBeCloseTo(Math.log(1 / 6 / ((3 / 6) * (1 / 6))), 14);
    const shifted = dense(pmiMatrix(C, { shift: 5 }));
    expect(shifted[1]?.[0]).toBeCloseTo(Math.log(2 / 6 / ((2 / 6) * (3 / 6))) - Math.log(5), 14);
  });

  it('PPMI keeps only positive values; context smoothing raises rare contexts', () => {
    const rng = createRng('pmi');
    const stream = Array.from({ length: 400 }, () => Math.floor(rng.next() ** 2 * 12));
    const M = cooccurrence(stream, 12, { window: 2 });
    const pmi = pmiMatrix(M);
    const ppmi = pmiMatrix(M, { positive: true });
    expect(ppmi.values.every((v) => v > 0)).toBe(true);
    expect(ppmi.values.length).toBe(pmi.values.filter((v) => v > 0).length);
    // PMI is symmetric for a symmetric C with p = 1.
    const P = dense(pmi);
    for (let i = 0; i < 12; i++)
      for (let j = 0; j < 12; j++) expect(P[i]?.[j]).toBeCloseTo(P[j]?.[i] as number, 12);
    // Smoothing the context distribution (p < 1) lowers PMI with rare contexts less than with common ones:
    // the rarest context (largest index here) gains probability, so its PMI drops.
    const smoothed = dense(pmiMatrix(M, { contextPower: 0.75 }));
    expect((smoothed[0]?.[11] as number) < (P[0]?.[11] as number)).toBe(true);
    expect((smoothed[0]?.[0] as number) > (P[0]?.[0] as number)).toBe(true);
  });

  it('rejects bad input and maps an all-zero matrix to an empty one', () => {
    expect(() => pmiMatrix(C, { shift: 0.5 })).toThrow('shift');
    expect(() => pmiMatrix(C, { contextPower: 0 })).toThrow('power');
    expect(pmiMatrix(cooccurrence([], 2, { window: 1 })).values.length).toBe(0);
  });
});
