import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { countsThrough, DENSE_MATVEC_MAX_N, MATVEC_TIMING_ORDERS, matvecCounts } from './index';

describe('matvecCounts', () => {
  it('matvecCounts(32) gives the post’s n = 1024: 1,048,576 against 65,536 multiply-adds, 16× (√n/2)', () => {
    expect(matvecCounts(32)).toEqual({
      m: 32,
      n: 1024,
      dense: 1048576,
      monarch: 65536,
      speedup: 16,
      denseBytes: 8388608,
      monarchBytes: 524288,
    });
  });

  it('matvecCounts(m) predicts a speed-up of √n/2 and counts 2n^1.5 for every offered order', () => {
    for (const m of MATVEC_TIMING_ORDERS) {
      const c = matvecCounts(m);
      expect(c.speedup).toBe(Math.sqrt(c.n) / 2);
      expectClose(c.monarch, 2 * c.n ** 1.5, { rtol: 1e-15 });
    }
  });

  it('the dense cap is an offered size whose matrix fits in 128 MiB, and the next one does not', () => {
    const ns = MATVEC_TIMING_ORDERS.map((m) => m * m);
    expect(ns).toContain(DENSE_MATVEC_MAX_N);
    expect(matvecCounts(Math.sqrt(DENSE_MATVEC_MAX_N)).denseBytes).toBe(128 * 2 ** 20);
    const next = ns.find((n) => n > DENSE_MATVEC_MAX_N) as number;
    expect(matvecCounts(Math.sqrt(next)).denseBytes).toBe(2 * 2 ** 30);
  });

  it('matvecCounts rejects m < 1 and non-integers', () => {
    expect(() => matvecCounts(0)).toThrow(RangeError);
    expect(() => matvecCounts(2.5)).toThrow('positive integer');
    expect(() => matvecCounts(Number.NaN)).toThrow(RangeError);
  });
});

describe('countsThrough', () => {
  const counts = [16, 32, 64].map(matvecCounts);

  it('countsThrough scales n² (dense) or 2n^1.5 (monarch) through the largest-n timing', () => {
    expect(countsThrough(counts, [{ n: 1024, ms: 1 }], 'dense')).toEqual([
      { n: 256, ms: 0.0625 },
      { n: 1024, ms: 1 },
      { n: 4096, ms: 16 },
    ]);
    expect(
      countsThrough(
        counts,
        [
          { n: 256, ms: 5 },
          { n: 1024, ms: 2 },
        ],
        'monarch',
      ),
    ).toEqual([
      { n: 256, ms: 0.25 },
      { n: 1024, ms: 2 },
      { n: 4096, ms: 16 },
    ]);
  });

  it('countsThrough reproduces exact power-law timings from any anchor (seeded)', () => {
    const rng = createRng('counts-through');
    for (let trial = 0; trial < 20; trial++) {
      const c = 1e-7 * 10 ** (4 * rng.next());
      const timings = counts.slice(0, rng.int(1, 3)).map((k) => ({ n: k.n, ms: c * k.monarch }));
      const curve = countsThrough(counts, timings, 'monarch');
      expectClose(
        curve.map((p) => p.ms),
        counts.map((k) => c * k.monarch),
        { rtol: 1e-12 },
      );
    }
  });

  it('countsThrough skips non-finite, non-positive and foreign timings, and is empty without a usable one', () => {
    expect(countsThrough(counts, [], 'dense')).toEqual([]);
    expect(
      countsThrough(
        counts,
        [
          { n: 4096, ms: Number.NaN },
          { n: 1024, ms: 0 },
          { n: 999, ms: 1 },
        ],
        'dense',
      ),
    ).toEqual([]);
    expect(
      countsThrough(
        counts,
        [
          { n: 256, ms: 1 },
          { n: 4096, ms: Number.POSITIVE_INFINITY },
        ],
        'dense',
      )[2],
    ).toEqual({ n: 4096, ms: 256 });
  });
});
