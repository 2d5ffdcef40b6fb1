import { describe, expect, it } from 'vitest';
import { divergingColor, FALLBACK_THEME, type PlotTheme, rgbBytes } from '@/components/plot';
import { errorTones, grayTones, levels } from './tones';

const light: PlotTheme = {
  dark: false,
  tokens: { ...FALLBACK_THEME.tokens, fg: 'rgb(20, 20, 20)', bg: 'rgb(250, 250, 250)' },
};
const dark: PlotTheme = {
  dark: true,
  tokens: {
    ...FALLBACK_THEME.tokens,
    fg: 'rgb(230, 230, 230)',
    bg: 'rgb(16, 16, 16)',
    'surface-2': 'rgb(40, 40, 40)',
  },
};
const red = (css: string) => rgbBytes(css)[0];

describe('levels(scale, lo, hi)', () => {
  const ramp = (v: number) => `rgb(${Math.round(v)}, 0, 0)`;

  it('levels(scale, 0, 255) gives the scale’s own colours at the ends and clamps beyond them', () => {
    const q = levels(ramp, 0, 255);
    expect(q(0)).toBe(ramp(0));
    expect(q(255)).toBe(ramp(255));
    expect(q(-40)).toBe(ramp(0));
    expect(q(1e9)).toBe(ramp(255));
  });

  it('levels samples at most `count` distinct colours over the range', () => {
    const q = levels(ramp, 0, 255, 16);
    const seen = new Set(Array.from({ length: 1000 }, (_, i) => q((i / 999) * 255)));
    expect(seen.size).toBe(16);
  });

  it('a value’s level has the value’s colour; non-finite values have no level', () => {
    const q = levels(ramp, 0, 255, 16);
    for (const v of [-40, 0, 0.5, 15.9, 16, 100, 254.99, 255, 1e9]) expect(q.byLevel(q.level(v))).toBe(q(v));
    expect(q.level(16)).toBe(1);
    expect(q.level(Number.NaN)).toBeNaN();
    expect(q.level(Number.POSITIVE_INFINITY)).toBeNaN();
  });
});

describe('grayTones(theme)', () => {
  it('grayTones maps 0 to the darker token and 1 to the lighter on both themes, clamping overshoot', () => {
    for (const theme of [light, dark]) {
      const g = grayTones(theme);
      expect(red(g(0))).toBeLessThan(30);
      expect(red(g(1))).toBeGreaterThan(220);
      expect(red(g(0.5))).toBeGreaterThan(red(g(0.25)));
      expect(g(1.2)).toBe(g(1));
      expect(g(-0.3)).toBe(g(0));
    }
  });
});

describe('errorTones(limit, theme)', () => {
  it('errorTones sends ±limit to the diverging scale’s ends, 0 to its middle, and saturates beyond', () => {
    const e = errorTones(0.25, light);
    const d = divergingColor(0.25, light);
    expect(e(-0.25)).toBe(d(-0.25));
    expect(e(0.25)).toBe(d(0.25));
    expect(e(5)).toBe(e(0.25));
    expect(e(-5)).toBe(e(-0.25));
    // The middle level is within half a step of zero.
    expect(rgbBytes(e(0)).map((c, i) => Math.abs(c - rgbBytes(d(0))[i]) <= 3)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});
