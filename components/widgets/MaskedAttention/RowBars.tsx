'use client';

import { memo, useCallback, useMemo } from 'react';
import {
  AxisX,
  AxisY,
  BarY,
  Plot,
  RuleY,
  type SwatchItem,
  SwatchLegend,
  TextMark,
  usePlot,
} from '@/components/plot';
import { formatNumber } from '@/lib/format';
import styles from './MaskedAttention.module.css';
import { MaskedStubs } from './marks';

/** Props of {@link RowBars}. */
export interface RowBarsProps {
  /** The query row shown. */
  row: number;
  /** Its weights over the n keys. */
  weights: ArrayLike<number>;
  /** Its row of the mask (0 = masked key). */
  mask: ArrayLike<number>;
  /** Number of allowed keys (for the even-spread line 1/a). */
  allowed: number;
  /** The key with the largest weight (−1 if none). */
  argmax: number;
}

interface Bar {
  j: number;
  w: number;
  masked: boolean;
}

const Y = { domain: [0, 1] } as const;
const MARGIN = { top: 18, right: 8, bottom: 34, left: 34 };
const barAttrs = (d: Bar) => ({
  'data-key': d.j,
  'data-value': String(d.w),
  'data-masked': d.masked || undefined,
});
const barValue = (d: Bar) => formatNumber(d.w, { style: 'fixed', digits: 2 });
const keyLabel = (d: Bar) => String(d.j);

/** Key labels under the bars (every other one when 13 or more crowd), masked keys' labels faded. */
const KeyAxis = memo(function KeyAxis({ bars }: { bars: readonly Bar[] }) {
  const { x } = usePlot();
  const step = 'bandwidth' in x ? x.step() : 0;
  const shown = bars.filter((b) => !(bars.length > 12 && step < 18 && b.j % 2 === 1));
  const allowed = shown.filter((b) => !b.masked).map((b) => b.j);
  const masked = shown.filter((b) => b.masked);
  return (
    <>
      <AxisX tickValues={allowed} label="key j" />
      <TextMark
        data={masked}
        x="j"
        y={() => 0}
        text={keyLabel}
        dy={7}
        baseline="top"
        className={styles.maskedKey}
      />
    </>
  );
});

/** Labels over the bars when they are wide enough to hold them. */
const BarValues = memo(function BarValues({ bars }: { bars: readonly Bar[] }) {
  const { x } = usePlot();
  if (!('bandwidth' in x) || x.step() < 30) return null;
  return <TextMark data={bars} x="j" y="w" text={barValue} dy={-4} baseline="bottom" />;
});

/**
 * One query's attention weights as bars over the key index j, on a fixed 0…1 axis so that sharpening and
 * flattening with the temperature are visible as such. Masked keys get a hatched stub and a faded label,
 * the largest weight is emphasised, and a dashed line marks the even spread 1/a over the a allowed keys.
 */
export function RowBars({ row, weights, mask, allowed, argmax }: RowBarsProps) {
  const n = weights.length;
  const bars = useMemo<Bar[]>(
    () => Array.from({ length: n }, (_, j) => ({ j, w: weights[j] as number, masked: mask[j] === 0 })),
    [weights, mask, n],
  );
  const open = useMemo(() => bars.filter((b) => !b.masked), [bars]);
  const maskedKeys = useMemo(() => bars.filter((b) => b.masked).map((b) => b.j), [bars]);
  const x = useMemo(
    () => ({ type: 'band' as const, domain: Array.from({ length: n }, (_, j) => j), padding: 0.28 }),
    [n],
  );
  const classOf = useCallback((d: Bar) => (d.j === argmax ? undefined : styles.bar), [argmax]);
  const even = allowed > 0 ? 1 / allowed : Number.NaN;
  const legend: SwatchItem[] = [
    { label: 'weight', className: styles.barSwatch },
    { label: 'largest' },
    { label: 'masked key', shape: 'hatch' },
    { label: `even spread 1/${allowed || '—'}`, shape: 'dash', color: 'var(--fg)' },
  ];
  return (
    <div className={styles.bars} data-testid="row-bars" data-row={row}>
      <Plot
        label={`Weights of query ${row} over keys 0 to ${n - 1}${
          argmax >= 0
            ? `: largest ${formatNumber(weights[argmax] as number, { digits: 3 })} at key ${argmax}`
            : ': no allowed key, all weights are 0'
        }`}
        x={x}
        y={Y}
        height={180}
        margin={MARGIN}
      >
        <AxisY tickValues={[0, 0.5, 1]} grid />
        <KeyAxis bars={bars} />
        <BarY data={bars} x="j" y="w" classOf={classOf} attrs={barAttrs} />
        <MaskedStubs keys={maskedKeys} />
        <BarValues bars={open} />
        {Number.isFinite(even) ? <RuleY values={[even]} stroke="var(--fg)" strokeWidth={1.2} /> : null}
      </Plot>
      <SwatchLegend items={legend} />
    </div>
  );
}
