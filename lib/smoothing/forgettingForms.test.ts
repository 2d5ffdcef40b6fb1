import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import {
  FORGETTING_FORMS,
  forgettingCount,
  forgettingCountExcess,
  forgettingCountLimit,
  forgettingCurves,
  forgettingForms,
  forgettingPlotRange,
  forgettingSeries,
  forgettingSeriesRemainder,
  plottedError,
  postPrintedRemainder,
  postPrintedSeries,
} from './index';

// 50-digit references from mpmath (mp.dps = 50): limit γ/(1 − exp(−γ/F)), exact γ/(1 − (1 − γ/N)^(N/F)),
// series Σ_{n ≤ order} Bₙγⁿ/(n!·F^(n−1)) with B₁ = +1/2; each value below is the difference of two of them.
const REMAINDERS = [
  { F: 10, gamma: 1, order: 2, want: -1.38855828370929e-6 },
  { F: 1000, gamma: 1, order: 2, want: -1.38888885582011e-12 },
  { F: 1000, gamma: 1, order: 4, want: 3.30687822420635e-20 },
  { F: 1000, gamma: 1, order: 8, want: 2.08767564599668e-35 },
  { F: 3, gamma: 2, order: 8, want: 1.07402258622704e-9 },
  { F: 0.7, gamma: 1, order: 2, want: -0.00386202936748744 },
  { F: 1, gamma: 1, order: 1, want: 0.0819767068693264 },
  { F: 100, gamma: 0.01, order: 6, want: -8.26719575948163e-37 },
];
const EXCESSES = [
  { F: 1, N: 1e6, gamma: 1, want: -4.60336854958272e-7 },
  { F: 10, N: 1e6, gamma: 1, want: -4.99583624639864e-6 },
  { F: 1000, N: 1e12, gamma: 1, want: -4.99999958333419e-10 },
  { F: 3, N: 1e12, gamma: 2.5, want: -3.54031860120156e-12 },
  { F: 5, N: 10, gamma: 1, want: -0.253497671390153 },
  { F: 10, N: 10, gamma: 1, want: -0.50833194477505 },
  { F: 1, N: 10, gamma: 10, want: -0.000454019910096878 },
  { F: 0.01, N: 1e6, gamma: 1, want: -1.86024423822417e-48 },
];

describe('the remainders of the forgetting formula', () => {
  it('forgettingSeriesRemainder(F, γ, order) matches 50-digit references far below rounding of F̂', () => {
    for (const c of REMAINDERS)
      expectClose(forgettingSeriesRemainder(c.F, c.gamma, c.order), c.want, { rtol: 1e-12 });
  });

  it('forgettingCountExcess(F, N, γ) matches 50-digit references, also at N = 10¹² and γ = N', () => {
    for (const c of EXCESSES) expectClose(forgettingCountExcess(c.F, c.N, c.gamma), c.want, { rtol: 1e-12 });
  });

  it('postPrintedRemainder(F, γ) matches 50-digit references and equals the series’ remainder at F = 1', () => {
    expectClose(postPrintedRemainder(10, 1), 0.00749861144171629, { rtol: 1e-12 });
    expectClose(postPrintedRemainder(1000, 1), 8.32499986111111e-5, { rtol: 1e-12 });
    expectClose(postPrintedRemainder(0.5, 2), -0.796018612605785, { rtol: 1e-12 });
    expect(postPrintedRemainder(1, 0.3)).toBe(forgettingSeriesRemainder(1, 0.3, 2));
  });

  it('the remainders agree with plain subtraction wherever that is accurate (seeded F, γ, N, order)', () => {
    const rng = createRng('forgetting-remainders');
    for (let k = 0; k < 300; k++) {
      const gamma = 10 ** (rng.next() * 4 - 2);
      const F = gamma * 10 ** (rng.next() * 3 - 1.5);
      const N = Math.max(F, gamma) * 10 ** (rng.next() * 3);
      const order = Math.floor(rng.next() * 9);
      const limit = forgettingCountLimit(F, gamma);
      const atol = 1e-13 * limit;
      expectClose(forgettingSeriesRemainder(F, gamma, order), limit - forgettingSeries(F, gamma, order), {
        atol,
      });
      expectClose(forgettingCountExcess(F, N, gamma), forgettingCount(F, N, gamma) - limit, { atol });
      expectClose(postPrintedRemainder(F, gamma), limit - postPrintedSeries(F, gamma), { atol });
    }
  });

  it('the series’ error falls like γ⁴/(720F³) and the printed one like γ²/(12F), as fast as add-γ/2’s', () => {
    for (const gamma of [0.1, 1, 10]) {
      const F = 1e4 * gamma;
      expectClose(-forgettingSeriesRemainder(F, gamma, 2), gamma ** 4 / (720 * F ** 3), { rtol: 1e-6 });
      expectClose(postPrintedRemainder(F, gamma), gamma ** 2 / (12 * F), { rtol: 2e-3 });
      expectClose(forgettingSeriesRemainder(F, gamma, 1), gamma ** 2 / (12 * F), { rtol: 1e-6 });
    }
  });

  it('edges: F = 0 and γ = 0 give no excess; the remainders at F = 0 are γ and γ/2', () => {
    expect(forgettingCountExcess(0, 10, 3)).toBe(0);
    expect(forgettingCountExcess(5, 10, 0)).toBe(0);
    expect(forgettingSeriesRemainder(0, 3, 0)).toBe(3);
    expect(forgettingSeriesRemainder(0, 3, 1)).toBe(1.5);
    expect(() => forgettingSeriesRemainder(0, 3, 2)).toThrow('F = 0');
    expect(() => forgettingCountExcess(11, 10, 1)).toThrow('exceeds the corpus length');
    expect(() => postPrintedRemainder(0, 1)).toThrow(RangeError);
  });
});

describe('forgettingForms', () => {
  it('forgettingForms(F, N, γ, order) reproduces the post’s 1.58198 and 10.50833 and each lib form', () => {
    const one = forgettingForms(1, 1e6, 1, 4);
    const ten = forgettingForms(10, 1e6, 1, 4);
    expect(one.value.limit.toFixed(5)).toBe('1.58198');
    expect(ten.value.limit.toFixed(5)).toBe('10.50833');
    expect(ten.value.exact).toBe(forgettingCount(10, 1e6, 1));
    expect(ten.value.addHalf).toBe(10.5);
    expect(ten.value.series).toBe(forgettingSeries(10, 1, 2));
    expect(ten.value.higher).toBe(forgettingSeries(10, 1, 4));
    expect(ten.value.printed).toBe(postPrintedSeries(10, 1));
    for (const form of FORGETTING_FORMS)
      expectClose(ten.value[form] - ten.value.limit, ten.error[form], { atol: 1e-14 });
  });

  it('gives NaN, not an error, where a form has no value: F > N, γ > N, series at F = 0', () => {
    const beyond = forgettingForms(20, 10, 1, 2);
    expect(beyond.value.exact).toBeNaN();
    expect(beyond.error.exact).toBeNaN();
    expect(beyond.value.limit).toBe(forgettingCountLimit(20, 1));
    expect(forgettingForms(1, 10, 50, 2).value.exact).toBeNaN();
    const zero = forgettingForms(0, 10, 2, 4);
    expect(zero.value.exact).toBe(2);
    expect(zero.value.limit).toBe(2);
    expect(zero.value.addHalf).toBe(1);
    expect(zero.value.series).toBeNaN();
    expect(zero.value.higher).toBeNaN();
    expect(zero.value.printed).toBeNaN();
    expect(() => forgettingForms(1, 0, 1, 2)).toThrow('N must be');
    expect(() => forgettingForms(1, 10, 1, 9)).toThrow('order');
    expect(() => forgettingForms(-1, 10, 1, 2)).toThrow(RangeError);
  });

  it('forgettingPlotRange caps the range at N, accepts either order and widens equal ends', () => {
    expect(forgettingPlotRange(0.01, 1000, 1e6)).toEqual({ lo: 0.01, hi: 1000, capped: false });
    expect(forgettingPlotRange(1000, 0.01, 1e6)).toEqual({ lo: 0.01, hi: 1000, capped: false });
    expect(forgettingPlotRange(0.01, 1000, 10)).toEqual({ lo: 0.01, hi: 10, capped: true });
    expect(forgettingPlotRange(100, 1000, 10)).toEqual({ lo: 0.1, hi: 10, capped: true });
    const one = forgettingPlotRange(1, 1, 10);
    expectClose([one.lo * one.hi, one.hi / one.lo], [1, 10], { rtol: 1e-15 });
    expect(one.capped).toBe(false);
    expect(forgettingPlotRange(10, 10, 10).hi).toBe(10);
    expect(() => forgettingPlotRange(0, 1, 10)).toThrow('from');
  });

  it('forgettingCurves samples evenly in log F from lo to hi', () => {
    const curves = forgettingCurves(0.01, 1000, 1e6, 1, 4, 201);
    expect(curves).toHaveLength(201);
    expect(curves[0]?.F).toBe(0.01);
    expect(curves[200]?.F).toBe(1000);
    expectClose(curves[80]?.F ?? 0, 1, { rtol: 1e-12 });
    expect(() => forgettingCurves(2, 1, 10, 1, 2, 10)).toThrow('lo ≤ hi');
    expect(() => forgettingCurves(1, 2, 10, 1, 2, 1)).toThrow('samples');
  });

  it('plottedError gives |error| or |error|/limit, and NaN outside the drawn band or for the limit', () => {
    const ten = forgettingForms(10, 1e6, 1, 4);
    expect(plottedError(ten, 'series', false)).toBe(Math.abs(ten.error.series));
    expectClose(plottedError(ten, 'series', true), 1.3213899e-7, { rtol: 1e-6 });
    expect(plottedError(ten, 'limit', false)).toBeNaN();
    // Far below 10⁻²⁰ of F̂ (order 8 at F = 1000γ): not drawn; nor the order-8 series at F = γ/100.
    expect(plottedError(forgettingForms(1000, 1e6, 1, 8), 'higher', true)).toBeNaN();
    expect(plottedError(forgettingForms(0.01, 1e6, 1, 8), 'higher', false)).toBeNaN();
  });
});
