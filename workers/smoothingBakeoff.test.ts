import { describe, expect, it } from 'vitest';
import { bagCounts, decodeBrown } from '@/lib/corpus/asset';
import { buildBrownAsset } from '@/lib/corpus/brown.mjs';
import { createRng } from '@/lib/random';
import {
  COUNT_BANDS,
  fitSmoothingConstants,
  heldOutScore,
  ruleWith,
  smoothedProbabilities,
} from '@/lib/smoothing';
import { expectClose } from '@/lib/testing';
import { BAKEOFF_METHODS, FREQUENCY_MAX_R } from './smoothingBakeoff';
import { tasks } from './tasks';

// A hand-made corpus: 20 files of Zipf-distributed words w0 … w199 (tagged, with punctuation to drop), so
// 4 test files, 4 dev files and 12 training files.
const rng = createRng('bakeoff-fixture');
const weights = Array.from({ length: 200 }, (_, i) => 1 / (i + 1));
const total = weights.reduce((a, b) => a + b, 0);
const word = () => {
  let u = rng.next() * total;
  let i = 0;
  while (i < weights.length - 1 && u > (weights[i] as number)) u -= weights[i++] as number;
  return `w${i}/nn`;
};
const FILES = Array.from({ length: 20 }, (_, f) => ({
  id: `c${'ab'[f % 2]}${String(f + 1).padStart(2, '0')}`,
  text: `${Array.from({ length: 150 }, word).join(' ')} ./.`,
}));
const corpus = decodeBrown(buildBrownAsset(FILES, { seed: 'test', traceTokens: 10, traceTargets: [2] }));

const ctx = (progress: (f: number, partial?: unknown) => void = () => {}, cancelled = () => false) => ({
  progress,
  cancelled,
});

describe("tasks['smoothing-corpus'](input, ctx, corpus)", () => {
  it('gives the vocabulary, the tokens of each training prefix and of dev and test', async () => {
    const { value } = await tasks['smoothing-corpus']({}, ctx(), corpus);
    expect(value.vocabulary).toBe(corpus.vocabulary.length);
    expect(value.prefixTokens).toHaveLength(12);
    expect(value.prefixTokens[0]).toBe(150);
    expect(value.prefixTokens[11]).toBe(12 * 150);
    expect([value.devFiles, value.devTokens, value.testFiles, value.testTokens]).toEqual([4, 600, 4, 600]);
  });
});

describe("tasks['smoothing-bakeoff'](input, ctx, corpus)", () => {
  const fitted = { files: 5, alpha: null, gamma: null, discount: null };

  it('fits the constants on dev and scores every rule on test over the whole vocabulary', async () => {
    const progress: number[] = [];
    const { value } = await tasks['smoothing-bakeoff'](
      fitted,
      ctx((f) => progress.push(f)),
      corpus,
    );
    const train = bagCounts(corpus, corpus.split.train.subarray(0, 5));
    const dev = bagCounts(corpus, corpus.split.dev);
    const test = bagCounts(corpus, corpus.split.test);
    expect(value.fitted).toEqual(fitSmoothingConstants(train, dev));
    expect(value.used).toEqual(value.fitted);
    expect(value.trainTokens).toBe(750);
    expect(value.seenTypes).toBe(train.filter((c) => c > 0).length);
    expect(value.seenTypes).toBeLessThan(value.vocabulary);
    expect(value.methods.map((m) => m.method)).toEqual([...BAKEOFF_METHODS]);
    for (const m of value.methods) {
      const p = smoothedProbabilities(train, ruleWith(m.method, value.fitted));
      expectClose(m.test.logLikelihood, heldOutScore(p, test).logLikelihood, { rtol: 1e-12 });
      expect(m.fitted).toBe(true);
    }
    // MLE gives the test words unseen in training probability 0; every smoothed rule scores finitely.
    expect(value.methods[0]?.test.zeroProbabilityTokens).toBeGreaterThan(0);
    for (const m of value.methods.slice(1)) expect(Number.isFinite(m.test.bitsPerToken)).toBe(true);
    // Each fitted constant scores on dev at least as well as every point of its dev curve.
    const devBits = (k: number) => value.methods[k]?.dev.bitsPerToken as number;
    for (const b of value.curves.alpha.bits) expect(devBits(1)).toBeLessThanOrEqual(b + 1e-12);
    for (const b of value.curves.gamma.bits) expect(devBits(2)).toBeLessThanOrEqual(b + 1e-12);
    for (const b of value.curves.discount.bits) expect(devBits(4)).toBeLessThanOrEqual(b + 1e-12);
    expect(value.frequency[0]?.r).toBe(0);
    expect(value.frequency.every((row) => row.r <= FREQUENCY_MAX_R && row.predicted.length === 5)).toBe(true);
    expect(value.bands.map((b) => b.lo)).toEqual([...COUNT_BANDS]);
    expect(value.bands.reduce((s, b) => s + b.tokens, 0)).toBe(600);
    expect(value.testBest).toBeGreaterThan(0);
    expect(value.correspondence.forgetting[0]).toBeCloseTo(value.fitted.gamma, 12);
    expect(value.correspondence.ratio).toBeCloseTo(value.fitted.gamma / value.fitted.alpha, 12);
    expect(value.bandBest).toHaveLength(COUNT_BANDS.length);
    // MLE (index 0) never wins the unseen band: it gives those test tokens probability 0.
    expect(value.bandBest[0]).toBeGreaterThan(0);
    value.frequency.forEach((row, k) => {
      const err = row.predicted.map((x) => Math.abs(x - row.heldOut));
      expect(err[value.frequencyBest[k] as number]).toBe(Math.min(...err));
    });
    expect(progress.at(-1)).toBe(1);
  });

  it('uses a hand-set constant and keeps the fitted one beside it', async () => {
    const { value } = await tasks['smoothing-bakeoff']({ ...fitted, gamma: 2 }, ctx(), corpus);
    expect(value.used.gamma).toBe(2);
    expect(value.fitted.gamma).not.toBe(2);
    const forgetting = value.methods[2];
    expect(forgetting?.rule).toEqual({ kind: 'forgetting', gamma: 2 });
    expect(forgetting?.fitted).toBe(false);
    expect(value.methods[1]?.fitted).toBe(true);
  });

  it('rejects a training slice outside 1 … |train|, and stops when cancelled', async () => {
    await expect(tasks['smoothing-bakeoff']({ ...fitted, files: 13 }, ctx(), corpus)).rejects.toThrow(
      '1 … 12 files',
    );
    await expect(
      tasks['smoothing-bakeoff'](
        { ...fitted, files: 3 },
        ctx(undefined, () => true),
        corpus,
      ),
    ).rejects.toThrow('cancelled');
  });
});

describe("tasks['smoothing-learning-curve'](input, ctx, corpus)", () => {
  it('streams one point per size with fitted constants, and stops when cancelled', async () => {
    const partials: unknown[] = [];
    const { value } = await tasks['smoothing-learning-curve'](
      { sizes: [2, 12] },
      ctx((_, p) => partials.push(p)),
      corpus,
    );
    expect(value.cancelled).toBe(false);
    expect(value.points.map((p) => [p.files, p.tokens])).toEqual([
      [2, 300],
      [12, 1800],
    ]);
    expect(partials).toEqual(value.points);
    const [small, large] = value.points;
    // More training text predicts the test files better, for every smoothed rule.
    for (let k = 1; k < 5; k++) expect(large?.bits[k]).toBeLessThan(small?.bits[k] as number);
    let calls = 0;
    const stopped = await tasks['smoothing-learning-curve'](
      { sizes: [2, 5, 12] },
      ctx(undefined, () => ++calls > 1),
      corpus,
    );
    expect(stopped.value).toEqual({ points: [expect.objectContaining({ files: 2 })], cancelled: true });
  });
});
