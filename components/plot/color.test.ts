import { scaleQuantize } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import {
  cssGradient,
  divergingColor,
  gradientStops,
  luminance,
  mixColor,
  rgbBytes,
  sequentialColor,
  steppedColor,
  textOn,
} from './color';
import type { PlotTheme } from './theme';

const light: PlotTheme = {
  dark: false,
  tokens: {
    bg: 'rgb(253, 252, 250)',
    fg: 'rgb(29, 31, 35)',
    'fg-muted': 'rgb(91, 97, 105)',
    surface: 'rgb(244, 242, 238)',
    'surface-2': 'rgb(235, 232, 226)',
    border: 'rgb(217, 213, 205)',
    accent: 'rgb(31, 95, 191)',
    danger: 'rgb(179, 38, 30)',
    warn: 'rgb(138, 90, 0)',
    ok: 'rgb(30, 122, 60)',
  },
};
const dark: PlotTheme = {
  dark: true,
  tokens: {
    ...light.tokens,
    bg: 'rgb(21, 23, 26)',
    fg: 'rgb(230, 228, 223)',
    surface: 'rgb(30, 33, 37)',
    'surface-2': 'rgb(39, 43, 48)',
  },
};

describe('rgbBytes(css)', () => {
  it('reads hex, rgb(), rgba() and named colours; mid-grey for anything else', () => {
    expect(rgbBytes('#1f5fbf')).toEqual([31, 95, 191, 255]);
    expect(rgbBytes('rgb(1, 2, 3)')).toEqual([1, 2, 3, 255]);
    expect(rgbBytes('rgba(31, 95, 191, 0.5)')).toEqual([31, 95, 191, 128]);
    expect(rgbBytes('white')).toEqual([255, 255, 255, 255]);
    expect(rgbBytes('var(--accent)')).toEqual([128, 128, 128, 255]);
  });
});

describe('luminance(css) and textOn(fill, theme)', () => {
  it('luminance is 0 for black, 1 for white and 0.5 for an unreadable colour', () => {
    expect(luminance('#000')).toBe(0);
    expect(luminance('rgb(255, 255, 255)')).toBe(1);
    expect(luminance('nonsense')).toBe(0.5);
  });

  it('textOn picks the theme colour with more contrast against the cell', () => {
    expect(textOn('#ffffff', light)).toBe(light.tokens.fg);
    expect(textOn('rgb(0, 68, 27)', light)).toBe(light.tokens.bg);
    expect(textOn('#ffffff', dark)).toBe(dark.tokens.bg);
    expect(textOn('rgb(0, 68, 27)', dark)).toBe(dark.tokens.fg);
  });
});

describe('divergingColor(max, theme)', () => {
  it('is blue below zero and red above, on either theme, and clamps beyond ±max', () => {
    for (const theme of [light, dark]) {
      const s = divergingColor(2, theme);
      const [rn, , bn] = rgbBytes(s(-2));
      const [rp, , bp] = rgbBytes(s(2));
      expect(bn).toBeGreaterThan(rn);
      expect(rp).toBeGreaterThan(bp);
      expect(s(-50)).toBe(s(-2));
      expect(s(50)).toBe(s(2));
    }
  });

  it('keeps zero quiet: near white on a light page, the raised surface on a dark one', () => {
    expect(luminance(divergingColor(1, light)(0))).toBeGreaterThan(0.8);
    expect(rgbBytes(divergingColor(1, dark)(0))).toEqual(rgbBytes(dark.tokens['surface-2']));
  });

  it('falls back to ±1 for a zero, negative or non-finite max', () => {
    for (const max of [0, -1, Number.NaN, Infinity])
      expect(divergingColor(max, light)(1)).toBe(divergingColor(1, light)(1));
  });

  it('writes for a raster exactly the bytes of its CSS colour, at every value', () => {
    const rng = createRng('diverging-rgba');
    const out = new Uint8ClampedArray(4);
    for (const theme of [light, dark])
      for (const max of [1, 0.37, 250]) {
        const s = divergingColor(max, theme);
        const values = [0, -0, max, -max, 0.5 * max, -0.5 * max, 3 * max, -3 * max, 1e-12, -1e-12];
        for (let k = 0; k < 5000; k++) values.push((rng.next() * 2.4 - 1.2) * max);
        for (const v of values) {
          s.rgba?.(v, out, 0);
          expect(Array.from(out)).toEqual(rgbBytes(s(v)));
        }
      }
  });
});

describe('sequentialColor(domain, theme, ramp, reverse)', () => {
  it('starts near the page and ends strong on either theme', () => {
    expect(luminance(sequentialColor([0, 1], light)(0))).toBeGreaterThan(0.85);
    expect(luminance(sequentialColor([0, 1], light)(1))).toBeLessThan(0.1);
    expect(rgbBytes(sequentialColor([0, 1], dark)(0))).toEqual(rgbBytes(dark.tokens.surface));
    expect(luminance(sequentialColor([0, 1], dark)(1))).toBeGreaterThan(0.5);
  });

  it('reverse swaps the ends and the scale clamps outside its domain', () => {
    const s = sequentialColor([0, 10], light, 'blues');
    const r = sequentialColor([0, 10], light, 'blues', true);
    expect(r(0)).toBe(s(10));
    expect(s(-5)).toBe(s(0));
    expect(s(99)).toBe(s(10));
  });
});

describe('gradientStops, cssGradient and mixColor', () => {
  it('samples a scale evenly and writes a CSS gradient of it', () => {
    const s = sequentialColor([0, 1], light);
    const stops = gradientStops(s, 0, 1, 3);
    expect(stops.map((x) => x.offset)).toEqual([0, 0.5, 1]);
    expect(stops[2].color).toBe(s(1));
    expect(cssGradient(s, 0, 1)).toMatch(/^linear-gradient\(to right, rgb\(.+100\.0%\)$/);
  });

  it('mixColor runs from one colour to the other and clamps t', () => {
    const m = mixColor('rgb(0, 0, 0)', 'rgb(255, 255, 255)');
    expect(rgbBytes(m(0))).toEqual([0, 0, 0, 255]);
    expect(rgbBytes(m(1))).toEqual([255, 255, 255, 255]);
    expect(m(2)).toBe(m(1));
    expect(m(Number.NaN)).toBe(m(0));
  });
});

describe('steppedColor(colors, lo, hi)', () => {
  it('steppedColor splits [lo, hi] into equal steps, clamps beyond the ends and gives NaN the first colour', () => {
    const c = steppedColor(['a', 'b', 'c', 'd'], -1, 1);
    expect([-1, -0.51, -0.5, -0.01, 0, 0.49, 0.5, 0.99, 1].map(c)).toEqual([
      'a',
      'a',
      'b',
      'b',
      'c',
      'c',
      'd',
      'd',
      'd',
    ]);
    expect([c(-5), c(5), c(Number.NaN)]).toEqual(['a', 'd', 'a']);
  });

  it('steppedColor agrees with d3 scaleQuantize away from the step edges (seeded values)', () => {
    const colors = Array.from({ length: 256 }, (_, i) => `c${i}`);
    const q = scaleQuantize<string>().domain([0.2, 3.7]).range(colors);
    const c = steppedColor(colors, 0.2, 3.7);
    const rng = createRng('stepped-color');
    for (let t = 0; t < 2000; t++) {
      const v = 0.2 + 3.5 * rng.next();
      const edge = ((v - 0.2) / 3.5) * 256;
      if (Math.abs(edge - Math.round(edge)) < 1e-9) continue;
      expect(c(v)).toBe(q(v));
    }
  });
});
