// What the word2vec article's worker computes, on the real assets (public/data/brown.json and brown-text.json,
// written by `node scripts/brown-corpus.mjs`, which `npm run build` runs): decoding the running text,
// co-occurrence counting over the whole corpus at V = 10,000, PPMI, a rank-100 truncated SVD, one skip-gram
// chunk of 100,000 tokens (tokens/s = 10⁵ / its time) and a neighbour query over 10,000 vectors.
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { decodeBrown, decodeBrownText } from '../corpus';
import { truncatedSvd } from '../linalg/truncatedSvd';
import { cooccurrence, createSgns, nearestRows, pmiMatrix, rowNorms } from '.';

const corpus = decodeBrown(JSON.parse(readFileSync('public/data/brown.json', 'utf8')));
const textJson = readFileSync('public/data/brown-text.json', 'utf8');
const text = decodeBrownText(JSON.parse(textJson), corpus);
const V = 10_000;
const stream = text.stream.filter((i) => i < V);
const counts = Array.from(corpus.counts.subarray(0, V));
const C = cooccurrence(stream, V, { window: 5, weighting: 'linear' });
const P = pmiMatrix(C, { positive: true, shift: 5, contextPower: 0.75 });
const options = {
  dim: 100,
  window: 5,
  negatives: 5,
  learningRate: 0.025,
  epochs: 1,
  subsample: 1e-3,
  seed: 1,
};
const E = createSgns(stream, counts, options).vectors();
const norms = rowNorms(E);

describe('word2vec on the Brown corpus (V = 10,000)', () => {
  bench(
    'decode brown-text.json (JSON.parse + decodeBrownText, 1.07 M entries)',
    () => {
      decodeBrownText(JSON.parse(textJson), corpus);
    },
    { iterations: 3 },
  );
  bench(
    'co-occurrence counts, window 5, linear weights (~1 M tokens)',
    () => {
      cooccurrence(stream, V, { window: 5, weighting: 'linear' });
    },
    { iterations: 3 },
  );
  bench(
    'shifted PPMI (k = 5, context power 0.75)',
    () => {
      pmiMatrix(C, { positive: true, shift: 5, contextPower: 0.75 });
    },
    { iterations: 3 },
  );
  bench(
    'truncated SVD of shifted PPMI at rank 100',
    () => {
      truncatedSvd(P, 100, { seed: 1, oversample: 16, powerIterations: 3 });
    },
    { iterations: 1, warmupIterations: 0 },
  );
  bench(
    'skip-gram, 100,000 tokens at dim 100, window 5, k = 5',
    () => {
      createSgns(stream, counts, options).step(100_000);
    },
    { iterations: 2, warmupIterations: 0 },
  );
  bench('10 nearest neighbours of one word among 10,000 vectors of dim 100', () => {
    nearestRows(E, E.data.subarray(500 * 100, 501 * 100), 10, { exclude: [500], norms });
  });
});
