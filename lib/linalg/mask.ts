/**
 * The boolean mask type: which entries of a matrix are kept.
 */

/**
 * A rows×cols boolean matrix, row-major, one byte per entry: 1 = allowed/kept, 0 = masked.
 * Entry (i, j) is `data[i * cols + j]`; consumers treat any nonzero byte as allowed.
 */
export interface Mask {
  readonly rows: number;
  readonly cols: number;
  readonly data: Uint8Array;
}
