import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { lorenzCurve } from './lorenz';

/** H&R's Gini index in closed form (the post's reference values: [1,0,0,0] → 0.75, [1,2,3,4] → 0.25). */
function giniClosedForm(x: number[]): number {
  const c = x.map(Math.abs).sort((a, b) => a - b);
  const s = c.reduce((a, b) => a + b, 0);
  const n = c.length;
  return 1 - (2 * c.reduce((acc, v, k) => acc + (v / s) * (n - (k + 1) + 0.5), 0)) / n;
}

const giniFromCurve = (x: number[]) => {
  const L = lorenzCurve(x);
  const n = x.length;
  let area = 0;
  for (let k = 1; k <= n; k++) area += (L[k - 1].share + L[k].share) / (2 * n);
  return 1 - 2 * area;
};

describe('lorenzCurve', () => {
  it('lorenzCurve([1,0,0,0]) stays at 0 until the last entry', () => {
    expect(lorenzCurve([1, 0, 0, 0]).map((p) => p.share)).toEqual([0, 0, 0, 0, 1]);
    expect(lorenzCurve([1, 0, 0, 0]).map((p) => p.t)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
  it('lorenzCurve of a constant vector is the diagonal', () => {
    expectClose(
      lorenzCurve([3, 3, 3]).map((p) => p.share),
      [0, 1 / 3, 2 / 3, 1],
      { rtol: 1e-15 },
    );
  });
  it('lorenzCurve sorts magnitudes: [4, -1, 3, 2] gives shares 0, 0.1, 0.3, 0.6, 1', () => {
    expectClose(
      lorenzCurve([4, -1, 3, 2]).map((p) => p.share),
      [0, 0.1, 0.3, 0.6, 1],
      { rtol: 1e-15 },
    );
  });
  it('1 − 2·area under lorenzCurve equals the Gini index: post values 0.75, 0, 0.25', () => {
    expectClose(giniFromCurve([1, 0, 0, 0]), 0.75, { rtol: 1e-15 });
    expectClose(giniFromCurve([1, 1, 1, 1]), 0, { atol: 1e-15 });
    expectClose(giniFromCurve([1, 2, 3, 4]), 0.25, { rtol: 1e-14 });
  });
  it('lorenzCurve is non-decreasing, convex and below the diagonal, and matches the Gini closed form (seeded)', () => {
    const rng = createRng('lorenz');
    for (let trial = 0; trial < 100; trial++) {
      const n = rng.int(1, 40);
      const x: number[] = Array.from({ length: n }, () => (rng.next() < 0.3 ? 0 : rng.normal()));
      if (!x.some((v) => v !== 0)) x[0] = 1;
      const L = lorenzCurve(x);
      expect(L).toHaveLength(n + 1);
      for (let k = 1; k <= n; k++) {
        expect(L[k].share).toBeGreaterThanOrEqual(L[k - 1].share);
        expect(L[k].share).toBeLessThanOrEqual(L[k].t + 1e-12);
        if (k < n)
          expect(L[k].share - L[k - 1].share).toBeLessThanOrEqual(L[k + 1].share - L[k].share + 1e-12);
      }
      expectClose(giniFromCurve(x), giniClosedForm(x), { rtol: 1e-10, atol: 1e-12 });
    }
  });
  it('lorenzCurve gives the diagonal for the zero vector and a non-finite entry, and two points for []', () => {
    expect(lorenzCurve([0, 0]).map((p) => p.share)).toEqual([0, 0.5, 1]);
    expect(lorenzCurve([1, Number.NaN]).map((p) => p.share)).toEqual([0, 0.5, 1]);
    expect(lorenzCurve([])).toEqual([
      { t: 0, share: 0 },
      { t: 1, share: 1 },
    ]);
  });
});
