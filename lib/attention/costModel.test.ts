import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import {
  RACE_METHODS,
  type RaceTiming,
  raceBytes,
  raceCost,
  raceExponents,
  raceK,
  raceLooksDisturbed,
  theoryThrough,
} from './costModel';
import { expectedNnz } from './counts';
import { attentionMemory } from './memory';

const SIZES = [64, 128, 256, 512, 1024, 2048];

describe('raceK', () => {
  it('raceK(n) is round(√n), at least 1', () => {
    expect([1, 2, 3, 64, 128, 2048, 4096].map(raceK)).toEqual([1, 1, 2, 8, 11, 45, 64]);
    expect(raceK(0)).toBe(1);
  });
});

describe('raceBytes', () => {
  it('raceBytes is attentionMemory of the raced kernel: 17n² with the mask, 16n² without, O(n + nnz) sparse', () => {
    expect(raceBytes('dense', 10, 27, 3)).toBe(1700);
    expect(raceBytes('unmasked', 10, 27, 3)).toBe(1600);
    expect(raceBytes('sparse', 10, 27, 3)).toBe(8 * 3 + 4 * 11 + 4 * 27);
    expect(raceBytes('sparse', 4096, 774208, 190)).toBe(
      attentionMemory('sparse', 4096, 774208, { longestRow: 190 }).total,
    );
  });
});

describe('raceCost', () => {
  it("raceCost('sparse', n) gives the table of the cost race: k, nnz, n²/nnz and both kernels' bytes", () => {
    // Reference values: the closed-form counts (counts.ts) and the widget's table before any run.
    const c64 = raceCost('sparse', 64);
    expect(c64).toMatchObject({ n: 64, k: 8, nnz: 1352, denseBytes: 17 * 64 * 64 });
    expectClose(c64.speedup, 4096 / 1352, { rtol: 1e-15 });
    // The longest row of the k = 8 band with every 8th key: 17 local keys and 5 atrous keys outside the band.
    expect(c64.sparseBytes).toBe(8 * 22 + 4 * 65 + 4 * 1352);
    const c2048 = raceCost('sparse', 2048);
    expect([c2048.k, c2048.nnz]).toEqual([45, 271462]);
    expect(c2048.speedup.toFixed(1)).toBe('15.5');
    // The post's n = 16, k = 4 example: 148 pairs.
    expect(raceCost('sparse', 16, { k: 4 }).nnz).toBe(148);
  });

  it('raceCost agrees with expectedNnz for every raced pattern, causal or not, and sparse always stores less', () => {
    for (const kind of ['local', 'atrous', 'sparse', 'strided', 'fixed'] as const) {
      for (const causal of [false, true]) {
        for (const n of SIZES) {
          const c = raceCost(kind, n, { causal });
          expect(c.nnz).toBe(expectedNnz(kind, n, { k: raceK(n), causal }));
          expect(c.sparseBytes).toBeLessThan(c.denseBytes);
          expect(c.speedup).toBeGreaterThanOrEqual(1);
        }
      }
    }
  });

  it('raceCost at n = 1 is one pair and throws RangeError on a bad size', () => {
    expect(raceCost('local', 1)).toMatchObject({ n: 1, k: 1, nnz: 1, speedup: 1, denseBytes: 17 });
    expect(() => raceCost('sparse', -1)).toThrow(RangeError);
    expect(() => raceCost('atrous', 8, { k: 0 })).toThrow(RangeError);
  });
});

/** Exact power-law timings c·count(n) for every kernel (n² dense, nnz sparse). */
function lawTimings(sizes: readonly number[], scale: Record<string, number>): RaceTiming[] {
  return sizes.flatMap((n) =>
    RACE_METHODS.map((method) => {
      const count = method === 'sparse' ? raceCost('sparse', n).nnz : n * n;
      return { n, method, ms: scale[method] * count };
    }),
  );
}

describe('theoryThrough', () => {
  const costs = SIZES.map((n) => raceCost('sparse', n));

  it('theoryThrough scales n² (dense) or nnz (sparse) through the first timing', () => {
    const dense = theoryThrough(costs, [{ n: 64, method: 'dense', ms: 1 }], 'dense');
    expect(dense.map((p) => p.ms)).toEqual([1, 4, 16, 64, 256, 1024]);
    const sparse = theoryThrough(costs, [{ n: 64, method: 'sparse', ms: 2 }], 'sparse');
    expectClose(
      sparse.map((p) => p.ms),
      costs.map((c) => (2 * c.nnz) / 1352),
      { rtol: 1e-14 },
    );
  });

  it('theoryThrough passes through the smallest-n timing and equals exact power-law timings (seeded)', () => {
    const rng = createRng('theory-through');
    for (let t = 0; t < 20; t++) {
      const scale = {
        dense: 10 ** (-6 + 3 * rng.next()),
        unmasked: 1e-5,
        sparse: 10 ** (-6 + 3 * rng.next()),
      };
      const timings = rng.shuffle(lawTimings(SIZES, scale));
      for (const method of ['dense', 'sparse'] as const) {
        const curve = theoryThrough(costs, timings, method);
        const measured = SIZES.map((n) => timings.find((p) => p.n === n && p.method === method)?.ms ?? 0);
        expectClose(
          curve.map((p) => p.ms),
          measured,
          { rtol: 1e-12 },
        );
      }
    }
  });

  it('theoryThrough is empty without a usable timing of that kernel', () => {
    expect(theoryThrough(costs, [], 'dense')).toEqual([]);
    expect(theoryThrough(costs, [{ n: 64, method: 'sparse', ms: 1 }], 'dense')).toEqual([]);
    expect(theoryThrough(costs, [{ n: 64, method: 'dense', ms: 0 }], 'dense')).toEqual([]);
    expect(theoryThrough(costs, [{ n: 64, method: 'dense', ms: Number.NaN }], 'dense')).toEqual([]);
    expect(theoryThrough(costs, [{ n: 4096, method: 'dense', ms: 1 }], 'dense')).toEqual([]);
  });
});

describe('raceExponents', () => {
  const costs = SIZES.map((n) => raceCost('sparse', n));

  it('raceExponents recovers 2 for the dense kernels and nnz’s exponent for the sparse one', () => {
    const e = raceExponents(lawTimings(SIZES, { dense: 1e-5, unmasked: 2e-5, sparse: 3e-4 }), costs);
    expectClose(e.dense, 2, { rtol: 1e-12 });
    expectClose(e.unmasked, 2, { rtol: 1e-12 });
    expectClose(e.sparse, e.nnz, { rtol: 1e-12 });
    // nnz of the √n-window sparse pattern grows as about n^1.5 over n = 512 … 2048.
    expect(e.nnz).toBeGreaterThan(1.4);
    expect(e.nnz).toBeLessThan(1.6);
  });

  it('raceExponents fits only the largest three sizes, whatever order the timings arrive in', () => {
    // Per-call overhead at small n: a flat curve there does not change the fit over 512 … 2048.
    const timings = lawTimings(SIZES, { dense: 1e-5, unmasked: 1e-5, sparse: 1e-4 }).map((p) =>
      p.n < 512 ? { ...p, ms: 5 } : p,
    );
    const e = raceExponents(createRng('order').shuffle(timings), costs);
    expectClose(e.dense, 2, { rtol: 1e-12 });
    // Fitting every size instead would take the flat start in and bend the exponent away from 2.
    expect(Math.abs(raceExponents(timings, costs, SIZES.length).dense - 2)).toBeGreaterThan(0.1);
  });

  it('raceExponents is NaN for a kernel with fewer than two timings', () => {
    const e = raceExponents([{ n: 64, method: 'dense', ms: 1 }], costs);
    expect(e.dense).toBeNaN();
    expect(e.sparse).toBeNaN();
    expect(raceExponents([], []).nnz).toBeNaN();
  });
});

describe('raceLooksDisturbed', () => {
  const quiet = { dense: 2.02, unmasked: 1.98, sparse: 1.5, nnz: 1.45 };

  it('raceLooksDisturbed is false for exponents near the model and true when one strays, from n = 1024 on', () => {
    expect(raceLooksDisturbed(quiet, 2048)).toBe(false);
    expect(raceLooksDisturbed({ ...quiet, dense: 1.2 }, 2048)).toBe(true);
    expect(raceLooksDisturbed({ ...quiet, unmasked: 2.5 }, 1024)).toBe(true);
    expect(raceLooksDisturbed({ ...quiet, sparse: 1.85 }, 1024)).toBe(true);
    expect(raceLooksDisturbed({ ...quiet, dense: Number.NaN }, 1024)).toBe(true);
  });

  it('raceLooksDisturbed is false below n = 1024, where fixed costs still bend the curves', () => {
    expect(raceLooksDisturbed({ ...quiet, dense: 1.2 }, 512)).toBe(false);
    expect(raceLooksDisturbed({ ...quiet, dense: 1.2 }, Number.NaN)).toBe(false);
  });
});
