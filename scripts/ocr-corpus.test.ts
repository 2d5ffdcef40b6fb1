// The OCR asset as the build writes it (public/data/ocr-model.json, built here when missing or stale, so the
// build step of `npm test` then finds it current) and the corrector on its real sentences: issue 15 asks that
// correcting an error-free reading never changes it.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bigramRowIndex,
  type CorrectorAccuracy,
  correct,
  correctorModel,
  decodeOcrModel,
  evaluateCorrector,
  indexedBigramModel,
  type OcrModel,
  simulateOcr,
} from '@/lib/ocr';
import { POST_SENTENCES } from '@/lib/ocr/corpus.mjs';
import type { Smoothing } from '@/lib/viterbi';
import { ensureOcrAsset, loadSplit, OUT_FILE } from './ocr-corpus.mjs';

let model: OcrModel;

beforeAll(() => {
  ensureOcrAsset();
  model = decodeOcrModel(JSON.parse(readFileSync(OUT_FILE, 'utf8')));
}, 120_000);

describe('ocr-model.json', () => {
  it('holds the post’s sentences first, then a few hundred real sentences from npm packages’ Chinese text', () => {
    expect(model.sentences.slice(0, POST_SENTENCES.length)).toEqual(POST_SENTENCES);
    expect(model.sentences.length).toBeGreaterThan(300);
    expect(new Set(model.sentences).size).toBe(model.sentences.length);
    const sources = (model.source.sentences as { name: string; count: number }[]).map((s) => s.name);
    expect(sources).toEqual(['post', 'axe-core', '@biomejs/biome']);
  });

  it('at noise 0 the corrector returns every sentence of the set unchanged, under every smoothing', () => {
    const rows = bigramRowIndex(model.counts);
    const smoothings: Smoothing[] = [
      { kind: 'mle' },
      { kind: 'add', alpha: 1 },
      { kind: 'add-below', alpha: 1, threshold: 10 },
      { kind: 'add', alpha: 100 },
    ];
    for (const smoothing of smoothings) {
      const lm = correctorModel(rows, model.wordStart, smoothing);
      const changed = model.sentences.filter((line, i) => {
        const sim = simulateOcr(line, model.confusions, { noise: 0, seed: `1/${i}` });
        return correct(sim.lattice, lm, { vocabulary: model.index }).text !== line;
      });
      expect(changed, smoothing.kind).toEqual([]);
    }
  });
});

describe('content/ocr-language-model.mdx', () => {
  it('its accuracy table (held-out words and sentences, default smoothing, seed 1) is what lib computes', () => {
    const mdx = readFileSync(new URL('../content/ocr-language-model.mdx', import.meta.url), 'utf8');
    const rows = mdx
      .split('\n')
      .filter((line) => /^\| 0(\.\d)? \|/.test(line))
      .map((line) =>
        line
          .split('|')
          .slice(2, -1)
          .map((cell) => cell.trim()),
      );
    const lm = correctorModel(bigramRowIndex(model.counts), model.wordStart, {
      kind: 'add-below',
      alpha: 1,
      threshold: 10,
    });
    const words = loadSplit().heldOut.map((e) => e.word);
    const pct = (num: number, den: number) => {
      const p = (100 * num) / den;
      return p === 100 || p === 0 ? `${p}%` : `${p.toFixed(1)}%`;
    };
    const arrow = (a: CorrectorAccuracy, n: number, right: (a: CorrectorAccuracy) => number) =>
      `${pct(a.chars - a.imageWrong, a.chars)} → ${pct(right(a), n)}`;
    const table = [0, 0.1, 0.3, 0.5].map((noise) => {
      const run = (lines: readonly string[]) =>
        evaluateCorrector(lines, model.confusions, lm, { noise, seed: 1, vocabulary: model.index });
      const w = run(words);
      const s = run(model.sentences);
      const chars = (a: CorrectorAccuracy) => a.chars - a.broken - a.wrong;
      return [
        arrow(w, w.chars, chars),
        `${pct(w.imageLinesRight, w.lines)} → ${pct(w.correctedLinesRight, w.lines)}`,
        arrow(s, s.chars, chars),
        `${pct(s.imageLinesRight, s.lines)} → ${pct(s.correctedLinesRight, s.lines)}`,
        `${s.fixed.toLocaleString('en')} / ${s.broken.toLocaleString('en')}`,
      ];
    });
    expect(rows).toEqual(table);
  });

  it('its claims about joins hold on the asset: rarity pays without them, 在 before 电 is ~4× 崔, 于 starts > 2× 干', () => {
    const rows = bigramRowIndex(model.counts);
    const smoothing: Smoothing = { kind: 'add-below', alpha: 1, threshold: 10 };
    const within = indexedBigramModel(rows, smoothing);
    const chain = correctorModel(rows, model.wordStart, smoothing);
    // Inside words only, the rare 崔 is the likelier predecessor of 电 (add-α rewards rarity) …
    expect(within.prob('崔', '电')).toBeGreaterThan(20 * within.prob('在', '电'));
    // … with the joins, “about four times as likely” after 在.
    const ratio = chain.prob('在', '电') / chain.prob('崔', '电');
    expect(Math.round(ratio)).toBe(4);
    const start = (ch: string) => model.wordStart.get(ch) ?? 0;
    expect(start('于')).toBeGreaterThan(2 * start('干'));
    expect(start('于')).toBeLessThan(3 * start('干'));
  });
});
