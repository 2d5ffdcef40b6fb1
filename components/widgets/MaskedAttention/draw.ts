/** Layout arithmetic of the masked-attention heatmaps: the room around the cells and the shared cell size. */

/** Space around the cells of one heatmap, in CSS pixels: row labels to the left, column labels above. */
export const LABEL_W = 22;
export const LABEL_H = 18;
/** Width of the weights' row-sum column. */
export const SUM_W = 42;
const GAP = 16;
const MAX_CELL = 44;
const MIN_ROW_CELL = 24;

/**
 * The cell size (CSS px) shared by the three heatmaps so their rows line up: as large as fits (up to 44 px)
 * with all three side by side; if that would make cells smaller than 24 px, scores and weights side by side
 * with the output below; failing that, each heatmap on its own row.
 */
export function cellSize(width: number, n: number, d: number): number {
  const w = width > 0 ? width : 360;
  const all = (w - 3 * LABEL_W - SUM_W - 2 * GAP) / (2 * n + d);
  if (all >= MIN_ROW_CELL) return Math.min(MAX_CELL, Math.floor(all));
  const two = (w - 2 * LABEL_W - SUM_W - GAP) / (2 * n);
  if (two >= MIN_ROW_CELL) return Math.min(MAX_CELL, Math.floor(two));
  return Math.max(10, Math.min(36, Math.floor((w - LABEL_W - SUM_W) / n)));
}
