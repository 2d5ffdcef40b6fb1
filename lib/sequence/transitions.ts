/**
 * Transition tables besides the post's: the bare constraint (every legal step weighs 1, so Viterbi picks the
 * most probable legal reading by the tagger's own probabilities) and a table estimated from gold tags (how often
 * each legal step follows each tag in training sentences), to set against the post's hand-set numbers.
 */
import type { TaggedSentence } from './tagger';
import { POST_TRANSITIONS, TAGS, type Tag, type TransitionTable } from './tags';

/** Every step the post's table allows, each with weight 1: the constraint alone, no preference among legal steps. */
export const LEGAL_TRANSITIONS: TransitionTable = Object.fromEntries(
  TAGS.map((from) => [from, Object.fromEntries(Object.keys(POST_TRANSITIONS[from]).map((to) => [to, 1]))]),
) as unknown as TransitionTable;

/**
 * P(next | prev) estimated from the gold tags of `sentences` over the steps the post's table allows, with
 * add-`alpha` smoothing (default 1) so no legal step gets probability 0; steps outside the scheme stay forbidden.
 * Gold steps that the scheme forbids are counted in `illegal` and left out.
 * @example
 * estimateTransitions(train).table.x.x; // ≈ 0.93 on the Brown entity tags, against the post's 0.15
 */
export function estimateTransitions(
  sentences: readonly Pick<TaggedSentence, 'tags'>[],
  alpha = 1,
): { table: TransitionTable; counts: Record<Tag, Record<Tag, number>>; illegal: number } {
  if (!(alpha >= 0 && Number.isFinite(alpha))) throw new RangeError(`estimateTransitions: alpha ${alpha}`);
  const counts = Object.fromEntries(
    TAGS.map((a) => [a, Object.fromEntries(TAGS.map((b) => [b, 0]))]),
  ) as Record<Tag, Record<Tag, number>>;
  let illegal = 0;
  for (const s of sentences)
    for (let t = 1; t < s.tags.length; t++) {
      const a = TAGS[s.tags[t - 1] as number];
      const b = TAGS[s.tags[t] as number];
      if (a === undefined || b === undefined)
        throw new RangeError(`estimateTransitions: tag index out of range`);
      if (POST_TRANSITIONS[a][b] === undefined) illegal += 1;
      else counts[a][b] += 1;
    }
  const table = Object.fromEntries(
    TAGS.map((a) => {
      const legal = Object.keys(POST_TRANSITIONS[a]) as Tag[];
      const total = legal.reduce((n, b) => n + counts[a][b] + alpha, 0);
      return [
        a,
        Object.fromEntries(
          legal.map((b) => [b, total > 0 ? (counts[a][b] + alpha) / total : 1 / legal.length]),
        ),
      ];
    }),
  ) as unknown as TransitionTable;
  return { table, counts, illegal };
}
