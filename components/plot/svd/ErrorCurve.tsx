'use client';

import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { MouseEvent } from 'react';
import { formatNumber } from '@/lib/format';
import { Axes, frameOf } from '../Axes';
import styles from './plots.module.css';

/** Props of {@link ErrorCurve}. */
export interface ErrorCurveProps {
  /** e_k for k = 0 … r (relativeErrorCurve). */
  curve: ArrayLike<number>;
  k: number;
  width: number;
  height?: number;
  /** Called with the k nearest to a click. */
  onPick?: (k: number) => void;
  label: string;
  testId?: string;
}

/**
 * The relative error ‖A − A_k‖_F/‖A‖_F against k as a line from e₀ = 100% down to e_r = 0, with the current k
 * marked by a dot (`data-k`, `data-value`); a click picks the nearest k.
 */
export function ErrorCurve({ curve, k, width, height = 170, onPick, label, testId }: ErrorCurveProps) {
  const r = Math.max(0, curve.length - 1);
  const frame = frameOf(Math.max(200, width), height, 44);
  const x = scaleLinear()
    .domain([0, Math.max(1, r)])
    .range([frame.left, frame.width - frame.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([height - frame.bottom, frame.top]);
  const points = Array.from(curve, (v, i) => [i, Number.isFinite(v) ? v : 0] as [number, number]);
  const path = line()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]))(points);
  const kk = Math.max(0, Math.min(r, k));
  const ek = curve[kk] ?? Number.NaN;
  const pick = (e: MouseEvent<SVGSVGElement>) => {
    if (!onPick) return;
    const box = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - box.left) * frame.width) / box.width;
    onPick(Math.max(0, Math.min(r, Math.round(x.invert(px)))));
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: k is also set with the labelled "Rank k" slider.
    <svg
      className={styles.plot}
      width={frame.width}
      height={height}
      viewBox={`0 0 ${frame.width} ${height}`}
      role="img"
      aria-label={label}
      data-testid={testId}
      onClick={pick}
      style={onPick ? { cursor: 'pointer' } : undefined}
    >
      <Axes
        frame={frame}
        x={x}
        y={y}
        xTicks={x.ticks(5).map((v) => ({ value: v, label: String(v) }))}
        yTicks={[0, 0.25, 0.5, 0.75, 1].map((v) => ({ value: v, label: `${v * 100}%` }))}
        xTitle="rank k"
        yTitle="relative error"
      />
      {path ? <path d={path} className={styles.line} /> : null}
      {Number.isFinite(ek) ? (
        <g data-k={kk} data-value={String(ek)}>
          <circle cx={x(kk)} cy={y(ek)} r={5} className={styles.marker} />
          <text
            x={x(kk) + (kk > r * 0.7 ? -8 : 8)}
            y={y(ek) - 8}
            textAnchor={kk > r * 0.7 ? 'end' : 'start'}
            className={styles.cutLabel}
          >
            k = {kk}: {formatNumber(ek, { style: 'percent', digits: 3 })}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
