#!/usr/bin/env node
/**
 * Accuracy of the OCR corrector (issues 6 and 15) on two sets: the held-out words (the jieba words of ≥ 3
 * characters that scripts/ocr-corpus.mjs held out before counting, 10% by a salted hash) and the asset's real
 * running sentences (lib/ocr/corpus.mjs extractSentences), read by the simulated image model
 * (lib/ocr/simulate.ts) at several noise levels and decoded with Viterbi and the corrector's language model
 * under each smoothing (lib/ocr/runningText.ts correctorModel; `--within-word` uses the within-word bigram
 * alone, as before issue 15). Prints Markdown tables (lib/ocr/evaluate.ts evaluateCorrector): characters
 * fixed / broken / left wrong, character accuracy and line accuracy, image-only vs corrected; then the post's
 * examples 研友→研发, 速于→速干, 围像→图像.
 *
 * Needs public/data/ocr-model.json (run `node scripts/ocr-corpus.mjs` first). The TypeScript lib is loaded
 * through Vite's module runner, so this runs on Node 20 without a separate TypeScript loader.
 *
 * Usage: node scripts/ocr-accuracy.mjs [--seed N] [--limit N] [--within-word]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { loadSplit } from './ocr-corpus.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

const NOISES = [0, 0.1, 0.3, 0.5];
const SMOOTHINGS = [
  { label: 'MLE', smoothing: { kind: 'mle' } },
  { label: 'add α = 1', smoothing: { kind: 'add', alpha: 1 } },
  { label: 'add α = 1 below T = 10', smoothing: { kind: 'add-below', alpha: 1, threshold: 10 } },
  { label: 'add α = 100', smoothing: { kind: 'add', alpha: 100 } },
];

const pct = (x) => `${(100 * x).toFixed(1)}%`;

async function main() {
  const seed = arg('seed', 1);
  const limit = arg('limit', Number.POSITIVE_INFINITY);
  const withinWord = process.argv.includes('--within-word');
  const { module: ocr } = await runnerImport(path.join(root, 'lib/ocr/index.ts'));
  const { module: vit } = await runnerImport(path.join(root, 'lib/viterbi/index.ts'));
  const model = ocr.decodeOcrModel(
    JSON.parse(readFileSync(path.join(root, 'public/data/ocr-model.json'), 'utf8')),
  );
  const rows = vit.bigramRowIndex(model.counts);
  const { heldOut } = loadSplit();
  const sets = [
    { label: 'held-out words', lines: heldOut.map((e) => e.word).slice(0, limit) },
    { label: 'sentences', lines: model.sentences.slice(0, limit) },
  ];
  for (const { label, lines } of sets) {
    console.log(
      `${label}: ${lines.length} lines, ${lines.reduce((s, w) => s + Array.from(w).length, 0)} characters; ` +
        `simulator seed ${seed}, 4 candidates; ${withinWord ? 'within-word bigram' : 'running-text bigram'}.`,
    );
  }
  const models = SMOOTHINGS.map(({ label, smoothing }) => ({
    label,
    model: withinWord
      ? vit.indexedBigramModel(rows, smoothing)
      : ocr.correctorModel(rows, model.wordStart, smoothing),
  }));
  console.log(
    '\n| set | noise | decoder | chars misread by image | fixed | broken | left wrong | char acc. image → corrected | lines right image → corrected |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const { label: setLabel, lines } of sets) {
    for (const noise of NOISES) {
      for (const { label, model: lm } of models) {
        const a = ocr.evaluateCorrector(lines, model.confusions, lm, {
          noise,
          seed,
          vocabulary: model.index,
        });
        console.log(
          `| ${setLabel} | ${noise} | ${label} | ${a.imageWrong} (${pct(a.imageWrong / a.chars)}) | ${a.fixed} | ${a.broken} | ${a.wrong} | ` +
            `${pct(1 - a.imageWrong / a.chars)} → ${pct(1 - (a.wrong + a.broken) / a.chars)} | ` +
            `${pct(a.imageLinesRight / a.lines)} → ${pct(a.correctedLinesRight / a.lines)} |`,
        );
      }
    }
  }

  console.log(
    "\nThe post's examples (misread character on top with 0.7, the true one 0.2, its other confusables share 0.1):\n",
  );
  const examples = [
    ['研发', 1, '友'],
    ['速干', 1, '于'],
    ['图像', 0, '围'],
    ['电视', 1, '柳'],
  ];
  console.log(
    '| truth | misread | in confusion set? | P(truth pair), P(misread pair) (MLE) | decoded: MLE / add 1 / add-below / add 100 |',
  );
  console.log('|---|---|---|---|---|');
  const mle = vit.indexedBigramModel(rows, { kind: 'mle' });
  for (const [word, pos, wrong] of examples) {
    const truth = Array.from(word);
    const right = truth[pos];
    const similar = model.confusions.get(right) ?? [];
    const rank = similar.findIndex((c) => c.char === wrong);
    const others = similar.filter((c) => c.char !== wrong).slice(0, 2);
    const lattice = truth.map((ch, t) =>
      t !== pos
        ? [{ token: ch, logProb: 0 }]
        : [
            { token: wrong, logProb: Math.log(0.7) },
            { token: ch, logProb: Math.log(0.2) },
            ...others.map((c) => ({ token: c.char, logProb: Math.log(0.1 / others.length) })),
          ],
    );
    const misread = truth.map((ch, t) => (t === pos ? wrong : ch)).join('');
    const pair = (s) => {
      const [a, b] = Array.from(s);
      return mle.prob(a, b).toPrecision(3);
    };
    const decoded = models.map(({ model: lm }) => ocr.correct(lattice, lm, { vocabulary: model.index }).text);
    console.log(
      `| ${word} | ${misread} | ${rank === -1 ? `no (${right}: ${similar.map((c) => c.char).join('')})` : `yes, #${rank + 1} of ${right} (${similar[rank].similarity})`} | ` +
        `${pair(word)}, ${pair(misread)} | ${decoded.join(' / ')} |`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
