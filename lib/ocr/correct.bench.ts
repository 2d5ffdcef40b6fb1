// What the ocr-correct widget's worker computes per interaction, on the real asset (public/data/ocr-model.json,
// written by `node scripts/ocr-corpus.mjs`, which `npm run build` runs): a 200-character line simulated,
// decoded (O(n·l²), l ≤ 4 here) and explained, a smoothing change, and the accuracy panel over the asset's
// held-out words and sentences.
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { bigramModel, bigramRowIndex } from '../viterbi';
import { decodeOcrModel } from './asset';
import { correct, explainChanges } from './correct';
import { evaluateCorrector } from './evaluate';
import { correctorModel } from './runningText';
import { simulateOcr } from './simulate';

const model = decodeOcrModel(JSON.parse(readFileSync('public/data/ocr-model.json', 'utf8')));
const rows = bigramRowIndex(model.counts);
const smoothing = { kind: 'add-below', alpha: 1, threshold: 10 } as const;
const lm = correctorModel(rows, model.wordStart, smoothing);
const line = '研发团队在电视上展示了速干面料的图像。公司加大了新产品的研发投入。这件速干衣很适合夏天跑步。'
  .repeat(6)
  .slice(0, 200);
const sim = simulateOcr(line, model.confusions, { noise: 0.3, seed: 1 });

describe('ocr-correct', () => {
  bench('decode a 200-character line (correct, add-α below T)', () => {
    correct(sim.lattice, lm, { vocabulary: model.index });
  });
  bench('explain the changes of a 200-character line (explainChanges: one Viterbi per change)', () => {
    explainChanges(sim.lattice, lm, correct(sim.lattice, lm, { vocabulary: model.index }), {
      vocabulary: model.index,
    });
  });
  bench('simulate + decode a 200-character line with a fresh smoothing (correctorModel)', () => {
    const fresh = correctorModel(rows, model.wordStart, { kind: 'add', alpha: 0.5 });
    correct(simulateOcr(line, model.confusions, { noise: 0.3, seed: 2 }).lattice, fresh, {
      vocabulary: model.index,
    });
  });
  bench('smoothing change the slow way: bigramModel over all pairs', () => {
    bigramModel(model.counts, { kind: 'add', alpha: 0.5 }).prob('电', '视');
  });
  bench(`accuracy panel: ${model.examples.length} held-out words at noise 0.3`, () => {
    evaluateCorrector(model.examples, model.confusions, lm, { noise: 0.3, seed: 1, vocabulary: model.index });
  });
  bench(`accuracy panel: ${model.sentences.length} sentences at noise 0.3`, () => {
    evaluateCorrector(model.sentences, model.confusions, lm, {
      noise: 0.3,
      seed: 1,
      vocabulary: model.index,
    });
  });
});

const json = JSON.parse(readFileSync('public/data/ocr-model.json', 'utf8'));
describe('ocr-correct load (once per page)', () => {
  bench(
    'decodeOcrModel + bigramRowIndex',
    () => {
      bigramRowIndex(decodeOcrModel(json).counts);
    },
    { iterations: 3, time: 0 },
  );
});
