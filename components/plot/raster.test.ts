import { describe, expect, it } from 'vitest';
import { rasterBytes } from './raster';

describe('rasterBytes(values, rows, cols, color)', () => {
  it('writes RGBA bytes cell by cell in row-major order', () => {
    const bytes = rasterBytes([0, 1, 1, 0], 2, 2, (v) => (v ? 'rgb(10, 20, 30)' : 'rgba(255, 0, 0, 0.5)'));
    expect(Array.from(bytes)).toEqual([255, 0, 0, 128, 10, 20, 30, 255, 10, 20, 30, 255, 255, 0, 0, 128]);
  });

  it('leaves non-finite values transparent', () => {
    const bytes = rasterBytes([Number.NaN, Infinity, 1], 1, 3, () => 'black');
    expect(Array.from(bytes.subarray(0, 8))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(bytes[11]).toBe(255);
  });

  it('asks the colour scale once per distinct value (a binary mask is cheap)', () => {
    let calls = 0;
    const values = new Float64Array(64 * 64).map((_, i) => i % 2);
    const bytes = rasterBytes(values, 64, 64, (v) => {
      calls += 1;
      return v ? 'white' : 'black';
    });
    expect(calls).toBe(2);
    expect(Array.from(bytes.subarray(0, 8))).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
  });

  it('gives every cell its own value’s colour, beyond the values whose colours it keeps', () => {
    // 5000 distinct values (more than are remembered), each twice, through a scale of 256 grey levels.
    const values = Array.from({ length: 10_000 }, (_, p) => (p % 5000) / 4999);
    const grey = (v: number) => {
      const g = Math.round(255 * v);
      return `rgb(${g}, ${g}, ${g})`;
    };
    const bytes = rasterBytes(values, 100, 100, grey);
    for (let p = 0; p < values.length; p++) {
      const g = Math.round(255 * (values[p] as number));
      expect(Array.from(bytes.subarray(4 * p, 4 * p + 4))).toEqual([g, g, g, 255]);
    }
  });

  it('lets a scale with rgba write each finite cell’s bytes itself, without asking for a CSS string', () => {
    const color = Object.assign(
      (): string => {
        throw new Error('no string expected');
      },
      {
        rgba: (v: number, out: Uint8ClampedArray, at: number) => out.set([v, 2 * v, 3 * v, 255], at),
      },
    );
    const bytes = rasterBytes([1, Number.NaN, 2], 1, 3, color);
    expect(Array.from(bytes)).toEqual([1, 2, 3, 255, 0, 0, 0, 0, 2, 4, 6, 255]);
  });

  it('throws a RangeError naming the sizes when there are too few values', () => {
    expect(() => rasterBytes([1, 2, 3], 2, 2, () => 'black')).toThrow(/3 values for a 2×2 grid/);
  });
});
