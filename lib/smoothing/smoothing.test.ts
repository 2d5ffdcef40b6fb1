import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import {
  countsOfCounts,
  FORGETTING_SERIES_MAX_ORDER,
  forgettingCount,
  forgettingCountLimit,
  forgettingSeries,
  frequencyTable,
  heldOutScore,
  maximiseOnLogScale,
  memoryClosedForm,
  memoryLimit,
  memoryRecurrence,
  memoryTrace,
  postPrintedSeries,
  simpleGoodTuring,
  smoothedCounts,
  smoothedProbabilities,
  UNIGRAM_SMOOTHING_KINDS,
  type UnigramSmoothing,
} from './index';
import fixtures from './smoothing.fixtures.json';

/**
 * Counts of `tokens` draws from a Zipf law over `vocab` items, P(i) ∝ 1/(i + 1)^exponent, from a seeded
 * generator: a stand-in for word counts.
 */
function zipfSampler(seed: string, vocab: number, exponent: number) {
  const rng = createRng(seed);
  const w = Array.from({ length: vocab }, (_, i) => 1 / (i + 1) ** exponent);
  const total = w.reduce((a, b) => a + b, 0);
  return (tokens: number) => {
    const c = new Float64Array(vocab);
    for (let t = 0; t < tokens; t++) {
      let u = rng.next() * total;
      let i = 0;
      while (i < vocab - 1 && u > (w[i] as number)) u -= w[i++] as number;
      c[i] = (c[i] as number) + 1;
    }
    return c;
  };
}

describe('the memory trace', () => {
  it('the closed form equals the recurrence, and both approach 1/(1 − β)', () => {
    for (const beta of [0, 0.3, 0.9, 0.999, 1 - 1e-12, 1]) {
      const steps = memoryRecurrence(beta, 200);
      steps.forEach((a, k) => {
        expect(memoryClosedForm(beta, k + 1)).toBeCloseTo(a, 9);
      });
      if (beta <= 0.9) expect(steps[199]).toBeCloseTo(memoryLimit(beta), 7);
    }
    expect(memoryRecurrence(0.5, 3)).toEqual(Float64Array.from([1, 1.5, 1.75]));
    expect(memoryClosedForm(0.5, 0)).toBe(0);
    expect(memoryLimit(1)).toBe(Number.POSITIVE_INFINITY);
    // β within 1e−12 of 1: n steps give n(1 − (n − 1)(1 − β)/2) to first order, with no cancellation.
    expect(memoryClosedForm(1 - 1e-12, 1000)).toBeCloseTo(1000 - 999 * 1000 * 0.5e-12, 9);
  });

  it('a periodic stream matches the recurrence with the per-period decay βᵖ', () => {
    const p = 5;
    const beta = 0.8;
    const stream = Array.from({ length: 60 }, (_, t) => (t % p === 0 ? 1 : 0));
    const trace = memoryTrace(stream, beta);
    const perPeriod = memoryRecurrence(beta ** p, 12);
    perPeriod.forEach((a, k) => {
      expect(trace[k * p]).toBeCloseTo(a, 12);
    });
    expect(memoryTrace([1, 0, 1], 0.5)).toEqual(Float64Array.from([1, 0.5, 1.25]));
    expect(memoryTrace([], 0.5)).toHaveLength(0);
  });

  it('rejects a decay outside [0, 1], negative steps and bad counts', () => {
    expect(() => memoryRecurrence(1.1, 3)).toThrow('[0, 1]');
    expect(() => memoryClosedForm(Number.NaN, 3)).toThrow(RangeError);
    expect(() => memoryClosedForm(0.5, -1)).toThrow('≥ 0');
    expect(() => memoryTrace([1, -1], 0.5)).toThrow('step 1');
    expect(() => memoryTrace([Number.NaN], 0.5)).toThrow(RangeError);
  });
});

describe('the forgetting formula', () => {
  it('matches the post’s values: γ = 1 gives 1.58198 at F = 1 and 10.50833 at F = 10', () => {
    expect(forgettingCountLimit(1, 1).toFixed(5)).toBe('1.58198');
    expect(forgettingCountLimit(10, 1).toFixed(5)).toBe('10.50833');
    for (const F of [1, 10]) {
      expect(Math.abs(forgettingCount(F, 1e6, 1) - forgettingCountLimit(F, 1))).toBeLessThan(1e-5);
    }
  });

  it('matches 50-digit references, also at N = 10¹²', () => {
    for (const c of fixtures.forgetting) {
      expectClose(forgettingCount(c.F, c.N, c.gamma), c.exact, { rtol: 1e-12 });
    }
    for (const c of fixtures.limits)
      expectClose(forgettingCountLimit(c.F, c.gamma), c.limit, { rtol: 1e-13 });
  });

  it('has the right edges: F = 0 gives γ, F = N gives N, γ → 0 gives F', () => {
    expect(forgettingCount(0, 1000, 2)).toBe(2);
    expect(forgettingCountLimit(0, 2)).toBe(2);
    expectClose(forgettingCount(1000, 1000, 2), 1000, { rtol: 1e-14 });
    expectClose(forgettingCount(7, 7, 7), 7, { rtol: 1e-14 });
    expect(forgettingCount(5, 1000, 0)).toBe(5);
    expectClose(forgettingCount(5, 1000, 1e-9), 5, { rtol: 1e-8 });
    expectClose(forgettingCountLimit(5, 1e-12), 5, { rtol: 1e-10 });
    // It never undercounts: F̂ ≥ F, and F̂ − F rises towards γ/2 as F grows.
    for (const F of [0.1, 1, 10, 1000]) expect(forgettingCountLimit(F, 1)).toBeGreaterThan(F);
    expect(forgettingCountLimit(1e6, 1) - 1e6).toBeCloseTo(0.5, 6);
  });

  it('second order is within γ⁴/(720F³) (to leading order) of the limit, and the printed term is not', () => {
    for (const gamma of [0.1, 1, 3]) {
      for (let F = gamma; F <= 1000 * gamma; F *= 1.37) {
        const limit = forgettingCountLimit(F, gamma);
        const bound = gamma ** 4 / (720 * F ** 3);
        const err = Math.abs(forgettingSeries(F, gamma, 2) - limit);
        expect(err).toBeLessThanOrEqual(bound * (1 + 1e-9) + 1e-12 * limit);
        expect(Math.abs(forgettingSeries(F, gamma, 1) - limit)).toBeGreaterThan(err);
      }
    }
    // At γ = 1, F = 10 the printed γ²/(12F²) misses by 0.0075 where the series errs by 1.4e−6.
    const limit = forgettingCountLimit(10, 1);
    expect(postPrintedSeries(10, 1)).toBeCloseTo(10.500833, 6);
    expect(limit - postPrintedSeries(10, 1)).toBeCloseTo(0.0075, 4);
    expect(Math.abs(forgettingSeries(10, 1, 2) - limit)).toBeLessThan(1.5e-6);
    // More terms help while γ/F is small.
    const errs = [2, 4, 6, 8].map((o) => Math.abs(forgettingSeries(4, 1, o) - forgettingCountLimit(4, 1)));
    for (let k = 1; k < errs.length; k++) expect(errs[k]).toBeLessThan(errs[k - 1] as number);
    expect(FORGETTING_SERIES_MAX_ORDER).toBe(8);
  });

  it('rejects impossible inputs', () => {
    expect(() => forgettingCount(11, 10, 1)).toThrow('exceeds the corpus length');
    expect(() => forgettingCount(1, 10, 11)).toThrow('α = 1 − γ/N < 0');
    expect(() => forgettingCount(-1, 10, 1)).toThrow(RangeError);
    expect(() => forgettingCount(1, 0, 0)).toThrow('N must be');
    expect(() => forgettingCountLimit(Number.NaN, 1)).toThrow(RangeError);
    expect(() => forgettingSeries(0, 1, 2)).toThrow('F = 0');
    expect(() => forgettingSeries(1, 1, 9)).toThrow('order');
    expect(() => postPrintedSeries(0, 1)).toThrow(RangeError);
  });
});

describe('Simple Good–Turing', () => {
  it('matches an independent NumPy implementation on a hand table and a seeded Zipf sample', () => {
    for (const t of fixtures.goodTuring) {
      const total = t.r.reduce((s, r, k) => s + r * (t.nr[k] as number), 0);
      const got = simpleGoodTuring({ r: t.r, nr: t.nr, n0: 0, total });
      expectClose(got.p0, t.p0, { rtol: 1e-12 });
      expectClose(got.slope, t.slope, { rtol: 1e-10 });
      expectClose(got.intercept, t.intercept, { rtol: 1e-10 });
      expectClose(got.rStar, t.rStar, { rtol: 1e-10 });
      expectClose(got.prob, t.prob, { rtol: 1e-10 });
    }
    const zipf = fixtures.goodTuring[1] as { counts: number[]; r: number[]; nr: number[] };
    const table = countsOfCounts(zipf.counts);
    expect(table.r).toEqual(zipf.r);
    expect(table.nr).toEqual(zipf.nr);
    expect(table.total).toBe(20000);
  });

  it('gives unseen items N₁/N, shrinks small counts, and uses the line from some r on', () => {
    const t = fixtures.goodTuring[0] as { r: number[]; nr: number[] };
    const total = t.r.reduce((s, r, k) => s + r * (t.nr[k] as number), 0);
    const gt = simpleGoodTuring({ r: t.r, nr: t.nr, n0: 0, total });
    expect(gt.p0).toBe(120 / total);
    gt.rStar.forEach((s, k) => {
      expect(s).toBeLessThan(t.r[k] as number);
    });
    expect(gt.slope).toBeLessThan(-1);
    expect(Number.isFinite(gt.lineFrom)).toBe(true);
    expect(countsOfCounts([0, 1, 1, 3])).toEqual({ r: [1, 3], nr: [2, 1], n0: 1, total: 5 });
  });

  it('handles a single distinct count and rejects empty or malformed tables', () => {
    const one = simpleGoodTuring({ r: [2], nr: [5], n0: 0, total: 10 });
    expect(one.rStar).toEqual([2]);
    expect(one.p0).toBe(0);
    expect(one.prob[0]).toBeCloseTo(0.2, 12);
    expect(Number.isNaN(one.slope)).toBe(true);
    expect(() => simpleGoodTuring({ r: [], nr: [], n0: 3, total: 0 })).toThrow('no tokens');
    expect(() => simpleGoodTuring({ r: [2, 1], nr: [1, 1], n0: 0, total: 3 })).toThrow('ascending');
    expect(() => countsOfCounts([1.5])).toThrow('integers');
  });
});

describe('smoothed probabilities', () => {
  const zipfCounts = zipfSampler('smoothing-counts', 400, 1);
  const rules: UnigramSmoothing[] = [
    { kind: 'mle' },
    { kind: 'add', alpha: 0.5 },
    { kind: 'forgetting', gamma: 1 },
    { kind: 'good-turing' },
    { kind: 'absolute', discount: 0.75 },
  ];

  it('every rule sums to 1, on seeded samples of many sizes and on edge vocabularies', () => {
    expect(rules.map((r) => r.kind)).toEqual([...UNIGRAM_SMOOTHING_KINDS]);
    for (const tokens of [3, 50, 2000]) {
      const counts = zipfCounts(tokens);
      for (const rule of rules) {
        const p = smoothedProbabilities(counts, rule);
        expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        for (const v of p) expect(v).toBeGreaterThanOrEqual(0);
      }
    }
    for (const counts of [[0, 0, 0], [5], [1, 1, 1], [4, 0]]) {
      for (const rule of rules) {
        if (rule.kind === 'forgetting' && counts.reduce((a, b) => a + b, 0) < 1) continue;
        expect(smoothedProbabilities(counts, rule).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }
    }
    expect(smoothedProbabilities([0, 0, 0], { kind: 'mle' })).toEqual(
      Float64Array.from([1, 1, 1].map((v) => v / 3)),
    );
  });

  it('each rule’s counts are what its formula says', () => {
    expect(smoothedCounts([0, 1, 3], { kind: 'add', alpha: 0.5 })).toEqual(
      Float64Array.from([0.5, 1.5, 3.5]),
    );
    expect(smoothedProbabilities([0, 1, 3], { kind: 'mle' })).toEqual(Float64Array.from([0, 0.25, 0.75]));
    const f = smoothedCounts([0, 1, 3], { kind: 'forgetting', gamma: 1 });
    expect(f[0]).toBe(1);
    expectClose(f[2], forgettingCount(3, 4, 1), { rtol: 1e-15 });
    // Good–Turing: the unseen share N₁/N; a seen item's share is (1 − p0)·r*/N′.
    const counts = zipfCounts(500);
    const table = countsOfCounts(counts);
    const gt = simpleGoodTuring(table);
    const p = smoothedProbabilities(counts, { kind: 'good-turing' });
    let unseen = 0;
    counts.forEach((c, i) => {
      if (c === 0) unseen += p[i] as number;
    });
    expect(unseen).toBeCloseTo(gt.p0, 12);
    const k = table.r.indexOf(2);
    const two = counts.indexOf(2);
    expect(p[two]).toBeCloseTo(gt.prob[k] as number, 12);
    // Absolute discounting: D off each seen count, D·(seen items)/V onto every item.
    expect(smoothedCounts([0, 1, 3, 0], { kind: 'absolute', discount: 0.5 })).toEqual(
      Float64Array.from([0.25, 0.75, 2.75, 0.25]),
    );
    expect(smoothedCounts([0, 2], { kind: 'absolute', discount: 0 })).toEqual(Float64Array.from([0, 2]));
  });

  it('to first order the forgetting rule is add-γ/2 on large counts', () => {
    // Counts far below the corpus length N (here about a million tokens, most of them one item's).
    const counts = [0, 200, 500, 1000, 1_000_000];
    const f = smoothedCounts(counts, { kind: 'forgetting', gamma: 2 });
    for (let i = 1; i < 4; i++) expect((f[i] as number) - (counts[i] as number)).toBeCloseTo(1, 2);
    expect(f[0]).toBe(2);
  });

  it('rejects bad counts and constants', () => {
    expect(() => smoothedCounts([], { kind: 'mle' })).toThrow('empty');
    expect(() => smoothedCounts([1, -1], { kind: 'mle' })).toThrow('item 1');
    expect(() => smoothedCounts([1], { kind: 'add', alpha: -1 })).toThrow('α');
    expect(() => smoothedCounts([1, 1], { kind: 'forgetting', gamma: 3 })).toThrow('exceeds N');
    expect(() => smoothedCounts([1.5], { kind: 'good-turing' })).toThrow('integers');
    expect(() => smoothedCounts([1], { kind: 'absolute', discount: 1.5 })).toThrow('[0, 1]');
    expect(() => smoothedCounts([1], { kind: 'absolute', discount: Number.NaN })).toThrow('[0, 1]');
  });
});

describe('held-out evaluation', () => {
  it('scores log-likelihood, perplexity and zero-probability tokens', () => {
    const s = heldOutScore([0.5, 0.5], [1, 1]);
    expect(s.perplexity).toBeCloseTo(2, 12);
    expect(s.bitsPerToken).toBeCloseTo(1, 12);
    const mle = heldOutScore([0, 1], [2, 3]);
    expect(mle.logLikelihood).toBe(Number.NEGATIVE_INFINITY);
    expect(mle.zeroProbabilityTokens).toBe(2);
    expect(mle.perplexity).toBe(Number.POSITIVE_INFINITY);
    expect(() => heldOutScore([1], [0])).toThrow('no tokens');
    expect(() => heldOutScore([1], [1, 2])).toThrow(RangeError);
  });

  it('smoothing beats MLE on held-out text, and a fitted γ beats a poor one', () => {
    const draw = zipfSampler('held-out', 300, 1.05);
    const train = draw(800);
    const dev = draw(800);
    const test = draw(4000);
    const score = (rule: UnigramSmoothing, on = test) =>
      heldOutScore(smoothedProbabilities(train, rule), on).logLikelihood;
    expect(score({ kind: 'mle' })).toBe(Number.NEGATIVE_INFINITY);
    const fitted = maximiseOnLogScale((g) => score({ kind: 'forgetting', gamma: g }, dev), 0.01, 100);
    expect(score({ kind: 'forgetting', gamma: fitted.value })).toBeGreaterThan(
      score({ kind: 'forgetting', gamma: 50 }),
    );
    expect(score({ kind: 'good-turing' })).toBeGreaterThan(score({ kind: 'add', alpha: 5 }));
    // The table: MLE predicts r itself; the held-out counts of singletons fall well below 1.
    const rows = frequencyTable(train, test, [smoothedProbabilities(train, { kind: 'mle' })], 3);
    expect(rows.map((r) => r.r)).toEqual([0, 1, 2, 3]);
    rows.forEach((row) => {
      expect(row.predicted[0]).toBeCloseTo(row.r, 9);
    });
    expect(rows[1]?.heldOut).toBeLessThan(1);
    expect(rows[0]?.heldOut).toBeGreaterThan(0);
  });

  it('the frequency table averages exactly', () => {
    expect(frequencyTable([0, 1, 1, 2], [1, 1, 0, 2], [[0, 0.25, 0.25, 0.5]], 2)[1]).toEqual({
      r: 1,
      items: 2,
      heldOut: 0.5,
      predicted: [1],
    });
    expect(() => frequencyTable([1], [1, 2], [], 2)).toThrow(RangeError);
    expect(() => frequencyTable([0], [1], [], 2)).toThrow('empty');
  });

  it('maximises on a log scale', () => {
    const best = maximiseOnLogScale((x) => -((Math.log(x) - 1) ** 2), 0.01, 100);
    expect(best.value).toBeCloseTo(Math.E, 5);
    expect(maximiseOnLogScale((x) => x, 1, 5).value).toBeCloseTo(5, 6);
    expect(() => maximiseOnLogScale((x) => x, 0, 1)).toThrow(RangeError);
  });
});
