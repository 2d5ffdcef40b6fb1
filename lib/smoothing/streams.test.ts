import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import { expectClose } from '@/lib/testing';
import { forgettingCount } from './forgetting';
import { memoryClosedForm } from './memory';
import {
  bernoulliPeakMean,
  bernoulliStream,
  burstModel,
  burstyStream,
  memoryMean,
  periodDecay,
  periodicPeak,
  periodicStream,
  streamFromPositions,
  traceSummary,
} from './streams';

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

/** The variance over the mean of the counts in consecutive windows: about 1 for independent occurrences. */
function dispersion(stream: Uint8Array, window: number): number {
  const counts: number[] = [];
  for (let s = 0; s + window <= stream.length; s += window) counts.push(sum(stream.subarray(s, s + window)));
  const m = sum(counts) / counts.length;
  return counts.reduce((a, c) => a + (c - m) ** 2, 0) / (counts.length - 1) / m;
}

describe('streams of occurrences', () => {
  it('periodicStream(length, p) puts one occurrence every p tokens from token 0', () => {
    expect(Array.from(periodicStream(7, 3))).toEqual([1, 0, 0, 1, 0, 0, 1]);
    expect(sum(periodicStream(1000, 50))).toBe(20);
    expect(periodicStream(0, 5)).toHaveLength(0);
    expect(() => periodicStream(10, 0)).toThrow(RangeError);
    expect(() => periodicStream(10, 2.5)).toThrow('integer');
  });

  it('bernoulliStream keeps the rate and has independent gaps (seeded)', () => {
    const s = bernoulliStream(200_000, 0.02, createRng('bernoulli'));
    // The count is Binomial(2·10⁵, 0.02): sd ≈ 63; allow 5 sd.
    expect(Math.abs(sum(s) - 4000)).toBeLessThan(5 * 63);
    expect(dispersion(s, 500)).toBeGreaterThan(0.7);
    expect(dispersion(s, 500)).toBeLessThan(1.3);
    expect(Array.from(bernoulliStream(5, 1, createRng(1)))).toEqual([1, 1, 1, 1, 1]);
    expect(sum(bernoulliStream(100, 0, createRng(1)))).toBe(0);
    expect(bernoulliStream(50, 0.3, createRng(7))).toEqual(bernoulliStream(50, 0.3, createRng(7)));
    expect(() => bernoulliStream(5, 1.5, createRng(1))).toThrow('[0, 1]');
  });

  it('burstModel keeps the mean rate: share × in-burst rate = rate', () => {
    const m = burstModel(0.02, { factor: 10, burstLength: 100 });
    expectClose(m, { inBurst: 0.2, share: 0.1, leave: 0.01, enter: 0.001 / 0.9 }, { rtol: 1e-12 });
    // The stationary share of the chain is enter/(enter + leave).
    for (const [rate, factor, burstLength] of [
      [0.02, 10, 100],
      [0.3, 2, 7],
      [0.5, 1.5, 1],
      [0.9, 4, 3],
    ] as const) {
      const b = burstModel(rate, { factor, burstLength });
      expect(b.share * b.inBurst).toBeCloseTo(rate, 12);
      if (b.share < 1) expect(b.enter / (b.enter + b.leave)).toBeCloseTo(b.share, 12);
      expect(b.enter).toBeLessThanOrEqual(1);
    }
    // A burst of 1 token cannot keep a share of 2/3: L is raised to π/(1 − π) = 2.
    expectClose(burstModel(0.5, { factor: 1.5, burstLength: 1 }), {
      inBurst: 0.75,
      share: 2 / 3,
      leave: 0.5,
      enter: 1,
    });
    expect(burstModel(0.1, { factor: 1, burstLength: 50 }).share).toBe(1);
    expect(() => burstModel(0.1, { factor: 0.5, burstLength: 5 })).toThrow('factor');
    expect(() => burstModel(0.1, { factor: 2, burstLength: 0 })).toThrow('burst length');
  });

  it('burstyStream keeps the rate but clusters the occurrences (seeded)', () => {
    const options = { factor: 10, burstLength: 100 };
    const s = burstyStream(400_000, 0.02, options, createRng('bursty'));
    // About 500 bursts of ~16 occurrences, each burst geometric in length: the count's sd is about 6%.
    expect(sum(s) / 8000).toBeGreaterThan(0.85);
    expect(sum(s) / 8000).toBeLessThan(1.15);
    expect(dispersion(s, 500)).toBeGreaterThan(5);
    const flat = burstyStream(200_000, 0.02, { factor: 1, burstLength: 100 }, createRng('flat'));
    expect(dispersion(flat, 500)).toBeLessThan(1.3);
    expect(burstyStream(100, 0.1, options, createRng(3))).toEqual(
      burstyStream(100, 0.1, options, createRng(3)),
    );
    expect(sum(burstyStream(1000, 0, options, createRng(3)))).toBe(0);
  });

  it('streamFromPositions marks each position below the length', () => {
    expect(Array.from(streamFromPositions([0, 3, 9], 5))).toEqual([1, 0, 0, 1, 0]);
    expect(Array.from(streamFromPositions(Uint32Array.from([2, 2]), 3))).toEqual([0, 0, 1]);
    expect(() => streamFromPositions([1.5], 3)).toThrow('position 0');
    expect(() => streamFromPositions([-1], 3)).toThrow(RangeError);
  });
});

describe('levels of the memory', () => {
  it('periodDecay and periodicPeak: βᵖ and 1/(1 − βᵖ) (0.98⁵⁰ = 0.36416968…, computed in Python)', () => {
    expect(periodDecay(0.98, 50)).toBeCloseTo(0.3641696800871173, 14);
    expect(periodicPeak(0.98, 50)).toBeCloseTo(1.5727466411746653, 12);
    expect(periodicPeak(1, 10)).toBe(Number.POSITIVE_INFINITY);
    expect(periodicPeak(0, 10)).toBe(1);
    expect(periodDecay(0, 3)).toBe(0);
    expect(periodDecay(1, 3)).toBe(1);
    // β = 1 − 10⁻¹²: 1/(1 − βᵖ) ≈ 1/(p·10⁻¹²) + 1/2, with no cancellation.
    expect(periodicPeak(1 - 1e-12, 100) / (1e10 + 0.5)).toBeCloseTo(1, 4);
    expect(() => periodicPeak(0.5, 0.5)).toThrow('period');
    expect(() => periodDecay(2, 5)).toThrow('[0, 1]');
  });

  it('memoryMean(r, β) = r/(1 − β)', () => {
    expect(memoryMean(0.02, 0.98)).toBeCloseTo(1, 12);
    expect(memoryMean(0, 1)).toBe(0);
    expect(memoryMean(0.1, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => memoryMean(-0.1, 0.5)).toThrow(RangeError);
  });

  it('bernoulliPeakMean(r, β) = 1 + βr/(1 − β) matches the mean level after an occurrence (seeded)', () => {
    expect(bernoulliPeakMean(0.02, 0.98)).toBeCloseTo(1.98, 12);
    expect(bernoulliPeakMean(0, 1)).toBe(1);
    expect(bernoulliPeakMean(0.1, 1)).toBe(Number.POSITIVE_INFINITY);
    for (const [rate, beta] of [
      [0.02, 0.98],
      [0.1, 0.9],
      [0.005, 0.999],
    ] as const) {
      const s = traceSummary(bernoulliStream(400_000, rate, createRng(`peak-${rate}`)), beta);
      // Thousands of peaks, correlated over about 1/(1 − β) tokens: a few percent.
      expect(s.meanPeak / bernoulliPeakMean(rate, beta)).toBeGreaterThan(0.95);
      expect(s.meanPeak / bernoulliPeakMean(rate, beta)).toBeLessThan(1.05);
    }
    expect(() => bernoulliPeakMean(2, 0.5)).toThrow(RangeError);
    // Scaled by N(1 − β): N(1 − β) + βF, add-γ.
    const t = traceSummary(periodicStream(1000, 10), 0.99);
    expect(t.peakIfIndependent).toBeCloseTo(bernoulliPeakMean(0.1, 0.99), 12);
    expect(t.countIfIndependent).toBeCloseTo(1000 * 0.01 + 0.99 * 100, 9);
  });

  it('traceSummary of a periodic stream: the levels after each occurrence climb to 1/(1 − βᵖ)', () => {
    const beta = 0.98;
    const p = 50;
    const s = traceSummary(periodicStream(20_000, p), beta);
    expect(s.count).toBe(400);
    expect(s.period).toBe(50);
    s.peaks.forEach((a, k) => {
      expect(a).toBeCloseTo(memoryClosedForm(periodDecay(beta, p), k + 1), 10);
    });
    expect(s.peaks[399]).toBeCloseTo(periodicPeak(beta, p), 12);
    expect(Array.from(s.positions.subarray(0, 3))).toEqual([0, 50, 100]);
    // N/F = p exactly, so F̂ = N(1 − β)·1/(1 − βᵖ).
    expect(s.normalisedCount).toBeCloseTo(20_000 * (1 - beta) * periodicPeak(beta, p), 8);
    expect(s.normalisedCount).toBeCloseTo(forgettingCount(400, 20_000, 20_000 * (1 - beta)), 10);
    // The time-average: (F/N)/(1 − β) = 1, up to the warm-up at the start.
    expect(s.meanTheory).toBeCloseTo(1, 12);
    expect(Math.abs(s.mean - 1)).toBeLessThan(0.01);
    expect(Array.from(traceSummary(periodicStream(6, 2), 0.5).peaks)).toEqual([1, 1.25, 1.3125]);
  });

  it('traceSummary: N(1 − β)·mean = Σ x_t(1 − β^{N−t}), so the mean gives back F (seeded)', () => {
    const rng = createRng('identity');
    for (const beta of [0.5, 0.9, 0.99]) {
      const x = burstyStream(3000, 0.05, { factor: 5, burstLength: 40 }, rng);
      const s = traceSummary(x, beta);
      let expected = 0;
      for (let t = 0; t < x.length; t++) if (x[t]) expected += 1 - beta ** (x.length - t);
      expect(s.countFromMean).toBeCloseTo(expected, 8);
      expect(s.count).toBe(sum(x));
      expect(s.peaks).toHaveLength(s.count);
    }
  });

  it('traceSummary edges: an empty stream gives NaN levels, F = 0 gives F̂ = N(1 − β)', () => {
    const empty = traceSummary(new Uint8Array(0), 0.9);
    expect(Number.isNaN(empty.mean) && Number.isNaN(empty.normalisedCount)).toBe(true);
    expect(Number.isNaN(empty.peakIfIndependent) && Number.isNaN(empty.countIfIndependent)).toBe(true);
    const none = traceSummary(new Uint8Array(100), 0.9);
    expect(none.count).toBe(0);
    expect(none.mean).toBe(0);
    expect(none.normalisedCount).toBeCloseTo(10, 12);
    expect(none.peaks).toHaveLength(0);
    expect(none.period).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isNaN(none.meanPeak)).toBe(true);
    expect(traceSummary([1, 0, 1], 0.5).meanPeak).toBeCloseTo(1.125, 12);
    expect(() => traceSummary([1], 1.5)).toThrow('[0, 1]');
  });
});
