import { describe, expect, it } from 'vitest';
import { FALLBACK_THEME, rgbBytes } from '@/components/plot';
import { createRng } from '@/lib/random';
import { patternColor } from './draw';

// A light page: the diverging scale reads no theme token there.
const theme = FALLBACK_THEME;

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
