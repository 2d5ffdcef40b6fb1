/**
 * The memory-trace widget's real words: the opening tokens of the Brown corpus and the positions of a few words
 * of graded frequency in them, from the worker's copy of the Brown asset (workers/brown.ts), so the page never
 * fetches or decodes the whole corpus for them.
 */
import { loadBrown } from './brown';
import type { TaskResult } from './protocol';

/** The word streams: `tokens` long, each word with its ascending positions in it. */
export interface BrownTraces {
  tokens: number;
  words: { word: string; positions: Int32Array }[];
}

/**
 * The traces of the Brown asset, most frequent word first. The positions are copied (structured clone), not
 * moved: the worker keeps its decoded asset for later tasks. Rejects as loadBrown does (HTTP status, decoder).
 */
export async function brownTraces(_input: Record<string, never>): Promise<TaskResult<BrownTraces>> {
  const { traces } = await loadBrown();
  return {
    value: { tokens: traces.tokens, words: traces.words.map(({ word, positions }) => ({ word, positions })) },
  };
}
