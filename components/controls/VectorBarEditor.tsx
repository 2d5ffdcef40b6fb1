'use client';

import { scaleBand, scaleLinear } from 'd3-scale';
import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import { clampToStep } from '@/lib/parse/number';
import { type BarPoint, barBaseline, barIndexAt, defaultBarStep, paintBars } from './barGeometry';
import styles from './controls.module.css';
import { applyStepAction, stepActionForKey } from './keys';
import { cx, safeFormat, useControlId } from './util';

/** Props of {@link VectorBarEditor}. */
export interface VectorBarEditorProps {
  label: string;
  values: readonly number[];
  onChange: (values: number[]) => void;
  /** Bottom of the scale (default 0); below 0, bars hang from a zero line. */
  min?: number;
  /** Top of the scale (default 1). */
  max?: number;
  /** Value grid for dragging and keys (default: a power of ten near a hundredth of the range). */
  step?: number;
  /** Height in SVG units (default 160); the chart scales with the width of its container. */
  height?: number;
  barLabels?: readonly string[];
  /** Text of each value for the readout and `aria-valuetext`. */
  format?: (value: number) => string;
  disabled?: boolean;
  hideLabel?: boolean;
  id?: string;
  className?: string;
}

const WIDTH = 360;
const MARGIN = { left: 36, right: 6, top: 8 };

function sameValues(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

/**
 * A vector edited as bars: drag a bar's top up or down (mouse, pen or touch, with pointer capture), and
 * drag across bars to paint them. Each bar is a focusable `role="slider"`: ArrowUp/ArrowDown ±step
 * (Shift ×10), PageUp/PageDown ±10 steps, Home/End min/max, ArrowLeft/ArrowRight move to the neighbouring
 * bar (one Tab stop for the whole chart). Values are clamped and snapped to the step grid; with `min < 0`
 * bars grow both ways from the zero line. The SVG uses a viewBox and `width: 100%`, so it fits a phone.
 * Non-finite values draw no bar and read as `—`.
 *
 * @example <VectorBarEditor label="Query" values={q} onChange={setQ} min={-1} max={1} barLabels={['x', 'y', 'z']} />
 */
export function VectorBarEditor({
  label,
  values,
  onChange,
  min = 0,
  max = 1,
  step,
  height = 160,
  barLabels,
  format,
  disabled,
  hideLabel,
  id,
  className,
}: VectorBarEditorProps) {
  const baseId = useControlId(id);
  const n = values.length;
  const [activeRaw, setActive] = useState(0);
  const active = Math.min(Math.max(0, n - 1), activeRaw);
  const svgRef = useRef<SVGSVGElement>(null);
  const bars = useRef<(SVGGElement | null)[]>([]);
  const drag = useRef<{ pointerId: number; last: BarPoint; values: number[] } | null>(null);

  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  const stepSize = step !== undefined && step > 0 ? step : defaultBarStep(lo, hi);
  const snap = (v: number) => clampToStep(v, lo, hi, stepSize);

  const labelEvery = Math.max(1, Math.ceil(n / 16));
  const bottom = barLabels ? 20 : 8;
  const plotRight = WIDTH - MARGIN.right;
  const x = scaleBand<number>()
    .domain(values.map((_, i) => i))
    .range([MARGIN.left, plotRight])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const slot = n > 0 ? (plotRight - MARGIN.left) / n : 0;
  const y = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range([height - bottom, MARGIN.top]);
  const base = barBaseline(lo, hi);
  const yBase = y(base);
  const ticks = [...new Set([lo, base, hi])];

  const barName = (i: number) => barLabels?.[i] ?? `bar ${i + 1}`;

  const emit = (next: number[]) => {
    if (!sameValues(next, values)) onChange(next);
  };

  const focusBar = (i: number) => {
    setActive(i);
    bars.current[i]?.focus({ preventScroll: true });
  };

  const pointAt = (e: PointerEvent<SVGSVGElement>): BarPoint | null => {
    const svg = svgRef.current;
    if (!svg) return null;
    const rect = svg.getBoundingClientRect();
    if (!(rect.width > 0) || !(rect.height > 0)) return null;
    const px = ((e.clientX - rect.left) * WIDTH) / rect.width;
    const py = ((e.clientY - rect.top) * height) / rect.height;
    const index = barIndexAt(px, MARGIN.left, plotRight, n);
    if (index < 0) return null;
    return { index, value: snap(y.invert(py)) };
  };

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (disabled || !e.isPrimary || e.button !== 0 || n === 0) return;
    const p = pointAt(e);
    if (!p) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const next = paintBars(values, null, p, snap);
    drag.current = { pointerId: e.pointerId, last: p, values: next };
    focusBar(p.index);
    emit(next);
  };

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const p = pointAt(e);
    if (!p || (p.index === d.last.index && p.value === d.last.value)) return;
    const next = paintBars(d.values, d.last, p, snap);
    d.values = next;
    d.last = p;
    if (p.index !== active) focusBar(p.index);
    emit(next);
  };

  const endDrag = (e: PointerEvent<SVGSVGElement>) => {
    if (drag.current?.pointerId === e.pointerId) drag.current = null;
  };

  const onBarKeyDown = (e: KeyboardEvent<SVGGElement>, i: number) => {
    if (disabled || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      const j = i + (e.key === 'ArrowLeft' ? -1 : 1);
      e.preventDefault();
      if (j >= 0 && j < n) focusBar(j);
      return;
    }
    const action = stepActionForKey(e.key, e.shiftKey, { horizontal: false });
    if (!action) return;
    e.preventDefault();
    const next = values.slice();
    next[i] = applyStepAction(values[i], action, lo, hi, stepSize);
    emit(next);
  };

  const activeText = n > 0 ? `${barName(active)}: ${safeFormat(values[active], format)}` : '';

  return (
    <fieldset
      id={baseId}
      aria-label={hideLabel ? label : undefined}
      className={cx(styles.bars, disabled && styles.barsDisabled, className)}
    >
      {!hideLabel && <legend className={cx(styles.label, styles.floatLegend)}>{label}</legend>}
      <span className={cx(styles.value, styles.floatReadout)} aria-hidden="true">
        {activeText}
      </span>
      <svg
        ref={svgRef}
        className={styles.barsSvg}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        focusable="false"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onLostPointerCapture={endDrag}
      >
        {ticks.map((t) => (
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> is not focusable; the axis text is decoration.
          <g key={t} aria-hidden="true">
            <line
              className={t === base && lo < base ? styles.zeroLine : styles.gridLine}
              x1={MARGIN.left}
              x2={plotRight}
              y1={y(t)}
              y2={y(t)}
            />
            <text
              className={styles.axisText}
              x={MARGIN.left - 5}
              y={y(t)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {safeFormat(t, format)}
            </text>
          </g>
        ))}
        {values.map((v, i) => {
          const finite = Number.isFinite(v);
          const yv = finite ? y(Math.min(hi, Math.max(lo, v))) : yBase;
          const bx = x(i) ?? MARGIN.left;
          const bw = x.bandwidth();
          const text = safeFormat(v, format);
          return (
            <g
              key={i}
              ref={(el) => {
                bars.current[i] = el;
              }}
              role="slider"
              tabIndex={disabled ? -1 : i === active ? 0 : -1}
              aria-label={`${label}: ${barName(i)}`}
              aria-valuemin={lo}
              aria-valuemax={hi}
              aria-valuenow={finite ? v : undefined}
              aria-valuetext={text}
              aria-orientation="vertical"
              aria-disabled={disabled || undefined}
              className={styles.barGroup}
              onKeyDown={(e) => onBarKeyDown(e, i)}
              onFocus={() => setActive(i)}
            >
              <rect
                className={styles.hit}
                x={MARGIN.left + i * slot}
                y={MARGIN.top}
                width={slot}
                height={height - bottom - MARGIN.top}
              />
              {finite && (
                <>
                  <rect
                    className={styles.bar}
                    x={bx}
                    y={Math.min(yv, yBase)}
                    width={bw}
                    height={Math.abs(yv - yBase)}
                  />
                  <line className={styles.barTop} x1={bx + 1} x2={bx + bw - 1} y1={yv} y2={yv} />
                </>
              )}
              <rect
                className={styles.focusRect}
                x={MARGIN.left + i * slot + 1}
                y={MARGIN.top - 2}
                width={Math.max(0, slot - 2)}
                height={height - bottom - MARGIN.top + 4}
                rx={3}
              />
              {barLabels && i % labelEvery === 0 && (
                <text className={styles.axisText} x={bx + bw / 2} y={height - 5} textAnchor="middle">
                  {barLabels[i]}
                </text>
              )}
            </g>
          );
        })}
        {n === 0 && (
          <text className={styles.axisText} x={WIDTH / 2} y={height / 2} textAnchor="middle">
            No values
          </text>
        )}
      </svg>
    </fieldset>
  );
}
