import { describe, expect, it } from 'vitest';
import { cx, numberInputMode, progressPercent, safeFormat } from './util';

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
    expect(safeFormat(-0.5)).toBe('\u22120.5');
    expect(safeFormat(0.25, (v) => `${v * 100}%`)).toBe('25%');
  });
});

describe('numberInputMode and progressPercent', () => {
  it('numberInputMode offers the full keyboard when negatives are allowed (iOS decimal pad has no minus)', () => {
    expect(numberInputMode(undefined, false)).toBe('text');
    expect(numberInputMode(-1, true)).toBe('text');
    expect(numberInputMode(0, false)).toBe('decimal');
    expect(numberInputMode(1, true)).toBe('numeric');
  });

  it('progressPercent clamps to [0, 100] and maps NaN to 0', () => {
    expect(progressPercent(0.456)).toBe(46);
    expect(progressPercent(-1)).toBe(0);
    expect(progressPercent(2)).toBe(100);
    expect(progressPercent(NaN)).toBe(0);
  });
});
