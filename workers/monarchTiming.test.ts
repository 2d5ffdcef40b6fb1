// Structure, progress, cancel and the agreement of the two products; never timings (machines are noisy).
import { describe, expect, it } from 'vitest';
import { matvec } from '@/lib/linalg';
import { DENSE_MATVEC_MAX_N, monarchMatrix, monarchMatvec, randomMonarch } from '@/lib/monarch';
import { createRng } from '@/lib/random';
import { checkMonarchTimingInput, type MonarchTimingPoint, type MonarchTimingResult } from './monarchTiming';
import { runTaskInline, tasks } from './tasks';

const quiet = { progress: () => {}, cancelled: () => false };
const fast = { repeats: 3, minSampleMs: 0.5 };

describe('tasks.monarchTiming(input, ctx)', () => {
  it('returns one point per order, n ascending, each product timed by the median of its samples', async () => {
    const { value } = (await runTaskInline(
      'monarchTiming',
      { ...fast, orders: [8, 4, 8, 16], seed: 1 },
      quiet,
    )) as {
      value: MonarchTimingResult;
    };
    expect(value.cancelled).toBe(false);
    expect(value.points.map((p) => [p.m, p.n])).toEqual([
      [4, 16],
      [8, 64],
      [16, 256],
    ]);
    for (const p of value.points) {
      for (const t of [p.monarch, p.dense]) {
        expect(t).not.toBeNull();
        if (!t) continue;
        expect(t.samples).toHaveLength(3);
        expect(t.batch).toBeGreaterThanOrEqual(1);
        for (const s of t.samples) expect(s > 0 && Number.isFinite(s)).toBe(true);
        expect([...t.samples].sort((a, b) => a - b)[1]).toBe(t.ms);
      }
      expect(p.speedup).toBe((p.dense?.ms as number) / p.monarch.ms);
    }
  });

  it('the two products agree: maxDiff is max |P(L(P(Rx))) − M·x| for the seeded factors, below 1e−12', async () => {
    const seed = 7;
    const { value } = await tasks.monarchTiming({ ...fast, orders: [4, 32], seed }, quiet);
    for (const p of value.points) {
      const rng = createRng(`monarch-timing-${seed}-${p.m}`);
      const { L, R } = randomMonarch(p.m, rng);
      const x = Float64Array.from({ length: p.n }, () => rng.normal());
      const fastY = monarchMatvec(L, R, x);
      const denseY = matvec(monarchMatrix(L, R), x);
      const expected = Math.max(...fastY.map((v, i) => Math.abs(v - (denseY[i] as number))));
      expect(p.maxDiff).toBe(expected);
      expect(p.maxDiff).toBeLessThan(1e-12);
    }
  });

  it('above DENSE_MATVEC_MAX_N times only the fast product (no dense matrix, maxDiff NaN)', async () => {
    expect(128 * 128).toBeGreaterThan(DENSE_MATVEC_MAX_N);
    const { value } = await tasks.monarchTiming(
      { repeats: 1, minSampleMs: 0.5, orders: [128], seed: 1 },
      quiet,
    );
    const [p] = value.points as [MonarchTimingPoint];
    expect(p.n).toBe(16384);
    expect(p.dense).toBeNull();
    expect(p.maxDiff).toBeNaN();
    expect(p.speedup).toBeNaN();
    expect(p.monarch.ms).toBeGreaterThan(0);
  });

  it('reports non-decreasing progress ending at 1, with each size’s point attached once, in order', async () => {
    const fractions: number[] = [];
    const partials: MonarchTimingPoint[] = [];
    const { value } = await tasks.monarchTiming(
      { ...fast, orders: [4, 8, 16], seed: 3 },
      {
        progress: (f, partial) => {
          fractions.push(f);
          if (partial) partials.push(partial);
        },
        cancelled: () => false,
      },
    );
    // 3 samples per product, 2 products per size, plus one report carrying each point.
    expect(fractions).toHaveLength(3 * (3 * 2 + 1));
    for (let i = 1; i < fractions.length; i++)
      expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1] as number);
    for (const f of fractions) expect(f > 0 && f <= 1).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    expect(partials).toEqual(value.points);
  });

  it('stops at the next sample once cancelled, keeping the sizes already finished', async () => {
    let points = 0;
    let after = 0;
    const { value } = await tasks.monarchTiming(
      { ...fast, orders: [4, 8, 16, 32], seed: 1 },
      {
        progress: (_f, partial) => {
          if (points > 0) after++;
          if (partial) points++;
        },
        cancelled: () => points > 0,
      },
    );
    expect(value.cancelled).toBe(true);
    expect(value.points.map((p) => p.n)).toEqual([16]);
    expect(after).toBe(0);
  });

  it('rejects orders outside the offered sizes, bad repeats, sample lengths and seeds', () => {
    const ok = { orders: [4], seed: 1 };
    expect(checkMonarchTimingInput({ ...ok, orders: [16, 4, 16] })).toEqual([4, 16]);
    expect(() => checkMonarchTimingInput({ ...ok, orders: [5] })).toThrow('one of 4, 8, 16, 32, 64, 128');
    expect(() => checkMonarchTimingInput({ ...ok, repeats: 0 })).toThrow(RangeError);
    expect(() => checkMonarchTimingInput({ ...ok, minSampleMs: Number.NaN })).toThrow('minSampleMs');
    expect(() => checkMonarchTimingInput({ ...ok, seed: 1.5 })).toThrow('seed');
  });
});
