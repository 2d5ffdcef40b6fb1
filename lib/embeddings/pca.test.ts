import { describe, expect, it } from 'vitest';
import { fromRows, type Matrix, toRows } from '../linalg/matrix';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { principalProjection } from './pca';

function randomRows(n: number, d: number, seed: number): Matrix {
  const rng = createRng(seed);
  return { rows: n, cols: d, data: Float64Array.from({ length: n * d }, () => rng.normal()) };
}

describe('principalProjection', () => {
  it('principalProjection(X, k) projects a hand example on its main axis, with the sign fixed', () => {
    // Three points on the x axis, mean (2, 0): coordinates ±2 and 0, all variance on the first direction.
    const { coords, explained } = principalProjection(
      fromRows([
        [0, 0],
        [2, 0],
        [4, 0],
      ]),
      2,
    );
    expectClose(
      toRows(coords),
      [
        [2, 0],
        [0, 0],
        [-2, 0],
      ],
      { atol: 1e-12 },
    );
    expectClose(Array.from(explained), [1, 0], { atol: 1e-12 });
    const diag = principalProjection(
      fromRows([
        [1, 1],
        [3, 3],
      ]),
      1,
    );
    // (±1, ±1) from the mean (2, 2): distance √2 along (1, 1)/√2; the first row wins the tie for the sign.
    expectClose(toRows(diag.coords), [[Math.SQRT2], [-Math.SQRT2]], { atol: 1e-12 });
  });

  it('gives centred coordinates whose Gram matrix is the centred data’s, variances in decreasing order', () => {
    for (let seed = 0; seed < 5; seed++) {
      const n = 12;
      const d = 7;
      const X = randomRows(n, d, seed);
      const { coords, explained } = principalProjection(X, d);
      // Full rank projection: the coordinates are a rotation of the centred rows, so distances are kept.
      const mean = Array.from({ length: d }, (_, j) => {
        let s = 0;
        for (let i = 0; i < n; i++) s += X.data[i * d + j] as number;
        return s / n;
      });
      for (let a = 0; a < n; a++) {
        for (let b = 0; b < n; b++) {
          let g = 0;
          let h = 0;
          for (let j = 0; j < d; j++) {
            g +=
              ((X.data[a * d + j] as number) - (mean[j] as number)) *
              ((X.data[b * d + j] as number) - (mean[j] as number));
            h += (coords.data[a * d + j] as number) * (coords.data[b * d + j] as number);
          }
          expectClose(h, g, { atol: 1e-9 });
        }
      }
      for (let j = 0; j < d; j++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += coords.data[i * d + j] as number;
        expectClose(s, 0, { atol: 1e-9 });
        if (j > 0) expect(explained[j]).toBeLessThanOrEqual(explained[j - 1] as number);
      }
      expectClose(
        explained.reduce((a, b) => a + b, 0),
        1,
        { atol: 1e-12 },
      );
    }
  });

  it('leaves directions beyond the rank at exactly zero, and handles one row, no rows and bad k', () => {
    const same = principalProjection(
      fromRows([
        [1, 2, 3],
        [1, 2, 3],
      ]),
      2,
    );
    expect(Array.from(same.coords.data)).toEqual([0, 0, 0, 0]);
    expect(Array.from(same.explained)).toEqual([0, 0]);
    const one = principalProjection(fromRows([[5, 6]]), 2);
    expect(Array.from(one.coords.data)).toEqual([0, 0]);
    const none = principalProjection({ rows: 0, cols: 3, data: new Float64Array(0) }, 2);
    expect(none.coords.rows).toBe(0);
    expect(() => principalProjection(fromRows([[1]]), 0)).toThrow('k must be an integer ≥ 1');
    expect(() => principalProjection(fromRows([[Number.NaN, 1]]), 1)).toThrow();
  });
});
