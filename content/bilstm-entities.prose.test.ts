// The facts the BiLSTM article types into its prose, recomputed with lib/ from the real Brown assets (built here
// when missing), and the measured results it quotes, checked against content/bilstm-entities.results.json
// (written by `npm run report:tagger`, which trains the taggers with the figures' own worker task).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrownEntities, decodeBrown, decodeBrownEntities, decodeBrownText } from '@/lib/corpus';
import { formatInteger } from '@/lib/format';
import { estimateTransitions, POST_TRANSITIONS, TAGS } from '@/lib/sequence';
import { ensureBrownAsset, OUT_FILE, TEXT_FILE } from '@/scripts/brown-corpus.mjs';
import { flattenProse } from './prose';

const text = flattenProse(readFileSync(path.join(__dirname, 'bilstm-entities.mdx'), 'utf8'));
let entities: BrownEntities;

beforeAll(() => {
  ensureBrownAsset();
  const corpus = decodeBrown(JSON.parse(readFileSync(OUT_FILE, 'utf8')));
  const running = decodeBrownText(JSON.parse(readFileSync(TEXT_FILE, 'utf8')), corpus);
  const json = JSON.parse(readFileSync(path.join(path.dirname(OUT_FILE), 'brown-entities.json'), 'utf8'));
  entities = decodeBrownEntities(json, running);
}, 120_000);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('bilstm-entities: typed facts against lib', () => {
  it('Eq. post-table is the post’s table as lib/sequence holds it', () => {
    for (const a of TAGS)
      for (const [b, p] of Object.entries(POST_TRANSITIONS[a]))
        expect(text).toMatch(new RegExp(`${a} \\\\to ${b}\\\\ ${String(p).replace('.', '\\.')}(?![0-9])`));
    const steps = TAGS.reduce((n, a) => n + Object.keys(POST_TRANSITIONS[a]).length, 0);
    expect(text.match(/[xsbme] \\to [xsbme]\\ /g)?.length).toBe(steps);
  });

  it('the span counts of the corpus and the split', () => {
    const c = entities.stats.corpus;
    expect(text).toContain(
      `Of the ${formatInteger(c.sentences)} sentences, ${pct(c.withSpan / c.sentences)} contain at least one of the ${formatInteger(c.spans)} entities; ${Math.round((100 * (c.spanLengths[0] ?? 0)) / c.spans)}% of the entities are a single word.`,
    );
    expect(text).toContain(
      `all ${formatInteger(entities.train.length)} sentences of the corpus's 300 training files`,
    );
    expect(text).toContain(
      `${formatInteger(entities.dev.length)} sentences of the development files and ${formatInteger(entities.test.length)} of the test files`,
    );
  });

  it('the transitions counted in the labelled sentences against the post’s', () => {
    const est = estimateTransitions(entities.train).table;
    expect(text).toContain(`x → x ${(est.x.x ?? 0).toFixed(2)} of the time`);
  });
});

interface Scores {
  precision: number;
  recall: number;
  f1: number;
}
interface Run {
  seed: number;
  test: { greedy: Scores; post: Scores; legal: Scores; estimated: Scores; illegalGreedy: number };
}
const results: Record<string, { runs: Run[] }> = JSON.parse(
  readFileSync(path.join(__dirname, 'bilstm-entities.results.json'), 'utf8'),
);
const runsOf = (name: string): Run[] => results[name]?.runs ?? [];

describe('bilstm-entities: measured results against npm run report:tagger', () => {
  it('the table has one row per tagger, two seeds per cell', () => {
    const rows: [string, string][] = [
      ['default', 'both directions (the default)'],
      ['uni', 'left to right only'],
      ['frozen', 'pretrained vectors, frozen'],
      ['tuned', 'pretrained vectors, fine-tuned'],
      ['case', 'both directions, with capitalisation'],
    ];
    for (const [name, label] of rows) {
      const runs = runsOf(name);
      expect(runs.map((r) => r.seed)).toEqual([1, 2]);
      const cells = (['greedy', 'post', 'legal', 'estimated'] as const).map((c) =>
        runs.map((r) => r.test[c].f1.toFixed(3)).join(' / '),
      );
      expect(text).toContain(`| ${label} | ${cells.join(' | ')} |`);
    }
  });

  it('the illegal greedy readings and the precision–recall trade of the post’s table', () => {
    const [u1, u2] = runsOf('uni');
    const [d1, d2] = runsOf('default');
    expect(text).toContain(
      `${u1?.test.illegalGreedy} and ${u2?.test.illegalGreedy} of the 2,000 test sentences for seeds 1 and 2, against ${d1?.test.illegalGreedy} and ${d2?.test.illegalGreedy} for the bidirectional tagger`,
    );
    const p = (x: number | undefined) => `${(100 * (x ?? Number.NaN)).toFixed(1)}%`;
    expect(text).toContain(
      `greedy decoding finds ${p(d1?.test.greedy.recall)} of the test entities at a precision of ${p(d1?.test.greedy.precision)}; Viterbi under the post's table finds ${p(d1?.test.post.recall)} at ${p(d1?.test.post.precision)}`,
    );
  });

  it('unknown and capitalised entity words in the test sentences', () => {
    let entityWords = 0;
    let unknown = 0;
    let capitalised = 0;
    for (const s of entities.test)
      for (let t = 0; t < s.words.length; t++) {
        if (s.tags[t] === 0) continue;
        entityWords += 1;
        if ((s.words[t] as number) >= 5000) unknown += 1;
        if (s.caps[t] === 1) capitalised += 1;
      }
    expect(text).toContain(
      `${Math.round((100 * unknown) / entityWords)}% of the entity words in the test sentences are outside the 5,000-word vocabulary`,
    );
    expect(text).toContain(
      `${Math.round((100 * capitalised) / entityWords)}% of the test entity words are capitalised`,
    );
  });

  it('self-training: before and after, the pool-ignored control, the pseudo-labels’ precision', () => {
    interface Round {
      round: number;
      viterbiF1: number;
      kept: number | null;
      pseudoPrecision: number | null;
    }
    const runs = (results.selftrain?.runs ?? []) as unknown as {
      seed: number;
      weights: string;
      rounds: Round[];
    }[];
    const run = (seed: number, weights: string) =>
      runs.find((r) => r.seed === seed && r.weights === weights)?.rounds ?? [];
    const f = (x: number | undefined) => (x ?? Number.NaN).toFixed(3);
    const [p1, p2, n1, n2] = [run(1, 'post'), run(2, 'post'), run(1, 'none'), run(2, 'none')];
    expect(text).toContain(
      `rises over three rounds from ${f(p1[0]?.viterbiF1)} to ${f(p1[3]?.viterbiF1)} for seed 1 and from ${f(p2[0]?.viterbiF1)} to ${f(p2[3]?.viterbiF1)} for seed 2`,
    );
    expect(text).toContain(`set to 0 end at ${f(n1[3]?.viterbiF1)} and ${f(n2[3]?.viterbiF1)}`);
    const gain = (a: Round[], b: Round[]) =>
      ((a[3]?.viterbiF1 ?? 0) - (b[3]?.viterbiF1 ?? 0)).toFixed(3).replace('-', '−');
    expect(text).toContain(`the pseudo-labels add ${gain(p1, n1)} and +${gain(p2, n2)}`);
    const pct = (x: number | null | undefined) => `${(100 * (x ?? Number.NaN)).toFixed(1)}%`;
    expect(text).toContain(
      `only ${pct(p1[1]?.pseudoPrecision)} of the spans the tagger proposes in the pool are right`,
    );
    expect(text).toContain(
      `raises that to ${pct(p1[2]?.pseudoPrecision)} and keeps ${formatInteger(p1[2]?.kept ?? 0)} of the 2,000`,
    );
  });
});
