/**
 * The articles, in reading order, as typed data. Each has `content/<slug>.mdx`; the slug is its URL.
 * Page metadata lives here (not in the MDX) so it can be typed and so `next build --webpack` keeps working.
 */
import type { ArticleMeta } from '@/components/prose/types';

export type { ArticleMeta, OriginalPost } from '@/components/prose/types';
export const SU_JIANLIN = 'Su Jianlin (苏剑林)';

export const articles: readonly ArticleMeta[] = [
  {
    slug: 'sparse-attention',
    title: 'From standard to sparse attention',
    subtitle:
      'Which pairs a sequence model compares, what that costs, and how sparsity patterns cut the bill',
    summary:
      'Attention compares every position with every other: n² pairs. Local, atrous and sparse masks keep a fraction of them — count exactly how many.',
    original: {
      title: '为节约而生：从标准Attention到稀疏Attention',
      titleEn: 'Born to save: from standard attention to sparse attention',
      author: SU_JIANLIN,
      date: '2019-07-27',
      url: 'https://kexue.fm/archives/6853',
    },
    updated: '2026-11-29',
  },
  {
    slug: 'measuring-sparsity',
    title: 'How sparse is it?',
    subtitle: 'Measuring sparsity without counting zeros: S*, the six criteria, entropy, and attention rows',
    summary:
      'A softmax row has no zeros, yet some rows are clearly sparse. Drag a vector and watch 21 measures respond; test them against six criteria by experiment.',
    original: {
      title: '如何度量数据的稀疏程度？',
      titleEn: 'How should we measure how sparse data is?',
      author: SU_JIANLIN,
      date: '2023-05-05',
      url: 'https://kexue.fm/archives/9595',
    },
    updated: '2026-11-29',
  },
  {
    slug: 'svd-autoencoder',
    title: 'SVD is a linear autoencoder',
    subtitle: 'Low rank, Eckart–Young, and new words from a dictionary',
    summary:
      'Truncated SVD is the best low-rank fit, and a linear autoencoder trained by gradient descent lands on it. Watch it happen, then mine a dictionary for words it never saw.',
    original: {
      title: 'SVD分解(一)：自编码器与人工智能',
      titleEn: 'SVD decomposition (1): autoencoders and artificial intelligence',
      author: SU_JIANLIN,
      date: '2017-01-15',
      url: 'https://kexue.fm/archives/4208',
    },
    updated: '2026-11-29',
  },
  {
    slug: 'word2vec-svd',
    title: 'Word2vec is (almost) an SVD',
    subtitle: 'One-hot layers, co-occurrence, PMI, and skip-gram trained in the page beside its matrix twin',
    summary:
      'An embedding layer is a one-hot vector times a matrix; skip-gram quietly factorises shifted PMI. Build both models on a million words of English and compare them number by number.',
    original: {
      title: 'SVD分解(三)：连Word2Vec都只不过是个SVD？',
      titleEn: 'SVD decomposition (3): is even word2vec just an SVD?',
      author: SU_JIANLIN,
      date: '2017-02-23',
      url: 'https://kexue.fm/archives/4233',
    },
    updated: '2026-12-07',
  },
  {
    slug: 'monarch',
    title: 'Monarch matrices',
    subtitle:
      'Two block-diagonal factors and a shuffle: fast products, exact projection, and where they beat low rank',
    summary:
      'M = PLPR has 2n√n parameters and a product √n/2 times cheaper than a dense one. Build one factor by factor, race it, and project real matrices onto it.',
    original: {
      title: 'Monarch矩阵：计算高效的稀疏型矩阵分解',
      titleEn: 'Monarch matrices: a computationally efficient sparse matrix factorisation',
      author: SU_JIANLIN,
      date: '2024-07-24',
      url: 'https://kexue.fm/archives/10249',
    },
    updated: '2026-12-07',
  },
  {
    slug: 'ocr-language-model',
    title: 'Reading with a language model',
    subtitle: 'OCR candidates, bigrams and Viterbi, step by step',
    summary:
      'A good image model still misreads 电视 as 电柳. Add a bigram language model, decode with Viterbi, and watch the right reading win.',
    original: {
      title: 'OCR技术浅探：7. 语言模型',
      titleEn: 'A first look at OCR (7): the language model',
      author: SU_JIANLIN,
      date: '2016-06-26',
      url: 'https://kexue.fm/archives/3842',
    },
    updated: '2026-11-29',
  },
  {
    slug: 'bilstm-entities',
    title: 'Tagging entities with a BiLSTM',
    subtitle:
      'Five tags, a constrained Viterbi, two reading directions, pretrained vectors and self-training',
    summary:
      'Find the names in a sentence by tagging every word. Train a bidirectional LSTM on the Brown corpus in your browser, decode it with the post’s Viterbi, and measure transfer and self-training.',
    original: {
      title: '基于双向LSTM和迁移学习的seq2seq核心实体识别',
      titleEn: 'Core-entity recognition with a bidirectional LSTM and transfer learning, as seq2seq',
      author: SU_JIANLIN,
      date: '2016-09-06',
      url: 'https://kexue.fm/archives/3942',
    },
    updated: '2026-12-07',
  },
  {
    slug: 'forgetting-smoothing',
    title: 'Smoothing from forgetting',
    subtitle: 'A memory that fades, a pseudo-count γ, and which smoothing predicts real text best',
    summary:
      'Model how a reader forgets a word between sightings and a smoothing rule falls out: F + γ/2 to first order. Derive it with live numbers, then test it on held-out English.',
    original: {
      title: '基于遗忘假设的平滑公式',
      titleEn: 'A smoothing formula from a forgetting hypothesis',
      author: SU_JIANLIN,
      date: '2017-01-07',
      url: 'https://kexue.fm/archives/4182',
    },
    updated: '2026-12-07',
  },
];

export function getArticle(slug: string): ArticleMeta | undefined {
  return articles.find((a) => a.slug === slug);
}
