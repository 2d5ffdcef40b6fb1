import { describe, expect, it } from 'vitest';
import {
  cellSize,
  divergingScale,
  gradientStops,
  LABEL_W,
  luminance,
  SUM_W,
  textOn,
  weightScale,
} from './draw';

describe('masked-attention colour scales', () => {
  it('divergingScale maps the ends to blue and red on either theme and clamps beyond max', () => {
    for (const dark of [false, true]) {
      const s = divergingScale(2, dark);
      const [r0, , b0] = s(-2).match(/\d+/g)?.map(Number) ?? [];
      const [r1, , b1] = s(2).match(/\d+/g)?.map(Number) ?? [];
      expect(b0).toBeGreaterThan(r0);
      expect(r1).toBeGreaterThan(b1);
      expect(s(50)).toBe(s(2));
    }
  });

  it('the neutral middle blends into the page: light on a light page, dark on a dark one', () => {
    expect(luminance(divergingScale(1, false)(0))).toBeGreaterThan(0.8);
    expect(luminance(divergingScale(1, true)(0))).toBeLessThan(0.05);
    expect(luminance(weightScale(false)(0))).toBeGreaterThan(0.85);
    expect(luminance(weightScale(true)(0))).toBeLessThan(0.05);
    // Weight 1 stands out: dark on a light page, light on a dark page.
    expect(luminance(weightScale(false)(1))).toBeLessThan(0.1);
    expect(luminance(weightScale(true)(1))).toBeGreaterThan(0.5);
  });

  it('textOn picks the text colour with more contrast, and luminance reads hex and rgb()', () => {
    expect(textOn('#ffffff')).toBe('#111111');
    expect(textOn('rgb(0, 68, 27)')).toBe('#ffffff');
    expect(luminance('#000000')).toBe(0);
    expect(luminance('rgb(255, 255, 255)')).toBe(1);
    expect(luminance('transparent')).toBe(0.5);
  });

  it('gradientStops samples the scale evenly from lo to hi', () => {
    const stops = gradientStops(weightScale(false), 0, 1, 3);
    expect(stops.map((s) => s.offset)).toEqual(['0.0%', '50.0%', '100.0%']);
    expect(stops[2].color).toBe(weightScale(false)(1));
  });
});

describe('cellSize', () => {
  it('cellSize fits all three heatmaps in a row on a wide page and caps cells at 44 px', () => {
    expect(cellSize(1250, 8, 4)).toBe(44);
    const c = cellSize(830, 8, 4);
    expect(3 * LABEL_W + SUM_W + 32 + 20 * c).toBeLessThanOrEqual(830);
    expect(c).toBeGreaterThanOrEqual(28);
  });

  it('cellSize on a 340 px phone still fits the widest heatmap (weights and its sum column)', () => {
    for (let n = 2; n <= 16; n++) {
      const c = cellSize(340, n, 8);
      expect(LABEL_W + SUM_W + n * c).toBeLessThanOrEqual(340);
      expect(c).toBeGreaterThanOrEqual(10);
    }
  });
});
