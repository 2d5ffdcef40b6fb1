import { describe, expect, it } from 'vitest';
import { fromFunction, fromRows, get, identity, matrix, shapeOf, toRows, zeros } from './matrix';

describe('matrix constructors', () => {
  it('matrix(rows, cols, data) copies row-major data', () => {
    const src = [1, 2, 3, 4, 5, 6];
    const M = matrix(2, 3, src);
    expect(M.rows).toBe(2);
    expect(M.cols).toBe(3);
    expect(Array.from(M.data)).toEqual(src);
    src[0] = 99;
    expect(M.data[0]).toBe(1);
  });

  it('matrix(rows, cols, data) throws naming the length when data does not fit', () => {
    expect(() => matrix(2, 3, [1, 2, 3])).toThrow('matrix: data has length 3, but a 2×3 matrix needs 6');
  });

  it('matrix(rows, cols) throws RangeError for negative or fractional shapes', () => {
    expect(() => matrix(-1, 2)).toThrow(RangeError);
    expect(() => matrix(1.5, 2)).toThrow(RangeError);
    expect(() => zeros(2, Number.NaN)).toThrow(RangeError);
  });

  it('zeros(rows, cols) is all zeros and allows 0×n and n×0', () => {
    expect(Array.from(zeros(2, 2).data)).toEqual([0, 0, 0, 0]);
    expect(zeros(0, 5)).toMatchObject({ rows: 0, cols: 5 });
    expect(zeros(0, 5).data.length).toBe(0);
    expect(zeros(3, 0).data.length).toBe(0);
  });

  it('identity(n) has ones exactly on the diagonal; identity(0) is 0×0', () => {
    expect(toRows(identity(3))).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(identity(0)).toMatchObject({ rows: 0, cols: 0 });
  });

  it('fromRows(rows) and toRows(M) round-trip', () => {
    const rows = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const M = fromRows(rows);
    expect(shapeOf(M)).toBe('2×3');
    expect(toRows(M)).toEqual(rows);
  });

  it('fromRows([]) is 0×0 and fromRows([[]]) is 1×0', () => {
    expect(fromRows([])).toMatchObject({ rows: 0, cols: 0 });
    expect(fromRows([[], []])).toMatchObject({ rows: 2, cols: 0 });
    expect(toRows(fromRows([[], []]))).toEqual([[], []]);
    expect(toRows(zeros(0, 4))).toEqual([]);
  });

  it('fromRows(ragged) throws naming the row and both lengths', () => {
    expect(() => fromRows([[1, 2], [3, 4], [5]])).toThrow(
      'fromRows: row 2 has length 1, but row 0 has length 2',
    );
  });

  it('fromFunction(rows, cols, f) evaluates f(i, j) at every entry', () => {
    expect(toRows(fromFunction(2, 3, (i, j) => 10 * i + j))).toEqual([
      [0, 1, 2],
      [10, 11, 12],
    ]);
    expect(fromFunction(0, 3, () => 1).data.length).toBe(0);
  });

  it('get(M, i, j) reads row-major and throws RangeError outside the matrix', () => {
    const M = fromRows([
      [1, 2],
      [3, 4],
    ]);
    expect(get(M, 1, 0)).toBe(3);
    expect(get(M, 0, 1)).toBe(2);
    expect(() => get(M, 2, 0)).toThrow(RangeError);
    expect(() => get(M, 0, -1)).toThrow('get: index (0, -1) is outside a 2×2 matrix');
    expect(() => get(zeros(0, 0), 0, 0)).toThrow(RangeError);
  });
});
