import { formatNumber } from '@/lib/format';

/** Room for the row labels left of a heatmap's cells, and for the column labels above them (CSS px). */
export const LABEL_W = 22;
export const LABEL_H = 18;

/** Gap between heatmaps in CSS pixels (matches the panels' CSS gap). */
export const PANEL_GAP = 16;
/** Largest heatmap cell. */
export const MAX_CELL = 56;
/** Smallest cell on a narrow screen (a 32×32 matrix on a phone). */
export const MIN_CELL = 8;

/**
 * The cell size (CSS px) and panels per row for `panels` heatmaps of rows×cols cells in a box `width` wide:
 * the most panels per row that still give cells large enough for their text — 48 px (four decimals) for
 * matrices up to 6 on a side, 30 px (two decimals) up to 12, 12 px beyond, where no text is shown — else
 * one per row with cells as large as fit (at least 8 px; wider boxes scroll). Capped at 56 px.
 *
 * @example heatmapLayout(700, 2, 5, 3); // { cell: 56, perRow: 2 }
 */
export function heatmapLayout(
  width: number,
  rows: number,
  cols: number,
  panels: number,
): { cell: number; perRow: number } {
  const w = width > 0 ? width : 360;
  const side = Math.max(rows, cols, 1);
  const want = side <= 6 ? 48 : side <= 12 ? 30 : 12;
  for (let per = Math.max(1, panels); per >= 1; per--) {
    const cell = Math.floor(((w - (per - 1) * PANEL_GAP) / per - LABEL_W) / Math.max(cols, 1));
    if (cell >= want || per === 1) {
      return { cell: Math.max(MIN_CELL, Math.min(MAX_CELL, cell)), perRow: per };
    }
  }
  return { cell: MIN_CELL, perRow: 1 };
}

/**
 * The text written in a heatmap cell of size `cell`: 4 decimals from 48 px, 3 from 36 px, else 2, one fewer
 * per extra integer digit; trailing zeros trimmed (1.0000 → "1"), '−' for negatives, never "−0", '—' for NaN.
 *
 * @example cellText(0.49614, 56); // "0.4961"
 */
export function cellText(v: number, cell: number): string {
  const digits = cell >= 48 ? 4 : cell >= 36 ? 3 : 2;
  if (!Number.isFinite(v)) return formatNumber(v);
  const intDigits = Math.abs(v) < 1 ? 1 : Math.floor(Math.log10(Math.abs(v))) + 1;
  const decimals = Math.max(0, digits - (intDigits - 1));
  const s = formatNumber(v, { style: 'fixed', digits: decimals });
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
