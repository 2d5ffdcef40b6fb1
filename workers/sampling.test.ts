import { afterEach, describe, expect, it, vi } from 'vitest';
import { timeBatched } from './sampling';

afterEach(() => {
  vi.restoreAllMocks();
});

const busy = () => {
  let s = 0;
  for (let i = 0; i < 200; i++) s += Math.sqrt(i);
  return s;
};

describe('timeBatched(call, options, hooks)', () => {
  it('keeps `repeats` samples, reports each as it is kept, and gives their median per call', async () => {
    const kept: number[] = [];
    const t = await timeBatched(
      busy,
      { repeats: 3, minSampleMs: 1 },
      { cancelled: () => false, sampled: (r) => kept.push(r) },
    );
    expect(kept).toEqual([1, 2, 3]);
    expect(t?.samples).toHaveLength(3);
    expect([...(t?.samples ?? [])].sort((a, b) => a - b)[1]).toBe(t?.ms);
    expect(t?.batch).toBeGreaterThan(1);
  });

  it('gives positive samples on a clock as coarse as a browser’s (100 µs), even after a slow calibration', async () => {
    const real = performance.now.bind(performance);
    let first = true;
    vi.spyOn(performance, 'now').mockImplementation(() => {
      // The first reading jumps 20 ms, as a GC pause would: calibration then keeps batch 1.
      const extra = first ? 0 : 20;
      first = false;
      return Math.floor((real() + extra) / 0.1) * 0.1;
    });
    const t = await timeBatched(
      busy,
      { repeats: 3, minSampleMs: 2 },
      { cancelled: () => false, sampled: () => {} },
    );
    for (const s of t?.samples ?? []) expect(s * (t?.batch ?? 0)).toBeGreaterThanOrEqual(0.5); // ≥ minSampleMs / 4
    expect(t?.ms).toBeGreaterThan(0);
  });

  it('returns null at the next sample once cancelled', async () => {
    let samples = 0;
    const t = await timeBatched(
      busy,
      { repeats: 5, minSampleMs: 0.5 },
      { cancelled: () => samples >= 2, sampled: () => samples++ },
    );
    expect(t).toBeNull();
    expect(samples).toBe(2);
  });
});
