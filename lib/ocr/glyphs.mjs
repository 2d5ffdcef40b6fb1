/**
 * The pure core of the confusion set in scripts/ocr-corpus.mjs: character outlines (SVG path strings, as in
 * Make Me a Hanzi / hanzi-writer-data, a 1024-unit em box with y up from −124 to 900) → small grey bitmaps →
 * pairwise visual similarity → the k most similar characters of each character.
 *
 * Similarity is the cosine of two blurred coverage bitmaps: blurring first makes a stroke that moved by a
 * pixel or two still overlap, so 于/干 (one hooked stroke apart) score high while characters of different
 * structure score low. Plain JavaScript (types in glyphs.d.mts) so the build script runs on Node 20 without
 * a TypeScript loader; no I/O here.
 */

/** The em box of Make Me a Hanzi outlines: x in [0, 1024), y in [−124, 900) with y pointing up. */
export const EM_BOX = { x0: 0, y0: -124, size: 1024 };

const TOKEN = /[MLQCZmlqcz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g;

/**
 * Flattens an SVG path made of absolute M, L, Q, C and Z commands into closed polygons (flat [x0, y0, x1, y1, …]
 * arrays), with `steps` line segments per curve.
 *
 * Throws Error on relative or unsupported commands or a malformed number list (the outlines only use these).
 *
 * @example
 * pathToPolygons('M 0 0 L 10 0 L 10 10 Z'); // [[0, 0, 10, 0, 10, 10]]
 */
export function pathToPolygons(d, steps = 6) {
  const tokens = d.match(TOKEN) ?? [];
  const polygons = [];
  let current = null;
  let x = 0;
  let y = 0;
  let i = 0;
  const num = () => {
    const t = tokens[i++];
    const v = Number(t);
    if (t === undefined || Number.isNaN(v))
      throw new Error(`pathToPolygons: expected a number at token ${i - 1} of "${d}"`);
    return v;
  };
  while (i < tokens.length) {
    const cmd = tokens[i++];
    if (cmd === 'M') {
      if (current && current.length >= 6) polygons.push(current);
      x = num();
      y = num();
      current = [x, y];
    } else if (cmd === 'L') {
      x = num();
      y = num();
      current?.push(x, y);
    } else if (cmd === 'Q') {
      const cx = num();
      const cy = num();
      const ex = num();
      const ey = num();
      for (let s = 1; s <= steps; s++) {
        const t = s / steps;
        const u = 1 - t;
        current?.push(u * u * x + 2 * u * t * cx + t * t * ex, u * u * y + 2 * u * t * cy + t * t * ey);
      }
      x = ex;
      y = ey;
    } else if (cmd === 'C') {
      const c1x = num();
      const c1y = num();
      const c2x = num();
      const c2y = num();
      const ex = num();
      const ey = num();
      for (let s = 1; s <= steps; s++) {
        const t = s / steps;
        const u = 1 - t;
        current?.push(
          u * u * u * x + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * ex,
          u * u * u * y + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * ey,
        );
      }
      x = ex;
      y = ey;
    } else if (cmd === 'Z') {
      if (current && current.length >= 6) polygons.push(current);
      current = null;
    } else {
      throw new Error(`pathToPolygons: unsupported command "${cmd}" in "${d}"`);
    }
  }
  if (current && current.length >= 6) polygons.push(current);
  return polygons;
}

/**
 * Rasterises closed polygons (in em-box units, y up) into a size×size coverage bitmap (row 0 at the top,
 * values in [0, 1]): each pixel is sampled on a supersample×supersample grid with the non-zero winding rule,
 * and overlapping strokes count once.
 *
 * @example
 * rasterize([[0, -124, 1024, -124, 1024, 900, 0, 900]], 4, 2); // all ones: the square covers the em box
 */
export function rasterize(polygons, size, supersample = 3) {
  const out = new Float32Array(size * size);
  const n = size * supersample;
  const scale = n / EM_BOX.size;
  // Edges in sample units with y pointing down.
  const edges = [];
  for (const poly of polygons) {
    const m = poly.length / 2;
    for (let k = 0; k < m; k++) {
      const ax = (poly[2 * k] - EM_BOX.x0) * scale;
      const ay = (EM_BOX.size - (poly[2 * k + 1] - EM_BOX.y0)) * scale;
      const j = (k + 1) % m;
      const bx = (poly[2 * j] - EM_BOX.x0) * scale;
      const by = (EM_BOX.size - (poly[2 * j + 1] - EM_BOX.y0)) * scale;
      if (ay !== by) edges.push(ay < by ? [ax, ay, bx, by, 1] : [bx, by, ax, ay, -1]);
    }
  }
  const crossings = [];
  const weight = 1 / (supersample * supersample);
  for (let row = 0; row < n; row++) {
    const sy = row + 0.5;
    crossings.length = 0;
    for (const [x0, y0, x1, y1, dir] of edges) {
      if (sy >= y0 && sy < y1) crossings.push([x0 + ((sy - y0) / (y1 - y0)) * (x1 - x0), dir]);
    }
    if (crossings.length === 0) continue;
    crossings.sort((a, b) => a[0] - b[0]);
    let winding = 0;
    const py = Math.floor(row / supersample);
    for (let c = 0; c < crossings.length - 1; c++) {
      winding += crossings[c][1];
      if (winding === 0) continue;
      // Samples at column centres col + 0.5 inside [crossings[c], crossings[c + 1]).
      const from = Math.max(0, Math.ceil(crossings[c][0] - 0.5));
      const to = Math.min(n - 1, Math.ceil(crossings[c + 1][0] - 0.5) - 1);
      for (let col = from; col <= to; col++) out[py * size + Math.floor(col / supersample)] += weight;
    }
  }
  for (let k = 0; k < out.length; k++) if (out[k] > 1) out[k] = 1;
  return out;
}

/**
 * A separable Gaussian blur of a size×size bitmap with standard deviation `sigma` pixels (kernel radius
 * ⌈3σ⌉, zero outside the bitmap). sigma 0 returns a copy.
 *
 * @example
 * blur(new Float32Array([0, 0, 0, 0, 1, 0, 0, 0, 0]), 3, 1)[4]; // < 1: the centre spreads out
 */
export function blur(bitmap, size, sigma) {
  if (!(sigma > 0)) return Float32Array.from(bitmap);
  const r = Math.ceil(3 * sigma);
  const kernel = [];
  let total = 0;
  for (let k = -r; k <= r; k++) {
    const w = Math.exp(-(k * k) / (2 * sigma * sigma));
    kernel.push(w);
    total += w;
  }
  for (let k = 0; k < kernel.length; k++) kernel[k] /= total;
  const tmp = new Float32Array(size * size);
  const out = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let s = 0;
      for (let k = -r; k <= r; k++) {
        const xx = x + k;
        if (xx >= 0 && xx < size) s += kernel[k + r] * bitmap[y * size + xx];
      }
      tmp[y * size + x] = s;
    }
  }
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let s = 0;
      for (let k = -r; k <= r; k++) {
        const yy = y + k;
        if (yy >= 0 && yy < size) s += kernel[k + r] * tmp[yy * size + x];
      }
      out[y * size + x] = s;
    }
  }
  return out;
}

/**
 * Averages p×p blocks of a size×size bitmap into a (size/p)×(size/p) bitmap (size must be a multiple of p).
 *
 * @example
 * pool(Float32Array.of(1, 0, 0, 1), 2, 2); // Float32Array [0.5]
 */
export function pool(bitmap, size, p) {
  if (size % p !== 0) throw new RangeError(`pool: size ${size} is not a multiple of ${p}`);
  const s = size / p;
  const out = new Float32Array(s * s);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++)
      out[Math.floor(y / p) * s + Math.floor(x / p)] += bitmap[y * size + x] / (p * p);
  }
  return out;
}

/**
 * The glyph feature of a character: its strokes rasterised at size×size, blurred by sigma pixels, averaged over
 * p×p blocks (`pooling`), scaled to unit Euclidean norm (so the dot product of two features is their cosine
 * similarity). An empty glyph gives zeros.
 *
 * @example
 * const f = glyphFeature(['M 0 0 L 500 0 L 500 500 Z'], { size: 24, sigma: 1, pooling: 2 }); // length 144
 * f.reduce((s, v) => s + v * v, 0); // ≈ 1
 */
export function glyphFeature(strokes, { size = 24, sigma = 1, pooling = 1, supersample = 3 } = {}) {
  const polygons = strokes.flatMap((d) => pathToPolygons(d));
  const blurred = blur(rasterize(polygons, size, supersample), size, sigma);
  const bitmap = pooling > 1 ? pool(blurred, size, pooling) : blurred;
  let norm = 0;
  for (let k = 0; k < bitmap.length; k++) norm += bitmap[k] * bitmap[k];
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < bitmap.length; k++) bitmap[k] /= norm;
  return bitmap;
}

/**
 * For each feature, the k most similar other features by cosine similarity (dot product of unit features),
 * as `{ index, similarity }` lists sorted by similarity (descending), ties by index (ascending).
 *
 * Cost O(m²·d) for m features of length d. A zero feature (missing glyph) has no neighbours and is nobody's
 * neighbour. k is clamped to [0, m − 1].
 *
 * @example
 * nearestGlyphs([Float32Array.of(1, 0), Float32Array.of(0.8, 0.6), Float32Array.of(0, 1)], 1);
 * // [[{ index: 1, similarity: 0.8 }], [{ index: 0, … }] (0.8 > 0.6), [{ index: 1, similarity: 0.6 }]]
 */
export function nearestGlyphs(features, k) {
  const m = features.length;
  const keep = Math.max(0, Math.min(k, m - 1));
  const lists = features.map(() => []);
  if (keep === 0) return lists;
  const d = m === 0 ? 0 : features[0].length;
  // One contiguous row-major m×d matrix: the inner loop then runs over adjacent memory.
  const X = new Float64Array(m * d);
  const live = [];
  for (let i = 0; i < m; i++) {
    const f = features[i];
    if (f.length !== d)
      throw new Error(`nearestGlyphs: feature ${i} has length ${f.length}, feature 0 has ${d}`);
    let any = false;
    for (let t = 0; t < d; t++) {
      X[i * d + t] = f[t];
      if (f[t] !== 0) any = true;
    }
    if (any) live.push(i);
  }
  // Per row, the kept similarities and indices, with the current k-th best as an admission bar.
  const topSim = new Float64Array(m * keep).fill(Number.NEGATIVE_INFINITY);
  const topIdx = new Int32Array(m * keep).fill(-1);
  const offer = (i, j, s) => {
    const base = i * keep;
    // Strictly better than the worst kept, or equal with a lower index (j arrives in increasing order per i
    // only for j > i, so ties are resolved explicitly).
    let at = keep - 1;
    const ws = topSim[base + at];
    if (s < ws || (s === ws && j > topIdx[base + at] && topIdx[base + at] !== -1)) return;
    while (at > 0) {
      const ps = topSim[base + at - 1];
      if (ps > s || (ps === s && topIdx[base + at - 1] < j)) break;
      topSim[base + at] = ps;
      topIdx[base + at] = topIdx[base + at - 1];
      at--;
    }
    topSim[base + at] = s;
    topIdx[base + at] = j;
  };
  for (let a = 0; a < live.length; a++) {
    const i = live[a];
    const oi = i * d;
    for (let b = a + 1; b < live.length; b++) {
      const j = live[b];
      const oj = j * d;
      let s0 = 0;
      let s1 = 0;
      let t = 0;
      for (; t + 1 < d; t += 2) {
        s0 += X[oi + t] * X[oj + t];
        s1 += X[oi + t + 1] * X[oj + t + 1];
      }
      if (t < d) s0 += X[oi + t] * X[oj + t];
      const s = s0 + s1;
      offer(i, j, s);
      offer(j, i, s);
    }
  }
  for (let i = 0; i < m; i++) {
    for (let r = 0; r < keep; r++) {
      const j = topIdx[i * keep + r];
      if (j >= 0) lists[i].push({ index: j, similarity: topSim[i * keep + r] });
    }
  }
  return lists;
}
