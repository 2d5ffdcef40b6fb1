/**
 * A synthetic entity-tagging task for tests and examples: sentences of random words in which the words below
 * `names` are names and entities are maximal runs of names. Whether a name begins, continues or ends its run
 * depends on both neighbours, so a tagger has to read both ways to get every tag right.
 */
import { createRng } from '../random';
import type { TaggedSentence } from './tagger';
import { spansToTags, TAGS, type Tag } from './tags';

/** The shape of a synthetic task. */
export interface SyntheticOptions {
  /** Vocabulary size; words 0…names−1 are names. Default 10 and 3. */
  readonly vocab?: number;
  readonly names?: number;
  /** Chance that a word is a name; default 0.35. */
  readonly nameRate?: number;
  /** Sentence lengths, uniform in [minLength, maxLength]; default 3…8. */
  readonly minLength?: number;
  readonly maxLength?: number;
}

/**
 * `n` seeded sentences of the synthetic task, with gold tags (indices into TAGS).
 * @example
 * syntheticTagging(100, 'train')[0]; // { words: [4, 1, 2, 7], tags: [0, 2, 4, 0] }
 */
export function syntheticTagging(
  n: number,
  seed: string | number,
  options: SyntheticOptions = {},
): TaggedSentence[] {
  const { vocab = 10, names = 3, nameRate = 0.35, minLength = 3, maxLength = 8 } = options;
  if (!(Number.isSafeInteger(n) && n >= 0)) throw new RangeError(`syntheticTagging: n = ${n}`);
  if (!(names >= 1 && names < vocab && minLength >= 1 && maxLength >= minLength))
    throw new RangeError('syntheticTagging: need 1 ≤ names < vocab and 1 ≤ minLength ≤ maxLength');
  const rng = createRng(`synthetic-tagging:${seed}`);
  return Array.from({ length: n }, () => {
    const T = minLength + Math.floor(rng.next() * (maxLength - minLength + 1));
    const words = Array.from({ length: T }, () =>
      rng.next() < nameRate
        ? Math.floor(rng.next() * names)
        : names + Math.floor(rng.next() * (vocab - names)),
    );
    const spans: { start: number; end: number }[] = [];
    for (let t = 0; t < T; t++) {
      if ((words[t] as number) >= names) continue;
      const start = t;
      while (t + 1 < T && (words[t + 1] as number) < names) t++;
      spans.push({ start, end: t + 1 });
    }
    return { words, tags: spansToTags(T, spans).map((g: Tag) => TAGS.indexOf(g)) };
  });
}
