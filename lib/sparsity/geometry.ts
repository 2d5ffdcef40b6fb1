/**
 * The geometry of sparsity for n = 2 and n = 3: a measure sampled on the square [−1, 1]² or on the
 * probability simplex drawn as an equilateral triangle, and its level sets by marching squares.
 *
 * Plane coordinates of the simplex: x₁'s corner e₁ at (0, 0), e₂ at (1, 0), e₃ at (½, √3/2); a point with
 * barycentric coordinates (b₁, b₂, b₃), Σbᵢ = 1, sits at b₂·(1, 0) + b₃·(½, √3/2). Grids are row-major with
 * row 0 at the TOP (largest y), as images are.
 */

import { sStar } from './measures';
import type { Direction, SparsityMeasure } from './registry';

/** Height of the simplex triangle in plane coordinates, √3/2. */
export const SIMPLEX_HEIGHT = Math.sqrt(3) / 2;

/**
 * ‖x‖₁/‖x‖₂ = √n·S*₁,₂(x), the unnormalised ratio (1 for one-hot, √n for a constant vector; smaller =
 * sparser). Edges are those of `sStar(x, 1, 2)` scaled by √n: the zero vector gives √n, the empty vector 0.
 *
 * @example
 * l1OverL2([3, 4]); // 7/5 = 1.4
 */
export function l1OverL2(x: ArrayLike<number>): number {
  return Math.sqrt(x.length) * sStar(x, 1, 2);
}

/**
 * ‖x‖₁/‖x‖₂ as a measure of the registry's shape (id 'l1l2'), for pictures that shade by it: smaller = sparser,
 * from 1 (one-hot) to √n (constant vectors).
 *
 * @example
 * L1_OVER_L2.bounds(4); // { dense: 2, sparse: 1 }
 */
export const L1_OVER_L2: SparsityMeasure = {
  id: 'l1l2',
  name: '‖x‖₁/‖x‖₂',
  tex: '\\frac{\\lVert x\\rVert_1}{\\lVert x\\rVert_2}=\\sqrt{n}\\,S^*_{1,2}(x)',
  direction: 'lower',
  source: 'post',
  params: [],
  compute: (x) => l1OverL2(x),
  bounds: (n) => ({ dense: Math.sqrt(n >= 1 ? Math.floor(n) : 1), sparse: 1 }),
};

/**
 * The plane point [X, Y] of barycentric coordinates b = [b₁, b₂, b₃] (normalised by their sum first, so any
 * non-negative weights work): X = b₂ + b₃/2, Y = b₃·√3/2. A zero-sum b maps to the centre.
 *
 * @example
 * simplexToPlane([1, 1, 1]); // [0.5, √3/6], the centre
 */
export function simplexToPlane(b: ArrayLike<number>): [number, number] {
  const s = (b[0] as number) + (b[1] as number) + (b[2] as number);
  if (!(s !== 0 && Number.isFinite(s))) return [0.5, SIMPLEX_HEIGHT / 3];
  const b2 = (b[1] as number) / s;
  const b3 = (b[2] as number) / s;
  return [b2 + b3 / 2, b3 * SIMPLEX_HEIGHT];
}

/**
 * Barycentric coordinates [b₁, b₂, b₃] (summing to 1) of a plane point; outside the triangle some are
 * negative. Inverse of {@link simplexToPlane}: b₃ = Y/(√3/2), b₂ = X − b₃/2, b₁ = 1 − b₂ − b₃.
 *
 * @example
 * planeToSimplex(1, 0); // [0, 1, 0]
 */
export function planeToSimplex(X: number, Y: number): [number, number, number] {
  const b3 = Y / SIMPLEX_HEIGHT;
  const b2 = X - b3 / 2;
  return [1 - b2 - b3, b2, b3];
}

/**
 * The Euclidean projection of v onto the probability simplex {x : xᵢ ≥ 0, Σxᵢ = 1} (sort-based algorithm of
 * Held, Wolfe and Crowder; Duchi et al. 2008): xᵢ = max(vᵢ − τ, 0) with τ chosen so the sum is 1.
 *
 * Points already on the simplex are returned unchanged (up to rounding); the empty vector gives []. NaN
 * entries are treated as −∞ (they get 0).
 *
 * @example
 * projectToSimplex([1.2, -0.2, 0]); // [1, 0, 0]
 * projectToSimplex([0.5, 0.5, 0.5]); // [1/3, 1/3, 1/3]
 */
export function projectToSimplex(v: ArrayLike<number>): number[] {
  const n = v.length;
  if (n === 0) return [];
  const x = Array.from(v, (a) => (Number.isNaN(a) ? Number.NEGATIVE_INFINITY : a));
  const u = [...x].sort((a, b) => b - a);
  let cumulative = 0;
  let tau = (u[0] as number) - 1;
  for (let k = 0; k < n; k++) {
    cumulative += u[k] as number;
    const t = (cumulative - 1) / (k + 1);
    if ((u[k] as number) - t > 0) tau = t;
  }
  return x.map((a) => Math.max(a - tau, 0));
}

/** {@link projectToSimplex} for three finite entries, in place and without allocating (the sampling hot path). */
function project3(b: Float64Array) {
  const a0 = b[0] as number;
  const a1 = b[1] as number;
  const a2 = b[2] as number;
  // Sort descending by comparisons, then find τ as in projectToSimplex.
  let u0 = a0;
  let u1 = a1;
  let u2 = a2;
  if (u0 < u1) [u0, u1] = [u1, u0];
  if (u1 < u2) [u1, u2] = [u2, u1];
  if (u0 < u1) [u0, u1] = [u1, u0];
  let tau = u0 - 1;
  const t2 = (u0 + u1 - 1) / 2;
  if (u1 - t2 > 0) tau = t2;
  const t3 = (u0 + u1 + u2 - 1) / 3;
  if (u2 - t3 > 0) tau = t3;
  b[0] = Math.max(a0 - tau, 0);
  b[1] = Math.max(a1 - tau, 0);
  b[2] = Math.max(a2 - tau, 0);
}

/** A scalar field sampled on a regular grid (see {@link sampleSquare}, {@link sampleSimplex}). */
export interface FieldGrid {
  /** Grid points per row and per column. */
  cols: number;
  rows: number;
  /** values[r·cols + c] at plane point (x0 + c·dx, y0 − r·dy): row 0 is the top. */
  values: Float64Array;
  x0: number;
  y0: number;
  dx: number;
  dy: number;
}

function assertResolution(fn: string, resolution: number) {
  if (!(Number.isInteger(resolution) && resolution >= 2)) {
    throw new RangeError(`${fn}: resolution must be an integer ≥ 2, got ${resolution}`);
  }
}

/**
 * f(x₁, x₂) on a resolution × resolution grid over [−1, 1]², corners included (row 0 at x₂ = 1).
 *
 * `f` receives a reused Float64Array [x₁, x₂]: it must not keep it. Throws RangeError for a resolution that
 * is not an integer ≥ 2.
 *
 * @example
 * sampleSquare((x) => sStar(x, 1, 2), 101).values[50 * 101 + 100]; // S* at (1, 0) = 1/√2
 */
export function sampleSquare(f: (x: Float64Array) => number, resolution: number): FieldGrid {
  assertResolution('sampleSquare', resolution);
  const step = 2 / (resolution - 1);
  const values = new Float64Array(resolution * resolution);
  const x = new Float64Array(2);
  for (let r = 0; r < resolution; r++) {
    for (let c = 0; c < resolution; c++) {
      x[0] = -1 + c * step;
      x[1] = 1 - r * step;
      values[r * resolution + c] = f(x);
    }
  }
  return { cols: resolution, rows: resolution, values, x0: -1, y0: 1, dx: step, dy: step };
}

/**
 * f on the probability simplex of R³, sampled on a grid over the triangle's bounding box [0, 1] × [0, √3/2]
 * with `resolution` columns and square cells. Grid points outside the triangle get f at their Euclidean
 * projection onto the simplex, so level sets run continuously up to the edges (clip the drawing to the
 * triangle).
 *
 * `f` receives a reused Float64Array [b₁, b₂, b₃] on the simplex. Throws RangeError for a resolution that is
 * not an integer ≥ 2.
 *
 * @example
 * const grid = sampleSimplex((b) => sStar(b, 1, 2), 121); // level sets: circles about the centre
 */
export function sampleSimplex(f: (b: Float64Array) => number, resolution: number): FieldGrid {
  assertResolution('sampleSimplex', resolution);
  const step = 1 / (resolution - 1);
  const rows = Math.ceil(SIMPLEX_HEIGHT / step) + 1;
  const values = new Float64Array(rows * resolution);
  const y0 = (rows - 1) * step;
  const b = new Float64Array(3);
  for (let r = 0; r < rows; r++) {
    const b3 = (y0 - r * step) / SIMPLEX_HEIGHT;
    for (let c = 0; c < resolution; c++) {
      const b2 = c * step - b3 / 2;
      b[0] = 1 - b2 - b3;
      b[1] = b2;
      b[2] = b3;
      if (b[0] < 0 || b2 < 0 || b3 < 0) project3(b);
      values[r * resolution + c] = f(b);
    }
  }
  return { cols: resolution, rows, values, x0: 0, y0, dx: step, dy: step };
}

/**
 * The level set {f = level} of a gridded field as line segments in plane coordinates, by marching squares
 * with linear interpolation along cell edges: [xa, ya, xb, yb, …], four numbers per segment.
 *
 * A corner counts as "above" when its value is ≥ level. Cells with a NaN corner are skipped. Saddle cells
 * (diagonal corners on the same side) are resolved by the cell's mean. A constant field, or a level outside
 * the field's range, gives no segments.
 *
 * @example
 * levelSet(sampleSimplex((b) => sStar(b, 1, 2), 121), 0.9); // a circle about the centre
 */
export function levelSet(grid: FieldGrid, level: number): Float64Array {
  const { cols, rows, values, x0, y0, dx, dy } = grid;
  const out: number[] = [];
  const px = (c: number) => x0 + c * dx;
  const py = (r: number) => y0 - r * dy;
  // Crossing on the edge between corner values a (at t = 0) and b (at t = 1).
  const t = (a: number, b: number) => (a === b ? 0.5 : (level - a) / (b - a));
  for (let r = 0; r + 1 < rows; r++) {
    for (let c = 0; c + 1 < cols; c++) {
      const tl = values[r * cols + c] as number;
      const tr = values[r * cols + c + 1] as number;
      const br = values[(r + 1) * cols + c + 1] as number;
      const bl = values[(r + 1) * cols + c] as number;
      if (Number.isNaN(tl) || Number.isNaN(tr) || Number.isNaN(br) || Number.isNaN(bl)) continue;
      const code =
        (tl >= level ? 8 : 0) | (tr >= level ? 4 : 0) | (br >= level ? 2 : 0) | (bl >= level ? 1 : 0);
      if (code === 0 || code === 15) continue;
      // Edge crossings: top (tl→tr), right (tr→br), bottom (bl→br), left (tl→bl).
      const top = (): [number, number] => [px(c + t(tl, tr)), py(r)];
      const right = (): [number, number] => [px(c + 1), py(r + t(tr, br))];
      const bottom = (): [number, number] => [px(c + t(bl, br)), py(r + 1)];
      const left = (): [number, number] => [px(c), py(r + t(tl, bl))];
      const seg = (a: [number, number], b: [number, number]) => out.push(a[0], a[1], b[0], b[1]);
      switch (code) {
        case 1:
        case 14:
          seg(left(), bottom());
          break;
        case 2:
        case 13:
          seg(bottom(), right());
          break;
        case 3:
        case 12:
          seg(left(), right());
          break;
        case 4:
        case 11:
          seg(top(), right());
          break;
        case 6:
        case 9:
          seg(top(), bottom());
          break;
        case 7:
        case 8:
          seg(left(), top());
          break;
        case 5:
        case 10: {
          // Saddle: tl/br on one side, tr/bl on the other. If the centre is on tl's side, tl and br connect.
          const centreAbove = (tl + tr + br + bl) / 4 >= level;
          const tlAbove = code === 10;
          if (centreAbove === tlAbove) {
            seg(left(), bottom());
            seg(top(), right());
          } else {
            seg(left(), top());
            seg(bottom(), right());
          }
          break;
        }
      }
    }
  }
  return Float64Array.from(out);
}

/**
 * `count` evenly spaced levels strictly inside [lo, hi]: lo + k·(hi − lo)/(count + 1), k = 1…count.
 * Empty when count < 1 or the interval is empty or not finite.
 *
 * @example
 * evenLevels(0, 1, 4); // [0.2, 0.4, 0.6, 0.8]
 */
export function evenLevels(lo: number, hi: number, count: number): number[] {
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && hi > lo) || count < 1) return [];
  return Array.from({ length: Math.floor(count) }, (_, k) => lo + ((k + 1) * (hi - lo)) / (count + 1));
}

/**
 * The smallest and largest finite values of a field, or null when it has none.
 *
 * @example
 * fieldRange(sampleSquare((x) => x[0], 3)); // { min: -1, max: 1 }
 */
export function fieldRange(grid: FieldGrid): { min: number; max: number } | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of grid.values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}

/**
 * The values a picture's colour ramp runs between, its sparse end and its dense end: the measure's `bounds`
 * for this n when they are finite and distinct, otherwise the smallest and largest value in the field,
 * oriented by `direction` (for 'lower' measures the smallest value is the sparse end). Null when the field
 * has no finite value and there are no usable bounds.
 *
 * @example
 * shadingEnds({ dense: 1, sparse: 0.5 }, grid, 'lower');  // { dense: 1, sparse: 0.5 }
 * shadingEnds(null, sampleSquare((x) => x[0] + x[1], 3), 'higher'); // { sparse: 2, dense: -2 }
 */
export function shadingEnds(
  bounds: { dense: number; sparse: number } | null,
  grid: FieldGrid,
  direction: Direction,
): { dense: number; sparse: number } | null {
  if (
    bounds &&
    Number.isFinite(bounds.dense) &&
    Number.isFinite(bounds.sparse) &&
    bounds.dense !== bounds.sparse
  )
    return bounds;
  const r = fieldRange(grid);
  if (!r) return null;
  return direction === 'lower' ? { sparse: r.min, dense: r.max } : { sparse: r.max, dense: r.min };
}

/**
 * The probability vector of non-negative weights b = [b₁, b₂, b₃]: b/Σb, with rounding's tiny negatives
 * cleared; weights summing to 0 give the centre (⅓, ⅓, ⅓).
 *
 * @example
 * simplexPoint([0.6, 0.3, 0.1]); // [0.6, 0.3, 0.1]
 * simplexPoint([2, 0, 2]);       // [0.5, 0, 0.5]
 */
export function simplexPoint(b: ArrayLike<number>): [number, number, number] {
  const [X, Y] = simplexToPlane(b);
  const [b1, b2, b3] = planeToSimplex(X, Y);
  return [Math.max(0, b1), Math.max(0, b2), Math.max(0, b3)];
}
