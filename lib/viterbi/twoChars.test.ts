import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { bigramModel } from './bigram';
import { POST_BEST_SCORE } from './postExample';
import {
  ALPHA_MAX,
  ALPHA_MIN,
  alphaFlips,
  analyseTwoChars,
  capColumn,
  FIRST_CANDIDATES,
  IMAGE_PROB_MIN,
  imageFlips,
  postCounts,
  SECOND_CANDIDATES,
  smoothingOf,
  twoCharLattice,
  winsBelow,
} from './twoChars';

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

  it('analyseTwoChars keeps the lattice order on ties and agrees with brute force on seeded columns', () => {
    // Uniform columns and add-1 smoothing over two unseen rows: 宙柳, 宙视 and 宙规 tie.
    const flat = analyseTwoChars(
      [0.5, 0.5],
      [1 / 3, 1 / 3, 1 / 3],
      bigramModel(postCounts(), smoothingOf(1)),
    );
    const zhou = flat.paths.filter((p) => p.reading.startsWith('宙') && p.reading !== '宙规');
    expect(zhou.map((p) => p.reading)).toEqual(['宙柳', '宙视']);
    const rng = createRng('two-chars');
    const next = () => rng.next();
    for (let k = 0; k < 50; k++) {
      const w1 = capColumn([next(), next()]).w;
      const w2 = capColumn([next(), next(), next()]).w;
      const model = bigramModel(postCounts(), smoothingOf(next() < 0.3 ? 0 : 10 ** (8 * next() - 4)));
      const a = analyseTwoChars(w1, w2, model);
      const top = Math.max(...a.paths.map((p) => p.logScore));
      expect(a.best.logScore).toBe(top);
      expect(a.paths[0].logScore).toBe(top);
    }
  });

  it('FIRST_CANDIDATES and SECOND_CANDIDATES are the post’s 电宙 and 柳视规; twoCharLattice takes logs', () => {
    expect(FIRST_CANDIDATES.join('')).toBe('电宙');
    expect(SECOND_CANDIDATES.join('')).toBe('柳视规');
    const L = twoCharLattice([1, 0], [0.5]);
    expect(L[0].map((c) => c.logProb)).toEqual([0, Number.NEGATIVE_INFINITY]);
    // A missing probability counts 0.
    expect(L[1].map((c) => c.logProb)).toEqual([
      Math.log(0.5),
      Number.NEGATIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ]);
  });

  it('smoothingOf(α, T) is MLE at α = 0 (and NaN) and add-α / add-α-below otherwise', () => {
    expect(smoothingOf(0)).toEqual({ kind: 'mle' });
    expect(smoothingOf(Number.NaN)).toEqual({ kind: 'mle' });
    expect(smoothingOf(2)).toEqual({ kind: 'add', alpha: 2 });
    expect(smoothingOf(2, 5)).toEqual({ kind: 'add-below', alpha: 2, threshold: 5 });
  });
});

describe('capColumn', () => {
  it('capColumn scales a column summing above 1 to sum 1 and keeps one at or below 1 as it is', () => {
    const c = capColumn([0.9, 0.6, 0.1]);
    expect(c.scaled).toBe(true);
    expect(c.w[0]).toBeCloseTo(0.9 / 1.6, 15);
    expect(c.w.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 15);
    expect(capColumn(W2)).toEqual({ w: W2, scaled: false });
    expect(capColumn([0.5, 0.5])).toEqual({ w: [0.5, 0.5], scaled: false });
    expect(capColumn([])).toEqual({ w: [], scaled: false });
  });

  it('capColumn returns a copy', () => {
    const ws = [0.2, 0.3];
    const c = capColumn(ws);
    c.w[0] = 9;
    expect(ws).toEqual([0.2, 0.3]);
  });
});

describe('imageFlips, alphaFlips and winsBelow', () => {
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
    expect(segs[0].from).toBe(IMAGE_PROB_MIN);
    expect(segs[1].to).toBe(T);
    expect(winsBelow(segs, '电柳')).toBe(segs[0].to);
    expect(winsBelow(segs, '电视')).toBeNull();
  });

  it('imageFlips(…, W(视)) under MLE never flips on [1e-6, T]: 电柳 has probability 0', () => {
    const segs = imageFlips(W1, W2, mle, 1, 1);
    expect(segs.map((s) => s.winner)).toEqual(['电视']);
    expect(winsBelow(segs, '电视')).toBeNull();
  });

  it('imageFlips on a column whose total is at most IMAGE_PROB_MIN gives one empty stretch', () => {
    const segs = imageFlips(W1, [0, 0, 0], mle, 1, 0);
    expect(segs).toHaveLength(1);
    expect(segs[0].from).toBe(segs[0].to);
  });

  it('alphaFlips(post) hands the decision to 电柳 near α ≈ 1994, where 0.12148(12426 + α) = 0.87838α', () => {
    const segs = alphaFlips(W1, W2, postCounts());
    expect(segs.map((s) => s.winner)).toEqual(['电视', '电柳']);
    const aStar = (0.12148 * 12426) / (0.87838 - 0.12148);
    expect(Math.abs(segs[0].to - aStar) / aStar).toBeLessThan(1e-9);
    expect([segs[0].from, segs[1].to]).toEqual([ALPHA_MIN, ALPHA_MAX]);
  });

  it('winsBelow of an empty or one-stretch list is null', () => {
    expect(winsBelow([], '电柳')).toBeNull();
    expect(winsBelow([{ from: 0, to: 1, winner: '电柳' }], '电柳')).toBeNull();
  });
});
