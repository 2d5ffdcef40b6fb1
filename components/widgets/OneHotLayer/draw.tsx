'use client';

/**
 * The one-hot figure's own marks, drawn from the enclosing plot's scales: the words and the input vector x in
 * the left margin, the outline of the rows x selects, the cursor of the step-through, and the output x·W in
 * the bottom margin.
 */
import { memo } from 'react';
import { type ColorScale, textOn, usePlot, usePlotTheme } from '@/components/plot';
import styles from './OneHotLayer.module.css';

/** Width of the x column in the left margin, and the gap between it and W. */
export const X_COL = 42;
export const X_GAP = 8;
/** Height of the output row under W, and the gap above it. */
export const OUT_H = 28;
export const OUT_GAP = 14;

function band(scale: ReturnType<typeof usePlot>['x']): { at: (v: number) => number; step: number } {
  if (!('bandwidth' in scale)) return { at: () => Number.NaN, step: 0 };
  return { at: (v) => scale(v) ?? Number.NaN, step: scale.step() };
}

/** The words (one per row) and x's entries beside them, headed "x"; nonzero entries filled with the accent. */
export const RowHeads = memo(function RowHeads({
  words,
  x,
  xText,
}: {
  words: readonly string[];
  x: ArrayLike<number>;
  xText: readonly string[];
}) {
  const { y, margin } = usePlot();
  const { at, step } = band(y);
  const left = margin.left - X_GAP - X_COL;
  return (
    <g>
      <text x={left + X_COL / 2} y={margin.top - 8} textAnchor="middle" className={styles.head}>
        x
      </text>
      {words.map((w, i) => {
        const top = at(i);
        const on = (x[i] as number) !== 0;
        return (
          <g key={w} data-x={i} data-value={x[i]}>
            <text x={left - 6} y={top + step / 2} dy="0.32em" textAnchor="end" className={styles.word}>
              {w}
            </text>
            <rect
              x={left + 1}
              y={top + 1}
              width={X_COL - 2}
              height={step - 2}
              rx={3}
              className={on ? styles.xOn : styles.xOff}
            />
            <text
              x={left + X_COL / 2}
              y={top + step / 2}
              dy="0.32em"
              textAnchor="middle"
              className={on ? styles.xTextOn : styles.xText}
            >
              {xText[i]}
            </text>
          </g>
        );
      })}
    </g>
  );
});

/** Outlines around the rows x selects (x_i ≠ 0), from the x column across W. */
export const SelectedRows = memo(function SelectedRows({ rows }: { rows: readonly number[] }) {
  const { y, width, margin } = usePlot();
  const { at, step } = band(y);
  const left = margin.left - X_GAP - X_COL;
  return (
    <g>
      {rows.map((i) => (
        <rect
          key={i}
          x={left - 0.5}
          y={at(i) - 0.5}
          width={width - margin.right - left + 1}
          height={step + 1}
          rx={4}
          className={styles.selectedRow}
          data-selected-row={i}
        />
      ))}
    </g>
  );
});

/** The step-through's cursor over the row whose term was just added; it slides (CSS transition) from row to row. */
export const Cursor = memo(function Cursor({ row }: { row: number }) {
  const { y, width, margin } = usePlot();
  const { at, step } = band(y);
  const top = at(row);
  if (!Number.isFinite(top)) return null;
  return (
    <rect
      x={margin.left - X_GAP - X_COL - 4}
      y={0}
      width={width - margin.right - margin.left + X_GAP + X_COL + 4}
      height={step}
      className={styles.cursor}
      style={{ transform: `translateY(${top}px)` }}
      data-testid="cursor"
      data-row={row}
    />
  );
});

/** x·W under W's columns, labelled on the left; blank cells ("…") until the step-through reaches the end. */
export const OutputRow = memo(function OutputRow({
  label,
  values,
  text,
  color,
  done,
}: {
  label: string;
  values: ArrayLike<number>;
  text: readonly string[];
  color: ColorScale;
  done: boolean;
}) {
  const { x, height, margin } = usePlot();
  const theme = usePlotTheme();
  const { at, step } = band(x);
  const top = height - margin.bottom + OUT_GAP;
  return (
    <g data-testid="output-row">
      <text x={margin.left - X_GAP} y={top + OUT_H / 2} dy="0.32em" textAnchor="end" className={styles.head}>
        {label}
      </text>
      {Array.from(text, (t, j) => {
        const fill = done ? color(values[j] as number) : theme.tokens['surface-2'];
        return (
          <g key={j} data-out={j} data-value={values[j]}>
            <rect
              x={at(j) + 1}
              y={top}
              width={step - 2}
              height={OUT_H}
              rx={3}
              fill={fill}
              className={styles.outCell}
            />
            <text
              x={at(j) + step / 2}
              y={top + OUT_H / 2}
              dy="0.32em"
              textAnchor="middle"
              className={styles.outText}
              style={{ fill: textOn(fill, theme) }}
            >
              {done ? t : '…'}
            </text>
          </g>
        );
      })}
    </g>
  );
});
