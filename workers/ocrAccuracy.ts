/**
 * Worker task of the ocr-correct widget: the simulated OCR and the bigram corrector over the held-out words of
 * the OCR asset, added up (lib/ocr evaluateCorrector). The worker loads the asset itself, once, from the site's
 * own origin (the browser's cache serves the page's copy), so nothing large crosses the message channel.
 */
import {
  addAccuracy,
  type BigramRowIndex,
  bigramRowIndex,
  type CorrectorAccuracy,
  decodeOcrModel,
  evaluateCorrector,
  indexedBigramModel,
  OCR_MODEL_PATH,
  type OcrModel,
} from '@/lib/ocr';
import type { Smoothing } from '@/lib/viterbi';
import { yieldToEventLoop } from './protocol';

interface Ctx {
  progress: (fraction: number) => void;
  cancelled: () => boolean;
}

/** Lines scored between two yields (progress and cancellation points). */
const CHUNK = 10;

export interface OcrAccuracyInput {
  smoothing: Smoothing;
  noise: number;
  seed: number;
}

/**
 * evaluateCorrector over `model.examples` in chunks of CHUNK lines (seeds `${seed}/${i}` for word i, as one run
 * would use), reporting progress and stopping with null when cancelled.
 */
export async function accuracyInChunks(
  model: OcrModel,
  index: BigramRowIndex,
  input: OcrAccuracyInput,
  ctx: Ctx,
): Promise<CorrectorAccuracy | null> {
  const lm = indexedBigramModel(index, input.smoothing);
  const lines = model.examples;
  let total = evaluateCorrector([], model.confusions, lm, { noise: input.noise, seed: input.seed });
  for (let start = 0; start < lines.length; start += CHUNK) {
    if (ctx.cancelled()) return null;
    const part = evaluateCorrector(lines.slice(start, start + CHUNK), model.confusions, lm, {
      noise: input.noise,
      seed: input.seed,
      vocabulary: model.index,
      indexOffset: start,
    });
    total = addAccuracy(total, part);
    ctx.progress(Math.min(1, (start + CHUNK) / lines.length));
    await yieldToEventLoop();
  }
  return total;
}

let loaded: Promise<{ model: OcrModel; index: BigramRowIndex }> | null = null;
function loadModel(): Promise<{ model: OcrModel; index: BigramRowIndex }> {
  if (!loaded) {
    loaded = fetch(OCR_MODEL_PATH)
      .then((res) => {
        if (!res.ok) throw new Error(`${OCR_MODEL_PATH} answered ${res.status} ${res.statusText}`.trim());
        return res.json();
      })
      .then((json) => {
        const model = decodeOcrModel(json);
        return { model, index: bigramRowIndex(model.counts) };
      });
    loaded.catch(() => {
      loaded = null;
    });
  }
  return loaded;
}

/**
 * The accuracy panel's numbers for one (smoothing, noise, seed); null when cancelled. The worker client keys the
 * job by its input, so the result needs no echo of it.
 */
export async function ocrAccuracy(
  input: OcrAccuracyInput,
  ctx: Ctx,
): Promise<{ value: CorrectorAccuracy | null }> {
  const { model, index } = await loadModel();
  return { value: await accuracyInChunks(model, index, input, ctx) };
}
