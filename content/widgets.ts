import type { WidgetLoaders } from '@/components/figure/registry';
import { bilstmEntitiesWidgets } from './bilstm-entities.widgets';
import { forgettingSmoothingWidgets } from './forgetting-smoothing.widgets';
import { measuringSparsityWidgets } from './measuring-sparsity.widgets';
import { monarchWidgets } from './monarch.widgets';
import { ocrLanguageModelWidgets } from './ocr-language-model.widgets';
import { sparseAttentionWidgets } from './sparse-attention.widgets';
import { svdAutoencoderWidgets } from './svd-autoencoder.widgets';
import { word2vecSvdWidgets } from './word2vec-svd.widgets';

/**
 * Every widget's code, by id: the union of the articles' tables (`content/<slug>.widgets.ts`). Only the embed
 * pages, which can show any widget, and the test bench load it; an article page loads its own table alone, so
 * its first load does not grow with the number of widgets on the site.
 */
export const allWidgets: WidgetLoaders = {
  ...sparseAttentionWidgets,
  ...measuringSparsityWidgets,
  ...svdAutoencoderWidgets,
  ...word2vecSvdWidgets,
  ...monarchWidgets,
  ...ocrLanguageModelWidgets,
  ...bilstmEntitiesWidgets,
  ...forgettingSmoothingWidgets,
};
