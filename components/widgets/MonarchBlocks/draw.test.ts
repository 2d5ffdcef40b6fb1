import { describe, expect, it } from 'vitest';
import { type PlotTheme, rgbBytes } from '@/components/plot';
import { createRng } from '@/lib/random';
import { patternColor } from './draw';

const theme: PlotTheme = {
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

describe('patternColor(max, theme)', () => {
  it('shows zero as the quiet middle and a tiny entry at the floor of its sign', () => {
    const color = patternColor(1, theme);
    expect(color(1e-9)).toBe(color(0.5));
    expect(color(-1e-9)).toBe(color(-0.5));
    expect(color(0)).not.toBe(color(1e-9));
  });

  it('writes for a raster the bytes of its CSS colour', () => {
    const color = patternColor(1, theme);
    const rng = createRng('pattern-rgba');
    const out = new Uint8ClampedArray(4);
    for (const v of [0, 1e-9, -1e-9, 0.5, -2, ...Array.from({ length: 2000 }, () => rng.normal(0, 1))]) {
      color.rgba?.(v, out, 0);
      expect(Array.from(out)).toEqual(rgbBytes(color(v)));
    }
  });
});
