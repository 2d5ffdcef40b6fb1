/** The asset's format tag. */
export const WORDNET_FORMAT: 'frugal-wordnet-synonyms/1';

/** The lemmas of each synset of a WordNet data file (see wordnet.mjs). */
export function wordnetSynsets(text: string): string[][];

/** The synonym sets of a vocabulary, as ascending word indices (see wordnet.mjs). */
export function synonymSets(
  synsets: readonly (readonly string[])[],
  vocabulary: readonly string[],
): number[][];
