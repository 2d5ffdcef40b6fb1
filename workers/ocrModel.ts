/**
 * The OCR asset as the worker holds it: fetched once from the site's own origin, decoded and row-indexed off
 * the page's main thread, and shared by the ocr-correct widget's tasks (ocrRead, ocrAccuracy). A failed load
 * is forgotten, so the next task (the widget's "Try again") fetches anew.
 */
import {
  type BigramRowIndex,
  bigramRowIndex,
  decodeOcrModel,
  OCR_MODEL_PATH,
  type OcrModel,
} from '@/lib/ocr';
import { fetchJson } from './fetchJson';

export interface LoadedOcrModel {
  model: OcrModel;
  /** Row statistics of the counts, so a smoothing change costs O(1) (indexedBigramModel). */
  index: BigramRowIndex;
}

let loaded: Promise<LoadedOcrModel> | null = null;

/** The decoded asset, loading it on first use. Rejects with the HTTP status or the decoder's message. */
export function loadOcrModel(): Promise<LoadedOcrModel> {
  if (!loaded) {
    loaded = fetchJson(OCR_MODEL_PATH).then((json) => {
      const model = decodeOcrModel(json);
      return { model, index: bigramRowIndex(model.counts) };
    });
    loaded.catch(() => {
      loaded = null;
    });
  }
  return loaded;
}
