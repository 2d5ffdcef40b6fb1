/**
 * The word2vec worker tests' corpus: the sentences of embeddings.fixtures.json as one tagged Brown-style
 * file (a sentence per line), built and decoded as the real assets are, so tasks run on it in Node without
 * fetching anything.
 */
import { decodeBrown, decodeBrownText } from '@/lib/corpus/asset';
import { buildBrownAsset, buildBrownText } from '@/lib/corpus/brown.mjs';
import fixtures from './embeddings.fixtures.json';

const FILES = [
  {
    id: 'ca01',
    text: fixtures.sentences
      .map((s) =>
        s
          .split(' ')
          .map((w) => `${w}/nn`)
          .join(' '),
      )
      .join('\n'),
  },
];

/** The counts asset as the build writes it (its vocabulary, most frequent first). */
export const fixtureJson = buildBrownAsset(FILES, { seed: 's', traceTokens: 5, traceTargets: [1] });
const corpus = decodeBrown({ ...fixtureJson, source: { stamp: 'fx' } });
const text = decodeBrownText(buildBrownText(FILES, fixtureJson.vocabulary, 'fx'), corpus);
/** The decoded corpus and running text, as a task's `data` argument takes them. */
export const fixtureData = { corpus, text };
