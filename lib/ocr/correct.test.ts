import { describe, expect, it } from 'vitest';
import { type BigramCounts, bigramModel, type Lattice, POST_COUNTS } from '../viterbi';
import type { ConfusionSets } from './asset';
import { correct, imageReading, vocabularyTransitions } from './correct';
import { simulateOcr } from './simulate';

// A tiny fixture model: the words 研发 速干 图像 电视 with made-up frequencies, V = 12 classes.
const COUNTS: BigramCounts = {
  unigram: new Map([
    ['研', 50],
    ['发', 80],
    ['友', 30],
    ['速', 40],
    ['干', 30],
    ['于', 200],
    ['图', 60],
    ['围', 40],
    ['像', 50],
    ['电', 100],
    ['视', 40],
    ['柳', 10],
  ]),
  bigram: new Map([
    ['研发', 45],
    ['速干', 12],
    ['图像', 40],
    ['电视', 35],
    ['发电', 5],
  ]),
  vocabulary: 12,
};
const CONFUSIONS: ConfusionSets = new Map([
  ['发', [{ char: '友', similarity: 0.93 }]],
  ['干', [{ char: '于', similarity: 0.93 }]],
  ['图', [{ char: '围', similarity: 0.98 }]],
  ['视', [{ char: '柳', similarity: 0.9 }]],
]);
const col = (...entries: [string, number][]) =>
  entries.map(([token, p]) => ({ token, logProb: Math.log(p) }));

describe('correct', () => {
  const addBelow = bigramModel(COUNTS, { kind: 'add-below', alpha: 0.5, threshold: 3 });

  it('correct(the post’s misreads) fixes 研友→研发, 速于→速干, 围像→图像 with a fixture bigram model', () => {
    const cases: [Lattice, string][] = [
      [[col(['研', 1]), col(['友', 0.8], ['发', 0.2])], '研发'],
      [[col(['速', 1]), col(['于', 0.7], ['干', 0.3])], '速干'],
      [[col(['围', 0.6], ['图', 0.4]), col(['像', 1])], '图像'],
    ];
    for (const [lattice, expected] of cases) {
      const r = correct(lattice, addBelow);
      expect(r.text).toBe(expected);
      expect(r.changed.length).toBe(1);
      expect(r.imageReading).not.toBe(expected);
    }
  });

  it('correct(post lattice, MLE) turns 电柳 into 电视 and reports position 1 as changed', () => {
    const lattice = [
      col(['电', 0.99996], ['宙', 0.00004]),
      col(['柳', 0.87838], ['视', 0.12148], ['规', 0.00012]),
    ];
    const r = correct(lattice, bigramModel(POST_COUNTS, { kind: 'mle' }));
    expect(r).toMatchObject({ text: '电视', imageReading: '电柳', changed: [1], indices: [0, 1] });
    expect(Math.exp(r.logScore)).toBeCloseTo(0.0104099, 7);
  });

  it('correct(lattice, model) keeps a confident reading the language model has no reason to change', () => {
    const lattice = [col(['研', 1]), col(['发', 0.9], ['友', 0.1])];
    expect(correct(lattice, addBelow)).toMatchObject({ text: '研发', changed: [] });
  });

  it('correct(lattice with no finite path) falls back to the image reading with −Infinity', () => {
    const mle = bigramModel(COUNTS, { kind: 'mle' });
    const lattice = [col(['像', 0.5], ['图', 0.5]), col(['柳', 0.9], ['视', 0.1])];
    expect(correct(lattice, mle)).toEqual({
      text: '像柳',
      indices: [0, 0],
      imageReading: '像柳',
      changed: [],
      logScore: Number.NEGATIVE_INFINITY,
    });
  });

  it('correct(lattice, model, { vocabulary }) steps over tokens outside the vocabulary without blocking', () => {
    const mle = bigramModel(COUNTS, { kind: 'mle' });
    const lattice = [
      col(['研', 1]),
      col(['友', 0.6], ['发', 0.4]),
      col(['，', 1]),
      col(['围', 0.6], ['图', 0.4]),
      col(['像', 1]),
    ];
    // Without a vocabulary, P(，|发) = 0 under MLE blocks every path.
    expect(correct(lattice, mle).logScore).toBe(Number.NEGATIVE_INFINITY);
    const r = correct(lattice, mle, { vocabulary: COUNTS.unigram });
    expect(r.text).toBe('研发，图像');
    expect(r.changed).toEqual([1, 3]);
  });

  it('correct(simulated readings) repairs the fixture words at noise 1 for every seed', () => {
    for (let seed = 0; seed < 30; seed++) {
      const sim = simulateOcr('研发速干图像', CONFUSIONS, { noise: 1, seed });
      expect(sim.imageReading).toBe('研友速于围像');
      const r = correct(sim.lattice, addBelow, { vocabulary: COUNTS.unigram });
      expect(r.text, `seed ${seed}`).toBe('研发速干图像');
      expect(r.changed).toEqual(sim.misread);
    }
  });

  it('imageReading(lattice) takes the most probable candidate, the lowest index on ties', () => {
    expect(imageReading([col(['a', 0.2], ['b', 0.5], ['c', 0.5]), col(['d', 1])])).toEqual({
      text: 'bd',
      indices: [1, 0],
    });
    expect(imageReading([])).toEqual({ text: '', indices: [] });
  });

  it('vocabularyTransitions(model, vocabulary) is the model inside the vocabulary and 1 (log 0) across its edge', () => {
    const mle = bigramModel(COUNTS, { kind: 'mle' });
    const t = vocabularyTransitions(mle, COUNTS.unigram);
    expect(t.prob('研', '发')).toBe(mle.prob('研', '发'));
    expect(t.logProb('研', '发')).toBe(mle.logProb('研', '发'));
    // Unseen inside the vocabulary stays impossible under MLE …
    expect(t.prob('发', '研')).toBe(0);
    expect(t.logProb('发', '研')).toBe(Number.NEGATIVE_INFINITY);
    // … while a step into or out of an unknown token neither helps nor blocks.
    for (const [a, b] of [
      ['发', '，'],
      ['，', '图'],
      ['龘', '，'],
    ]) {
      expect(t.prob(a as string, b as string)).toBe(1);
      expect(t.logProb(a as string, b as string)).toBe(0);
    }
    // Without a vocabulary it is the model itself.
    const plain = vocabularyTransitions(mle);
    expect(plain.prob('发', '，')).toBe(0);
    expect(plain.logProb('研', '发')).toBe(mle.logProb('研', '发'));
    // A Set works as well as the asset's index Map.
    expect(vocabularyTransitions(mle, new Set(['研'])).prob('研', '发')).toBe(1);
  });
});
