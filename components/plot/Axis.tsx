'use client';

/**
 * Axes are marks too: `<AxisX label="n"/>` and `<AxisY label="time (ms)" grid/>` draw ticks, tick labels,
 * optional grid lines and a title from the enclosing plot's scales — decades on a log scale, every band
 * (or every k-th) on a band scale, d3's round numbers otherwise.
 */
import { memo, type ReactNode } from 'react';
import { usePlot } from './Plot';
import styles from './plot.module.css';
import { axisTicks, isBand, position, type Tick } from './scales';

export interface AxisProps {
  /** Axis title (plain text or SVG-safe nodes). */
  label?: ReactNode;
  /** About how many ticks (default: one per ~80 px along x, ~50 px along y). */
  ticks?: number;
  /** Exactly these tick values. */
  tickValues?: readonly (number | string)[];
  tickFormat?: (value: number | string) => string;
  /** Grid lines across the plot at each tick. */
  grid?: boolean;
  /** Where the axis sits: bottom (default) or top for x, left (default) or right for y. */
  anchor?: 'bottom' | 'top' | 'left' | 'right';
  /** Draw the domain line (default true for x, false for y). */
  line?: boolean;
  /** Where the title sits along the axis: its middle (default) or its start (left, or top). */
  labelAt?: 'middle' | 'start';
}

function useTicks(axis: 'x' | 'y', props: AxisProps): { ticks: Tick[]; at: (v: number | string) => number } {
  const plot = usePlot();
  const scale = axis === 'x' ? plot.x : plot.y;
  const length =
    axis === 'x'
      ? plot.width - plot.margin.left - plot.margin.right
      : plot.height - plot.margin.top - plot.margin.bottom;
  const count = props.ticks ?? Math.max(2, Math.round(length / (axis === 'x' ? 80 : 50)));
  const ticks = props.tickValues
    ? props.tickValues.map((value) => ({
        value,
        label: props.tickFormat ? props.tickFormat(value) : String(value),
      }))
    : axisTicks(scale, count, props.tickFormat);
  return { ticks, at: (v) => position(scale, v) };
}

/** The horizontal axis. */
export const AxisX = memo(function AxisX(props: AxisProps) {
  const { width, height, margin } = usePlot();
  const { ticks, at } = useTicks('x', props);
  const top = props.anchor === 'top';
  const y0 = top ? margin.top : height - margin.bottom;
  const dir = top ? -1 : 1;
  return (
    <g className={styles.axis} data-axis="x">
      {props.grid
        ? ticks.map((t) => (
            <line
              key={`g${t.value}`}
              className={styles.grid}
              x1={at(t.value)}
              x2={at(t.value)}
              y1={margin.top}
              y2={height - margin.bottom}
            />
          ))
        : null}
      {props.line !== false ? (
        <line className={styles.domain} x1={margin.left} x2={width - margin.right} y1={y0} y2={y0} />
      ) : null}
      {ticks.map((t) => {
        const x = at(t.value);
        if (!Number.isFinite(x)) return null;
        return (
          <g key={String(t.value)} transform={`translate(${x},${y0})`}>
            <line className={styles.tick} y2={4 * dir} />
            <text y={dir * 7} dy={top ? '0' : '0.71em'} textAnchor="middle">
              {t.label}
            </text>
          </g>
        );
      })}
      {props.label ? (
        <text
          className={styles.title}
          x={props.labelAt === 'start' ? margin.left : (margin.left + width - margin.right) / 2}
          y={top ? 11 : height - 4}
          textAnchor={props.labelAt === 'start' ? 'start' : 'middle'}
        >
          {props.label}
        </text>
      ) : null}
    </g>
  );
});

/** The vertical axis. */
export const AxisY = memo(function AxisY(props: AxisProps) {
  const { width, height, margin, y: scale } = usePlot();
  // A band axis runs down the page (rows), so its title reads downwards; a value axis reads upwards.
  const down = isBand(scale);
  const along =
    props.labelAt === 'start'
      ? down
        ? margin.top
        : height - margin.bottom
      : (margin.top + height - margin.bottom) / 2;
  const { ticks, at } = useTicks('y', props);
  const right = props.anchor === 'right';
  const x0 = right ? width - margin.right : margin.left;
  const dir = right ? 1 : -1;
  return (
    <g className={styles.axis} data-axis="y">
      {props.grid
        ? ticks.map((t) => (
            <line
              key={`g${t.value}`}
              className={styles.grid}
              x1={margin.left}
              x2={width - margin.right}
              y1={at(t.value)}
              y2={at(t.value)}
            />
          ))
        : null}
      {props.line ? (
        <line className={styles.domain} x1={x0} x2={x0} y1={margin.top} y2={height - margin.bottom} />
      ) : null}
      {ticks.map((t) => {
        const y = at(t.value);
        if (!Number.isFinite(y)) return null;
        return (
          <g key={String(t.value)} transform={`translate(${x0},${y})`}>
            <line className={styles.tick} x2={4 * dir} />
            <text x={dir * 7} dy="0.32em" textAnchor={right ? 'start' : 'end'}>
              {t.label}
            </text>
          </g>
        );
      })}
      {props.label ? (
        <text
          className={styles.title}
          transform={`translate(${right ? width - 4 : down ? 4 : 11},${along}) rotate(${down ? 90 : -90})`}
          textAnchor={props.labelAt === 'start' ? 'start' : 'middle'}
        >
          {props.label}
        </text>
      ) : null}
    </g>
  );
});

/** A box around the plotting area (the inner frame). */
export const Frame = memo(function Frame() {
  const { width, height, margin } = usePlot();
  return (
    <rect
      className={styles.frame}
      x={margin.left}
      y={margin.top}
      width={Math.max(0, width - margin.left - margin.right)}
      height={Math.max(0, height - margin.top - margin.bottom)}
    />
  );
});
