import { describe, expect, it } from 'vitest';
import {
  bigramRowIndex,
  charKind,
  compareReadings,
  correct,
  correctorModel,
  explainChanges,
  simulateOcr,
  vocabularyTransitions,
} from '@/lib/ocr';
import { ocrFixtureModel } from '@/lib/testing';
import type { Smoothing } from '@/lib/viterbi';
import { readText } from './ocrRead';

const MODEL = ocrFixtureModel();
const ROWS = bigramRowIndex(MODEL.counts);
const SMOOTHING: Smoothing = { kind: 'add-below', alpha: 1, threshold: 10 };

describe('readText(model, rows, input)', () => {
  it('readText is the page’s former pipeline: simulateOcr, correct, compareReadings, charKind, explainChanges', () => {
    for (const [text, noise, seed] of [
      ['研发电视，图像 OK龘', 0.5, 3],
      ['速干图像研发', 0.3, 8],
      ['电视', 0, 1],
    ] as const) {
      const got = readText(MODEL, ROWS, { text, noise, seed, smoothing: SMOOTHING });
      const sim = simulateOcr(text, MODEL.confusions, { noise, seed });
      const lm = correctorModel(ROWS, MODEL.wordStart, SMOOTHING);
      const correction = correct(sim.lattice, lm, { vocabulary: MODEL.index });
      expect(got.sim).toEqual(sim);
      expect(got.correction).toEqual(correction);
      expect(got.comparison).toEqual(
        compareReadings(sim.truth, Array.from(sim.imageReading), Array.from(correction.text)),
      );
      expect(got.kinds).toEqual(sim.truth.map((ch) => charKind(ch, MODEL.index)));
      expect(got.reasons).toEqual(explainChanges(sim.lattice, lm, correction, { vocabulary: MODEL.index }));
      // transitions[t][i][j] = P(candidate j of t + 1 | candidate i of t) under the vocabulary rule.
      const { prob } = vocabularyTransitions(lm, MODEL.index);
      expect(got.transitions).toHaveLength(Math.max(0, sim.lattice.length - 1));
      got.transitions.forEach((rows, t) => {
        rows.forEach((row, i) => {
          row.forEach((p, j) => {
            const a = sim.lattice[t]?.[i]?.token as string;
            const b = sim.lattice[t + 1]?.[j]?.token as string;
            expect(p).toBe(prob(a, b));
          });
        });
      });
      expect(got.lookAlikes).toEqual(sim.truth.map((ch) => MODEL.confusions.get(ch)?.length ?? 0));
      expect(got.model).toEqual({
        vocabularySize: 12,
        examples: MODEL.examples.slice(0, 6),
        corpus: 'fixture',
      });
    }
  });

  it('readText at noise 0 returns the text unchanged with nothing to explain; empty text gives empty arrays', () => {
    const r = readText(MODEL, ROWS, {
      text: '研发速干图像电视',
      noise: 0,
      seed: 2,
      smoothing: { kind: 'mle' },
    });
    expect(r.correction.text).toBe('研发速干图像电视');
    expect(r.reasons).toEqual([]);
    const empty = readText(MODEL, ROWS, { text: '', noise: 0.3, seed: 1, smoothing: SMOOTHING });
    expect([empty.sim.truth, empty.transitions, empty.reasons, empty.kinds]).toEqual([[], [], [], []]);
  });

  it('readText passes simulateOcr’s RangeError on for noise above ½', () => {
    expect(() => readText(MODEL, ROWS, { text: '电视', noise: 0.6, seed: 1, smoothing: SMOOTHING })).toThrow(
      RangeError,
    );
  });
});
