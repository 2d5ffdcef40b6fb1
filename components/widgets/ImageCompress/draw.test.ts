import { describe, expect, it } from 'vitest';
import { colorTable, grayPixels, signedPixels } from './draw';

describe('grayPixels', () => {
  it('grayPixels maps 0 → black, 1 → white, 0.5 → 128, clamps overshoot and draws NaN black', () => {
    const px = grayPixels([0, 1, 0.5, 1.2, -0.3, Number.NaN]);
    expect(Array.from(px)).toEqual([
      0, 0, 0, 255, 255, 255, 255, 255, 128, 128, 128, 255, 255, 255, 255, 255, 0, 0, 0, 255, 0, 0, 0, 255,
    ]);
  });
});

describe('signedPixels', () => {
  const scale = (v: number) => `rgb(${Math.round(128 + 127 * Math.max(-1, Math.min(1, v)))}, 0, 0)`;
  const lut = colorTable(scale, 1);

  it('colorTable(scale, limit) samples the scale at 256 even steps from −limit to limit', () => {
    expect(lut).toHaveLength(768);
    expect([lut[0], lut[3 * 255]]).toEqual([1, 255]);
  });

  it('signedPixels sends −limit, 0 and +limit to the table’s ends and middle, clamps beyond, NaN → middle', () => {
    const px = signedPixels([-1, 0, 1, 5, Number.NaN], lut, 1);
    const reds = [0, 1, 2, 3, 4].map((t) => px[4 * t]);
    expect(reds).toEqual([lut[0], lut[3 * 128], lut[3 * 255], lut[3 * 255], lut[3 * 128]]);
    expect(px[3]).toBe(255);
  });

  it('signedPixels treats a zero or non-finite limit as 1 (no division by zero)', () => {
    expect(signedPixels([1], lut, 0)[0]).toBe(lut[3 * 255]);
    expect(signedPixels([1], lut, Number.NaN)[0]).toBe(lut[3 * 255]);
  });
});
