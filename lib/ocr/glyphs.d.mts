/** The em box of Make Me a Hanzi outlines: x in [0, 1024), y in [−124, 900), y up. */
export const EM_BOX: { x0: number; y0: number; size: number };

/** Absolute M/L/Q/C/Z path → closed polygons as flat [x0, y0, x1, y1, …] arrays. */
export function pathToPolygons(d: string, steps?: number): number[][];

/** Polygons (em units) → size×size coverage in [0, 1], row 0 at the top, non-zero winding. */
export function rasterize(
  polygons: readonly (readonly number[])[],
  size: number,
  supersample?: number,
): Float32Array;

/** Separable Gaussian blur (radius ⌈3σ⌉, zero padding); sigma ≤ 0 copies. */
export function blur(bitmap: ArrayLike<number>, size: number, sigma: number): Float32Array;

/** Mean of p×p blocks; RangeError unless p divides size. */
export function pool(bitmap: ArrayLike<number>, size: number, p: number): Float32Array;

/** Options of {@link glyphFeature}. */
export interface GlyphFeatureOptions {
  size?: number;
  sigma?: number;
  pooling?: number;
  supersample?: number;
}

/** Rasterised, blurred, pooled, unit-norm glyph of a character's stroke outlines. */
export function glyphFeature(strokes: readonly string[], options?: GlyphFeatureOptions): Float32Array;

/** A neighbour of a glyph: its index and cosine similarity. */
export interface GlyphNeighbour {
  index: number;
  similarity: number;
}

/** The k most similar other features of each feature (cosine of unit features), descending, ties by index. */
export function nearestGlyphs(features: readonly ArrayLike<number>[], k: number): GlyphNeighbour[][];
