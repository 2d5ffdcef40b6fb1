// The numbers of the OCR article's first sections (the post's example, the Viterbi cost, underflow),
// recomputed with lib/viterbi and looked up in the text. The corrector section has its own checks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatInteger } from '@/lib/format';
import {
  allPaths,
  bigramModel,
  latticeWork,
  POST_BEST_SCORE,
  POST_COUNTS,
  POST_IMAGE_PROBS,
  POST_LATTICE,
  POST_V,
  viterbi,
} from '@/lib/viterbi';
import { flattenProse } from './prose';

const text = flattenProse(readFileSync(path.join(__dirname, 'ocr-language-model.mdx'), 'utf8'));
/** A count as the article writes it inside math: 145{,}001. */
const texInt = (v: number) => formatInteger(v).replace(/,/g, '{,}');

describe('ocr-language-model: typed numbers against lib', () => {
  it("the post's candidates and counts", () => {
    const [first, second] = POST_IMAGE_PROBS;
    expect(text).toContain(`| 1 | ${first.map((c) => `${c.token} $${c.prob}$`).join(', ')} |`);
    expect(text).toContain(`| 2 | ${second.map((c) => `${c.token} $${c.prob}$`).join(', ')} |`);
    const c = (k: string) => POST_COUNTS.unigram.get(k) ?? POST_COUNTS.bigram.get(k) ?? -1;
    expect(text).toContain(
      `电 occurs $${texInt(c('电'))}$ times, followed by 视 $${texInt(c('电视'))}$ times, by 规 $${c('电规')}$ times and by 柳 never; 宙 occurs $${texInt(c('宙'))}$ times, followed by 规 $${c('宙规')}$ times and by neither 柳 nor 视`,
    );
    expect([c('电柳'), c('宙柳'), c('宙视')]).toEqual([0, 0, 0]);
    expect(text).toContain(`where $V$ is the number of character classes ($${texInt(POST_V)}$ in the post)`);
  });

  it('P(视|电) ≈ 0.0857; 电视 scores ≈ 0.0104 of six readings and wins; the image preferred 柳 seven to one', () => {
    const model = bigramModel(POST_COUNTS, { kind: 'mle' });
    const p = model.prob('电', '视');
    expect(text).toContain(`$P(\\text{视}\\mid\\text{电}) \\approx ${p.toFixed(4)}$`);
    const paths = allPaths(POST_LATTICE, model.logProb);
    expect(paths).toHaveLength(6);
    expect(text).toContain('With two and three candidates there are six readings.');
    const best = viterbi(POST_LATTICE, model.logProb);
    expect(best.path.join('')).toBe('电视');
    expect(Math.exp(best.logScore)).toBeCloseTo(POST_BEST_SCORE, 15);
    expect(text).toContain(
      `$0.99996 \\times ${p.toFixed(4)} \\times 0.12148 \\approx ${POST_BEST_SCORE.toFixed(4)}$`,
    );
    const [liu, shi] = POST_IMAGE_PROBS[1];
    expect(Math.round(liu.prob / shi.prob)).toBe(7);
    expect(text).toContain('although the image model preferred 柳 seven to one');
  });

  it('twenty boxes of five candidates: 5²⁰ ≈ 9.5 × 10¹³ readings, 19 × 25 = 475 transitions', () => {
    const work = latticeWork(new Array(20).fill(5));
    expect(work.transitions).toBe(19 * 25);
    expect((work.paths / 1e13).toFixed(1)).toBe('9.5');
    expect(text).toContain('$5^{20}\\approx 9.5\\times10^{13}$');
    expect(text).toContain(
      `$19 \\times 25 = ${work.transitions}$ transitions instead of $9.5\\times10^{13}$ readings`,
    );
  });

  it('a few hundred probabilities near 10⁻³ multiply to below the smallest positive double', () => {
    expect(300 * Math.log10(1e-3)).toBeLessThan(Math.log10(Number.MIN_VALUE));
    let product = 1;
    for (let i = 0; i < 300; i++) product *= 1e-3;
    expect(product).toBe(0);
    expect(text).toContain(
      'the product of a few hundred numbers around $10^{-3}$ is below the smallest positive double',
    );
  });
});
