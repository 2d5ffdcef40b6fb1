/**
 * Block-sparse summaries of attention masks, in the manner of PyTorch FlexAttention's `BlockMask`: a kernel
 * that works on B×B tiles skips a tile only when every pair in it is masked, computes it without masking when
 * every pair is allowed, and must apply the mask inside it otherwise.
 */

import type { Mask } from '../linalg';

/** The state of one B×B tile: no pair allowed, some pairs allowed, every pair allowed. */
export type BlockState = 'empty' | 'partial' | 'full';

/** Code 0 of {@link BlockMaskSummary.states}: an empty tile, no pair allowed (a block-sparse kernel skips it). */
export const BLOCK_EMPTY = 0;
/** Code 1 of {@link BlockMaskSummary.states}: a partial tile, computed with the mask applied inside it. */
export const BLOCK_PARTIAL = 1;
/** Code 2 of {@link BlockMaskSummary.states}: a full tile, every pair allowed (computed without a mask). */
export const BLOCK_FULL = 2;

/** The codes of {@link BlockMaskSummary.states}, by name. */
export const BLOCK_STATE_CODES: Readonly<Record<BlockState, number>> = {
  empty: BLOCK_EMPTY,
  partial: BLOCK_PARTIAL,
  full: BLOCK_FULL,
};

/** What {@link blockMask} reports about a mask cut into B×B tiles. */
export interface BlockMaskSummary {
  /** The mask's shape (queries × keys) and the tile size B. */
  readonly rows: number;
  readonly cols: number;
  readonly blockSize: number;
  /** Tiles down (⌈rows/B⌉) and across (⌈cols/B⌉). */
  readonly qBlocks: number;
  readonly kvBlocks: number;
  /** qBlocks × kvBlocks tile states, row-major: 0 empty, 1 partial, 2 full (see {@link BLOCK_STATE_CODES}). */
  readonly states: Uint8Array;
  /** How many tiles are full, partial and empty; they add up to `totalBlocks` = qBlocks·kvBlocks. */
  readonly full: number;
  readonly partial: number;
  readonly empty: number;
  readonly totalBlocks: number;
  /** Allowed pairs of the mask. */
  readonly nnz: number;
  /** Cells inside full and partial tiles: the pairs a block-sparse kernel computes. */
  readonly computedCells: number;
  /** computedCells / (rows·cols): the share of the dense work a block-sparse kernel still does. */
  readonly computedFraction: number;
  /** empty / totalBlocks: the share of tiles skipped (FlexAttention's "sparsity" when B divides n). */
  readonly sparsity: number;
  /**
   * What FlexAttention's `BlockMask.sparsity()` reports (as a fraction, not a percentage): it pads to multiples
   * of B, so 1 − (full + partial)·B²/(rows·cols); equal to `sparsity` when B divides both lengths.
   */
  readonly flexAttentionSparsity: number;
}

/**
 * Cuts a rows×cols mask into B×B tiles and classifies each as full (every pair allowed), partial or empty
 * (no pair allowed), as FlexAttention's `create_block_mask` does with `BLOCK_SIZE = B`.
 *
 * Tile (I, J) covers queries [I·B, min(rows, (I+1)·B)) and keys [J·B, min(cols, (J+1)·B)); when B does not
 * divide the length the last tile row and column are narrower, and a tile is full when all of *its* cells
 * are allowed. `sparsity` is the share of empty tiles and `computedFraction` the share of cells in non-empty
 * tiles. FlexAttention instead pads the mask with masked cells to a multiple of B, so its edge tiles are never
 * full and its `sparsity()` is 1 − (non-empty tiles)·B²/(rows·cols), which can be negative (reported as
 * `flexAttentionSparsity`); the two agree whenever B divides both lengths. An empty mask (0 rows or 0 columns) has no tiles, sparsity 0 and
 * computedFraction 0. Throws RangeError unless B is a positive integer. Cost: one pass over the mask.
 *
 * @example
 * const b = blockMask(attentionMask('full', 8, { causal: true }), 4);
 * // 2×2 tiles: the two diagonal tiles partial, the lower-left full, the upper-right empty
 * // { full: 1, partial: 2, empty: 1, sparsity: 0.25, computedFraction: 0.75, … }
 */
export function blockMask(mask: Mask, B: number): BlockMaskSummary {
  if (!Number.isSafeInteger(B) || B < 1) {
    throw new RangeError(`blockMask: the block size must be a positive integer, got ${B}`);
  }
  const { rows, cols, data } = mask;
  const qBlocks = Math.ceil(rows / B);
  const kvBlocks = Math.ceil(cols / B);
  const states = new Uint8Array(qBlocks * kvBlocks);
  // Allowed pairs per tile of the current tile row.
  const counts = new Int32Array(kvBlocks);
  let full = 0;
  let partial = 0;
  let nnz = 0;
  let computedCells = 0;
  for (let I = 0; I < qBlocks; I++) {
    counts.fill(0);
    const r0 = I * B;
    const r1 = Math.min(rows, r0 + B);
    for (let i = r0; i < r1; i++) {
      const row = i * cols;
      for (let J = 0, c0 = 0; J < kvBlocks; J++, c0 += B) {
        const c1 = Math.min(cols, c0 + B);
        let c = 0;
        for (let j = row + c0; j < row + c1; j++) if (data[j] !== 0) c++;
        counts[J] += c;
      }
    }
    const height = r1 - r0;
    for (let J = 0; J < kvBlocks; J++) {
      const cells = height * (Math.min(cols, (J + 1) * B) - J * B);
      const c = counts[J];
      nnz += c;
      if (c === 0) continue;
      computedCells += cells;
      if (c === cells) {
        states[I * kvBlocks + J] = BLOCK_FULL;
        full++;
      } else {
        states[I * kvBlocks + J] = BLOCK_PARTIAL;
        partial++;
      }
    }
  }
  const totalBlocks = qBlocks * kvBlocks;
  const empty = totalBlocks - full - partial;
  return {
    rows,
    cols,
    blockSize: B,
    qBlocks,
    kvBlocks,
    states,
    full,
    partial,
    empty,
    totalBlocks,
    nnz,
    computedCells,
    computedFraction: rows * cols === 0 ? 0 : computedCells / (rows * cols),
    sparsity: totalBlocks === 0 ? 0 : empty / totalBlocks,
    flexAttentionSparsity: rows * cols === 0 ? 0 : 1 - ((full + partial) * B * B) / (rows * cols),
  };
}

/**
 * The tile states of a block summary sampled on a size×size grid, for drawing: sample (p, q) takes the state of
 * the tile that holds cell (⌊(p + ½)·rows/size⌋, ⌊(q + ½)·cols/size⌋). With size = rows = cols every sample is
 * one cell, so the narrower edge tiles keep their true width; a smaller size draws a large mask with tile edges
 * placed to within one sample. Row-major Uint8Array of length size² (codes as in `states`); all 0 (empty) for
 * a mask without cells. Throws RangeError unless size is a non-negative integer.
 *
 * @example
 * blockStateGrid(blockMask(attentionMask('full', 3, { causal: true }), 2), 3);
 * // tiles [[partial, empty], [full, full]] → [1, 1, 0, 1, 1, 0, 2, 2, 2]
 */
export function blockStateGrid(blocks: BlockMaskSummary, size: number): Uint8Array {
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new RangeError(`blockStateGrid: size must be a non-negative integer, got ${size}`);
  }
  const { rows, cols, blockSize: B, kvBlocks, states } = blocks;
  const out = new Uint8Array(size * size);
  if (rows === 0 || cols === 0) return out;
  const tileOf = (p: number, length: number) => Math.floor(Math.floor(((p + 0.5) * length) / size) / B);
  const across = Array.from({ length: size }, (_, q) => tileOf(q, cols));
  for (let p = 0; p < size; p++) {
    const row = tileOf(p, rows) * kvBlocks;
    for (let q = 0; q < size; q++) out[p * size + q] = states[row + (across[q] as number)] as number;
  }
  return out;
}
