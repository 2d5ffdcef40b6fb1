'use client';

import type { ReactNode } from 'react';
import styles from './plot.module.css';

/** Plot box in CSS pixels: outer size and the margins that hold the axes. */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A frame of the given outer size with room for tick labels and axis titles. */
export const frameOf = (width: number, height: number, left = 46): Frame => ({
  width,
  height,
  left,
  right: 10,
  top: 10,
  bottom: 34,
});

/** Ticks of one axis: value, label, and where it sits in pixels. */
export interface Tick {
  value: number;
  label: string;
}

/** Grid lines, tick labels, frame and axis titles of a plot, drawn as SVG (the sparsity widgets share it). */
export function Axes({
  frame,
  x,
  y,
  xTicks,
  yTicks,
  xTitle,
  yTitle,
}: {
  frame: Frame;
  x: (v: number) => number;
  y: (v: number) => number;
  xTicks: readonly Tick[];
  yTicks: readonly Tick[];
  xTitle: ReactNode;
  yTitle: ReactNode;
}) {
  const { width, height, left, right, top, bottom } = frame;
  return (
    <g className={styles.axes}>
      {yTicks.map((t) => (
        <g key={`y${t.value}`} transform={`translate(0,${y(t.value)})`}>
          <line x1={left} x2={width - right} className={styles.grid} />
          <text x={left - 5} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <g key={`x${t.value}`} transform={`translate(${x(t.value)},0)`}>
          <line y1={top} y2={height - bottom} className={styles.grid} />
          <text y={height - bottom + 13} textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
      <rect
        x={left}
        y={top}
        width={width - left - right}
        height={height - top - bottom}
        className={styles.frame}
      />
      <text x={(left + width - right) / 2} y={height - 4} textAnchor="middle" className={styles.title}>
        {xTitle}
      </text>
      <text
        transform={`translate(11,${(top + height - bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        className={styles.title}
      >
        {yTitle}
      </text>
    </g>
  );
}
