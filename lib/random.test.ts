import { describe, expect, it } from 'vitest';
import { createRng } from './random';

function draws(seed: number | string, count: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng.next());
}

function meanVar(xs: ArrayLike<number>): { mean: number; variance: number } {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] as number;
  const mean = s / xs.length;
  let v = 0;
  for (let i = 0; i < xs.length; i++) v += ((xs[i] as number) - mean) ** 2;
  return { mean, variance: v / (xs.length - 1) };
}

describe('createRng', () => {
  it('createRng(seed) gives the same stream for the same seed', () => {
    expect(draws(42, 1000)).toEqual(draws(42, 1000));
    expect(draws('sparse attention', 1000)).toEqual(draws('sparse attention', 1000));
  });

  it('createRng(seed) reproduces pinned outputs (regression: changing the generator changes every widget)', () => {
    // Values recorded from this implementation on first commit; they must never change.
    const a = createRng(42);
    expect(Array.from({ length: 5 }, () => a.uint32())).toEqual([
      890322987, 2796912455, 4258306155, 1242540590, 1782340533,
    ]);
    const b = createRng('frugal');
    expect(Array.from({ length: 5 }, () => b.uint32())).toEqual([
      3116604340, 301282371, 2291541781, 1720380531, 1368361023,
    ]);
    expect(draws(0, 3)).toEqual([0.3874804873485118, 0.810084972763434, 0.7064054848160595]);
  });

  it('createRng(string) equals the textbook cyrb128 → sfc32 construction with 15 discarded outputs', () => {
    // Independent transcription of bryc's public-domain cyrb128 and sfc32 (github.com/bryc/code, PRNGs.md).
    function cyrb128(str: string): number[] {
      let h1 = 1779033703;
      let h2 = 3144134277;
      let h3 = 1013904242;
      let h4 = 2773480762;
      for (let i = 0, k: number; i < str.length; i++) {
        k = str.charCodeAt(i);
        h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
        h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
        h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
        h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
      }
      h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
      h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
      h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
      h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
      h1 ^= h2 ^ h3 ^ h4;
      h2 ^= h1;
      h3 ^= h1;
      h4 ^= h1;
      return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
    }
    function sfc32(a: number, b: number, c: number, d: number): () => number {
      return () => {
        a |= 0;
        b |= 0;
        c |= 0;
        d |= 0;
        const t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        c = (c + t) | 0;
        return (t >>> 0) / 4294967296;
      };
    }
    for (const seed of ['', 'a', 'frugal', '稀疏注意力']) {
      const [a, b, c, d] = cyrb128(seed) as [number, number, number, number];
      const ref = sfc32(a, b, c, d);
      for (let i = 0; i < 15; i++) ref();
      expect(draws(seed, 50)).toEqual(Array.from({ length: 50 }, ref));
    }
  });

  it('createRng(seed) gives different streams for different seeds', () => {
    const streams = [0, 1, 2, 4294967295, -1, 1.5, 2 ** 40, '0', '1', 'a', 'b', ''].map((s) => draws(s, 8));
    const keys = new Set(streams.map((s) => s.join(',')));
    expect(keys.size).toBe(streams.length);
  });

  it('createRng(seed) keeps the seed as given', () => {
    expect(createRng(7).seed).toBe(7);
    expect(createRng('seven').seed).toBe('seven');
  });

  it('createRng(NaN or Infinity) throws RangeError', () => {
    expect(() => createRng(Number.NaN)).toThrow(RangeError);
    expect(() => createRng(Number.POSITIVE_INFINITY)).toThrow(/finite/);
  });
});

describe('rng.next', () => {
  it('rng.next() stays in [0, 1) with mean 1/2 and variance 1/12 over 1e5 draws', () => {
    const xs = draws(123, 100_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const { mean, variance } = meanVar(xs);
    // Standard error of the mean is √(1/12/1e5) ≈ 0.0009; the bounds are about 5σ.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.0045);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });

  it('rng.next() fills 10 equal bins evenly (chi-square, 9 degrees of freedom)', () => {
    const counts = new Array<number>(10).fill(0);
    for (const x of draws('bins', 100_000))
      counts[Math.floor(x * 10)] = (counts[Math.floor(x * 10)] as number) + 1;
    const expected = 10_000;
    const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    // P(χ²₉ > 33.7) ≈ 1e-4.
    expect(chi2).toBeLessThan(33.7);
  });
});

describe('rng.normal', () => {
  it('rng.normal() has mean 0 and variance 1 over 1e5 draws', () => {
    const rng = createRng(2024);
    const xs = Array.from({ length: 100_000 }, () => rng.normal());
    const { mean, variance } = meanVar(xs);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
    expect(xs.every(Number.isFinite)).toBe(true);
  });

  it('rng.normal(mean, sd) shifts and scales: N(5, 2²)', () => {
    const rng = createRng('shifted');
    const xs = Array.from({ length: 100_000 }, () => rng.normal(5, 2));
    const { mean, variance } = meanVar(xs);
    expect(Math.abs(mean - 5)).toBeLessThan(0.04);
    expect(Math.abs(variance - 4)).toBeLessThan(0.12);
  });

  it('rng.normal() puts about 68.3% of draws within one standard deviation', () => {
    const rng = createRng(5);
    let inside = 0;
    for (let i = 0; i < 100_000; i++) if (Math.abs(rng.normal()) < 1) inside++;
    expect(Math.abs(inside / 100_000 - 0.682689)).toBeLessThan(0.01);
  });
});

describe('rng.int', () => {
  it('rng.int(1, 6) returns each face about 1/6 of the time and nothing else', () => {
    const rng = createRng('dice');
    const counts = new Map<number, number>();
    for (let i = 0; i < 60_000; i++) {
      const v = rng.int(1, 6);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const c of counts.values()) expect(Math.abs(c / 60_000 - 1 / 6)).toBeLessThan(0.01);
  });

  it('rng.int(lo, hi) handles negative bounds, a single value and the full 32-bit range', () => {
    const rng = createRng(9);
    for (let i = 0; i < 1000; i++) {
      const v = rng.int(-3, 3);
      expect(Number.isInteger(v) && v >= -3 && v <= 3).toBe(true);
    }
    expect(rng.int(7, 7)).toBe(7);
    const big = rng.int(0, 2 ** 32 - 1);
    expect(Number.isInteger(big) && big >= 0 && big < 2 ** 32).toBe(true);
  });

  it('rng.int(lo, hi) throws RangeError for hi < lo, fractions and ranges above 2^32', () => {
    const rng = createRng(1);
    expect(() => rng.int(3, 2)).toThrow(RangeError);
    expect(() => rng.int(0.5, 2)).toThrow(RangeError);
    expect(() => rng.int(0, 2 ** 32)).toThrow(/2\^32/);
  });
});

describe('rng.shuffle', () => {
  it('rng.shuffle(arr) returns a permutation and leaves arr unchanged', () => {
    const arr = Array.from({ length: 50 }, (_, i) => i);
    const out = createRng(3).shuffle(arr);
    expect(arr).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(out).not.toEqual(arr);
    expect([...out].sort((a, b) => a - b)).toEqual(arr);
    expect(createRng(3).shuffle(arr)).toEqual(out);
  });

  it('rng.shuffle([a, b, c]) gives all 6 orders about equally often', () => {
    const rng = createRng('perm');
    const counts = new Map<string, number>();
    for (let i = 0; i < 60_000; i++) {
      const key = rng.shuffle(['a', 'b', 'c']).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const c of counts.values()) expect(Math.abs(c / 60_000 - 1 / 6)).toBeLessThan(0.01);
  });

  it('rng.shuffle([]) and rng.shuffle([x]) return copies', () => {
    const rng = createRng(0);
    const one = [1];
    expect(rng.shuffle([])).toEqual([]);
    const out = rng.shuffle(one);
    expect(out).toEqual([1]);
    expect(out).not.toBe(one);
  });
});
