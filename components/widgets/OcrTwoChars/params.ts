import { defineParams } from '@/components/figure/schema';
import { ALPHA_MAX, ALPHA_MIN } from '@/lib/viterbi';

/** Decimals the URL keeps for an image probability (the post gives five). */
export const W_DIGITS = 12;

export const ocrTwoCharsParams = defineParams({
  w1: {
    type: 'vector',
    label: 'W(s₁): 电, 宙',
    description:
      'Image-model probabilities of the first region’s candidates 电 and 宙 (the post: 0.99996, 0.00004). A column summing above 1 is scaled to 1.',
    default: [0.99996, 0.00004],
    minLength: 2,
    maxLength: 2,
    min: 0,
    max: 1,
    digits: W_DIGITS,
  },
  w2: {
    type: 'vector',
    label: 'W(s₂): 柳, 视, 规',
    description:
      'Image-model probabilities of the second region’s candidates 柳, 视 and 规 (the post: 0.87838, 0.12148, 0.00012). A column summing above 1 is scaled to 1.',
    default: [0.87838, 0.12148, 0.00012],
    minLength: 3,
    maxLength: 3,
    min: 0,
    max: 1,
    digits: W_DIGITS,
  },
  alpha: {
    type: 'number',
    label: 'Smoothing α',
    description:
      'Add α to every bigram count, P(b|a) = (c(ab) + α)/(c(a) + αV) with the post’s V = 3062 classes; 0 is the post’s maximum-likelihood estimate.',
    min: 0,
    max: ALPHA_MAX,
    default: 0,
    digits: 6,
    // A log slider in twentieths of a decade from ALPHA_MIN up; its first notch is α = 0.
    scale: 'log',
    logMin: ALPHA_MIN,
    step: 0.05,
  },
});
