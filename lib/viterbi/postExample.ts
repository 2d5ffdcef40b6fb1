/**
 * The worked example of kexue.fm/archives/3842 (Su Jianlin, "OCR技术浅探：7. 语言模型", 2016-06-26): an image
 * model's candidates for a two-character image of 电视, and the corpus counts the post quotes (100 000 WeChat
 * texts). With MLE transitions, f = W(s₁)·P(s₂|s₁)·W(s₂) is largest for 电视 (≈ 0.0104099), although the image
 * model alone reads 电柳.
 */

import type { BigramCounts } from './bigram';
import type { Lattice } from './viterbi';

/** The post's image probabilities W(s): position 1 电 0.99996 / 宙 0.00004; position 2 柳 / 视 / 规. */
export const POST_IMAGE_PROBS: readonly (readonly { token: string; prob: number }[])[] = [
  [
    { token: '电', prob: 0.99996 },
    { token: '宙', prob: 0.00004 },
  ],
  [
    { token: '柳', prob: 0.87838 },
    { token: '视', prob: 0.12148 },
    { token: '规', prob: 0.00012 },
  ],
];

/**
 * {@link POST_IMAGE_PROBS} as a lattice (natural-log probabilities), 2 + 3 candidates, 6 paths.
 *
 * @example
 * viterbi(POST_LATTICE, bigramModel(POST_COUNTS, { kind: 'mle' }).logProb).path; // ['电', '视']
 */
export const POST_LATTICE: Lattice = POST_IMAGE_PROBS.map((column) =>
  column.map(({ token, prob }) => ({ token, logProb: Math.log(prob) })),
);

/**
 * The post's counts: 电 145001 (电柳 0, 电视 12426, 电规 7), 宙 1980 (宙柳 0, 宙视 0, 宙规 18), with the post's
 * V = 3062 character classes. The zero counts are listed so that tables can show them.
 *
 * @example
 * bigramModel(POST_COUNTS, { kind: 'mle' }).prob('宙', '规'); // 18 / 1980 ≈ 0.00909
 */
export const POST_COUNTS: BigramCounts = {
  unigram: new Map([
    ['电', 145001],
    ['宙', 1980],
  ]),
  bigram: new Map([
    ['电柳', 0],
    ['电视', 12426],
    ['电规', 7],
    ['宙柳', 0],
    ['宙视', 0],
    ['宙规', 18],
  ]),
  vocabulary: 3062,
};

/** The post's best score f(电视) = 0.99996·(12426/145001)·0.12148 ≈ 0.0104099. */
export const POST_BEST_SCORE = 0.99996 * (12426 / 145001) * 0.12148;
