/**
 * Grids of cells on a plot (a matrix's entries, an image's pixels): both axes are band scales over the row
 * and column indices, so the plot's pointer reports the cell under it directly. Pure: tested in Node.
 */
import type { Cell, PlotPointer } from '@/components/plot';

/** A band scale spec over 0 … n − 1 with no padding: the rows or the columns of a grid. */
export function gridBand(n: number): { type: 'band'; domain: number[]; padding: number } {
  return { type: 'band', domain: Array.from({ length: n }, (_, i) => i), padding: 0 };
}

/**
 * The cell (row i, column j) under the pointer of a plot whose x and y are grid bands; null when the pointer
 * is off the grid (in a margin, or gone).
 * Example: `cellAt({ x: 4, y: 0, px: 250, py: 30 })` → `{ i: 0, j: 4 }`.
 */
export function cellAt(p: PlotPointer | null): Cell | null {
  return p && typeof p.x === 'number' && typeof p.y === 'number' ? { i: p.y, j: p.x } : null;
}
