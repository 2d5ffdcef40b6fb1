/**
 * Worker task of the ocr-correct widget: the simulated OCR and the bigram corrector over the held-out words of
 * the OCR asset at the reader's noise, and over the asset's real sentences at the noise levels of
 * SENTENCE_NOISES (and the reader's), added up (lib/ocr evaluateCorrector), on the asset the worker holds
 * (./ocrModel), so nothing large crosses the message channel.
 */
import {
  addAccuracy,
  type BigramRowIndex,
  type CorrectorAccuracy,
  correctorModel,
  evaluateCorrector,
  type OcrModel,
} from '@/lib/ocr';
import type { BigramModel, Smoothing } from '@/lib/viterbi';
import { loadOcrModel } from './ocrModel';
import { yieldToEventLoop } from './protocol';

interface Ctx {
  progress: (fraction: number) => void;
  cancelled: () => boolean;
}

/** Lines scored between two yields (progress and cancellation points). */
const CHUNK = 10;

/** The noise levels of the sentence table: none, light, heavy. */
export const SENTENCE_NOISES = [0, 0.1, 0.3] as const;

export interface OcrAccuracyInput {
  smoothing: Smoothing;
  noise: number;
  seed: number;
}

/** The accuracy panel's numbers: held-out words at the reader's noise, sentences at each level. */
export interface OcrAccuracy {
  words: CorrectorAccuracy;
  /** SENTENCE_NOISES, then the reader's noise when it is not one of them, in that order. */
  sentences: { noise: number; accuracy: CorrectorAccuracy }[];
}

/**
 * evaluateCorrector over `lines` in chunks of CHUNK lines (seeds `${seed}/${i}` for line i, as one run would
 * use), calling `step` after each chunk with the lines done; null when cancelled.
 */
async function linesInChunks(
  lines: readonly string[],
  model: OcrModel,
  lm: BigramModel,
  noise: number,
  seed: number,
  ctx: Ctx,
  step: (done: number) => void,
): Promise<CorrectorAccuracy | null> {
  let total = evaluateCorrector([], model.confusions, lm, { noise, seed });
  for (let start = 0; start < lines.length; start += CHUNK) {
    if (ctx.cancelled()) return null;
    const part = evaluateCorrector(lines.slice(start, start + CHUNK), model.confusions, lm, {
      noise,
      seed,
      vocabulary: model.index,
      indexOffset: start,
    });
    total = addAccuracy(total, part);
    step(Math.min(lines.length, start + CHUNK));
    await yieldToEventLoop();
  }
  return total;
}

/**
 * The held-out words at the input's noise, then the sentences at every level of SENTENCE_NOISES plus the input's
 * noise, each as one evaluateCorrector run would score it (seeds `${seed}/${i}` for line i), under the
 * corrector's language model (correctorModel); progress over all lines; null when cancelled.
 */
export async function accuracyInChunks(
  model: OcrModel,
  index: BigramRowIndex,
  input: OcrAccuracyInput,
  ctx: Ctx,
): Promise<OcrAccuracy | null> {
  const lm = correctorModel(index, model.wordStart, input.smoothing);
  const noises: number[] = [...SENTENCE_NOISES];
  if (!noises.includes(input.noise)) noises.push(input.noise);
  const total = model.examples.length + noises.length * model.sentences.length;
  let before = 0;
  const step = (done: number) => ctx.progress(total === 0 ? 1 : (before + done) / total);
  const words = await linesInChunks(model.examples, model, lm, input.noise, input.seed, ctx, step);
  if (words === null) return null;
  before += model.examples.length;
  const sentences: OcrAccuracy['sentences'] = [];
  for (const noise of noises) {
    const accuracy = await linesInChunks(model.sentences, model, lm, noise, input.seed, ctx, step);
    if (accuracy === null) return null;
    sentences.push({ noise, accuracy });
    before += model.sentences.length;
  }
  return { words, sentences };
}

/**
 * The accuracy panel's numbers for one (smoothing, noise, seed); null when cancelled. The worker client keys the
 * job by its input, so the result needs no echo of it.
 */
export async function ocrAccuracy(input: OcrAccuracyInput, ctx: Ctx): Promise<{ value: OcrAccuracy | null }> {
  const { model, index } = await loadOcrModel();
  return { value: await accuracyInChunks(model, index, input, ctx) };
}
