import { describe, expect, it } from 'vitest';
import {
  agreeing,
  createSelfTraining,
  parseWeightPairs,
  roundTrainingSet,
  type SelfTrainingOptions,
  scorePseudoLabels,
  selfTrain,
} from './selfTraining';
import { syntheticTagging } from './synthetic';
import { taggerParameters } from './tagger';

// A task where a few labelled sentences leave most name words rarely seen: 20 of 60 words are names.
const task = { vocab: 60, names: 20 };
const config = {
  vocabSize: 60,
  embedDim: 8,
  hiddenSize: 8,
  layers: 1 as const,
  bidirectional: true,
  caseFeature: false,
  tags: 5,
};
const options: SelfTrainingOptions = { config, seed: 1, learningRate: 0.02, epochs: 6 };
const data = (seed: number, labelled = 40, pool = 400) => ({
  labelled: syntheticTagging(labelled, `labelled:${seed}`, task),
  pool: syntheticTagging(pool, `pool:${seed}`, task),
  test: syntheticTagging(200, 'test', task),
});

describe('self-training', () => {
  it('helps on a synthetic task where the labelled set is small and the pool large, over seeds', () => {
    for (const seed of [1, 2, 3]) {
      const d = data(seed);
      const rounds = selfTrain(d, { ...options, seed });
      // The same rounds with the pool weighted 0: as many rounds, no pseudo-labels.
      const control = selfTrain(d, {
        ...options,
        seed,
        weights: [
          [1, 0],
          [1, 0],
          [1, 0],
        ],
      });
      expect(rounds).toHaveLength(4);
      const before = rounds[0]?.test.viterbi.f1 as number;
      const after = rounds[3]?.test.viterbi.f1 as number;
      expect(after).toBeGreaterThan(before + 0.05);
      expect(after).toBeGreaterThan((control[3]?.test.viterbi.f1 as number) + 0.05);
    }
  });

  it('trains round 1 on the whole pool and later rounds on the sentences whose last two taggings agree', () => {
    const d = data(4, 20, 60);
    const run = createSelfTraining(d, { ...options, epochs: 2, chunk: 7 });
    let s = run.state;
    while (!s.done) s = run.step();
    const [r0, r1, r2, r3] = s.finished;
    expect(r0?.pseudo).toBeNull();
    expect(r0?.weights).toBeNull();
    expect(r1?.pseudo?.kept).toBe(60);
    expect(r1?.trainSize).toBe(80);
    expect(r1?.weights).toEqual([1, 0.1]);
    expect(r2?.weights).toEqual([1, 0.2]);
    expect(r3?.weights).toEqual([1, 1]);
    for (const r of [r2, r3]) expect(r?.trainSize).toBe(20 + (r?.pseudo?.kept as number));
    expect(s.progress).toBe(1);
    // Training loss points cover the round's epochs exactly.
    expect(r1?.loss.at(-1)?.sentences).toBe(160);
  });

  it('weight 0 ignores the pool: the same model as no pool at all; it is deterministic per seed', () => {
    const d = data(5, 20, 50);
    const weights = [[1, 0] as const];
    const a = createSelfTraining(d, { ...options, epochs: 2, weights });
    const b = createSelfTraining({ ...d, pool: [] }, { ...options, epochs: 2, weights });
    const c = createSelfTraining(d, { ...options, epochs: 2, weights });
    for (const r of [a, b, c]) while (!r.step().done);
    expect(taggerParameters(a.model)).toEqual(taggerParameters(b.model));
    expect(a.state.finished).toEqual(c.state.finished);
    const other = selfTrain(d, { ...options, seed: 2, epochs: 2, weights: [[1, 1]] });
    expect(other[1]?.test).not.toEqual(a.state.finished[1]?.test);
  });

  it('warm start continues the previous model; from scratch starts again', () => {
    const d = data(6, 20, 40);
    const scratch = selfTrain(d, { ...options, epochs: 1, weights: [[1, 0]] });
    const warm = selfTrain(d, { ...options, epochs: 1, weights: [[1, 0]], warmStart: true });
    expect(scratch[0]).toEqual(warm[0]);
    // From scratch, round 1 with the pool ignored is round 0 again with another visiting order.
    expect(warm[1]?.loss.at(-1)?.loss).toBeLessThan(scratch[1]?.loss.at(-1)?.loss as number);
  });

  it('handles an empty pool and an empty agreement; rejects bad input', () => {
    const d = data(7, 10, 0);
    const rounds = selfTrain(d, { ...options, epochs: 1 });
    expect(rounds.map((r) => r.pseudo?.kept ?? null)).toEqual([null, 0, 0, 0]);
    expect(rounds.every((r) => Number.isFinite(r.test.viterbi.f1))).toBe(true);
    expect(agreeing([[0, 1], [0]], [[0, 2], [1]])).toEqual([]);
    expect(
      agreeing(
        [
          [0, 1],
          [0, 0],
        ],
        [
          [0, 1],
          [0, 2],
        ],
      ),
    ).toEqual([0]);
    expect(() => agreeing([[0]], [])).toThrow(RangeError);
    expect(() => selfTrain({ ...d, labelled: [] }, options)).toThrow(/no labelled/);
    expect(() => selfTrain(d, { ...options, weights: [[0, 1]] })).toThrow(/weights/);
    expect(() => selfTrain(d, { ...options, weights: [[1, -1]] })).toThrow(/weights/);
    expect(() => selfTrain(d, { ...options, epochs: 0 })).toThrow(/epochs/);
  });

  it('scores pseudo-labels against the hidden gold tags and builds weighted training sets', () => {
    const pool = [
      { words: [0, 5], tags: [1, 0] },
      { words: [0, 1, 5], tags: [2, 4, 0] },
    ];
    const labels = [
      [1, 0],
      [1, 1, 0],
    ];
    const s = scorePseudoLabels(pool, labels, [0, 1]);
    expect(s).toMatchObject({ kept: 2, pool: 2, right: 1 });
    expect(s.spans.precision).toBeCloseTo(1 / 3);
    expect(s.spans.recall).toBeCloseTo(1 / 2);
    expect(scorePseudoLabels(pool, labels, [1]).right).toBe(0);
    const set = roundTrainingSet(pool.slice(0, 1), pool.slice(1), [5, 1]);
    expect(set.data).toHaveLength(2);
    expect(set.weights).toEqual([1, 0.2]);
    expect(roundTrainingSet(pool.slice(0, 1), pool.slice(1), [5, 0])).toEqual({
      data: pool.slice(0, 1),
      weights: undefined,
    });
  });
});

describe('parseWeightPairs', () => {
  it('reads pairs and names the first bad one', () => {
    expect(parseWeightPairs('10:1, 5:1 1:1')).toEqual({
      ok: true,
      pairs: [
        [10, 1],
        [5, 1],
        [1, 1],
      ],
    });
    expect(parseWeightPairs('2.5:.5')).toEqual({ ok: true, pairs: [[2.5, 0.5]] });
    for (const [text, error] of [
      ['10:x', /“10:x” is not/],
      ['', /no weights/],
      ['0:1', /above 0/],
      ['1:1 '.repeat(7), /at most 6/],
      ['-1:1', /is not/],
    ] as const) {
      const r = parseWeightPairs(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(error);
    }
  });
});
