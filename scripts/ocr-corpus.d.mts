// Types for scripts/ocr-corpus.mjs.
export const OUT_FILE: string;
export function ensureOcrAsset(options?: { force?: boolean }): {
  built: boolean;
  stamp: string;
  stats?: Record<string, number>;
  bytes?: number;
  gzipBytes?: number;
};
export function loadSentences(): {
  sentences: string[];
  perSource: { source: unknown; sentences: string[] }[];
};
export function loadSplit(): {
  parsed: unknown;
  train: { word: string; freq: number }[];
  heldOut: { word: string; freq: number }[];
};
