import type { WidgetLoaders } from '@/components/figure/registry';

/** The code of the widgets this article's figures show, each a chunk of its own fetched when needed. */
export const ocrLanguageModelWidgets: WidgetLoaders = {
  'ocr-two-chars': () => import('@/components/widgets/OcrTwoChars/OcrTwoChars'),
  'viterbi-stepper': () => import('@/components/widgets/ViterbiStepper/ViterbiStepper'),
  'smoothing-lab': () => import('@/components/widgets/SmoothingLab/SmoothingLab'),
  'ocr-correct': () => import('@/components/widgets/OcrCorrect/OcrCorrect'),
};
