// The numbers the SVD article types into its prose, recomputed with lib/linalg and lib/images and looked up
// in the text, and the rule that keeps its live storage sentence possible (k ≤ min(m, n)).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyLimits, liveDefaults, liveMax, liveValue } from '@/components/figure/live';
import { IMAGE_SIZE } from '@/components/widgets/ImageCompress/params';
import { presetMatrix } from '@/components/widgets/SvdRank/presets';
import { formatNumber } from '@/lib/format';
import { IMAGE_SCENES, sceneImage } from '@/lib/images';
import {
  clipNegative,
  fromRows,
  lowRankFromSvd,
  relativeErrorCurve,
  squaredDistance,
  svd,
  tailEnergy,
} from '@/lib/linalg';
import { flattenProse } from './prose';
import { svdAutoencoderLive } from './svd-autoencoder.live';

const text = flattenProse(readFileSync(path.join(__dirname, 'svd-autoencoder.mdx'), 'utf8'));
const fixed = (v: number, digits: number) => v.toFixed(digits);

describe('svd-autoencoder: typed numbers against lib', () => {
  it('the storage sentence never states a rank above min(m, n)', () => {
    const def = svdAutoencoderLive;
    const start = liveDefaults(def);
    expect(start.k).toBeLessThanOrEqual(Math.min(start.m, start.n));
    // Shrinking m below k lowers k; the Draggable for k stops at min(m, n).
    const shrunk = applyLimits(def, { ...start, m: 7 });
    expect(shrunk.k).toBe(7);
    expect(liveMax(def, 'k', shrunk)).toBe(7);
    expect(applyLimits(def, { m: 1, n: 1000, k: 1 }).k).toBe(1);
    for (const [m, n, k] of [
      [1, 1, 1],
      [2, 5, 1],
      [1000, 1000, 20],
      [30, 4000, 30],
    ]) {
      const vars = applyLimits(def, { m, n, k });
      expect(liveValue(def, vars, 'factors')).toBe((m + n) * Math.min(k, m, n));
      expect(liveValue(def, vars, 'dense')).toBe(m * n);
    }
  });

  it('the 神/魔 example: σ = 2.9208, 0.6847; 神术 0.4961 at rank 1; error σ₂² = 0.4689; 7 numbers, not 10', () => {
    const A = fromRows(presetMatrix('shen-mo'));
    const f = svd(A);
    const [s1, s2] = Array.from(f.S);
    expect(text).toContain(`\\sigma_1 = ${fixed(s1, 4)},\\quad \\sigma_2 = ${fixed(s2, 4)}`);
    expect(text).toContain(`puts $${fixed(lowRankFromSvd(f, 1).data[4], 4)}$ in the 神术 cell`);
    expect(text).toContain(`The error of this rank-1 fit is $\\sigma_2^2 = ${fixed(tailEnergy(f.S, 1), 4)}$`);
    expect(text).toContain('it stores $2+5 = 7$ numbers instead of $10$');
  });

  it('ReLU: the chain preset at rank 2 (−0.224 in two corners, 0.528 → 0.428); the noise preset at rank 1 grows', () => {
    const A = fromRows(presetMatrix('chain'));
    const fit = lowRankFromSvd(svd(A), 2);
    const clip = clipNegative(fit);
    expect(clip.clipped).toBe(2);
    expect(text).toContain(
      `where the fit puts $${fixed(Math.min(...fit.data), 3)}$ in the two far corners. Switch ReLU on and the squared error falls from $${fixed(squaredDistance(A, fit), 3)}$ to $${fixed(squaredDistance(A, clip.matrix), 3)}$`,
    );
    // The 神/魔 table has nothing to clip at rank 1, and is exact at rank 2.
    const shenMo = fromRows(presetMatrix('shen-mo'));
    expect(clipNegative(lowRankFromSvd(svd(shenMo), 1)).clipped).toBe(0);
    expect(squaredDistance(shenMo, lowRankFromSvd(svd(shenMo), 2))).toBeLessThan(1e-24);
    const B = fromRows(presetMatrix('low-rank-noise'));
    const fit1 = lowRankFromSvd(svd(B), 1);
    const [before, after] = [squaredDistance(B, fit1), squaredDistance(B, clipNegative(fit1).matrix)];
    expect(after).toBeGreaterThan(before);
    expect(text).toContain(`(at rank 1 from $${fixed(before, 1)}$ to $${fixed(after, 1)}$)`);
  });

  it('images at rank 16 (256 × 256, as the figure): 0.0013%, 7.5% and 16%; lib/README’s figures too', () => {
    const curves = Object.fromEntries(
      IMAGE_SCENES.map((kind) => [kind, relativeErrorCurve(svd(sceneImage(kind, IMAGE_SIZE)).S)]),
    );
    const pct = (kind: string, k: number) =>
      formatNumber(curves[kind]?.[k] as number, { style: 'percent', digits: 2 });
    expect(text).toContain(
      `At rank 16 the smooth scene below is reproduced to within ${pct('smooth', 16)} (relative Frobenius error), the scene with shapes and letters to ${pct('shapes', 16)}, with the error concentrated on the edges, and the noisy one only to ${pct('noisy', 16)}:`,
    );
    // lib/README's description of the scenes (sceneImage's default size is the figure's).
    const readme = flattenProse(readFileSync(path.join(__dirname, '..', 'lib', 'README.md'), 'utf8'));
    expect(readme).toContain(`${pct('smooth', 8)} relative error at rank 8`);
    expect(readme).toContain(`need many singular values, ${pct('shapes', 16)} at rank 16`);
    expect(readme).toContain(`noise from \`createRng(seed)\`: ${pct('noisy', 16)} at rank 16`);
    const shapes16 = (curves.shapes as Float64Array)[16] as number;
    expect(readme).toContain(`relativeErrorCurve(f.S)[16]; // ≈ ${shapes16.toFixed(4)}`);
  });
});
