import { describe, expect, it } from 'vitest';
import { bigramModel, POST_BEST_SCORE } from '@/lib/viterbi';
import { alphaFlips, analyseTwoChars, imageFlips, postCounts, smoothingOf } from './twoChars';

// The post's example (kexue.fm/archives/3842).
const W1 = [0.99996, 0.00004];
const W2 = [0.87838, 0.12148, 0.00012];
const mle = bigramModel(postCounts(), { kind: 'mle' });

describe('analyseTwoChars', () => {
  it('analyseTwoChars(post) ranks 电视 first with f ≈ 0.0104099 while the image alone reads 电柳', () => {
    const a = analyseTwoChars(W1, W2, mle);
    expect(a.best.reading).toBe('电视');
    expect(a.paths[0].reading).toBe('电视');
    expect(a.best.score).toBeCloseTo(0.0104099, 7);
    expect(Math.abs(a.best.score - POST_BEST_SCORE)).toBeLessThan(1e-15);
    expect(a.imageOnly).toBe('电柳');
    // Every f is the product of its three factors.
    for (const p of a.paths) expect(p.score).toBeCloseTo(p.w1 * p.p * p.w2, 15);
    // Independent recomputation of the other nonzero readings: 电规 and 宙规.
    const f = Object.fromEntries(a.paths.map((p) => [p.reading, p.score]));
    expect(f.电规).toBeCloseTo(0.99996 * (7 / 145001) * 0.00012, 18);
    expect(f.宙规).toBeCloseTo(0.00004 * (18 / 1980) * 0.00012, 18);
    expect([f.电柳, f.宙柳, f.宙视]).toEqual([0, 0, 0]);
    expect(a.paths.map((p) => p.reading)).toEqual(['电视', '电规', '宙规', '电柳', '宙柳', '宙视']);
  });

  it('smoothingOf(α, T) is MLE at α = 0 and add-α / add-α-below otherwise', () => {
    expect(smoothingOf(0)).toEqual({ kind: 'mle' });
    expect(smoothingOf(2)).toEqual({ kind: 'add', alpha: 2 });
    expect(smoothingOf(2, 5)).toEqual({ kind: 'add-below', alpha: 2, threshold: 5 });
  });
});

describe('imageFlips and alphaFlips', () => {
  it('imageFlips(…, W(视)) at α = 1 changes 电柳 → 电视 where the two scores cross (closed form)', () => {
    const model = bigramModel(postCounts(), { kind: 'add', alpha: 1 });
    const segs = imageFlips(W1, W2, model, 1, 1);
    expect(segs.map((s) => s.winner)).toEqual(['电柳', '电视']);
    // Best predecessor score B_k = maxᵢ W(sᵢ)·P(k|sᵢ); others scale by (T − v)/(T − w_视).
    const bestInto = (k: string) => Math.max(W1[0] * model.prob('电', k), W1[1] * model.prob('宙', k));
    const T = W2[0] + W2[1] + W2[2];
    const c = Math.max(bestInto('柳') * W2[0], bestInto('规') * W2[2]) / (T - W2[1]);
    const vStar = (c * T) / (bestInto('视') + c);
    expect(Math.abs(segs[0].to - vStar) / vStar).toBeLessThan(1e-9);
  });

  it('imageFlips(…, W(视)) under MLE never flips on [1e-6, T]: 电柳 has probability 0', () => {
    expect(imageFlips(W1, W2, mle, 1, 1).map((s) => s.winner)).toEqual(['电视']);
  });

  it('alphaFlips(post) hands the decision to 电柳 near α ≈ 1994, where 0.12148(12426 + α) = 0.87838α', () => {
    const segs = alphaFlips(W1, W2, postCounts());
    expect(segs.map((s) => s.winner)).toEqual(['电视', '电柳']);
    const aStar = (0.12148 * 12426) / (0.87838 - 0.12148);
    expect(Math.abs(segs[0].to - aStar) / aStar).toBeLessThan(1e-9);
  });
});
