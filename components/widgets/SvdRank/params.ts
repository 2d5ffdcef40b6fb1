import { defineParams } from '@/components/figure/schema';

/** The post's table (kexue.fm/archives/4208): rows 神, 魔; columns 兽, 界, 龙, 灵, 术. */
export const SHEN_MO: readonly (readonly number[])[] = [
  [1, 1, 1, 1, 0],
  [1, 1, 1, 1, 1],
];
export const SHEN_MO_ROWS: readonly string[] = ['神', '魔'];
export const SHEN_MO_COLS: readonly string[] = ['兽', '界', '龙', '灵', '术'];

/** Decimals an edited entry keeps (what the URL stores). */
export const ENTRY_DIGITS = 4;
/** Largest magnitude of an entry. */
export const ENTRY_LIMIT = 1000;
/** Largest matrix side. */
export const MAX_SIDE = 32;

export const svdRankParams = defineParams({
  M: {
    type: 'matrix',
    label: 'Matrix M',
    description:
      'The matrix to approximate (up to 32×32, entries in [−1000, 1000]); default: the post’s 神/魔 table.',
    default: SHEN_MO,
    maxRows: MAX_SIDE,
    maxCols: MAX_SIDE,
    min: -ENTRY_LIMIT,
    max: ENTRY_LIMIT,
    digits: ENTRY_DIGITS,
  },
  labels: {
    type: 'enum',
    label: 'Row and column labels',
    options: ['shen-mo', 'index'],
    default: 'shen-mo',
    description: 'shen-mo: the post’s characters (for a 2×5 matrix); index: row and column numbers.',
  },
  k: {
    type: 'int',
    label: 'Rank k',
    min: 0,
    max: MAX_SIDE,
    default: 1,
    description: 'Singular values kept; above min(m, n) it is lowered to min(m, n).',
  },
  relu: {
    type: 'boolean',
    label: 'ReLU: clip negatives to 0',
    default: false,
    description: 'Clip negative reconstructed entries to 0.',
  },
});
