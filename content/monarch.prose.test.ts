// The facts the Monarch article types into its prose, recomputed with lib/monarch and looked up in the text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveDefaults, liveValue } from '@/components/figure/live';
import { svd } from '@/lib/linalg';
import {
  blockDiagonalMatrix,
  densitySweepPoint,
  divisors,
  monarchMatrix,
  monarchNonzeros,
  monarchPermutation,
  monarchSlice,
  randomMonarch,
} from '@/lib/monarch';
import { createRng } from '@/lib/random';
import { monarchLive } from './monarch.live';
import { flattenProse } from './prose';

const text = flattenProse(readFileSync(path.join(__dirname, 'monarch.mdx'), 'utf8'));

describe('monarch: typed facts against lib', () => {
  it('the m = 3 shuffle reads 0, 3, 6, 1, 4, 7, 2, 5, 8 (the post: 1, 4, 7, …)', () => {
    const p = Array.from(monarchPermutation(3));
    expect(text).toContain(`in the order $${p.join(', ')}$`);
    expect(text).toContain(`$${p.map((v) => v + 1).join(', ')}$`);
  });

  it('the live example at m = 32 is the post’s n = 1024: 65,536 numbers, 6.25%, 16× fewer multiply-adds', () => {
    const vars = liveDefaults(monarchLive);
    expect(vars.m).toBe(32);
    expect(liveValue(monarchLive, vars, 'n')).toBe(1024);
    expect(liveValue(monarchLive, vars, 'params')).toBe(65536);
    expect(liveValue(monarchLive, vars, 'dense')).toBe(1024 ** 2);
    expect(liveValue(monarchLive, vars, 'share')).toBe(6.25);
    expect(liveValue(monarchLive, vars, 'speedup')).toBe(Math.sqrt(1024) / 2);
    for (const m of [2, 7, 100]) {
      expect(liveValue(monarchLive, { m }, 'speedup')).toBeCloseTo(m / 2, 12);
    }
  });

  it('Eq. entry and Eq. slice: M(am+i, bm+j) = L⁽ⁱ⁾(a,b)·R⁽ᵇ⁾(i,j), so each slice is an outer product', () => {
    expect(text).toContain('M_{am+i,\\; bm+j} = L^{(i)}_{ab}\\, R^{(b)}_{ij}');
    const m = 4;
    const { L, R } = randomMonarch(m, createRng('prose-entry'));
    const M = monarchMatrix(L, R);
    const n = m * m;
    for (let i = 0; i < m; i++) {
      for (let b = 0; b < m; b++) {
        const slice = monarchSlice(M, m, i, b);
        for (let a = 0; a < m; a++) {
          for (let j = 0; j < m; j++) {
            const l = L[i * m * m + a * m + b] as number;
            const r = R[b * m * m + i * m + j] as number;
            expect(M.data[(a * m + i) * n + b * m + j]).toBeCloseTo(l * r, 14);
            expect(slice.data[a * m + j]).toBeCloseTo(l * r, 14);
          }
        }
      }
    }
  });

  it('|det M| is the product of the blocks’ |det| (the full-rank argument)', () => {
    const m = 3;
    const { L, R } = randomMonarch(m, createRng('prose-det'));
    const absDet = (S: Float64Array) => S.reduce((p, s) => p * s, 1);
    const whole = absDet(svd(monarchMatrix(L, R)).S);
    const blocks = absDet(svd(blockDiagonalMatrix(m, m, L)).S) * absDet(svd(blockDiagonalMatrix(m, m, R)).S);
    expect(whole).toBeGreaterThan(1e-6);
    expect(whole / blocks).toBeCloseTo(1, 10);
  });

  it('n²/b + nb ≥ 2n^{3/2} over the divisors, with equality exactly at b = √n', () => {
    expect(text).toContain('\\frac{n^2}{b} + nb \\;\\ge\\; 2n^{3/2}');
    for (const n of [12, 16, 36, 64, 100]) {
      const bound = 2 * n ** 1.5;
      for (const b of divisors(n)) {
        const count = monarchNonzeros(b, n);
        expect(count).toBeGreaterThanOrEqual(bound - 1e-9);
        expect(Math.abs(count - bound) < 1e-9).toBe(b * b === n);
      }
    }
  });

  it('the correction note: Monarch vs rank 8 at m = 8, dense and at 5% density, as the sweep computes them', () => {
    const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
    const dense = densitySweepPoint(8, 1);
    expect(text).toContain(`${pct(dense.monarch)} for Monarch and ${pct(dense.lowRank)} for rank 8`);
    expect(dense.monarch).toBeLessThan(dense.lowRank);
    expect(dense.lowRank - dense.monarch).toBeLessThan(0.02);
    for (const m of [4, 16]) {
      const point = densitySweepPoint(m, 1, 2);
      expect(Math.abs(point.lowRank - point.monarch)).toBeLessThan(0.02);
    }
    const sparse = densitySweepPoint(8, 0.05);
    expect(text).toContain(
      `at 5% non-zeros the errors are ${pct(sparse.monarch)} against ${pct(sparse.lowRank)}`,
    );
  });
});
