import { describe, expect, it } from 'vitest';
import { defaults, parseQuery, serializeQuery } from '@/components/figure/schema';
import { clipNegative, fromRows, lowRankFromSvd, squaredDistance, svd } from '@/lib/linalg';
import { SHEN_MO, svdRankParams } from './params';
import { lowRankPlusNoise, matchPreset, PRESETS, presetLabels, presetMatrix, resolveView } from './presets';

describe('presets', () => {
  it('matchPreset(presetMatrix(id)) recognises every preset, and an edited matrix is custom', () => {
    for (const { id } of PRESETS) expect(matchPreset(presetMatrix(id))).toBe(id);
    const edited = presetMatrix('identity');
    edited[0][1] = 0.5;
    expect(matchPreset(edited)).toBe('custom');
    expect(matchPreset(defaults(svdRankParams).M)).toBe('shen-mo');
  });

  it('presetMatrix returns a fresh copy each time (editing one never changes the preset)', () => {
    const a = presetMatrix('shen-mo');
    a[0][0] = 9;
    expect(presetMatrix('shen-mo')).toEqual(SHEN_MO);
  });

  it('presetMatrix("rank-deficient") has exactly two non-zero singular values', () => {
    const S = svd(fromRows(presetMatrix('rank-deficient'))).S;
    expect(S[1]).toBeGreaterThan(1);
    for (let i = 2; i < S.length; i++) expect(S[i]).toBeLessThan(1e-12 * S[0]);
  });

  it('presetMatrix("chain") is non-negative, and at its rank 2 a ReLU lowers the error (the article’s numbers)', () => {
    const M = presetMatrix('chain');
    expect(M.flat().every((x) => x >= 0)).toBe(true);
    const k = PRESETS.find((p) => p.id === 'chain')?.k;
    expect(k).toBe(2);
    const A = fromRows(M);
    const fit = lowRankFromSvd(svd(A), 2);
    const clipped = clipNegative(fit);
    expect(clipped.clipped).toBe(2);
    // The two far corners, (0, 3) and (3, 0), at −1/(2√5) ≈ −0.2236.
    expect(fit.data[3]).toBeCloseTo(-1 / (2 * Math.sqrt(5)), 12);
    expect(fit.data[12]).toBeCloseTo(-1 / (2 * Math.sqrt(5)), 12);
    expect(squaredDistance(A, fit).toFixed(3)).toBe('0.528');
    expect(squaredDistance(A, clipped.matrix).toFixed(3)).toBe('0.428');
    // Rank 1 has nothing to clip: the leading singular vectors of a non-negative matrix are non-negative.
    expect(clipNegative(lowRankFromSvd(svd(A), 1)).clipped).toBe(0);
  });

  it('lowRankPlusNoise() is reproducible, 10×12, 2 decimals, with a gap after σ₃ (rank 3 + small noise)', () => {
    const M = lowRankPlusNoise();
    expect(M).toEqual(lowRankPlusNoise());
    expect([M.length, M[0].length]).toEqual([10, 12]);
    for (const row of M) for (const x of row) expect(Math.round(x * 100) / 100).toBe(x);
    const S = svd(fromRows(M)).S;
    expect(S[2] / S[3]).toBeGreaterThan(5);
    expect(lowRankPlusNoise(1)).not.toEqual(M);
  });

  it('every preset fits the params schema and survives a URL round trip unchanged', () => {
    for (const { id } of PRESETS) {
      const values = { M: presetMatrix(id), labels: presetLabels(id), k: 2, relu: true };
      const parsed = parseQuery(svdRankParams, serializeQuery(svdRankParams, values, 'rank'), 'rank');
      expect(parsed.notices).toEqual([]);
      expect(parsed.values).toEqual(values);
    }
  });
});

describe('resolveView', () => {
  it('resolveView(神/魔, shen-mo, 1) gives the post’s characters and keeps k', () => {
    const v = resolveView(SHEN_MO, 'shen-mo', 1);
    expect(v.rowLabels).toEqual(['神', '魔']);
    expect(v.colLabels).toEqual(['兽', '界', '龙', '灵', '术']);
    expect([v.r, v.k, v.notices]).toEqual([2, 1, []]);
  });

  it('resolveView lowers k above min(m, n) with a notice', () => {
    const v = resolveView(SHEN_MO, 'shen-mo', 7);
    expect(v.k).toBe(2);
    expect(v.notices).toEqual(['k: 7 is above min(m, n) = 2 for a 2×5 matrix; using 2.']);
  });

  it('resolveView falls back to 1-based numbers when the 神/魔 labels do not fit the shape, with a notice', () => {
    const v = resolveView(presetMatrix('identity'), 'shen-mo', 3);
    expect(v.rowLabels).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(v.notices).toHaveLength(1);
    expect(resolveView(presetMatrix('identity'), 'index', 3).notices).toEqual([]);
  });

  it('parseQuery drops a ragged matrix, an unknown label set and a bad relu, and clamps k, with a notice each', () => {
    const r = parseQuery(svdRankParams, 'M=1,2;3&k=-3&relu=maybe&labels=klingon');
    expect(r.values).toEqual({ ...defaults(svdRankParams), k: 0 });
    expect(r.notices).toHaveLength(4);
  });
});
