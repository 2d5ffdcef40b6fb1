// Pure grid operations behind the MatrixEditor: shape, resizing, block paste, naming and moving
// between cells. Matrices here are plain `number[][]` rows, the shape the editor's props use.

import { validateNumber } from '@/lib/parse/number';

/** A cell position, 0-based. */
export interface CellPos {
  row: number;
  col: number;
}

/**
 * Shape of possibly ragged rows: the row count and the longest row's length (`{ rows: 0, cols: 0 }` for
 * an empty matrix).
 *
 * @example matrixSize([[1, 2], [3]]) // { rows: 2, cols: 2 }
 */
export function matrixSize(rows: readonly (readonly number[])[]): { rows: number; cols: number } {
  let cols = 0;
  for (const r of rows) cols = Math.max(cols, Array.isArray(r) ? r.length : 0);
  return { rows: rows.length, cols };
}

/**
 * Value for new cells: 0 clamped into `[min, max]` (either bound optional).
 *
 * @example fillValue(1, 5) // 1
 */
export function fillValue(min?: number, max?: number): number {
  let v = 0;
  if (min !== undefined && Number.isFinite(min)) v = Math.max(v, min);
  if (max !== undefined && Number.isFinite(max)) v = Math.min(v, max);
  return v;
}

/**
 * Copy of `rows` reshaped to `nRows × nCols`: rows and columns are cut or padded with `fill`, and missing
 * entries of ragged input are filled too. Negative sizes count as 0.
 *
 * @example resizeMatrix([[1, 2], [3, 4]], 3, 1, 0) // [[1], [3], [0]]
 */
export function resizeMatrix(
  rows: readonly (readonly number[])[],
  nRows: number,
  nCols: number,
  fill: number,
): number[][] {
  const m = Math.max(0, Math.floor(nRows));
  const n = Math.max(0, Math.floor(nCols));
  return Array.from({ length: m }, (_, r) =>
    Array.from({ length: n }, (_, c) => {
      const v = rows[r]?.[c];
      return typeof v === 'number' ? v : fill;
    }),
  );
}

/**
 * Copy of `rows` (made rectangular, padded with `fill`) with cell `(row, col)` set to `value`; a position
 * outside the matrix leaves it unchanged.
 *
 * @example setCell([[1, 2]], { row: 0, col: 1 }, 5, 0) // [[1, 5]]
 */
export function setCell(
  rows: readonly (readonly number[])[],
  at: CellPos,
  value: number,
  fill: number,
): number[][] {
  const { rows: m, cols: n } = matrixSize(rows);
  const next = resizeMatrix(rows, m, n, fill);
  if (at.row >= 0 && at.row < m && at.col >= 0 && at.col < n) next[at.row][at.col] = value;
  return next;
}

/** Options for {@link pasteBlock}. */
export interface PasteBlockOptions {
  allowResize: boolean;
  maxRows: number;
  maxCols: number;
  fill: number;
}

/**
 * Writes `block` into `rows` with its top-left corner at `at`, as a spreadsheet does for a multi-cell paste.
 * With `allowResize` the matrix grows (up to `maxRows × maxCols`, new cells = `fill`) to hold the block;
 * whatever still falls outside is dropped and counted in `dropped`.
 *
 * @example pasteBlock([[0, 0], [0, 0]], [[1, 2, 3]], { row: 1, col: 0 }, { allowResize: false, maxRows: 4, maxCols: 4, fill: 0 })
 * // { rows: [[0, 0], [1, 2]], dropped: 1 }
 */
export function pasteBlock(
  rows: readonly (readonly number[])[],
  block: readonly (readonly number[])[],
  at: CellPos,
  options: PasteBlockOptions,
): { rows: number[][]; dropped: number } {
  const size = matrixSize(rows);
  const blockSize = matrixSize(block);
  let m = size.rows;
  let n = size.cols;
  if (options.allowResize) {
    m = Math.max(m, Math.min(options.maxRows, at.row + blockSize.rows));
    n = Math.max(n, Math.min(options.maxCols, at.col + blockSize.cols));
  }
  const next = resizeMatrix(rows, m, n, options.fill);
  let dropped = 0;
  block.forEach((blockRow, i) => {
    blockRow.forEach((v, j) => {
      const r = at.row + i;
      const c = at.col + j;
      if (r >= 0 && r < m && c >= 0 && c < n) next[r][c] = v;
      else dropped++;
    });
  });
  return { rows: next, dropped };
}

/**
 * Reader-facing name of a cell, 1-based, with optional labels: `Row 2, column 3`, or
 * `Row 2 (q₂), column 3 (k₃)` when `rowLabels[1]` is `q₂` and `colLabels[2]` is `k₃`.
 *
 * @example cellName({ row: 1, col: 2 }) // 'Row 2, column 3'
 */
export function cellName(at: CellPos, rowLabels?: readonly string[], colLabels?: readonly string[]): string {
  const rl = rowLabels?.[at.row];
  const cl = colLabels?.[at.col];
  return `Row ${at.row + 1}${rl ? ` (${rl})` : ''}, column ${at.col + 1}${cl ? ` (${cl})` : ''}`;
}

/** What the focused cell's text field reports when a navigation key is pressed. */
export interface NavContext {
  rows: number;
  cols: number;
  shiftKey: boolean;
  /** The caret is at the start of the text with nothing selected (or all text is selected). */
  caretAtStart: boolean;
  /** The caret is at the end of the text with nothing selected (or all text is selected). */
  caretAtEnd: boolean;
}

/**
 * Cell to move to for a key, or `null` to leave the key to the text field: ArrowUp/ArrowDown always move;
 * ArrowLeft/ArrowRight move only when the caret is at that end of the text (so editing still works);
 * Enter moves down and Shift+Enter up. Moves stop at the grid's edges (returning `null`).
 *
 * @example nextCell({ row: 0, col: 0 }, 'ArrowDown', { rows: 2, cols: 2, shiftKey: false, caretAtStart: true, caretAtEnd: true }) // { row: 1, col: 0 }
 */
export function nextCell(from: CellPos, key: string, ctx: NavContext): CellPos | null {
  let { row, col } = from;
  switch (key) {
    case 'ArrowUp':
      row--;
      break;
    case 'ArrowDown':
      row++;
      break;
    case 'ArrowLeft':
      if (!ctx.caretAtStart) return null;
      col--;
      break;
    case 'ArrowRight':
      if (!ctx.caretAtEnd) return null;
      col++;
      break;
    case 'Enter':
      row += ctx.shiftKey ? -1 : 1;
      break;
    default:
      return null;
  }
  if (row < 0 || row >= ctx.rows || col < 0 || col >= ctx.cols) return null;
  return { row, col };
}

/**
 * Checks the text typed into a cell: the number, or the message shown below the grid, such as
 * `Row 2, column 3: “abc” is not a number` or `Row 1, column 1: must be at most 1`.
 *
 * @example validateCell('abc', { row: 1, col: 2 }, {}) // { ok: false, message: 'Row 2, column 3: “abc” is not a number' }
 */
export function validateCell(
  text: string,
  at: CellPos,
  options: { min?: number; max?: number; rowLabels?: readonly string[]; colLabels?: readonly string[] },
): { ok: true; value: number } | { ok: false; message: string } {
  const result = validateNumber(text, { min: options.min, max: options.max });
  if (result.ok) return result;
  return { ok: false, message: `${cellName(at, options.rowLabels, options.colLabels)}: ${result.message}` };
}
