import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { syntheticTagging } from './synthetic';
import {
  createAdam,
  createTagger,
  createTrainer,
  evaluateTagger,
  sentenceLoss,
  type TaggedSentence,
  type TaggerConfig,
  taggerForward,
  taggerParameters,
  tagSentence,
  wordInfluence,
  zeroGradients,
} from './tagger';
import { isLegal, spanScore, TAGS, type Tag, tagsToSpans } from './tags';

const small: TaggerConfig = {
  vocabSize: 6,
  embedDim: 3,
  hiddenSize: 3,
  layers: 2,
  bidirectional: true,
  caseFeature: true,
  tags: 5,
};

const sentence: TaggedSentence = { words: [0, 5, 2, 7, 1], caps: [1, 0, 1, 1, 0], tags: [2, 4, 0, 1, 0] };

describe('taggerForward', () => {
  it('gives T×K probabilities that sum to one per word, for one or two layers, one or two directions', () => {
    for (const layers of [1, 2] as const)
      for (const bidirectional of [false, true]) {
        const m = createTagger({ ...small, layers, bidirectional }, 3);
        const { probs, cache } = taggerForward(m, sentence);
        expect(probs.length).toBe(5 * 5);
        expect(cache.top.length).toBe(5 * 3 * (bidirectional ? 2 : 1));
        for (let t = 0; t < 5; t++) {
          const row = Array.from(probs.subarray(t * 5, t * 5 + 5));
          expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          for (const p of row) expect(p).toBeGreaterThan(0);
        }
      }
  });

  it('reads any index outside the vocabulary as the unknown word', () => {
    const m = createTagger(small, 1);
    const a = taggerForward(m, { words: [1, 6, 2] }).probs;
    for (const w of [-1, 99, 2.5, Number.NaN])
      expect(taggerForward(m, { words: [1, w, 2] }).probs).toEqual(a);
  });

  it('gives empty arrays for an empty sentence', () => {
    const m = createTagger(small, 1);
    expect(taggerForward(m, { words: [] }).probs.length).toBe(0);
    expect(tagSentence(m, { words: [] }).spans).toEqual([]);
    expect(sentenceLoss(m, { words: [], tags: [] }).loss).toBe(0);
  });

  it('uses the case flag only when configured', () => {
    const withCase = createTagger(small, 2);
    const without = createTagger({ ...small, caseFeature: false }, 2);
    const a = { words: [1, 2, 3], caps: [0, 0, 0] };
    const b = { words: [1, 2, 3], caps: [1, 1, 1] };
    expect(taggerForward(withCase, a).probs).not.toEqual(taggerForward(withCase, b).probs);
    expect(taggerForward(without, a).probs).toEqual(taggerForward(without, b).probs);
  });
});

describe('createTagger', () => {
  it('is deterministic per seed and differs across seeds', () => {
    expect(taggerParameters(createTagger(small, 4))).toEqual(taggerParameters(createTagger(small, 4)));
    expect(createTagger(small, 4).outW).not.toEqual(createTagger(small, 5).outW);
  });

  it('copies pretrained vectors scaled to an RMS of 0.1, keeping their directions', () => {
    const data = Float64Array.from({ length: 6 * 3 }, (_, i) => (i % 7) - 3);
    const m = createTagger(small, 1, { count: 6, dim: 3, data });
    const ratio = (m.embed[4] as number) / (data[4] as number);
    for (let i = 0; i < 18; i++) expect(m.embed[i]).toBeCloseTo(ratio * (data[i] as number), 12);
    let sq = 0;
    for (let i = 0; i < 18; i++) sq += (m.embed[i] as number) ** 2;
    expect(Math.sqrt(sq / 18)).toBeCloseTo(0.1, 12);
    expect(() => createTagger(small, 1, { count: 6, dim: 4, data: new Float64Array(24) })).toThrow(
      /4 dimensions/,
    );
  });

  it('rejects bad sizes', () => {
    expect(() => createTagger({ ...small, hiddenSize: 0 }, 1)).toThrow(RangeError);
    expect(() => createTagger({ ...small, layers: 3 as 1 }, 1)).toThrow(/layers/);
  });
});

describe('gradients', () => {
  it('match finite differences in every parameter group (two bidirectional layers, case flag, weight 0.7)', () => {
    const m = createTagger(small, 7);
    const grads = zeroGradients(m);
    sentenceLoss(m, sentence, grads, 0.7);
    const params = taggerParameters(m);
    expect(params.length).toBe(1 + 2 * 2 * 3 + 2);
    const rng = createRng('gradcheck');
    const h = 1e-6;
    params.forEach((p, k) => {
      const g = grads[k] as Float64Array;
      // The unknown word's row (index 6, read for word 7) and a few random entries of every group.
      const picks =
        k === 0 ? [6 * 3, 6 * 3 + 2, 0, 5 * 3 + 1] : [0, 1, 2].map(() => Math.floor(rng.next() * p.length));
      for (const i of picks) {
        const keep = p[i] as number;
        p[i] = keep + h;
        const up = sentenceLoss(m, sentence, undefined, 0.7).loss;
        p[i] = keep - h;
        const down = sentenceLoss(m, sentence, undefined, 0.7).loss;
        p[i] = keep;
        const numeric = (up - down) / (2 * h);
        expect(Math.abs((g[i] as number) - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
      }
    });
    // Rows of words not in the sentence get no gradient.
    for (let e = 0; e < 3; e++) expect(grads[0]?.[3 * 3 + e]).toBe(0);
  });

  it('weight 0 leaves a sentence out of the gradient (masking)', () => {
    const m = createTagger(small, 7);
    const grads = zeroGradients(m);
    sentenceLoss(m, sentence, grads, 0);
    for (const g of grads) expect(g.every((v) => v === 0)).toBe(true);
  });
});

describe('wordInfluence', () => {
  it('is exactly zero after the position for a left-to-right tagger, and not for a bidirectional one', () => {
    const uni = createTagger({ ...small, bidirectional: false }, 3);
    const bi = createTagger(small, 3);
    const u = wordInfluence(uni, sentence, 2);
    expect(u[3]).toBe(0);
    expect(u[4]).toBe(0);
    expect(u[1]).toBeGreaterThan(0);
    const b = wordInfluence(bi, sentence, 2);
    expect(b[3]).toBeGreaterThan(0);
    expect(() => wordInfluence(bi, sentence, 5)).toThrow(/position/);
  });
});

describe('createAdam', () => {
  it('moves each parameter by the learning rate on its first step, against the gradient', () => {
    const p = Float64Array.of(1, -2, 3);
    const opt = createAdam([p], { learningRate: 0.1 });
    opt.step([Float64Array.of(0.5, -4, 0)]);
    expect(p[0]).toBeCloseTo(0.9, 6);
    expect(p[1]).toBeCloseTo(-1.9, 6);
    expect(p[2]).toBe(3);
    expect(opt.steps).toBe(1);
  });

  it('updates only the listed entries of a sparse array', () => {
    const p = Float64Array.of(1, 1, 1, 1);
    createAdam([p], { learningRate: 0.5 }).step([Float64Array.of(1, 1, 1, 1)], undefined, [[1, 3]]);
    expect(Array.from(p)).toEqual([1, 0.5, 1, 0.5].map((v, i) => (i % 2 ? expect.closeTo(v, 6) : v)));
  });

  it('finds the minimum of a quadratic and leaves frozen arrays alone', () => {
    const p = Float64Array.of(5, -3);
    const q = Float64Array.of(1);
    const opt = createAdam([p, q], { learningRate: 0.05 });
    for (let i = 0; i < 2000; i++)
      opt.step(
        [Float64Array.of(2 * ((p[0] as number) - 1), 2 * ((p[1] as number) + 2)), Float64Array.of(1)],
        [false, true],
      );
    expect(p[0]).toBeCloseTo(1, 3);
    expect(p[1]).toBeCloseTo(-2, 3);
    expect(q[0]).toBe(1);
  });
});

describe('createTrainer', () => {
  const config: TaggerConfig = {
    vocabSize: 10,
    embedDim: 6,
    hiddenSize: 8,
    layers: 1,
    bidirectional: true,
    caseFeature: false,
    tags: 5,
  };

  it('learns a small tagging task to span F1 = 1 on held-out sentences', () => {
    const train = syntheticTagging(300, 'train');
    const test = syntheticTagging(100, 'test');
    const m = createTagger(config, 1);
    const before = evaluateTagger(m, test);
    const trainer = createTrainer(m, train, { learningRate: 0.02, seed: 1 });
    const first = trainer.step(train.length).loss;
    let last = first;
    for (let e = 0; e < 14; e++) last = trainer.step(train.length).loss;
    expect(trainer.epoch).toBe(15);
    expect(trainer.position).toBe(300);
    expect(last).toBeLessThan(first / 5);
    const after = evaluateTagger(m, test);
    expect(before.viterbi.f1).toBeLessThan(0.5);
    expect(after.viterbi.f1).toBe(1);
    expect(after.greedy.f1).toBe(1);
    expect(after.tagAccuracy).toBe(1);
  });

  it('is deterministic per seed, and freezing keeps the embeddings', () => {
    const train = syntheticTagging(40, 'det');
    const run = (seed: number, freeze = false) => {
      const m = createTagger(config, 2);
      createTrainer(m, train, { learningRate: 0.01, seed, freezeEmbeddings: freeze }).step(40);
      return m;
    };
    expect(taggerParameters(run(1))).toEqual(taggerParameters(run(1)));
    expect(run(1).outW).not.toEqual(run(2).outW);
    expect(run(1, true).embed).toEqual(createTagger(config, 2).embed);
    expect(run(1, false).embed).not.toEqual(createTagger(config, 2).embed);
  });

  it('weighs sentences: weight 0 is never trained on; bad input throws', () => {
    const train = syntheticTagging(20, 'w');
    const m = createTagger(config, 2);
    const weights = train.map((_, i) => (i < 10 ? 1 : 0));
    const p = createTrainer(m, train, { learningRate: 0.01, seed: 1, batchSize: 1 }, weights).step(20);
    expect(p.sentences).toBe(20);
    expect(p.epoch).toBe(2);
    expect(p.words).toBe(2 * train.slice(0, 10).reduce((n, s) => n + s.words.length, 0));
    expect(() => createTrainer(m, [], { learningRate: 0.01, seed: 1 })).toThrow(/no sentences/);
    expect(() => createTrainer(m, train, { learningRate: 0.01, seed: 1 }, [1])).toThrow(/weights/);
    expect(() =>
      createTrainer(
        m,
        train,
        { learningRate: 0.01, seed: 1 },
        train.map(() => 0),
      ),
    ).toThrow(/positive weight/);
  });
});

describe('evaluateTagger', () => {
  it('agrees with spanScore over tagSentence, and counts illegal greedy readings', () => {
    const m = createTagger({ ...small, caseFeature: false }, 9);
    const data: TaggedSentence[] = [
      sentence,
      { words: [1, 2, 3], tags: [2, 3, 4] },
      { words: [4], tags: [1] },
    ];
    const ev = evaluateTagger(m, data);
    const gold = data.map((s) => tagsToSpans(Array.from(s.tags, (k) => TAGS[k] as Tag)));
    const tagged = data.map((s) => tagSentence(m, s));
    expect(ev.viterbi).toEqual(
      spanScore(
        gold,
        tagged.map((r) => tagsToSpans(r.viterbi)),
      ),
    );
    expect(ev.greedy).toEqual(
      spanScore(
        gold,
        tagged.map((r) => tagsToSpans(r.greedy)),
      ),
    );
    expect(ev.words).toBe(9);
    expect(ev.illegalGreedy).toBe(tagged.filter((r) => !isLegal(r.greedy)).length);
    expect(ev.loss).toBeGreaterThan(0);
  });
});
