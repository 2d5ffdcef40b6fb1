'use client';

import { memo, useCallback, useMemo } from 'react';
import { AxisX, AxisY, BarY, Plot, TextMark, usePlot } from '@/components/plot';
import { formatNumber } from '@/lib/format';
import styles from './svd.module.css';

/** Props of {@link Spectrum}. */
export interface SpectrumProps {
  /** Singular values, descending. */
  S: ArrayLike<number>;
  /** How many are kept (the first k are highlighted). */
  k: number;
  /** Logarithmic y axis (for spectra spanning many orders of magnitude); zeros sit on the axis. */
  log?: boolean;
  /** Called with k = i + 1 when the reader clicks bar i. */
  onPick?: (k: number) => void;
  /** Accessible name. */
  label: string;
  testId?: string;
  height?: number;
}

interface Bar {
  i: number;
  value: number;
}

/** Values are printed over the bars up to this many bars. */
const VALUES_MAX = 12;
/** A log axis spans at most this many decades below σ₁. */
const LOG_DECADES = 6;

const barValue = (d: Bar) => formatNumber(d.value, { style: 'fixed', digits: d.value >= 100 ? 1 : 4 });
const barTitle = (d: Bar) => `σ${d.i + 1} = ${formatNumber(d.value, { digits: 4 })}`;
const indexLabel = (v: number | string) => String(Number(v) + 1);

/**
 * The value axis of a spectrum: [0, σ₁] on a linear axis; on a log axis from six decades below σ₁ (or the
 * smallest positive σ, if larger) to σ₁, so the rounding noise of a rank-deficient matrix (down to 1e-300)
 * sits on the axis instead of squashing the rest.
 */
function valueDomain(values: readonly number[], log: boolean): [number, number] {
  const top = Math.max(0, ...values.filter(Number.isFinite));
  if (!log) return [0, top > 0 ? top : 1];
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  const lo = positive.length > 0 ? Math.min(...positive) : 1;
  const floor = top > 0 ? Math.max(lo, top * 10 ** -LOG_DECADES) : 10 ** -LOG_DECADES;
  return [Math.min(floor, top / 10) || 10 ** -LOG_DECADES, top > 0 ? top : 1];
}

/** Room a printed value needs ("0.4269" at the plot's text size), in CSS pixels of band width. */
const VALUE_MIN_BAND = 38;

/** Each bar's value above it, when the bars are wide enough for the text not to run into its neighbours. */
const BarValues = memo(function BarValues({ bars }: { bars: readonly Bar[] }) {
  const { x } = usePlot();
  if (!('bandwidth' in x) || x.step() < VALUE_MIN_BAND) return null;
  return <TextMark data={bars} x="i" y="value" text={barValue} dy={-4} baseline="bottom" />;
});

/** The dashed cut after σ_k with its label, between the last kept and the first dropped bar. */
const KCut = memo(function KCut({ k, r }: { k: number; r: number }) {
  const { x, width, height, margin } = usePlot();
  if (!('bandwidth' in x)) return null;
  const left = margin.left;
  const right = width - margin.right;
  const cx =
    k <= 0 ? left + 2 : k >= r ? right - 2 : ((x(k - 1) ?? left) + x.bandwidth() + (x(k) ?? right)) / 2;
  const flip = k >= r * 0.75;
  return (
    <g className={styles.cut} data-testid="k-cut">
      <line x1={cx} x2={cx} y1={margin.top - 4} y2={height - margin.bottom} />
      <text x={cx + (flip ? -4 : 4)} y={margin.top + 6} textAnchor={flip ? 'end' : 'start'}>
        k = {k}
      </text>
    </g>
  );
});

/**
 * The singular-value spectrum as bars σ₁ ≥ σ₂ ≥ … on a band scale, the first k in the accent colour and the
 * dropped ones muted, with a dashed cut after σ_k; values are printed over the bars when there are at most
 * 12 and each has room for its text (not on a phone at 8 and more). Each bar carries `data-sigma` (its index), `data-value` and `data-kept` for tests; a click on bar i
 * picks k = i + 1. Memoised: pass a stable `onPick` and a render that changes none of the props skips it.
 */
export const Spectrum = memo(function Spectrum({
  S,
  k,
  log = false,
  onPick,
  label,
  testId,
  height = 170,
}: SpectrumProps) {
  const bars = useMemo<Bar[]>(() => Array.from(S, (value, i) => ({ i, value })), [S]);
  const r = bars.length;
  const kk = Math.max(0, Math.min(r, k));
  const x = useMemo(
    () => ({ type: 'band' as const, domain: bars.map((b) => b.i), padding: r > 64 ? 0 : 0.15 }),
    [bars, r],
  );
  const y = useMemo(
    () => ({
      type: log ? ('log' as const) : ('linear' as const),
      domain: valueDomain(
        bars.map((b) => b.value),
        log,
      ),
      nice: true,
      clamp: log,
    }),
    [bars, log],
  );
  const classOf = useCallback((d: Bar) => (d.i < kk ? styles.kept : styles.dropped), [kk]);
  const attrs = useCallback(
    (d: Bar) => ({ 'data-sigma': d.i, 'data-value': String(d.value), 'data-kept': d.i < kk || undefined }),
    [kk],
  );
  const printed = r <= VALUES_MAX;
  return (
    <Plot
      label={label}
      testId={testId}
      x={x}
      y={y}
      height={height}
      margin={{ top: printed ? 16 : 10 }}
      className={onPick ? styles.pickable : undefined}
      onClick={
        onPick
          ? (p) => {
              if (typeof p.x === 'number') onPick(p.x + 1);
            }
          : undefined
      }
    >
      <AxisX label="i" tickFormat={indexLabel} />
      <AxisY label={log ? 'σᵢ (log)' : 'σᵢ'} grid ticks={4} />
      <BarY data={bars} x="i" y="value" classOf={classOf} attrs={attrs} titleOf={barTitle} />
      {printed ? <BarValues bars={bars} /> : null}
      <KCut k={kk} r={r} />
    </Plot>
  );
});
