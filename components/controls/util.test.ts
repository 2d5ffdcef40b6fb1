import { describe, expect, it } from 'vitest';
import { cx, safeFormat } from './util';

describe('cx and safeFormat', () => {
  it('cx joins truthy class names', () => {
    expect(cx('a', false, undefined, 'b', null, '')).toBe('a b');
  });

  it('safeFormat shows — for NaN, infinities and failing formatters', () => {
    expect(safeFormat(NaN)).toBe('—');
    expect(safeFormat(-Infinity, (v) => `${v}`)).toBe('—');
    expect(safeFormat(1, () => 'NaN%')).toBe('—');
    expect(
      safeFormat(1, () => {
        throw new Error('boom');
      }),
    ).toBe('—');
  });

  it('safeFormat uses the formatter, or a noise-free default', () => {
    expect(safeFormat(0.1 + 0.2)).toBe('0.3');
    expect(safeFormat(0.25, (v) => `${v * 100}%`)).toBe('25%');
  });
});
