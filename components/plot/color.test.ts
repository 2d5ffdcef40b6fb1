import { describe, expect, it } from 'vitest';
import { parseColor } from './color';

describe('parseColor(css)', () => {
  it('reads #rrggbb and rgb()/rgba() strings', () => {
    expect(parseColor('#1f5fbf')).toEqual([31, 95, 191]);
    expect(parseColor(' rgb(127, 176, 255) ')).toEqual([127, 176, 255]);
    expect(parseColor('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3]);
  });

  it('falls back to mid-grey for anything else', () => {
    expect(parseColor('tomato')).toEqual([128, 128, 128]);
    expect(parseColor('')).toEqual([128, 128, 128]);
  });
});
