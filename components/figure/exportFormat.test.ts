import { describe, expect, it } from 'vitest';
import { toCsv, toJson } from './exportFormat';

describe('toCsv(data)', () => {
  it('writes rows, with labels quoted when needed', () => {
    const csv = toCsv({
      name: 'm',
      rows: [
        [1, 0.5],
        [Number.NaN, -2],
      ],
      rowLabels: ['a,b', 'c'],
      colLabels: ['x', 'say "y"'],
    });
    expect(csv).toBe(',x,"say ""y"""\n"a,b",1,0.5\nc,,-2\n');
  });

  it('writes a bare matrix without a header', () => {
    expect(toCsv({ name: 'v', rows: [[1, 2, 3]] })).toBe('1,2,3\n');
  });
});

describe('toJson(data)', () => {
  it('keeps metadata and turns non-finite numbers into null', () => {
    const parsed = JSON.parse(toJson({ name: 'm', rows: [[1, Number.POSITIVE_INFINITY]], meta: { n: 2 } }));
    expect(parsed).toEqual({ name: 'm', meta: { n: 2 }, rows: [[1, null]] });
  });
});
