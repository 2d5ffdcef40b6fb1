import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { blur, glyphFeature, nearestGlyphs, pathToPolygons, pool, rasterize } from './glyphs.mjs';

const square = (x0: number, y0: number, x1: number, y1: number) =>
  `M ${x0} ${y0} L ${x1} ${y0} L ${x1} ${y1} L ${x0} ${y1} Z`;

describe('pathToPolygons', () => {
  it('pathToPolygons(M L Z) gives the vertices; Q and C add `steps` points ending at the end point', () => {
    expect(pathToPolygons('M 0 0 L 10 0 L 10 10 Z')).toEqual([[0, 0, 10, 0, 10, 10]]);
    const q = pathToPolygons('M 0 0 Q 5 10 10 0 L 5 -5 Z', 4)[0] as number[];
    expect(q.length).toBe(2 + 8 + 2);
    expect(q.slice(8, 10)).toEqual([10, 0]);
    // Midpoint of the quadratic: (0 + 2·5 + 10)/4, (0 + 2·10 + 0)/4.
    expect(q.slice(4, 6)).toEqual([5, 5]);
    const c = pathToPolygons('M 0 0 C 0 10 10 10 10 0 Z', 2)[0] as number[];
    expect(c).toEqual([0, 0, 5, 7.5, 10, 0]);
  });

  it('pathToPolygons(relative command) throws', () => {
    expect(() => pathToPolygons('m 0 0 l 1 1 z')).toThrow(/unsupported command/);
    expect(() => pathToPolygons('M 0')).toThrow(/expected a number/);
  });
});

describe('rasterize', () => {
  it('rasterize(left half of the em box) covers exactly the left columns', () => {
    const img = rasterize(pathToPolygons(square(0, -124, 512, 900)), 8, 2);
    for (let y = 0; y < 8; y++) {
      expect(Array.from(img.slice(y * 8, y * 8 + 8))).toEqual([1, 1, 1, 1, 0, 0, 0, 0]);
    }
  });

  it('rasterize(top quarter) puts row 0 at the top (y up in the em box)', () => {
    const img = rasterize(pathToPolygons(square(0, 644, 1024, 900)), 4, 2);
    expect(Array.from(img)).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('rasterize(overlapping strokes) counts the overlap once; a hole by opposite winding stays empty', () => {
    const twice = rasterize(
      [...pathToPolygons(square(0, -124, 1024, 900)), ...pathToPolygons(square(0, -124, 1024, 900))],
      4,
      2,
    );
    expect(Math.max(...twice)).toBe(1);
    // Outer square clockwise-agnostic, inner square reversed: non-zero winding leaves the inner hole empty.
    const ring = [
      [0, -124, 1024, -124, 1024, 900, 0, 900],
      [256, 132, 256, 644, 768, 644, 768, 132],
    ];
    const img = rasterize(ring, 4, 4);
    expect(Array.from(img)).toEqual([1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1]);
  });
});

describe('blur, pool, glyphFeature', () => {
  it('blur(impulse) keeps the mass away from the border and is symmetric; sigma 0 copies', () => {
    const img = new Float32Array(81);
    img[40] = 1;
    const b = blur(img, 9, 1);
    expectClose(
      b.reduce((s, v) => s + v, 0),
      1,
      { rtol: 1e-6 },
    );
    expect(b[39]).toBeCloseTo(b[41] as number, 7);
    expect(b[31]).toBeCloseTo(b[49] as number, 7);
    expect(Array.from(blur(img, 9, 0))).toEqual(Array.from(img));
  });

  it('pool(bitmap, 4, 2) averages 2×2 blocks; a size not divisible throws', () => {
    const img = Float32Array.from({ length: 16 }, (_, i) => i);
    expect(Array.from(pool(img, 4, 2))).toEqual([2.5, 4.5, 10.5, 12.5]);
    expect(() => pool(img, 4, 3)).toThrow(RangeError);
  });

  it('glyphFeature(strokes) has unit norm; an empty glyph gives zeros', () => {
    const f = glyphFeature([square(100, 100, 400, 700)], { size: 24, sigma: 1, pooling: 2 });
    expect(f.length).toBe(144);
    expectClose(
      f.reduce((s, v) => s + v * v, 0),
      1,
      { rtol: 1e-6 },
    );
    expect(glyphFeature([], { size: 8 }).every((v) => v === 0)).toBe(true);
  });

  it('glyphFeature: a slightly shifted shape is more similar than a different shape (the point of blurring)', () => {
    const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, v, i) => s + v * (b[i] as number), 0);
    const bar = glyphFeature([square(100, 300, 900, 400)]);
    const shifted = glyphFeature([square(100, 340, 900, 440)]);
    const upright = glyphFeature([square(450, -50, 550, 850)]);
    expect(dot(bar, shifted)).toBeGreaterThan(0.7);
    expect(dot(bar, shifted)).toBeGreaterThan(dot(bar, upright) + 0.3);
  });
});

describe('nearestGlyphs', () => {
  it('nearestGlyphs(features, k) equals a sort of all cosine similarities on seeded features (ties by index)', () => {
    const rng = createRng(3);
    const features = Array.from({ length: 40 }, (_, i) => {
      // Values in {0, 1, 2}: many exact ties.
      const f = Float32Array.from({ length: 6 }, () => rng.int(0, 2));
      return i % 13 === 5 ? new Float32Array(6) : f;
    });
    const lists = nearestGlyphs(features, 5);
    features.forEach((a, i) => {
      const zero = a.every((v) => v === 0);
      const expected = zero
        ? []
        : features
            .map((b, j) => ({
              index: j,
              similarity: a.reduce((s, v, t) => s + v * (b[t] as number), 0),
              zero: b.every((v) => v === 0),
            }))
            .filter((e) => e.index !== i && !e.zero)
            .sort((p, q) => q.similarity - p.similarity || p.index - q.index)
            .slice(0, 5)
            .map(({ index, similarity }) => ({ index, similarity }));
      expect(lists[i], `row ${i}`).toEqual(expected);
    });
  });

  it('nearestGlyphs(k beyond m − 1 or 0) clamps; mismatched lengths throw', () => {
    const f = [Float32Array.of(1, 0), Float32Array.of(0.6, 0.8)];
    expect(nearestGlyphs(f, 10)).toEqual([
      [{ index: 1, similarity: expect.closeTo(0.6, 6) }],
      [{ index: 0, similarity: expect.closeTo(0.6, 6) }],
    ]);
    expect(nearestGlyphs(f, 0)).toEqual([[], []]);
    expect(nearestGlyphs([], 3)).toEqual([]);
    expect(() => nearestGlyphs([Float32Array.of(1), Float32Array.of(1, 2)], 1)).toThrow(/length/);
  });
});
