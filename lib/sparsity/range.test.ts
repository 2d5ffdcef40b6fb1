import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '@/lib/random';
import { RATIO_MEASURE_IDS } from '@/lib/testing';
import { renyiEntropy, s1p, shannonEntropy, sStar } from './measures';
import fixtures from './range.fixtures.json';
import { getMeasure, measures } from './registry';

/** The smallest positive normal double: below it a double keeps fewer than 53 significant bits. */
const MIN_NORMAL = 2 ** -1022;
/** What every measure must reach over the whole double range (see relativeError). */
const RTOL = 1e-12;

/**
 * |actual − expected| relative to |expected|, or to 2^−1022 when the expected value is subnormal (a subnormal
 * result cannot carry 53 bits, so it is held to an absolute 2^−1022·RTOL instead). Equal values (±Infinity,
 * 0 and −0 included) give 0; NaN gives Infinity.
 */
function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  if (Number.isNaN(actual) || !Number.isFinite(expected)) return Number.POSITIVE_INFINITY;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), MIN_NORMAL);
}

function measure(id: string) {
  const m = getMeasure(id);
  if (!m) throw new Error(`no measure ${id}`);
  return m;
}

// scripts/fixtures/sparsity_range.py: mpmath at 1100 digits from the definitions, rounded once to a double.
describe('range.fixtures.json (mpmath at 1100 digits, scripts/fixtures/sparsity_range.py)', () => {
  it('every registry measure is within 1e-12 relative of the exact value on 83 vectors spanning the doubles', () => {
    const seen = new Set<string>();
    const failures: string[] = [];
    for (const c of fixtures.cases) {
      const m = measure(c.measure);
      seen.add(c.measure);
      const params = c.params as Record<string, number>;
      fixtures.vectors.forEach(({ family, x }, i) => {
        const got = m.compute(x, params);
        const want = Number(c.values[i]);
        const err = relativeError(got, want);
        if (!(err <= RTOL))
          failures.push(`${c.measure} ${JSON.stringify(params)} on ${family} [${x}]: ${got} vs ${want}`);
      });
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect([...seen].sort()).toEqual(measures.map((m) => m.id).sort());
  });

  it('the fixtures reach the gaps of issue 14: 1e270 beside 1e-7, and subnormal vectors', () => {
    const families = new Set(fixtures.vectors.map((v) => v.family));
    expect([...families]).toEqual(
      expect.arrayContaining(['range', 'huge-tiny', 'subnormal', 'subnormal-normal', 'single', 'top']),
    );
    const subnormal = fixtures.vectors.filter((v) => v.family === 'subnormal');
    expect(subnormal.every((v) => v.x.every((e) => Math.abs(e) < MIN_NORMAL && e !== 0))).toBe(true);
  });
});

/** ±mantissa × 10^e with e drawn from [lo, hi], nonzero. */
function entry(rng: Rng, lo: number, hi: number): number {
  const v = (1 + 9 * rng.next()) * 10 ** rng.int(lo, hi);
  return v === 0 ? Number.MIN_VALUE : rng.next() < 0.3 ? -v : v;
}

/** Seeded vectors over the whole double range: the families of the fixtures, drawn afresh. */
function rangeVectors(seed: string, count: number): number[][] {
  const rng = createRng(seed);
  const out: number[][] = [];
  for (let t = 0; t < count; t++) {
    const n = rng.int(1, 12);
    const family = t % 5;
    out.push(
      Array.from({ length: n }, (_, i) => {
        if (family === 0) return rng.next() < 0.1 ? 0 : entry(rng, -320, 300);
        if (family === 1) return i === 0 || rng.next() < 0.3 ? entry(rng, 262, 278) : entry(rng, -9, -5);
        if (family === 2) return entry(rng, -322, -309);
        if (family === 3) return i === 0 ? entry(rng, -2, 2) : entry(rng, -322, -310);
        return i === 0 ? entry(rng, -320, 300) : 0;
      }),
    );
  }
  return out;
}

/** Every measure with its registry defaults and with the parameters at the ends of their ranges. */
const SETTINGS = measures.flatMap((m) => [
  { m, params: {} as Record<string, number> },
  ...(m.params.length > 0
    ? [
        Object.fromEntries(m.params.map((p) => [p.id, p.min])),
        Object.fromEntries(m.params.map((p) => [p.id, p.max])),
      ].map((params) => ({ m, params }))
    : []),
]);

describe('seeded vectors over the whole double range', () => {
  it('no measure returns NaN on 2000 vectors with exponents across [−322, 300], at any parameter setting', () => {
    const bad: string[] = [];
    for (const x of rangeVectors('range-finite', 2000))
      for (const { m, params } of SETTINGS) {
        const v = m.compute(x, params);
        if (Number.isNaN(v)) bad.push(`${m.id} ${JSON.stringify(params)} [${x}]`);
      }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  /** v·2^s in two exact steps (2^s alone underflows to 0 below 2^−1074 and overflows above 2^1023). */
  const times2 = (v: number, s: number) => v * 2 ** Math.trunc(s / 2) * 2 ** (s - Math.trunc(s / 2));

  /**
   * x = k·2^e with k < 2^20 (20 significant bits), so 2^s·x is exact for every shift that keeps each entry
   * at or above 2^−1074·2^20: the scaled vector is the same vector, and a scale-invariant measure must give
   * the same value whether x sits near 1e300, near 1, or in the subnormals.
   */
  function shortVector(rng: Rng): number[] {
    return Array.from({ length: rng.int(1, 10) }, () =>
      rng.next() < 0.15 ? 0 : rng.int(1, 2 ** 20 - 1) * 2 ** rng.int(-60, 60),
    );
  }

  /**
   * Seeded short vectors with a nonzero entry and the shifts s that keep 2^s·x exact: down to 2^−1054 for the
   * smallest entry (20 bits above the smallest subnormal), up to 2^1000 for the largest.
   */
  function* shiftable(seed: string, count: number) {
    const rng = createRng(seed);
    for (let t = 0; t < count; t++) {
      const x = shortVector(rng);
      const nz = x.filter((v) => v !== 0);
      if (nz.length === 0) continue;
      const lo = Math.ceil(-1054 - Math.min(...nz.map((v) => Math.log2(v))));
      const hi = Math.floor(1000 - Math.max(...nz.map((v) => Math.log2(v))));
      yield { x, nonzero: nz.length, lo, hi, mid: rng.int(lo, hi) };
    }
  }

  /** The scale-invariant measures: the ratio measures and the count of zeros. */
  const INVARIANT = [...RATIO_MEASURE_IDS, 'l0'];

  it('scale-invariant measures give one value for x and 2^s·x from the subnormals to 1e300 (seeded)', () => {
    const failures: string[] = [];
    for (const { x, lo, hi, mid } of shiftable('range-scale', 300)) {
      for (const s of [lo, mid, hi]) {
        const y = x.map((v) => times2(v, s));
        for (const id of INVARIANT) {
          const m = measure(id);
          for (const params of [{}, ...m.params.map((p) => ({ [p.id]: p.min }))]) {
            const a = m.compute(x, params);
            const b = m.compute(y, params);
            if (!(relativeError(b, a) <= RTOL))
              failures.push(`${id} ${JSON.stringify(params)} 2^${s}·[${x}]: ${b} vs ${a}`);
          }
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('the other measures follow their scaling laws across the range: −ℓ¹, −ℓᵖ (degree 1), −ℓᵖ₋ (degree p), H_G (−2·nnz·s·log 2)', () => {
    const failures: string[] = [];
    for (const { x, nonzero, mid: s } of shiftable('range-homogeneous', 300)) {
      const y = x.map((v) => times2(v, s));
      const check = (name: string, got: number, want: number) => {
        if (!(relativeError(got, want) <= RTOL)) failures.push(`${name} 2^${s}·[${x}]: ${got} vs ${want}`);
      };
      check('negL1', measure('negL1').compute(y), times2(measure('negL1').compute(x), s));
      for (const p of [0.05, 0.5, 0.95])
        check(
          `negLp ${p}`,
          measure('negLp').compute(y, { p }),
          times2(measure('negLp').compute(x, { p }), s),
        );
      const minus = measure('negLpMinus');
      // (2^s)^p overflows or underflows for large |s·p|; compare where both sides are normal numbers.
      const want = 2 ** -s * minus.compute(x, { p: -1 });
      if (Math.abs(want) > MIN_NORMAL && Number.isFinite(want))
        check('negLpMinus −1', minus.compute(y, { p: -1 }), want);
      const hg = measure('hg');
      const shifted = hg.compute(x) - 2 * nonzero * s * Math.LN2;
      const got = hg.compute(y);
      if (!(Math.abs(got - shifted) <= 1e-12 * Math.max(1, Math.abs(shifted) + 2 * nonzero * Math.abs(s))))
        failures.push(`hg 2^${s}·[${x}]: ${got} vs ${shifted}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});

// The two gaps an independent recomputation found (issue 14), pinned with their mpmath values.
describe('regressions', () => {
  it('shannonEntropy and renyiEntropy of [1e270, 1e-7] are the exact tiny values, not NaN or 0', () => {
    // p = (1, 1e−277) up to rounding: H = −Σ pᵢ log pᵢ ≈ 1e−277·(1 + 277 log 10); H₂ = −log Σ pᵢ² ≈ 2e−277.
    expect(relativeError(shannonEntropy([1e270, 1e-7]), 6.388160707593506e-275)).toBeLessThan(RTOL);
    expect(relativeError(renyiEntropy([1e270, 1e-7], 2), 1.9999999999999997e-277)).toBeLessThan(RTOL);
    expect(relativeError(renyiEntropy([1e270, 1e-7], 1), 6.388160707593506e-275)).toBeLessThan(RTOL);
  });

  it('sStar and s1p of the subnormal [1e-318, 2e-318, 3e-318, 4e-318] keep 12 digits (they kept 6)', () => {
    // The doubles nearest 1e−318 … 4e−318 are not exactly 1:2:3:4, hence 0.9128709291751654 ≠ sStar([1, 2, 3, 4]).
    const x = [1e-318, 2e-318, 3e-318, 4e-318];
    expect(relativeError(sStar(x, 1, 2), 0.9128709291751654)).toBeLessThan(RTOL);
    expect(relativeError(s1p(x, 2), 0.9128709291751654 / 2)).toBeLessThan(RTOL);
  });
});
