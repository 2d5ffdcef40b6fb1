import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose, OCR_FIXTURE_CONFUSIONS, OCR_FIXTURE_COUNTS } from '../testing';
import { allPaths, bigramModel, type Lattice, POST_COUNTS, POST_LATTICE, viterbi } from '../viterbi';
import { correct, explainChanges, imageReading, scoreParts, vocabularyTransitions } from './correct';
import { simulateOcr } from './simulate';

// The shared fixture: the words 研发 速干 图像 电视 with made-up frequencies, V = 12 classes, one look-alike each.
const COUNTS = OCR_FIXTURE_COUNTS;
const CONFUSIONS = OCR_FIXTURE_CONFUSIONS;
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

  it('correct(simulated readings) repairs the fixture words at noise ½ for every seed', () => {
    for (let seed = 0; seed < 30; seed++) {
      const sim = simulateOcr('研发速干图像', CONFUSIONS, { noise: 0.5, seed });
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

describe('scoreParts and explainChanges', () => {
  const mle = bigramModel(POST_COUNTS, { kind: 'mle' });
  const add1 = bigramModel(POST_COUNTS, { kind: 'add', alpha: 1 });

  it('scoreParts(post lattice, 电视) splits log f into Σ log W and Σ log P (the post’s numbers)', () => {
    const parts = scoreParts(POST_LATTICE, [0, 1], mle.logProb);
    expectClose(parts.image, Math.log(0.99996) + Math.log(0.12148), { rtol: 1e-15 });
    expectClose(parts.language, Math.log(12426 / 145001), { rtol: 1e-15 });
    expectClose(Math.exp(parts.image + parts.language), 0.0104099, { rtol: 1e-5 });
    expect(() => scoreParts(POST_LATTICE, [0], mle.logProb)).toThrow(/1 indices for 2 positions/);
    expect(() => scoreParts(POST_LATTICE, [0, 3], mle.logProb)).toThrow(/candidate 3 outside position 1/);
    expect(scoreParts([], [], mle.logProb)).toEqual({ image: 0, language: 0 });
  });

  it('explainChanges(post lattice, add-α 1) weighs 电视 against 电柳: the image loses log(0.87838/0.12148)', () => {
    const c = correct(POST_LATTICE, add1);
    expect(c.text).toBe('电视');
    const [reason, ...rest] = explainChanges(POST_LATTICE, add1, c);
    expect(rest).toEqual([]);
    expect(reason).toMatchObject({ position: 1, from: '柳', to: '视', kept: { text: '电柳' } });
    // Independent recomputation: P(视|电) = (12426 + 1)/(145001 + 3062), P(柳|电) = 1/(145001 + 3062).
    expectClose(reason?.imageGain as number, Math.log(0.12148 / 0.87838), { rtol: 1e-12 });
    expectClose(reason?.languageGain as number, Math.log(12427), { rtol: 1e-12 });
    expectClose(reason?.margin as number, Math.log(12427) + Math.log(0.12148 / 0.87838), { rtol: 1e-12 });
  });

  it('explainChanges(post lattice, MLE): every reading that keeps 柳 has probability 0, so the margin is ∞', () => {
    const c = correct(POST_LATTICE, mle);
    expect(explainChanges(POST_LATTICE, mle, c)).toEqual([
      expect.objectContaining({
        position: 1,
        from: '柳',
        to: '视',
        kept: { image: Number.NEGATIVE_INFINITY, language: Number.NEGATIVE_INFINITY, text: '' },
        margin: Number.POSITIVE_INFINITY,
      }),
    ]);
    const none = correct(
      [col(['研', 1]), col(['发', 0.9], ['友', 0.1])],
      bigramModel(COUNTS, { kind: 'add', alpha: 1 }),
    );
    expect(explainChanges([col(['研', 1]), col(['发', 0.9], ['友', 0.1])], mle, none)).toEqual([]);
  });

  it('explainChanges(random lattices): kept is the best reading with the image’s candidate; gains add up to a margin ≥ 0', () => {
    // Seeded invariant against brute force over every reading.
    const tokens = Array.from('研发友速干于图围像电视柳');
    const lm = bigramModel(COUNTS, { kind: 'add-below', alpha: 0.5, threshold: 3 });
    let explained = 0;
    for (let trial = 0; trial < 200; trial++) {
      const rng = createRng(`explain/${trial}`);
      const lattice: Lattice = Array.from({ length: rng.int(1, 5) }, () =>
        rng
          .shuffle(tokens)
          .slice(0, rng.int(1, 3))
          .map((token) => ({ token, logProb: Math.log(0.05 + rng.next()) })),
      );
      const c = correct(lattice, lm);
      const image = imageReading(lattice);
      for (const reason of explainChanges(lattice, lm, c)) {
        explained += 1;
        const t = reason.position;
        const keeping = allPaths(lattice, lm.logProb).filter((p) => p.indices[t] === image.indices[t]);
        const best = Math.max(...keeping.map((p) => p.logScore));
        expectClose(c.logScore - reason.margin, best, { rtol: 1e-12, atol: 1e-12 });
        expectClose(reason.imageGain + reason.languageGain, reason.margin, { rtol: 1e-9, atol: 1e-12 });
        expect(reason.margin).toBeGreaterThanOrEqual(0);
        expect(Array.from(reason.kept.text)[t]).toBe(reason.from);
        expect(viterbi(lattice, lm.logProb).indices[t]).toBe(c.indices[t]);
      }
    }
    expect(explained).toBeGreaterThan(20);
  });
});
