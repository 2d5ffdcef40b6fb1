import { describe, expect, it } from 'vitest';
import { denseToCsr } from '../linalg/csr';
import { fromFunction, fromRows, type Matrix } from '../linalg/matrix';
import { lowRank, svd } from '../linalg/svd';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { reconstructEntry, reconstructionErrors, topUnseenPairs } from './newWords';

// The post's 神/魔 table (kexue.fm/archives/4208): rows 神, 魔; columns 兽 界 龙 灵 术.
const shenMo = fromRows([
  [1, 1, 1, 1, 0],
  [1, 1, 1, 1, 1],
]);

function sparse01(m: number, n: number, density: number, seed: number): Matrix {
  const rng = createRng(seed);
  return fromFunction(m, n, () => (rng.next() < density ? 1 : 0));
}

describe('newWords', () => {
  it('reconstructEntry(svd(神/魔), 1, 0, 4) gives the post’s 神术 ≈ 0.4961', () => {
    expectClose(reconstructEntry(svd(shenMo), 1, 0, 4), 0.4961, { rtol: 0, atol: 5e-5 });
    expectClose(reconstructEntry(svd(shenMo), 2, 0, 4), 0, { atol: 1e-12 });
    expect(reconstructEntry(svd(shenMo), 0, 0, 4)).toBe(0);
    expect(() => reconstructEntry(svd(shenMo), 1, 2, 0)).toThrow(RangeError);
  });

  it('topUnseenPairs(svd(神/魔), 1, …) finds 神术 as the only unseen pair', () => {
    const top = topUnseenPairs(svd(shenMo), 1, denseToCsr(shenMo));
    expect(top.length).toBe(1);
    expect(top[0]?.i).toBe(0);
    expect(top[0]?.j).toBe(4);
  });

  it('topUnseenPairs equals brute force over lowRank(A, k) on seeded sparse 0/1 matrices', () => {
    for (let seed = 0; seed < 12; seed++) {
      const A = sparse01(20 + seed, 15 + 2 * seed, 0.2, seed);
      const f = svd(A);
      const k = 1 + (seed % 6);
      const R = lowRank(A, k);
      const all: { i: number; j: number; score: number }[] = [];
      for (let i = 0; i < A.rows; i++) {
        for (let j = 0; j < A.cols; j++) {
          if (A.data[i * A.cols + j] === 0) all.push({ i, j, score: R.data[i * A.cols + j] as number });
        }
      }
      all.sort((a, b) => b.score - a.score);
      const top = topUnseenPairs(f, k, denseToCsr(A), { limit: 10 });
      expectClose(
        top.map((p) => p.score),
        all.slice(0, 10).map((p) => p.score),
        { rtol: 1e-9, atol: 1e-12 },
      );
      for (const p of top) expect(A.data[p.i * A.cols + p.j]).toBe(0);
    }
  });

  it('topUnseenPairs with row / col scans only pairs in that row or column, each once', () => {
    const A = sparse01(30, 25, 0.15, 7);
    const f = svd(A);
    const seen = denseToCsr(A);
    const both = topUnseenPairs(f, 4, seen, { row: 3, col: 5, limit: 1000 });
    for (const p of both) expect(p.i === 3 || p.j === 5).toBe(true);
    const keys = new Set(both.map((p) => `${p.i},${p.j}`));
    expect(keys.size).toBe(both.length);
    let unseen = 0;
    for (let j = 0; j < 25; j++) if (A.data[3 * 25 + j] === 0) unseen++;
    for (let i = 0; i < 30; i++) if (i !== 3 && A.data[i * 25 + 5] === 0) unseen++;
    expect(both.length).toBe(unseen);
    const rowOnly = topUnseenPairs(f, 4, seen, { row: 3, limit: 5 });
    const full = topUnseenPairs(f, 4, seen, { limit: 1000 }).filter((p) => p.i === 3);
    expect(rowOnly).toEqual(full.slice(0, 5));
  });

  it('topUnseenPairs breaks ties by row then column, gives [] for limit 0 and names a shape mismatch', () => {
    const Z = fromRows([
      [0, 0],
      [0, 0],
    ]);
    const top = topUnseenPairs(svd(Z), 1, denseToCsr(Z), { limit: 3 });
    expect(top.map((p) => [p.i, p.j])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
    ]);
    expect(topUnseenPairs(svd(shenMo), 1, denseToCsr(shenMo), { limit: 0 })).toEqual([]);
    expect(() => topUnseenPairs(svd(shenMo), 1, denseToCsr(Z))).toThrow(/2×5.*2×2/);
  });

  it('reconstructionErrors: total = tailEnergy (Eckart–Young), seen + unseen = total, seen by brute force', () => {
    for (let seed = 0; seed < 8; seed++) {
      const A = sparse01(18, 14, 0.25, 100 + seed);
      const f = svd(A);
      for (const k of [0, 1, 3, 7, 14]) {
        const e = reconstructionErrors(f, k, denseToCsr(A));
        const R = lowRank(A, k);
        let total = 0;
        let seen = 0;
        for (let q = 0; q < A.data.length; q++) {
          const d = ((A.data[q] as number) - (R.data[q] as number)) ** 2;
          total += d;
          if (A.data[q] !== 0) seen += d;
        }
        expectClose(e.total, total, { rtol: 1e-9, atol: 1e-9 });
        expectClose(e.seen, seen, { rtol: 1e-9, atol: 1e-9 });
        expectClose(e.seen + e.unseen, e.total, { rtol: 1e-12, atol: 1e-12 });
      }
    }
    const e1 = reconstructionErrors(svd(shenMo), 1, denseToCsr(shenMo));
    expectClose(e1.total, 0.6847 ** 2, { rtol: 2e-4 });
    expect(e1.count).toBe(9);
  });

  it('reconstructionErrors gives the RMS on the words, the relative error and the energy kept (神/魔, k = 1)', () => {
    // Su Jianlin, kexue.fm/archives/4208: σ = 2.9208, 0.6847, so ‖M‖² = 9 and the tail at k = 1 is σ₂².
    const e = reconstructionErrors(svd(shenMo), 1, denseToCsr(shenMo));
    expectClose(e.seenRms, Math.sqrt(e.seen / 9), { rtol: 1e-14 });
    expectClose(e.relative, 0.6847 / 3, { rtol: 2e-4 });
    expectClose(e.energyKept, 2.9208 ** 2 / 9, { rtol: 2e-4 });
    expectClose(e.relative ** 2 + e.energyKept, 1, { rtol: 1e-14 });
  });

  it('reconstructionErrors of a zero matrix: no error, everything kept, no NaN', () => {
    const Z = fromRows([
      [0, 0],
      [0, 0],
    ]);
    const e = reconstructionErrors(svd(Z), 1, denseToCsr(Z));
    expect([e.count, e.seenRms, e.relative, e.energyKept]).toEqual([0, 0, 0, 1]);
  });
});
