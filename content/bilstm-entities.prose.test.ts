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
