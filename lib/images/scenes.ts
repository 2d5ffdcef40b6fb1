import type { Matrix } from '../linalg';
import { createRng } from '../random';

/** The procedural grayscale scenes, from easiest to hardest for a low-rank fit. */
export const IMAGE_SCENES = ['smooth', 'shapes', 'noisy'] as const;
/** The name of a scene `sceneImage` draws: 'smooth', 'shapes' or 'noisy' (one of `IMAGE_SCENES`). */
export type ImageScene = (typeof IMAGE_SCENES)[number];

/** Largest side `sceneImage` draws (4 MB of Float64 pixels). */
export const MAX_SCENE_SIZE = 1024;

type Seg = readonly [number, number, number, number];

/** The strokes of the letters "SVD" in a unit box per letter (x right, y down): text-like thin lines. */
const LETTERS: readonly (readonly Seg[])[] = [
  // S
  [
    [0.9, 0.1, 0.1, 0.1],
    [0.1, 0.1, 0.1, 0.5],
    [0.1, 0.5, 0.9, 0.5],
    [0.9, 0.5, 0.9, 0.9],
    [0.9, 0.9, 0.1, 0.9],
  ],
  // V
  [
    [0.1, 0.1, 0.5, 0.9],
    [0.5, 0.9, 0.9, 0.1],
  ],
  // D
  [
    [0.1, 0.1, 0.1, 0.9],
    [0.1, 0.1, 0.6, 0.1],
    [0.6, 0.1, 0.9, 0.35],
    [0.9, 0.35, 0.9, 0.65],
    [0.9, 0.65, 0.6, 0.9],
    [0.6, 0.9, 0.1, 0.9],
  ],
];

/** Distance from (x, y) to the segment s. */
function segmentDistance(x: number, y: number, [x0, y0, x1, y1]: Seg): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2));
  return Math.hypot(x - x0 - t * dx, y - y0 - t * dy);
}

/**
 * Smooth scene at (x, y) ∈ [0, 1]²: a radial gradient, a diagonal wave and two tilted elliptical blobs. None of
 * them is a product f(x)·g(y), so the spectrum decays fast but never stops at a small rank.
 */
function smooth(x: number, y: number): number {
  let v = 0.85 - 0.5 * Math.hypot(x - 0.15, y - 0.1);
  v += 0.08 * Math.sin(7 * (x + 0.6 * y) + 2 * x * y);
  const u = (x - 0.35 + (y - 0.6)) / Math.SQRT2;
  const w = (-(x - 0.35) + (y - 0.6)) / Math.SQRT2;
  v += 0.3 * Math.exp(-(u * u) / 0.03 - (w * w) / 0.006);
  const p = 0.8 * (x - 0.75) - 0.6 * (y - 0.35);
  const q = 0.6 * (x - 0.75) + 0.8 * (y - 0.35);
  v -= 0.3 * Math.exp(-(p * p) / 0.012 - (q * q) / 0.04);
  return v;
}

/** Sharp-edged scene at (x, y): a gradient sky, a tilted square, a disc, a triangle, stripes and "SVD". */
function shapes(x: number, y: number): number {
  let v = 0.15 + 0.45 * y; // vertical gradient
  // A square tilted by 30°: diagonal edges, which a sum of few outer products cannot draw.
  const c = Math.cos(Math.PI / 6);
  const s = Math.sin(Math.PI / 6);
  const u = (x - 0.3) * c + (y - 0.32) * s;
  const w = -(x - 0.3) * s + (y - 0.32) * c;
  if (Math.abs(u) < 0.14 && Math.abs(w) < 0.14) v = 0.92;
  // A disc.
  if ((x - 0.74) ** 2 + (y - 0.3) ** 2 < 0.16 ** 2) v = 0.05;
  // A triangle.
  if (y > 0.58 && y < 0.9 && Math.abs(x - 0.22) < (y - 0.58) * 0.55) v = 0.7;
  // Vertical stripes: axis-aligned, so cheap for the SVD.
  if (x > 0.45 && x < 0.95 && y > 0.55 && y < 0.66 && Math.floor(x * 40) % 2 === 0) v = 0.95;
  // The letters "SVD": thin strokes.
  for (let l = 0; l < LETTERS.length; l++) {
    const lx = (x - (0.48 + l * 0.16)) / 0.13;
    const ly = (y - 0.72) / 0.2;
    if (lx < -0.2 || lx > 1.2 || ly < -0.2 || ly > 1.2) continue;
    for (const seg of LETTERS[l] as readonly Seg[]) {
      if (segmentDistance(lx, ly, seg) < 0.09) {
        v = 0.02;
        break;
      }
    }
  }
  return v;
}

/**
 * A deterministic grayscale test image, size×size, pixel (i, j) = row i (top to bottom), column j, values in
 * [0, 1] (0 black).
 *
 * - `smooth`: a radial gradient, a wave and soft tilted blobs; a few dozen singular values hold nearly all
 *   of it.
 * - `shapes`: a gradient with a tilted square, a disc, a triangle, stripes and the letters "SVD", drawn with
 *   2×2 supersampling; the slanted edges and thin strokes need many singular values.
 * - `noisy`: `shapes` plus a fine diagonal texture and Gaussian noise (σ = 0.08, from createRng(seed)); the
 *   noise spreads over every singular value, so the tail never gets small.
 *
 * Values are clamped to [0, 1]. Throws RangeError unless size is an integer in [1, MAX_SCENE_SIZE] and kind is
 * one of IMAGE_SCENES.
 *
 * @example
 * const A = sceneImage('shapes', 256); // 256×256 Matrix; svd(A).S falls slowly
 */
export function sceneImage(kind: ImageScene, size = 256, seed = 4208): Matrix {
  if (!Number.isInteger(size) || size < 1 || size > MAX_SCENE_SIZE) {
    throw new RangeError(`sceneImage: size ${size} is not an integer in [1, ${MAX_SCENE_SIZE}]`);
  }
  if (!IMAGE_SCENES.includes(kind)) {
    throw new RangeError(`sceneImage: unknown scene '${String(kind)}' (use ${IMAGE_SCENES.join(', ')})`);
  }
  const data = new Float64Array(size * size);
  const rng = kind === 'noisy' ? createRng(seed) : null;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      let v: number;
      if (kind === 'smooth') v = smooth((j + 0.5) / size, (i + 0.5) / size);
      else {
        v = 0;
        for (const [a, b] of [
          [0.25, 0.25],
          [0.25, 0.75],
          [0.75, 0.25],
          [0.75, 0.75],
        ] as const) {
          v += shapes((j + a) / size, (i + b) / size) / 4;
        }
        if (rng) {
          v += 0.06 * Math.sin(((i + j) / size) * 90) + rng.normal(0, 0.08);
        }
      }
      data[i * size + j] = Math.min(1, Math.max(0, v));
    }
  }
  return { rows: size, cols: size, data };
}
