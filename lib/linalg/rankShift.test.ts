import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { fromRows, zeros } from './matrix';
import { randomMatrix } from './randomMatrix';
import { reachRank } from './rankShift';
import { lowRankFromSvd, svd } from './svd';

describe('reachRank', () => {
  it('reachRank(f, 1) of the post’s 神/魔 table gives 神术 ≈ 0.4961 from scratch and from rank 2', () => {
    const A = fromRows([
      [1, 1, 1, 1, 0],
      [1, 1, 1, 1, 1],
    ]);
    const f = svd(A);
    expectClose(reachRank(f, 1).data[4], 0.4961, { atol: 5e-5 });
    expectClose(reachRank(f, 1, [{ k: 2, matrix: A }]).data, lowRankFromSvd(f, 1).data, { atol: 1e-14 });
  });

  it('reachRank equals lowRankFromSvd along a seeded random walk of k, each step starting from the last', () => {
    const rng = createRng('reach-rank-walk');
    for (const [m, n] of [
      [30, 20],
      [12, 40],
      [25, 25],
    ]) {
      const A = randomMatrix(m, n, rng);
      const f = svd(A);
      const r = Math.min(m, n);
      let last = { k: 0, matrix: zeros(m, n) };
      for (let step = 0; step < 60; step++) {
        const k = rng.int(0, r);
        const next = reachRank(f, k, [last, { k: r, matrix: A }]);
        expectClose(next.data, lowRankFromSvd(f, k).data, { atol: 1e-11 });
        last = { k, matrix: next };
      }
    }
  });

  it('reachRank does not modify the known matrices and clamps k to [0, r]', () => {
    const A = randomMatrix(6, 4, createRng(3));
    const f = svd(A);
    const known = { k: 2, matrix: lowRankFromSvd(f, 2) };
    const copy = Float64Array.from(known.matrix.data);
    reachRank(f, 3, [known]);
    expect(known.matrix.data).toEqual(copy);
    expectClose(reachRank(f, 99).data, A.data, { atol: 1e-12 });
    expect(Array.from(reachRank(f, -2, [known]).data)).toEqual(new Array(24).fill(0));
    expect(Array.from(reachRank(f, Number.NaN).data)).toEqual(new Array(24).fill(0));
  });

  it('reachRank throws for a known matrix of another shape or a known k out of range', () => {
    const f = svd(randomMatrix(5, 3, createRng(1)));
    expect(() => reachRank(f, 1, [{ k: 1, matrix: zeros(3, 5) }])).toThrow(
      'known matrix 3×5 and decomposition 5×3 differ',
    );
    expect(() => reachRank(f, 1, [{ k: 4, matrix: zeros(5, 3) }])).toThrow(RangeError);
  });
});
