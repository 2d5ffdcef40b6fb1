import { attentionMaskParams } from './AttentionMask/params';
import { costRaceParams } from './CostRace/params';
import { imageCompressParams } from './ImageCompress/params';
import { maskedAttentionParams } from './MaskedAttention/params';
import { maskLabParams } from './MaskLab/params';
import { receptiveFieldParams } from './ReceptiveField/params';
import { sparsityGeometryParams } from './SparsityGeometry/params';
import { sparsityTemperatureParams } from './SparsityTemperature/params';
import { svdRankParams } from './SvdRank/params';
import type { ParamsSchema } from './schema';

/**
 * What the site knows about each widget apart from its code: safe to import anywhere, including server pages
 * (the embed gallery, oEmbed files, the sitemap), which must not pull widget code into their bundles.
 * `registry.ts` adds each widget's lazy loader.
 */
export interface WidgetMeta<S extends ParamsSchema = ParamsSchema> {
  /** Stable id: the embed URL `/embed/<id>/` and the root's `data-widget` attribute. */
  id: string;
  title: string;
  /** One or two sentences for the embed gallery and oEmbed. */
  description: string;
  /** Slug of the article the widget belongs to, and the figure id there (for attribution links). */
  article: string;
  figure: string;
  params: S;
  /** Width / height of the reserved box at body width; the box grows if the widget needs more. */
  aspectRatio: number;
  /** Height of the embed iframe snippet, in CSS pixels. */
  embedHeight: number;
}

function meta<S extends ParamsSchema>(m: WidgetMeta<S>): WidgetMeta {
  return m as unknown as WidgetMeta;
}

export const catalog: readonly WidgetMeta[] = [
  meta({
    id: 'attention-mask',
    title: 'Attention mask explorer',
    description:
      'Which keys each query may attend to under full, local, atrous (dilated) and sparse attention, with the number of allowed pairs.',
    article: 'sparse-attention',
    figure: 'mask',
    params: attentionMaskParams,
    aspectRatio: 1.45,
    embedHeight: 620,
  }),
  meta({
    id: 'masked-attention',
    title: 'Masked attention, step by step',
    description:
      'Scores, masked softmax weights and output of attention on small seeded or edited Q, K, V, with a temperature and any of the sparse masks; click a row to see where its query looks.',
    article: 'sparse-attention',
    figure: 'softmax',
    params: maskedAttentionParams,
    aspectRatio: 0.9,
    embedHeight: 1100,
  }),
  meta({
    id: 'receptive-field',
    title: 'Receptive field of stacked attention layers',
    description:
      'Stack up to four attention layers, each with its own pattern, and see which inputs reach an output after each layer, and how many layers it takes until every output sees every input.',
    article: 'sparse-attention',
    figure: 'reach',
    params: receptiveFieldParams,
    aspectRatio: 0.75,
    embedHeight: 940,
  }),
  meta({
    id: 'mask-lab',
    title: 'Mask lab',
    description:
      'Write an attention mask as a condition on q and kv (causal, sliding window, dilated, documents, your own) and see which B×B blocks a block-sparse kernel such as FlexAttention can skip.',
    article: 'sparse-attention',
    figure: 'lab',
    params: maskLabParams,
    aspectRatio: 1.1,
    embedHeight: 700,
  }),
  meta({
    id: 'cost-race',
    title: 'Cost race: dense vs sparse attention',
    description:
      'Times dense attention (with and without the mask) against a sparse kernel for growing n in a background worker, and plots time and score memory on log–log axes beside the n² and nnz pair counts.',
    article: 'sparse-attention',
    figure: 'race',
    params: costRaceParams,
    aspectRatio: 0.9,
    embedHeight: 960,
  }),
  meta({
    id: 'sparsity-temperature',
    title: 'Temperature, sparsity and Rényi entropy',
    description:
      'Softmax of seeded logits at a temperature T: the distribution, and S*₁,ₚ against the Rényi entropy Hₚ along the whole temperature path, where every point lies on exp(−(p−1)/p·(log n − Hₚ)).',
    article: 'measuring-sparsity',
    figure: 'temperature',
    params: sparsityTemperatureParams,
    aspectRatio: 0.95,
    embedHeight: 1000,
  }),
  meta({
    id: 'sparsity-geometry',
    title: 'Where sparse vectors live',
    description:
      'A sparsity measure shading the plane (n = 2) or the probability simplex (n = 3) with its level sets; drag the vector and watch sparse vectors sit near the axes and corners, dense ones on the diagonals and at the centre.',
    article: 'measuring-sparsity',
    figure: 'geometry',
    params: sparsityGeometryParams,
    aspectRatio: 1.1,
    embedHeight: 760,
  }),
  meta({
    id: 'svd-rank',
    title: 'Truncated SVD: the best rank-k fit',
    description:
      'Edit a matrix (or paste one) and keep its k largest singular values: the reconstruction, the error, the spectrum, the Eckart–Young error computed two ways, the storage of the factors and a ReLU that clips negatives.',
    article: 'svd-autoencoder',
    figure: 'rank',
    params: svdRankParams,
    aspectRatio: 0.8,
    embedHeight: 1150,
  }),
  meta({
    id: 'image-compress',
    title: 'Compressing an image with truncated SVD',
    description:
      'A grayscale image rebuilt from its k largest singular values: the rank-k image, the signed error, the relative error, the bytes the factors take, the spectrum and the error curve.',
    article: 'svd-autoencoder',
    figure: 'image',
    params: imageCompressParams,
    aspectRatio: 0.95,
    embedHeight: 1000,
  }),
];

export function getWidgetMeta(id: string): WidgetMeta | undefined {
  return catalog.find((w) => w.id === id);
}
