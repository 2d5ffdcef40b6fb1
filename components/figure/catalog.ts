import { attentionMaskParams } from '@/components/widgets/AttentionMask/params';
import { autoencoderTrainParams } from '@/components/widgets/AutoencoderTrain/params';
import { bilstmTrainParams } from '@/components/widgets/BilstmTrain/params';
import { cooccurrenceSvdParams } from '@/components/widgets/CooccurrenceSvd/params';
import { costRaceParams } from '@/components/widgets/CostRace/params';
import { imageCompressParams } from '@/components/widgets/ImageCompress/params';
import { maskedAttentionParams } from '@/components/widgets/MaskedAttention/params';
import { maskLabParams } from '@/components/widgets/MaskLab/params';
import { memoryTraceParams } from '@/components/widgets/MemoryTrace/params';
import { monarchBlocksParams } from '@/components/widgets/MonarchBlocks/params';
import { monarchFactorsParams } from '@/components/widgets/MonarchFactors/params';
import { monarchMatvecParams } from '@/components/widgets/MonarchMatvec/params';
import { monarchProjectParams } from '@/components/widgets/MonarchProject/params';
import { newWordsParams } from '@/components/widgets/NewWords/params';
import { ocrCorrectParams } from '@/components/widgets/OcrCorrect/params';
import { ocrTwoCharsParams } from '@/components/widgets/OcrTwoChars/params';
import { oneHotLayerParams } from '@/components/widgets/OneHotLayer/params';
import { receptiveFieldParams } from '@/components/widgets/ReceptiveField/params';
import { selfTrainingLabParams } from '@/components/widgets/SelfTrainingLab/params';
import { sgnsTrainParams } from '@/components/widgets/SgnsTrain/params';
import { smoothedCountParams } from '@/components/widgets/SmoothedCount/params';
import { smoothingBakeoffParams } from '@/components/widgets/SmoothingBakeoff/params';
import { smoothingLabParams } from '@/components/widgets/SmoothingLab/params';
import { sparsityCriteriaParams } from '@/components/widgets/SparsityCriteria/params';
import { sparsityGeometryParams } from '@/components/widgets/SparsityGeometry/params';
import { sparsityTemperatureParams } from '@/components/widgets/SparsityTemperature/params';
import { sparsityVectorParams } from '@/components/widgets/SparsityVector/params';
import { svdRankParams } from '@/components/widgets/SvdRank/params';
import { tagDecoderParams } from '@/components/widgets/TagDecoder/params';
import { taggerProbeParams } from '@/components/widgets/TaggerProbe/params';
import { viterbiStepperParams } from '@/components/widgets/ViterbiStepper/params';
import { wordProbeParams } from '@/components/widgets/WordProbe/params';
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
  /**
   * Height in CSS pixels of the widget's embed page at the oEmbed width (`OEMBED_WIDTH`, 720 px) in its
   * starting state: what the oEmbed file and the embed snippets declare before embed.js resizes the frame.
   * Measured; the page pass fails if the page is taller, or shorter by more than 48 px.
   */
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
    embedHeight: 890,
  }),
  meta({
    id: 'masked-attention',
    title: 'Masked attention, step by step',
    description:
      'Scores, masked softmax weights and output of attention on small seeded or edited Q, K, V, with a temperature and any of the sparse masks; click a row to see where its query looks.',
    article: 'sparse-attention',
    figure: 'softmax',
    params: maskedAttentionParams,
    embedHeight: 1370,
  }),
  meta({
    id: 'receptive-field',
    title: 'Receptive field of stacked attention layers',
    description:
      'Stack up to four attention layers, each with its own pattern, and see which inputs reach an output after each layer, and how many layers it takes until every output sees every input.',
    article: 'sparse-attention',
    figure: 'reach',
    params: receptiveFieldParams,
    embedHeight: 900,
  }),
  meta({
    id: 'mask-lab',
    title: 'Mask lab',
    description:
      'Write an attention mask as a condition on q and kv (causal, sliding window, dilated, documents, your own) and see which B×B blocks a block-sparse kernel such as FlexAttention can skip.',
    article: 'sparse-attention',
    figure: 'lab',
    params: maskLabParams,
    embedHeight: 680,
  }),
  meta({
    id: 'cost-race',
    title: 'Cost race: dense vs sparse attention',
    description:
      'Times dense attention (with and without the mask) against a sparse kernel for growing n in a background worker, and plots time and score memory on log–log axes beside the n² and nnz pair counts.',
    article: 'sparse-attention',
    figure: 'race',
    params: costRaceParams,
    embedHeight: 1080,
  }),
  meta({
    id: 'sparsity-temperature',
    title: 'Temperature, sparsity and Rényi entropy',
    description:
      'Softmax of seeded logits at a temperature T: the distribution, and S*₁,ₚ against the Rényi entropy Hₚ along the whole temperature path, where every point lies on exp(−(p−1)/p·(log n − Hₚ)).',
    article: 'measuring-sparsity',
    figure: 'temperature',
    params: sparsityTemperatureParams,
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
    embedHeight: 1100,
  }),
  meta({
    id: 'sparsity-vector',
    title: 'How sparse is this vector?',
    description:
      'Drag a vector’s bars or load a preset (one-hot, power law, noise, softmax at a temperature, an attention row) and read every sparsity measure, which way it counts, and where it sits between its least- and most-sparse values.',
    article: 'measuring-sparsity',
    figure: 'vector',
    params: sparsityVectorParams,
    embedHeight: 1860,
  }),
  meta({
    id: 'sparsity-criteria',
    title: 'Six criteria for a sparsity measure',
    description:
      'Apply Hurley & Rickard’s six operations (Robin Hood, Scaling, Rising tide, Cloning, Bill Gates, Babies) to a vector and see which measures respond as they should; then test every measure on thousands of random vectors.',
    article: 'measuring-sparsity',
    figure: 'criteria',
    params: sparsityCriteriaParams,
    embedHeight: 1880,
  }),
  meta({
    id: 'new-words',
    title: 'New words from a low-rank dictionary',
    description:
      'The first × second character matrix of the two-character words in jieba’s dictionary (count ≥ 100), reconstructed at rank k by a truncated SVD: pairs the dictionary lacks but the reconstruction scores high are candidate new words.',
    article: 'svd-autoencoder',
    figure: 'words',
    params: newWordsParams,
    embedHeight: 1080,
  }),
  meta({
    id: 'monarch-matvec',
    title: 'The fast Monarch product against the dense one',
    description:
      'Times P(L(P(Rx))) against a dense matvec of the same Monarch matrix for n up to 16,384 in a background worker: time against n on log–log axes beside the counts n² and 2n^1.5, the measured speed-up beside √n/2, and the largest difference of the two results.',
    article: 'monarch',
    figure: 'race',
    params: monarchMatvecParams,
    embedHeight: 970,
  }),
  meta({
    id: 'ocr-two-chars',
    title: 'Two characters, six readings',
    description:
      'The post’s 电柳 / 电视 example with its exact numbers: image probabilities, bigram counts, all six readings scored W(s₁)·P(s₂|s₁)·W(s₂); move the image probabilities and the smoothing α and see where the decision flips.',
    article: 'ocr-language-model',
    figure: 'two',
    params: ocrTwoCharsParams,
    embedHeight: 990,
  }),
  meta({
    id: 'autoencoder-train',
    title: 'A linear autoencoder lands on the SVD',
    description:
      'Trains M ≈ M·C·D with k hidden units in a background worker (SGD, momentum or Adam): the loss falls onto the Eckart–Young line Σ_{i>k} σᵢ² and never below it, and the principal angles between the decoder’s rows and the top-k right singular vectors shrink to zero.',
    article: 'svd-autoencoder',
    figure: 'train',
    params: autoencoderTrainParams,
    embedHeight: 910,
  }),
  meta({
    id: 'viterbi-stepper',
    title: 'Viterbi, one column at a time',
    description:
      'Step through the dynamic programme on a lattice of OCR candidates (the post’s 电视, 研发图像, 速干衣服, or a seeded random lattice): best log-score per candidate, backpointers, then the backtrace, with the work counted against brute force.',
    article: 'ocr-language-model',
    figure: 'stepper',
    params: viterbiStepperParams,
    embedHeight: 910,
  }),
  meta({
    id: 'smoothing-lab',
    title: 'Smoothing the bigram counts',
    description:
      'The post’s 电视 decision under maximum likelihood, add-α and add-α below a threshold T, side by side: transition probabilities, the ranked readings, and when 电柳 could win.',
    article: 'ocr-language-model',
    figure: 'smoothing',
    params: smoothingLabParams,
    embedHeight: 1370,
  }),
  meta({
    id: 'svd-rank',
    title: 'Truncated SVD: the best rank-k fit',
    description:
      'Edit a matrix (or paste one) and keep its k largest singular values: the reconstruction, the error, the spectrum, the Eckart–Young error computed two ways, the storage of the factors and a ReLU that clips negatives.',
    article: 'svd-autoencoder',
    figure: 'rank',
    params: svdRankParams,
    embedHeight: 1180,
  }),
  meta({
    id: 'image-compress',
    title: 'Compressing an image with truncated SVD',
    description:
      'A grayscale image rebuilt from its k largest singular values: the rank-k image, the signed error, the relative error, the bytes the factors take, the spectrum and the error curve.',
    article: 'svd-autoencoder',
    figure: 'image',
    params: imageCompressParams,
    embedHeight: 960,
  }),
  meta({
    id: 'one-hot-layer',
    title: 'An embedding layer is a matrix product',
    description:
      'A word’s one-hot vector (or a sentence’s count vector) times W, term by term, equals the lookup (or sum) of its rows exactly: the post’s 我/爱/科学/空间/不/错 or Brown’s top 12 words.',
    article: 'word2vec-svd',
    figure: 'onehot',
    params: oneHotLayerParams,
    embedHeight: 970,
  }),
  meta({
    id: 'cooccurrence-svd',
    title: 'Word vectors from an SVD of the co-occurrence matrix',
    description:
      'The Brown corpus’s co-occurrence counts for a window, as counts, log counts, PMI, PPMI or shifted PPMI, factorised by a truncated SVD of the full V×V sparse matrix in a background worker: the matrix on chosen words, its spectrum, the nearest neighbours of any word and a 2-D map of chosen words.',
    article: 'word2vec-svd',
    figure: 'svd',
    params: cooccurrenceSvdParams,
    embedHeight: 2540,
  }),
  meta({
    id: 'sgns-train',
    title: 'Skip-gram trained in the page, checked against shifted PMI',
    description:
      'Skip-gram with negative sampling trained on the Brown corpus in a background worker (vocabulary, dimension, window, negatives, learning rate, epochs, subsampling, seed; play, pause, step, reset): the loss curve and tokens per second, the neighbours of a word beside the SVD of the shifted PPMI matrix, and Levy & Goldberg’s check, w·c against PMI − log k on sampled observed pairs with its correlation and slope.',
    article: 'word2vec-svd',
    figure: 'sgns',
    params: sgnsTrainParams,
    embedHeight: 1340,
  }),
  meta({
    id: 'word-probe',
    title: 'Probing word vectors: SVD of shifted PPMI against skip-gram',
    description:
      'Nearest neighbours, the cosine of two words and analogies a : b :: c : ? (3CosAdd) under two models of the Brown corpus side by side, the SVD of its shifted PPMI matrix and skip-gram trained in the page, with both scored on a documented probe list (analogy accuracy@1 and @5, Spearman’s ρ on graded pairs); unknown words get suggestions.',
    article: 'word2vec-svd',
    figure: 'probe',
    params: wordProbeParams,
    embedHeight: 1100,
  }),
  meta({
    id: 'monarch-project',
    title: 'Projecting a matrix onto Monarch, against rank m',
    description:
      'A matrix (random dense or sparse, low rank or Monarch plus noise, Hadamard, an image, the new-words matrix) fitted by its nearest Monarch matrix and by its best rank-m approximation, the same 2m³ numbers: both errors, the error of each slice with its spectrum, the fits side by side, and both errors against density.',
    article: 'monarch',
    figure: 'project',
    params: monarchProjectParams,
    embedHeight: 1560,
  }),
  meta({
    id: 'monarch-blocks',
    title: 'Monarch matrices for any block size, and butterflies inside them',
    description:
      'M^(b,n) = P·L·P·R for a size n and a divisor b: the sparsity patterns of the four factors and the dense product, the count n²/b + nb against b with its minimum at √n, and a random or Hadamard butterfly of the same n written as a member of the family at that b.',
    article: 'monarch',
    figure: 'blocks',
    params: monarchBlocksParams,
    embedHeight: 1690,
  }),
  meta({
    id: 'monarch-factors',
    title: 'A Monarch matrix, factor by factor',
    description:
      'M = P·L·P·R for m from 2 to 8: the heatmaps of the stride permutation, the block-diagonal factors and their product, the one entry of L and of R behind each entry of M, an editable block, a vector stepped through the four factors, and 2m³ parameters against n².',
    article: 'monarch',
    figure: 'factors',
    params: monarchFactorsParams,
    embedHeight: 1130,
  }),
  meta({
    id: 'ocr-correct',
    title: 'Correct your own text',
    description:
      'Type Chinese text: a simulated OCR misreads characters as look-alikes (noise, seed), and Viterbi with a bigram model of jieba’s dictionary reads it again; fixed, broken and still-wrong characters marked, each change explained, any position’s candidates on demand, and the accuracy over held-out words and real sentences.',
    article: 'ocr-language-model',
    figure: 'correct',
    params: ocrCorrectParams,
    embedHeight: 1700,
  }),
  meta({
    id: 'tag-decoder',
    title: 'Greedy tags against constrained Viterbi',
    description:
      'Per-word x / s / b / m / e probabilities for a sentence: the greedy argmax and the rules it breaks, the post’s constrained Viterbi under an editable transition table with its lattice of scores, the spans both readings spell and the best span by mean log-probability.',
    article: 'bilstm-entities',
    figure: 'decoder',
    params: tagDecoderParams,
    embedHeight: 1330,
  }),
  meta({
    id: 'bilstm-train',
    title: 'Training a BiLSTM entity tagger in the page',
    description:
      'An LSTM tagger (embedding dimension, hidden size, one or two layers, one or both directions, random or pretrained word vectors frozen or fine-tuned, a case feature, learning rate, epochs, labelled sentences, vocabulary, seed; play, pause, step, reset) trained on the Brown corpus’s entity tags in a background worker: the loss and the dev-set span F1 of greedy and constrained Viterbi decoding as it trains, words per second, the test-set F1 of both once done, and the earlier run’s curves kept faded for comparison.',
    article: 'bilstm-entities',
    figure: 'train',
    params: bilstmTrainParams,
    embedHeight: 950,
  }),
  meta({
    id: 'self-training-lab',
    title: 'Self-training a tagger with its own pseudo-labels',
    description:
      'A BiLSTM tagger trained on a few labelled Brown sentences tags an unlabelled pool, is retrained on both with labelled : pseudo weights per round (the post’s 10:1, 5:1, 1:1), and keeps only the pool sentences whose last two taggings agree; each round’s loss, the pseudo-labels kept and how many were right, and the test F1 before and after.',
    article: 'bilstm-entities',
    figure: 'self-training-rounds',
    params: selfTrainingLabParams,
    embedHeight: 828,
  }),
  meta({
    id: 'tagger-probe',
    title: 'Probing the tagger: tags, spans, and which words it reads',
    description:
      'Type an English sentence or pick one of the Brown test sentences: the trained bidirectional and left-to-right LSTM taggers give each word’s tag probabilities, greedy and Viterbi readings, spans and the best span (gold tags and mistakes for test sentences, unknown words marked), and each word’s gradient influence on one position’s tag, with the influence profile over the test split: the left-to-right model reads nothing after the position and most of all the last words.',
    article: 'bilstm-entities',
    figure: 'probe',
    params: taggerProbeParams,
    embedHeight: 630,
  }),
  meta({
    id: 'memory-trace',
    title: 'A memory that fades: the trace of an item over a stream of tokens',
    description:
      'A memory that keeps α of itself at each token and gains 1 at each occurrence, over a periodic, random or bursty stream: its level just after an occurrence settles at 1/(1 − α^{N/F}), the source of the post’s F̂, while its time-average (F/N)/(1 − α) only gives back F.',
    article: 'forgetting-smoothing',
    figure: 'memory',
    params: memoryTraceParams,
    embedHeight: 1340,
  }),
  meta({
    id: 'smoothed-count',
    title: 'The smoothed count F̂ and its approximations',
    description:
      'F̂ against F for a pseudo-count γ and corpus length N: the exact forgetting formula, its e^(−γ/F) limit, add-γ/2, the series to γ²/(12F) and beyond, and the post’s printed γ²/(12F²), each with its error on log–log axes, and a table at any count.',
    article: 'forgetting-smoothing',
    figure: 'smoothed',
    params: smoothedCountParams,
    embedHeight: 1196,
  }),
  meta({
    id: 'smoothing-bakeoff',
    title: 'Which smoothing predicts real text best',
    description:
      'Word probabilities from a training slice of the Brown corpus by MLE, add-α, the forgetting formula, Simple Good–Turing and absolute discounting, constants fitted on dev files or set by hand, scored on held-out test files: log-likelihood, bits per token, perplexity, the dev curves against α, γ and D, the learning curve, and which method wins for rare and for common words.',
    article: 'forgetting-smoothing',
    figure: 'bakeoff',
    params: smoothingBakeoffParams,
    embedHeight: 1990,
  }),
];

export function getWidgetMeta(id: string): WidgetMeta | undefined {
  return catalog.find((w) => w.id === id);
}
