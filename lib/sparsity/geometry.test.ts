import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import {
  evenLevels,
  type FieldGrid,
  fieldRange,
  L1_OVER_L2,
  l1OverL2,
  levelSet,
  planeToSimplex,
  projectToSimplex,
  SIMPLEX_HEIGHT,
  sampleSimplex,
  sampleSquare,
  shadingEnds,
  simplexPoint,
  simplexToPlane,
} from './geometry';
import { gini, sStar } from './measures';

const sStar12 = (x: ArrayLike<number>) => sStar(x, 1, 2);

/** Every endpoint of a level set, as [x, y] pairs. */
function endpoints(segments: Float64Array): [number, number][] {
  const out: [number, number][] = [];
  for (let t = 0; t < segments.length; t += 2) out.push([segments[t], segments[t + 1]]);
  return out;
}

describe('l1OverL2', () => {
  it('l1OverL2(x) = ‖x‖₁/‖x‖₂ = √n·S*₁,₂ on reference vectors', () => {
    expectClose(l1OverL2([3, 4]), 7 / 5, { rtol: 1e-15 });
    expectClose(l1OverL2([1, 0, 0, 0]), 1, { rtol: 1e-15 });
    expectClose(l1OverL2([1, 1, 1, 1]), 2, { rtol: 1e-15 });
    // [1,2,3,4]: S*₁,₂ = 0.912871 (the post), times √4.
    expectClose(l1OverL2([1, 2, 3, 4]), 2 * 0.912871, { rtol: 1e-6 });
    expectClose(l1OverL2([-3, 4]), 7 / 5, { rtol: 1e-15 });
  });
});

describe('simplex coordinates', () => {
  it('simplexToPlane puts the corners and the centre where documented', () => {
    expect(simplexToPlane([1, 0, 0])).toEqual([0, 0]);
    expect(simplexToPlane([0, 1, 0])).toEqual([1, 0]);
    expectClose(simplexToPlane([0, 0, 1]), [0.5, SIMPLEX_HEIGHT], { rtol: 1e-15 });
    expectClose(simplexToPlane([2, 2, 2]), [0.5, SIMPLEX_HEIGHT / 3], { rtol: 1e-15 });
    expectClose(simplexToPlane([0, 0, 0]), [0.5, SIMPLEX_HEIGHT / 3], { rtol: 1e-15 });
  });

  it('planeToSimplex inverts simplexToPlane on seeded random points and sums to 1', () => {
    const rng = createRng('simplex-roundtrip');
    for (let trial = 0; trial < 50; trial++) {
      const b = [rng.next(), rng.next(), rng.next()];
      const s = b[0] + b[1] + b[2];
      const [X, Y] = simplexToPlane(b);
      const back = planeToSimplex(X, Y);
      expectClose(
        back,
        b.map((v) => v / s),
        { rtol: 1e-12, atol: 1e-15 },
      );
      expectClose(back[0] + back[1] + back[2], 1, { rtol: 1e-14 });
    }
    expect(planeToSimplex(1.2, 0)[0]).toBeLessThan(0);
  });

  it('projectToSimplex returns the nearest simplex point (checked against random simplex points)', () => {
    expectClose(projectToSimplex([1.2, -0.2, 0]), [1, 0, 0], { atol: 1e-15 });
    expectClose(projectToSimplex([0.5, 0.5, 0.5]), [1 / 3, 1 / 3, 1 / 3], { rtol: 1e-15 });
    expectClose(projectToSimplex([0.2, 0.3, 0.5]), [0.2, 0.3, 0.5], { rtol: 1e-14 });
    expect(projectToSimplex([])).toEqual([]);
    expectClose(projectToSimplex([Number.NaN, 2, 0]), [0, 1, 0], { atol: 1e-15 });
    const rng = createRng('projection');
    const dist = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - b[i]));
    for (let trial = 0; trial < 40; trial++) {
      const v = [rng.normal(0, 1), rng.normal(0, 1), rng.normal(0, 1)];
      const p = projectToSimplex(v);
      expectClose(p[0] + p[1] + p[2], 1, { rtol: 1e-12 });
      for (const a of p) expect(a).toBeGreaterThanOrEqual(0);
      for (let k = 0; k < 30; k++) {
        const q = projectToSimplex([rng.next(), rng.next(), rng.next()].map((a) => a * 3));
        expect(dist(v, p)).toBeLessThanOrEqual(dist(v, q) + 1e-12);
      }
    }
  });
});

describe('sampleSquare and sampleSimplex', () => {
  it('sampleSquare puts f(x₁, x₂) at row 0 = top, corners included', () => {
    const g = sampleSquare((x) => 10 * x[0] + x[1], 5);
    expect(g.values[0]).toBe(-10 + 1); // (−1, 1)
    expect(g.values[4]).toBe(10 + 1); // (1, 1)
    expect(g.values[24]).toBe(10 - 1); // (1, −1)
    expect(g.values[2 * 5 + 2]).toBe(0);
    expect(() => sampleSquare((x) => x[0], 1)).toThrow(RangeError);
  });

  it('sampleSquare of S*₁,₂ matches sStar at every grid point', () => {
    const g = sampleSquare(sStar12, 21);
    for (let r = 0; r < 21; r++) {
      for (let c = 0; c < 21; c++) {
        expect(g.values[r * 21 + c]).toBe(sStar12([g.x0 + c * g.dx, g.y0 - r * g.dy]));
      }
    }
  });

  it('sampleSimplex evaluates f at barycentric coordinates inside and at the projection outside', () => {
    const g = sampleSimplex((b) => 100 * b[0] + 10 * b[1] + b[2], 41);
    for (let r = 0; r < g.rows; r++) {
      for (let c = 0; c < g.cols; c++) {
        const b = planeToSimplex(g.x0 + c * g.dx, g.y0 - r * g.dy);
        const p = b.every((v) => v >= 0) ? b : projectToSimplex(b);
        expectClose(g.values[r * g.cols + c], 100 * p[0] + 10 * p[1] + p[2], {
          rtol: 1e-12,
          atol: 1e-12,
        });
      }
    }
    expect(g.y0).toBeGreaterThanOrEqual(SIMPLEX_HEIGHT);
    expect(g.values[(g.rows - 1) * g.cols]).toBeCloseTo(100, 10); // bottom-left = e₁
  });
});

describe('levelSet', () => {
  it('levelSet of a linear field is the straight line through the interpolated crossings', () => {
    const g = sampleSquare((x) => x[0] + 2 * x[1], 11);
    const segs = levelSet(g, 0.5);
    expect(segs.length).toBeGreaterThan(0);
    // Bilinear interpolation is exact for a linear field: every endpoint lies on x₁ + 2x₂ = 0.5.
    for (const [x, y] of endpoints(segs)) expect(Math.abs(x + 2 * y - 0.5)).toBeLessThan(1e-12);
  });

  it('levelSet of S*₁,₂ on the simplex lies on a circle about the centre (‖b‖₂ constant)', () => {
    const g = sampleSimplex(sStar12, 161);
    const level = 0.9;
    // S*₁,₂ = 1/(√3‖b‖₂) on the simplex, so the level set is ‖b − centre‖₂ = √(1/(3·0.81) − 1/3).
    const radius = Math.sqrt(1 / (3 * level * level) - 1 / 3);
    const [cx, cy] = simplexToPlane([1, 1, 1]);
    const pts = endpoints(levelSet(g, level));
    expect(pts.length).toBeGreaterThan(50);
    for (const [x, y] of pts) {
      // The picture is similar to the simplex: corners are √2 apart in R³ and 1 apart in the plane.
      const b = planeToSimplex(x, y);
      const d = Math.hypot(b[0] - 1 / 3, b[1] - 1 / 3, b[2] - 1 / 3);
      expect(Math.abs(d - radius)).toBeLessThan(2e-3);
      expect(Math.abs(Math.hypot(x - cx, y - cy) - radius / Math.SQRT2)).toBeLessThan(2e-3);
    }
  });

  it('levelSet endpoints have the true measure within grid error (Gini on the square, seeded levels)', () => {
    const g = sampleSquare(gini, 101);
    const range = fieldRange(g) ?? { min: 0, max: 0 };
    // Gini of a 2-vector runs from 0 (equal magnitudes) to ½ (on an axis).
    expectClose([range.min, range.max], [0, 0.5], { atol: 1e-12 });
    for (const level of evenLevels(range.min, range.max, 5)) {
      const pts = endpoints(levelSet(g, level));
      expect(pts.length).toBeGreaterThan(0);
      // Gini of a 2-vector depends only on its direction, so cells at the origin hold every value: skip them.
      for (const [x, y] of pts) {
        if (Math.hypot(x, y) > 0.1) expect(Math.abs(gini([x, y]) - level)).toBeLessThan(0.01);
      }
    }
  });

  it('levelSet gives nothing for a constant field, a level out of range, or NaN cells; resolves saddles', () => {
    const flat: FieldGrid = sampleSquare(() => 1, 5);
    expect(levelSet(flat, 0.5)).toHaveLength(0);
    expect(
      levelSet(
        sampleSquare((x) => x[0], 5),
        3,
      ),
    ).toHaveLength(0);
    expect(
      levelSet(
        sampleSquare(() => Number.NaN, 5),
        0,
      ),
    ).toHaveLength(0);
    // A 2×2 saddle: x₁·x₂ at the corners gives two segments.
    const saddle = sampleSquare((x) => x[0] * x[1], 2);
    expect(levelSet(saddle, 0)).toHaveLength(8);
  });
});

describe('evenLevels and fieldRange', () => {
  it('evenLevels(0, 1, 4) is [0.2, 0.4, 0.6, 0.8] and is empty for bad input', () => {
    expectClose(evenLevels(0, 1, 4), [0.2, 0.4, 0.6, 0.8], { rtol: 1e-15 });
    expect(evenLevels(1, 1, 3)).toEqual([]);
    expect(evenLevels(0, Number.NaN, 3)).toEqual([]);
    expect(evenLevels(0, 1, 0)).toEqual([]);
  });

  it('fieldRange skips non-finite values and is null when none are finite', () => {
    expect(fieldRange(sampleSquare((x) => x[0], 3))).toEqual({ min: -1, max: 1 });
    expect(fieldRange(sampleSquare((x) => (x[0] > 0 ? Number.NaN : x[1]), 3))).toEqual({ min: -1, max: 1 });
    expect(fieldRange(sampleSquare(() => Number.NaN, 3))).toBeNull();
  });
});

describe('L1_OVER_L2, shadingEnds and simplexPoint', () => {
  it('L1_OVER_L2 is ‖x‖₁/‖x‖₂ with bounds 1 (one-hot) … √n (constant), smaller = sparser', () => {
    expect(L1_OVER_L2.compute([3, 4])).toBeCloseTo(1.4, 15);
    expect(L1_OVER_L2.bounds(4)).toEqual({ dense: 2, sparse: 1 });
    expect(L1_OVER_L2.compute([0, 0, 0, 1])).toBeCloseTo(1, 15);
    expect(L1_OVER_L2.compute([1, 1, 1, 1])).toBeCloseTo(2, 15);
    expect(L1_OVER_L2.direction).toBe('lower');
  });

  it('shadingEnds takes usable bounds, else the field’s range oriented by the direction', () => {
    const grid = sampleSquare((x) => 1 - Math.abs(x[0] as number) - Math.abs(x[1] as number), 3);
    expect(shadingEnds({ dense: 1, sparse: 0.5 }, grid, 'lower')).toEqual({ dense: 1, sparse: 0.5 });
    expect(shadingEnds(null, grid, 'higher')).toEqual({ sparse: 1, dense: -1 });
    expect(shadingEnds(null, grid, 'lower')).toEqual({ sparse: -1, dense: 1 });
    // Coinciding or non-finite bounds fall back to the field as well.
    expect(shadingEnds({ dense: 1, sparse: 1 }, grid, 'higher')).toEqual({ sparse: 1, dense: -1 });
    expect(shadingEnds({ dense: Number.NaN, sparse: 1 }, grid, 'higher')).toEqual({ sparse: 1, dense: -1 });
    const empty: FieldGrid = { ...grid, values: new Float64Array(9).fill(Number.NaN) };
    expect(shadingEnds(null, empty, 'lower')).toBeNull();
  });

  it('simplexPoint(b) is b/Σb, the centre for zero weights, and never negative', () => {
    expectClose(simplexPoint([0.6, 0.3, 0.1]), [0.6, 0.3, 0.1], { atol: 1e-15 });
    expectClose(simplexPoint([2, 0, 2]), [0.5, 0, 0.5], { atol: 1e-15 });
    expectClose(simplexPoint([0, 0, 0]), [1 / 3, 1 / 3, 1 / 3], { atol: 1e-15 });
    const rng = createRng('simplexPoint');
    for (let t = 0; t < 200; t++) {
      const b = [rng.next(), rng.next(), rng.next()].map((v) => (v < 0.2 ? 0 : v));
      const x = simplexPoint(b);
      expect(Math.abs(x[0] + x[1] + x[2] - 1)).toBeLessThan(1e-12);
      for (const v of x) expect(v).toBeGreaterThanOrEqual(0);
    }
  });
});
