import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { OCR_FIXTURE_CONFUSIONS, OCR_FIXTURE_COUNTS } from '../testing';
import { bigramModel } from '../viterbi';
import { correct } from './correct';
import { addAccuracy, charKind, compareReadings, evaluateCorrector } from './evaluate';
import { simulateOcr } from './simulate';

// The shared fixture: the words 研发 速干 图像 电视 with made-up frequencies, V = 12 classes, one look-alike each.
const COUNTS = OCR_FIXTURE_COUNTS;
const CONFUSIONS = OCR_FIXTURE_CONFUSIONS;
const VOCAB = new Set(COUNTS.unigram.keys());
const LINES = ['研发', '速干', '图像', '电视', '研发电视', '图像，速干'];

describe('compareReadings', () => {
  it('compareReadings(truth, image, corrected) labels the four cases (hand-checked)', () => {
    const r = compareReadings(
      ['研', '发', '速', '干', '图'],
      ['研', '友', '速', '干', '围'],
      ['研', '发', '建', '干', '国'],
    );
    expect(r.status).toEqual(['right', 'fixed', 'broken', 'right', 'wrong']);
    expect(r.counts).toEqual({ right: 2, fixed: 1, broken: 1, wrong: 1 });
    expect(r.imageWrong).toBe(2);
    expect(r.correctedWrong).toBe(2);
  });

  it('compareReadings on the post’s 电柳 → 电视 marks the second character fixed', () => {
    expect(compareReadings(['电', '视'], ['电', '柳'], ['电', '视']).status).toEqual(['right', 'fixed']);
  });

  it('compareReadings counts add up and match direct comparisons on seeded random readings', () => {
    const alphabet = ['a', 'b', 'c'];
    for (let trial = 0; trial < 200; trial++) {
      const rng = createRng(`compare/${trial}`);
      const n = Math.floor(rng.next() * 12);
      const pick = () => alphabet[Math.floor(rng.next() * 3)] as string;
      const truth = Array.from({ length: n }, pick);
      const image = Array.from({ length: n }, pick);
      const corrected = Array.from({ length: n }, pick);
      const r = compareReadings(truth, image, corrected);
      const c = r.counts;
      expect(c.right + c.fixed + c.broken + c.wrong).toBe(n);
      expect(r.imageWrong).toBe(truth.filter((ch, t) => image[t] !== ch).length);
      expect(r.correctedWrong).toBe(truth.filter((ch, t) => corrected[t] !== ch).length);
      expect(c.fixed).toBe(truth.filter((ch, t) => image[t] !== ch && corrected[t] === ch).length);
    }
  });

  it('compareReadings of empty readings gives no statuses and zero counts', () => {
    expect(compareReadings([], [], [])).toEqual({
      status: [],
      counts: { right: 0, fixed: 0, broken: 0, wrong: 0 },
      imageWrong: 0,
      correctedWrong: 0,
    });
  });

  it('compareReadings throws a RangeError naming the three lengths when they differ', () => {
    expect(() => compareReadings(['a', 'b'], ['a'], ['a', 'b'])).toThrow(/truth 2, image 1, corrected 2/);
  });
});

describe('charKind', () => {
  it('charKind tells vocabulary characters, other Han characters and non-Han characters apart', () => {
    expect(charKind('电', VOCAB)).toBe('known');
    expect(charKind('龘', VOCAB)).toBe('unknown');
    expect(charKind('𠀀', VOCAB)).toBe('unknown'); // CJK Extension B, outside the BMP
    for (const ch of ['，', '。', 'A', '7', ' ', '\n', 'é', '😀']) expect(charKind(ch, VOCAB)).toBe('other');
  });

  it('charKind accepts the vocabulary as a Map (the decoded asset’s index)', () => {
    const index = new Map([['视', 0]]);
    expect(charKind('视', index)).toBe('known');
    expect(charKind('电', index)).toBe('unknown');
  });
});

describe('evaluateCorrector', () => {
  const model = bigramModel(COUNTS, { kind: 'add-below', alpha: 1, threshold: 10 });

  it('evaluateCorrector equals a line-by-line recomputation with simulateOcr and correct', () => {
    for (const noise of [0, 0.3, 0.45, 0.5]) {
      const acc = evaluateCorrector(LINES, CONFUSIONS, model, { noise, seed: 5, vocabulary: VOCAB });
      let chars = 0;
      let imageWrong = 0;
      let fixed = 0;
      let broken = 0;
      let wrong = 0;
      let imageLines = 0;
      let correctedLines = 0;
      LINES.forEach((line, i) => {
        const sim = simulateOcr(line, CONFUSIONS, { noise, seed: `5/${i}` });
        const text = Array.from(correct(sim.lattice, model, { vocabulary: VOCAB }).text);
        const image = Array.from(sim.imageReading);
        sim.truth.forEach((ch, t) => {
          chars += 1;
          if (image[t] !== ch) imageWrong += 1;
          if (image[t] !== ch && text[t] === ch) fixed += 1;
          if (image[t] === ch && text[t] !== ch) broken += 1;
          if (image[t] !== ch && text[t] !== ch) wrong += 1;
        });
        if (sim.imageReading === line) imageLines += 1;
        if (text.join('') === line) correctedLines += 1;
      });
      expect(acc).toEqual({
        lines: LINES.length,
        chars,
        imageWrong,
        fixed,
        broken,
        wrong,
        imageLinesRight: imageLines,
        correctedLinesRight: correctedLines,
      });
    }
  });

  it('evaluateCorrector at noise ½ misreads about half the confusable characters and the fixture model fixes them all', () => {
    const words = Array.from({ length: 10 }, () => ['研发', '速干', '图像', '电视']).flat();
    const acc = evaluateCorrector(words, CONFUSIONS, model, { noise: 0.5, seed: 1, vocabulary: VOCAB });
    expect(acc.chars).toBe(80);
    expect(acc.imageWrong).toBeGreaterThan(10);
    expect(acc.imageWrong).toBeLessThan(30);
    expect(acc.fixed).toBe(acc.imageWrong);
    expect(acc.broken).toBe(0);
    expect(acc.wrong).toBe(0);
    expect(acc.imageLinesRight).toBe(40 - acc.imageWrong);
    expect(acc.correctedLinesRight).toBe(40);
  });

  it('evaluateCorrector at noise 0 has no misreads, so nothing is fixed or left wrong', () => {
    const acc = evaluateCorrector(LINES, CONFUSIONS, model, { noise: 0, seed: 2, vocabulary: VOCAB });
    expect(acc.imageWrong).toBe(0);
    expect(acc.fixed).toBe(0);
    expect(acc.wrong).toBe(0);
    expect(acc.imageLinesRight).toBe(LINES.length);
  });

  it('evaluateCorrector: misreads never decrease as the noise grows (same seed)', () => {
    let previous = -1;
    for (const noise of [0, 0.1, 0.2, 0.3, 0.4, 0.5]) {
      const acc = evaluateCorrector(LINES, CONFUSIONS, model, { noise, seed: 9, vocabulary: VOCAB });
      expect(acc.imageWrong).toBeGreaterThanOrEqual(previous);
      previous = acc.imageWrong;
    }
  });

  it('evaluateCorrector reports progress once per line and gives zeros for no lines', () => {
    const calls: [number, number][] = [];
    evaluateCorrector(LINES, CONFUSIONS, model, {
      noise: 0.5,
      seed: 1,
      onLine: (d, t) => calls.push([d, t]),
    });
    expect(calls).toEqual(LINES.map((_, i) => [i + 1, LINES.length]));
    expect(evaluateCorrector([], CONFUSIONS, model, { noise: 0.5, seed: 1 })).toEqual({
      lines: 0,
      chars: 0,
      imageWrong: 0,
      fixed: 0,
      broken: 0,
      wrong: 0,
      imageLinesRight: 0,
      correctedLinesRight: 0,
    });
  });

  it('evaluateCorrector passes simulateOcr’s RangeError on for noise outside [0, ½]', () => {
    expect(() => evaluateCorrector(LINES, CONFUSIONS, model, { noise: 0.6, seed: 1 })).toThrow(RangeError);
  });

  it('evaluateCorrector in chunks with indexOffset, added by addAccuracy, equals one run over all lines', () => {
    for (const noise of [0.2, 0.5]) {
      const whole = evaluateCorrector(LINES, CONFUSIONS, model, { noise, seed: 3, vocabulary: VOCAB });
      const first = evaluateCorrector(LINES.slice(0, 4), CONFUSIONS, model, {
        noise,
        seed: 3,
        vocabulary: VOCAB,
      });
      const rest = evaluateCorrector(LINES.slice(4), CONFUSIONS, model, {
        noise,
        seed: 3,
        vocabulary: VOCAB,
        indexOffset: 4,
      });
      expect(addAccuracy(first, rest)).toEqual(whole);
    }
  });
});
