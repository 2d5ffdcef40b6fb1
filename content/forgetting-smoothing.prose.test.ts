// The facts the forgetting-smoothing article types into its prose, recomputed with lib/ (and the real Brown
// asset, built here when missing) and looked up in the text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { liveDefaults, liveValue } from '@/components/figure/live';
import { type BrownCorpus, bagCounts, decodeBrown } from '@/lib/corpus';
import { formatInteger, formatNumber } from '@/lib/format';
import {
  forgettingCount,
  forgettingCountLimit,
  forgettingSeries,
  frequencyTable,
  memoryClosedForm,
  memoryRecurrence,
  postPrintedSeries,
} from '@/lib/smoothing';
import { ensureBrownAsset, OUT_FILE } from '@/scripts/brown-corpus.mjs';
import { forgettingSmoothingLive } from './forgetting-smoothing.live';
import { flattenProse } from './prose';

const text = flattenProse(readFileSync(path.join(__dirname, 'forgetting-smoothing.mdx'), 'utf8'));
let corpus: BrownCorpus;

beforeAll(() => {
  ensureBrownAsset();
  corpus = decodeBrown(JSON.parse(readFileSync(OUT_FILE, 'utf8')));
}, 120_000);

describe('forgetting-smoothing: typed facts against lib', () => {
  it('Eq. recurrence: the closed form is the iterated recurrence', () => {
    const it20 = memoryRecurrence(0.9, 20);
    expect(memoryClosedForm(0.9, 20)).toBeCloseTo(it20[19] as number, 12);
  });

  it('the live example at γ = 1 gives the post’s 1.58198 and 10.50833', () => {
    const vars = liveDefaults(forgettingSmoothingLive);
    expect(vars.gamma).toBe(1);
    expect(liveValue(forgettingSmoothingLive, vars, 'f0')).toBe(1);
    const f1 = liveValue(forgettingSmoothingLive, vars, 'f1');
    const f10 = liveValue(forgettingSmoothingLive, vars, 'f10');
    expect(formatNumber(f1, { digits: 6 })).toBe('1.58198');
    expect(formatNumber(f10, { digits: 7 })).toBe('10.50833');
    expect(text).toContain("For $\\gamma = 1$ these are the post's 1.58198 and 10.50833");
    // The exact form at a million words is within one part in a million of the limit.
    expect(Math.abs(forgettingCount(1, 1e6, 1) / f1 - 1)).toBeLessThan(1e-6);
    expect(Math.abs(forgettingCount(10, 1e6, 1) / f10 - 1)).toBeLessThan(1e-6);
  });

  it('the post’s α = 0.99999962 gives an unseen word 38 occurrences on 10⁸ words', () => {
    expect(text).toContain('$\\alpha = 0.99999962$');
    expect(Math.round(1e8 * (1 - 0.99999962))).toBe(38);
    expect(text).toContain('gives every unseen word a count of 38');
  });

  it('the correction note: limit, corrected and printed series at γ = 1, F = 10', () => {
    const limit = forgettingCountLimit(10, 1);
    const fixed = forgettingSeries(10, 1, 2);
    const printed = postPrintedSeries(10, 1);
    expect(text).toContain(`the limit is ${limit.toFixed(7)}`);
    expect(text).toContain(
      `gives ${fixed.toFixed(7)} (off by ${(fixed - limit).toExponential(1).replace(/e-(\d+)/, ' × 10⁻$1')}`.replace(
        '⁻6',
        '⁻⁶',
      ),
    );
    expect(text).toContain(
      `printed one ${printed.toFixed(7)} (off by ${(limit - printed).toExponential(1).replace(/e-(\d+)/, ' × 10⁻$1')}`.replace(
        '⁻3',
        '⁻³',
      ),
    );
    // The next term γ⁴/(720F³) is the size of the corrected series' error.
    expect((fixed - limit) / (1 / (720 * 1000))).toBeCloseTo(1, 1);
    // The corrected and the printed forms agree only at F = γ.
    expect(forgettingSeries(1, 1, 2)).toBe(postPrintedSeries(1, 1));
  });

  it('the corpus: 49,796 forms, 1,013,319 tokens, 500 files', () => {
    const tokens = corpus.documents.reduce((n, d) => n + d.tokens, 0);
    expect(text).toContain(
      `all ${formatInteger(corpus.vocabulary.length)} word forms of its ${formatInteger(tokens)} tokens`,
    );
    expect(corpus.documents.length).toBe(500);
  });

  it('the held-out worth of counts 0, 1 and 2 on 300 training files', () => {
    const train = bagCounts(corpus, corpus.split.train);
    const test = bagCounts(corpus, corpus.split.test);
    const rows = frequencyTable(train, test, [], 2);
    const [r0, r1, r2] = rows;
    expect(text).toContain(
      `The ${formatInteger(r1?.items ?? 0)} word forms seen exactly once in training occur on average ${(r1?.heldOut ?? 0).toFixed(2)} times`,
    );
    expect(text).toContain(
      `the ${formatInteger(r2?.items ?? 0)} forms seen twice ${(r2?.heldOut ?? 0).toFixed(2)} times`,
    );
    expect(text).toContain(
      `The ${formatInteger(r0?.items ?? 0)} forms of the corpus that training never saw occur ${(r0?.heldOut ?? 0).toFixed(2)} times`,
    );
  });
});
