'use client';

import type { PointerEvent } from 'react';
import {
  type ColorScale,
  LABEL_H,
  LABEL_W,
  SUM_W,
  TEXT_CELL,
  textOn,
} from '@/components/widgets/MaskedAttention/draw';
import styles from '@/components/widgets/MaskedAttention/MaskedAttention.module.css';

/** A cell of a heatmap: query row i, column j. */
export interface CellRef {
  i: number;
  j: number;
}

/** Props of {@link MatrixHeatmap}. */
export interface HeatmapProps {
  /** Accessible name of the picture. */
  label: string;
  testId: string;
  /** Unique id of the hatch pattern for masked cells (per widget instance and heatmap). */
  hatchId: string;
  rows: number;
  cols: number;
  /** Cell size in CSS pixels. */
  cell: number;
  value: (i: number, j: number) => number;
  masked?: (i: number, j: number) => boolean;
  color: ColorScale;
  /** Text of a cell (shown when cells are large enough). */
  format: (v: number, masked: boolean) => string;
  colLabel: (j: number) => string;
  /** Text of row i's label (default: the index). */
  rowLabel?: (i: number) => string;
  /** An extra column after the cells (the weights' row sums). */
  sums?: { header: string; text: (i: number) => string; warn: (i: number) => boolean };
  selectedRow: number;
  onSelectRow: (i: number) => void;
  onHover: (cell: CellRef | null) => void;
  /** Mark as the widget's main view for the figure menu's picture downloads. */
  exportView?: boolean;
}

/**
 * An n×m matrix drawn as coloured cells (SVG) with row and column indices, masked cells hatched, the
 * selected row outlined, and the values written in the cells when they are large enough. Clicking a cell
 * selects its row; pointer moves report the cell under the pointer.
 */
export function MatrixHeatmap({
  label,
  testId,
  hatchId,
  rows,
  cols,
  cell,
  value,
  masked,
  color,
  format,
  colLabel,
  rowLabel = String,
  sums,
  selectedRow,
  onSelectRow,
  onHover,
  exportView,
}: HeatmapProps) {
  const width = LABEL_W + cols * cell + (sums ? SUM_W : 0);
  const height = LABEL_H + rows * cell;
  const showText = cell >= TEXT_CELL;
  const fontSize = cell >= 40 ? 11 : 10;
  const labelEvery = cell >= 14 ? 1 : 2;

  const locate = (e: PointerEvent<SVGSVGElement>): CellRef | null => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - r.left) * width) / r.width - LABEL_W;
    const y = ((e.clientY - r.top) * height) / r.height - LABEL_H;
    const i = Math.floor(y / cell);
    const j = Math.floor(x / cell);
    if (i < 0 || i >= rows) return null;
    return { i, j: j >= 0 && j < cols ? j : -1 };
  };

  const cells = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = value(i, j);
      const m = masked?.(i, j) ?? false;
      const fill = m ? `url(#${hatchId})` : color(v);
      const x = LABEL_W + j * cell;
      const y = LABEL_H + i * cell;
      cells.push(
        <g key={`${i}-${j}`} data-cell={`${i}-${j}`} data-value={String(v)} data-masked={m || undefined}>
          <rect x={x + 0.5} y={y + 0.5} width={cell - 1} height={cell - 1} fill={fill} />
          {showText ? (
            <text
              x={x + cell / 2}
              y={y + cell / 2}
              className={m ? styles.cellTextMasked : styles.cellText}
              fill={m ? undefined : textOn(fill)}
              fontSize={fontSize}
            >
              {format(v, m)}
            </text>
          ) : null}
        </g>,
      );
    }
  }

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: rows are also chosen with the labelled "Query row" slider.
    <svg
      className={styles.heatmap}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      data-testid={testId}
      data-export={exportView || undefined}
      onClick={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        const y = ((e.clientY - r.top) * height) / r.height - LABEL_H;
        const i = Math.floor(y / cell);
        if (i >= 0 && i < rows) onSelectRow(i);
      }}
      onPointerMove={(e) => onHover(locate(e))}
      onPointerLeave={() => onHover(null)}
    >
      <defs>
        <pattern
          id={hatchId}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} className={styles.hatchBg} />
          <line x1={0} y1={0} x2={0} y2={6} className={styles.hatchLine} />
        </pattern>
      </defs>
      {Array.from({ length: cols }, (_, j) =>
        j % labelEvery === 0 ? (
          <text
            key={`c${j}`}
            x={LABEL_W + (j + 0.5) * cell}
            y={LABEL_H - 5}
            className={styles.axisText}
            textAnchor="middle"
          >
            {colLabel(j)}
          </text>
        ) : null,
      )}
      {Array.from({ length: rows }, (_, i) =>
        i % labelEvery === 0 || i === selectedRow ? (
          <text
            key={`r${i}`}
            x={LABEL_W - 5}
            y={LABEL_H + (i + 0.5) * cell}
            className={i === selectedRow ? styles.axisTextSelected : styles.axisText}
            textAnchor="end"
            dominantBaseline="central"
          >
            {rowLabel(i)}
          </text>
        ) : null,
      )}
      {cells}
      {sums ? (
        <g>
          <text
            x={LABEL_W + cols * cell + SUM_W / 2}
            y={LABEL_H - 5}
            className={styles.axisText}
            textAnchor="middle"
          >
            {sums.header}
          </text>
          {Array.from({ length: rows }, (_, i) => (
            <text
              key={`s${i}`}
              x={LABEL_W + cols * cell + SUM_W / 2}
              y={LABEL_H + (i + 0.5) * cell}
              className={sums.warn(i) ? styles.sumWarn : styles.sumText}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={cell >= 14 ? 10 : 8}
              data-row-sum={i}
            >
              {sums.text(i)}
            </text>
          ))}
        </g>
      ) : null}
      {selectedRow >= 0 && selectedRow < rows ? (
        <rect
          x={LABEL_W - 1}
          y={LABEL_H + selectedRow * cell - 1}
          width={cols * cell + (sums ? SUM_W : 0) + 2}
          height={cell + 2}
          className={styles.rowOutline}
        />
      ) : null}
    </svg>
  );
}
