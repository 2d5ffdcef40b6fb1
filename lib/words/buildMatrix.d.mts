/** The asset's format tag; lib/words/asset.ts refuses anything else. */
export const WORD_MATRIX_FORMAT: 'frugal-new-words/1';

/** Row-compressed entries: row i's columns are prefix sums of delta[indptr[i] … indptr[i+1]). */
export interface EncodedRows {
  indptr: number[];
  delta: number[];
  counts: number[];
}

/** Where the dictionary came from (written into the asset as given). */
export interface WordMatrixSource {
  package?: string;
  version?: string;
  file?: string;
  license?: string;
  homepage?: string;
}

/** The compact asset: row and column characters as strings of code points, and the entries. */
export interface WordMatrixAsset {
  format: 'frugal-new-words/1';
  source: WordMatrixSource;
  threshold: number;
  stats: {
    lines: number;
    skipped: number;
    twoCharWords: number;
    aboveThreshold: number;
    firstChars: number;
    secondChars: number;
    kept: number;
    keptBelow: number;
  };
  rows: string;
  cols: string;
  seen: EncodedRows;
  below: EncodedRows;
}

/** Two-Han-character words of dictionary text ("word count [tag]" lines) with summed counts. */
export function parseTwoCharWords(text: string): {
  words: Map<string, number>;
  lines: number;
  skipped: number;
};

/** The word-matrix asset of dictionary text: see buildMatrix.mjs. */
export function buildWordMatrix(
  text: string,
  options?: { threshold?: number; maxRows?: number; maxCols?: number },
  source?: WordMatrixSource,
): WordMatrixAsset;
