import { describe, expect, it } from 'vitest';
import { fromRows, matrix } from '../linalg';
import { expectClose, isClose } from './expectClose';

describe('expectClose', () => {
  it('expectClose passes for numbers within the default tolerance and fails outside it', () => {
    expect(() => expectClose(0.1 + 0.2, 0.3)).not.toThrow();
    expect(() => expectClose(1 + 1e-10, 1)).not.toThrow();
    expect(() => expectClose(1 + 1e-8, 1)).toThrow(/actual 1\.00000001, expected 1/);
  });

  it('expectClose(actual, expected) uses atol near zero and rtol for large values', () => {
    expect(() => expectClose(5e-13, 0)).not.toThrow();
    expect(() => expectClose(2e-12, 0)).toThrow(/tolerance 1e-12/);
    expect(() => expectClose(1e6 + 1e-4, 1e6)).not.toThrow();
    expect(() => expectClose(1e6 + 1e-2, 1e6)).toThrow(/atol 1e-12 \+ rtol 1e-9/);
    expect(() => expectClose(1.05, 1, { rtol: 0.1 })).not.toThrow();
    expect(() => expectClose(1.05, 1, { atol: 0.01, rtol: 0 })).toThrow();
  });

  it('expectClose names the index of the first mismatch in an array', () => {
    expect(() => expectClose([1, 2, 3], [1, 2.5, 3])).toThrow(/at \[1\]: actual 2, expected 2\.5/);
  });

  it('expectClose names [i][j] in nested arrays and counts all mismatches', () => {
    const run = () =>
      expectClose(
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        [
          [1, 2],
          [3, 4.1],
          [5, 7],
        ],
      );
    expect(run).toThrow(/at \[1\]\[1\]: actual 4, expected 4\.1/);
    expect(run).toThrow(/2 entries differ in all/);
  });

  it('expectClose names row, column and data index inside a matrix', () => {
    const A = matrix(3, 4);
    const B = matrix(3, 4);
    B.data[7] = 1;
    expect(() => expectClose(A, B)).toThrow(/at \[1\]\[3\] \(data\[7\]\): actual 0, expected 1/);
  });

  it('expectClose compares matrix shapes before entries', () => {
    expect(() => expectClose(matrix(2, 3), matrix(3, 2))).toThrow(/actual has shape 2×3, expected shape 3×2/);
    expect(() => expectClose(matrix(0, 3), matrix(0, 3))).not.toThrow();
    expect(() => expectClose(matrix(0, 3), matrix(3, 0))).toThrow(/shape/);
  });

  it('expectClose compares a matrix with an array of rows', () => {
    const M = fromRows([
      [1, 2],
      [3, 4],
    ]);
    expect(() =>
      expectClose(M, [
        [1, 2],
        [3, 4],
      ]),
    ).not.toThrow();
    expect(() =>
      expectClose(M, [
        [1, 2],
        [3, 5],
      ]),
    ).toThrow(/at \[1\]\[1\]/);
    expect(() => expectClose(M, [[1, 2]])).toThrow(/actual has 2 rows, expected 1/);
  });

  it('expectClose walks typed arrays and checks lengths', () => {
    expect(() => expectClose(new Float64Array([1, 2]), [1, 2])).not.toThrow();
    expect(() => expectClose(new Float64Array([1, 2]), new Float64Array([1, 2, 3]))).toThrow(
      /actual has length 2, expected length 3/,
    );
    expect(() => expectClose(new Uint8Array([0, 1]), [0, 2])).toThrow(/at \[1\]/);
  });

  it('expectClose walks plain objects by key and names the path', () => {
    const actual = { scores: [1, 2], output: { w: 3 } };
    expect(() => expectClose(actual, { scores: [1, 2], output: { w: 3 } })).not.toThrow();
    expect(() => expectClose(actual, { scores: [1, 2], output: { w: 4 } })).toThrow(/at \.output\.w/);
    expect(() => expectClose(actual, { scores: [1, 2] })).toThrow(/keys/);
  });

  it('expectClose matches non-finite values only with themselves', () => {
    expect(() => expectClose(Number.NaN, Number.NaN)).not.toThrow();
    expect(() => expectClose(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY)).not.toThrow();
    expect(() => expectClose([Number.NEGATIVE_INFINITY], [Number.NEGATIVE_INFINITY])).not.toThrow();
    expect(() => expectClose(Number.NaN, 0)).toThrow(/actual NaN, expected 0/);
    expect(() => expectClose(0, Number.NaN)).toThrow(/expected NaN/);
    expect(() => expectClose(Number.POSITIVE_INFINITY, 1e308, { rtol: 1 })).toThrow(/Infinity/);
    expect(() => expectClose(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY)).toThrow();
    expect(() => expectClose([1, Number.NaN], [1, 2])).toThrow(/at \[1\]/);
  });

  it('expectClose fails on type mismatches', () => {
    expect(() => expectClose('1', 1)).toThrow(/actual is string, expected the number 1/);
    expect(() => expectClose(1, [1])).toThrow(/actual is 1, expected array of length 1/);
    expect(() => expectClose([1], matrix(1, 1))).toThrow(/expected a 1×1 matrix/);
  });

  it('expectClose throws RangeError for negative tolerances', () => {
    expect(() => expectClose(1, 1, { rtol: -1 })).toThrow(RangeError);
  });
});

describe('isClose', () => {
  it('isClose(a, e) applies |a − e| ≤ atol + rtol·|e|', () => {
    expect(isClose(1, 1)).toBe(true);
    expect(isClose(-0, 0)).toBe(true);
    expect(isClose(100, 101, { rtol: 0.01, atol: 0 })).toBe(true);
    expect(isClose(101, 100, { rtol: 0.01, atol: 0 })).toBe(true);
    expect(isClose(100, 102, { rtol: 0.01, atol: 0 })).toBe(false);
    expect(isClose(Number.NaN, Number.NaN)).toBe(true);
    expect(isClose(Number.NaN, 1)).toBe(false);
  });
});
