'use client';

import { memo, useMemo } from 'react';
import { Button, ParamNumber, ParamSelect, ProgressBar } from '@/components/controls';
import { cx } from '@/components/controls/util';
import { useAfterPaint } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams } from '@/components/figure/store';
import { type TaskPartial, useRun } from '@/components/figure/worker';
import {
  AxisX,
  AxisY,
  Dot,
  Frame,
  Line,
  Plot,
  paddedLogDomain,
  type SwatchItem,
  SwatchLegend,
  TextMark,
  usePlot,
} from '@/components/plot';
import { formatInteger, formatNumber } from '@/lib/format';
import {
  countsThrough,
  DENSE_MATVEC_MAX_N,
  MATVEC_TIMING_ORDERS,
  type MatvecCounts,
  type MatvecTiming,
  matvecCounts,
} from '@/lib/monarch/timing';
import { logLogSlope } from '@/lib/stats';
import { formatBinaryBytes, formatDuration } from './format';
import styles from './MonarchMatvec.module.css';
import type { monarchMatvecParams } from './params';

type P = ParamValues<typeof monarchMatvecParams>;
type Point = TaskPartial<'monarchTiming'>;

/** Timed samples per (n, product), and how long each must last: the worker's defaults, shown in the table. */
const REPEATS = 5;
const SAMPLE_MS = 25;

const COLORS = { dense: 'var(--warn)', monarch: 'var(--accent)', speedup: 'var(--fg)' } as const;
const MARGIN = { top: 10, right: 12, bottom: 36, left: 56 };
const PLOT_HEIGHT = 220;
/** Enough ticks that a log axis labels every decade. */
const DECADES = 12;
/** The speed-up axis spans two decades or less, where decade ticks would crowd: powers of two instead. */
const SPEEDUP_TICKS = [0.125, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256];

/** Every size lib offers, with the last one whose dense matrix is built and the first one whose is not. */
const ALL_COUNTS = MATVEC_TIMING_ORDERS.map(matvecCounts);
const DENSE_CAP = ALL_COUNTS.find((c) => c.n === DENSE_MATVEC_MAX_N) as MatvecCounts;
const BEYOND_CAP = ALL_COUNTS.find((c) => c.n > DENSE_MATVEC_MAX_N) as MatvecCounts;

/** Each marker names its size, for tests and for reading the plot's SVG. */
const markerAttrs = (d: { n: number }) => ({ 'data-n': d.n });
const sizeLabel = (v: number | string) => formatInteger(Number(v));
const timeLabel = (v: number | string) => formatDuration(Number(v));
const speedupLabel = (v: number | string) => `${formatNumber(Number(v), { digits: 3 })}×`;

/** The x axis at the sizes of the run; every other one when a narrow plot would crowd five or more. */
const SizeAxis = memo(function SizeAxis({ sizes }: { sizes: readonly number[] }) {
  const { width } = usePlot();
  const ticks = sizes.filter((_n, i) => width >= 330 || sizes.length < 5 || i % 2 === 1);
  return <AxisX tickValues={ticks} tickFormat={sizeLabel} label="n" grid />;
});

/** Time per product (or, before anything is timed, multiply-adds per product) against n, log–log. */
const TimePlot = memo(function TimePlot({
  counts,
  dense,
  monarch,
  running,
}: {
  counts: readonly MatvecCounts[];
  dense: readonly MatvecTiming[];
  monarch: readonly MatvecTiming[];
  running: boolean;
}) {
  const sizes = useMemo(() => counts.map((c) => c.n), [counts]);
  const x = useMemo(
    () => ({ type: 'log' as const, domain: paddedLogDomain(sizes, [16, 4096], 1.3) }),
    [sizes],
  );
  const theory = useMemo(
    () => ({
      dense: countsThrough(counts, dense, 'dense'),
      // Through the same size as the dense curve: at the size beyond, the factors outgrow the caches.
      monarch: countsThrough(
        counts,
        monarch.filter((t) => t.n <= DENSE_MATVEC_MAX_N),
        'monarch',
      ),
    }),
    [counts, dense, monarch],
  );
  const timed = monarch.length > 0;
  const y = useMemo(
    () => ({
      type: 'log' as const,
      domain: timed
        ? paddedLogDomain(
            [...dense, ...monarch, ...theory.dense, ...theory.monarch].map((p) => p.ms),
            [1e-4, 100],
            1.6,
          )
        : paddedLogDomain(
            counts.flatMap((c) => [c.dense, c.monarch]),
            [10, 1e9],
            1.6,
          ),
    }),
    [timed, dense, monarch, theory, counts],
  );
  const prompt = useMemo(() => [{ n: x.domain[0] * 1.25, v: y.domain[1] / 1.6 }], [x, y]);

  return (
    <Plot
      label={
        timed
          ? `Median time of one product against n on log–log axes: ${dense.length} dense and ${monarch.length} Monarch timings, with the counts n² and 2n^1.5 scaled through the largest n where both were timed`
          : 'Multiply-adds of one product against n on log–log axes: n² for the dense product, 2n^1.5 for the Monarch product'
      }
      x={x}
      y={y}
      height={PLOT_HEIGHT}
      margin={MARGIN}
      exportView
    >
      {timed ? (
        <AxisY label="time" tickFormat={timeLabel} ticks={DECADES} grid />
      ) : (
        <AxisY label="multiply-adds" ticks={DECADES} grid />
      )}
      <SizeAxis sizes={sizes} />
      <Frame />
      {timed ? (
        <>
          <Line data={theory.dense} x="n" y="ms" stroke={COLORS.dense} dash="5 4" strokeWidth={1.2} />
          <Line data={theory.monarch} x="n" y="ms" stroke={COLORS.monarch} dash="5 4" strokeWidth={1.2} />
          <g data-series="dense">
            <Line data={dense} x="n" y="ms" stroke={COLORS.dense} strokeWidth={1.6} />
            <Dot data={dense} x="n" y="ms" symbol="square" r={3.5} fill={COLORS.dense} attrs={markerAttrs} />
          </g>
          <g data-series="monarch">
            <Line data={monarch} x="n" y="ms" stroke={COLORS.monarch} strokeWidth={1.6} />
            <Dot data={monarch} x="n" y="ms" r={4} fill={COLORS.monarch} attrs={markerAttrs} />
          </g>
        </>
      ) : (
        <>
          <Line data={counts} x="n" y="dense" stroke={COLORS.dense} dash="5 4" strokeWidth={1.4} />
          <Line data={counts} x="n" y="monarch" stroke={COLORS.monarch} dash="5 4" strokeWidth={1.4} />
          <TextMark
            data={prompt}
            x="n"
            y="v"
            anchor="start"
            baseline="top"
            text={() => (running ? 'Timing…' : 'Press Run to time both products')}
            fill="var(--fg-muted)"
            fontSize={12}
          />
        </>
      )}
    </Plot>
  );
});

/** Measured speed-up (dense ÷ Monarch) against n beside the counts' √n/2, log–log. */
const SpeedupPlot = memo(function SpeedupPlot({
  counts,
  points,
  running,
}: {
  counts: readonly MatvecCounts[];
  points: readonly Point[];
  running: boolean;
}) {
  const dense = useMemo(() => counts.filter((c) => c.n <= DENSE_MATVEC_MAX_N), [counts]);
  const sizes = useMemo(() => counts.map((c) => c.n), [counts]);
  const measured = useMemo(() => points.filter((p) => Number.isFinite(p.speedup)), [points]);
  const x = useMemo(
    () => ({ type: 'log' as const, domain: paddedLogDomain(sizes, [16, 4096], 1.3) }),
    [sizes],
  );
  const y = useMemo(
    () => ({
      type: 'log' as const,
      domain: paddedLogDomain(
        [...counts.map((c) => c.speedup), ...measured.map((p) => p.speedup)],
        [1, 100],
        1.5,
      ),
    }),
    [counts, measured],
  );
  const prompt = useMemo(() => [{ n: x.domain[0] * 1.25, v: y.domain[1] / 1.5 }], [x, y]);
  return (
    <Plot
      label={`Speed-up of the Monarch product over the dense one against n on log–log axes: ${measured.length} measured, beside √n/2`}
      x={x}
      y={y}
      height={PLOT_HEIGHT}
      margin={MARGIN}
    >
      <AxisY
        label="speed-up"
        tickFormat={speedupLabel}
        tickValues={SPEEDUP_TICKS.filter((t) => t >= y.domain[0] && t <= y.domain[1])}
        grid
      />
      <SizeAxis sizes={sizes} />
      <Frame />
      <Line data={counts} x="n" y="speedup" stroke={COLORS.monarch} dash="5 4" strokeWidth={1.4} />
      <g data-series="speedup">
        <Line data={measured} x="n" y="speedup" stroke={COLORS.speedup} strokeWidth={1.6} />
        <Dot
          data={measured}
          x="n"
          y="speedup"
          symbol="diamond"
          r={4}
          fill={COLORS.speedup}
          attrs={markerAttrs}
        />
      </g>
      {measured.length === 0 ? (
        <TextMark
          data={prompt}
          x="n"
          y="v"
          anchor="start"
          baseline="top"
          text={() =>
            running ? 'Timing…' : `Run to measure it up to n = ${formatInteger(dense.at(-1)?.n ?? 0)}`
          }
          fill="var(--fg-muted)"
          fontSize={12}
        />
      ) : null}
    </Plot>
  );
});

/**
 * The fast Monarch product P(L(P(Rx))) timed against a dense matvec of the same matrix in the worker, for
 * n = 16 up to the largest n chosen: time per product against n beside the operation counts n² and
 * 2n^{1.5}, the measured speed-up beside √n/2, and the largest difference of the two results.
 */
export default function MonarchMatvec() {
  const [{ maxN, seed }] = useWidgetParams<P>();
  const largest = Number(maxN);
  const counts = useMemo(() => ALL_COUNTS.filter((c) => c.n <= largest), [largest]);
  // The plots and the table (a row per size) follow a new largest n once the select has been painted.
  const shownLargest = useAfterPaint(largest);
  const shownCounts = useMemo(() => ALL_COUNTS.filter((c) => c.n <= shownLargest), [shownLargest]);
  // Measurements belong to the settings they were taken with: a change cancels the run and clears them.
  const run = useRun<{ seconds: number }, Point[]>([largest, seed]);
  const points = useMemo(() => run.partial ?? [], [run.partial]);
  const byN = useMemo(() => new Map(points.map((p) => [p.n, p])), [points]);

  const start = () =>
    run.start(async (ctx) => {
      const t0 = performance.now();
      await ctx.task(
        'monarchTiming',
        { orders: counts.map((c) => c.m), seed, repeats: REPEATS, minSampleMs: SAMPLE_MS },
        (fraction, point) => ctx.progress(fraction, point ? (prev) => [...(prev ?? []), point] : undefined),
      );
      return { seconds: (performance.now() - t0) / 1000 };
    });

  // Each product's median times, and power laws fitted to its largest (up to) three sizes: the small sizes
  // are mostly the fixed cost of a call.
  const times = useMemo(
    () => ({
      dense: points.flatMap((p) => (p.dense ? [{ n: p.n, ms: p.dense.ms }] : [])),
      monarch: points.map((p) => ({ n: p.n, ms: p.monarch.ms })),
    }),
    [points],
  );
  const slopes = useMemo(() => {
    const slopeOf = (ts: readonly MatvecTiming[]) =>
      logLogSlope(
        ts.slice(-3).map((t) => t.n),
        ts.slice(-3).map((t) => t.ms),
      );
    return { dense: slopeOf(times.dense), monarch: slopeOf(times.monarch) };
  }, [times]);
  const lastCompared = [...points].reverse().find((p) => Number.isFinite(p.speedup));
  const lastCounts = lastCompared ? counts.find((c) => c.n === lastCompared.n) : undefined;

  useExportData(() => ({
    name: `monarch-matvec-to${largest}-seed${seed}`,
    colLabels: [
      'n',
      'dense multiply-adds (n²)',
      'Monarch multiply-adds (2n^1.5)',
      'dense (ms)',
      'Monarch (ms)',
      'speed-up',
      '√n/2',
      'max |Δ|',
    ],
    rows: counts.map((c) => {
      const p = byN.get(c.n);
      return [
        c.n,
        c.dense,
        c.monarch,
        p?.dense?.ms ?? Number.NaN,
        p?.monarch.ms ?? Number.NaN,
        p?.speedup ?? Number.NaN,
        c.speedup,
        p?.maxDiff ?? Number.NaN,
      ];
    }),
    meta: {
      seed,
      repeats: REPEATS,
      minSampleMs: SAMPLE_MS,
      denseMaxN: DENSE_MATVEC_MAX_N,
      status: run.status,
    },
  }));

  const running = run.status === 'running';
  const timing = counts.find((c) => !byN.has(c.n));
  let statusText: string;
  switch (run.status) {
    case 'idle':
      statusText = `Run times both products for ${counts.length} sizes, n = ${formatInteger(counts[0]?.n ?? 0)} to ${formatInteger(largest)}, in a background worker.`;
      break;
    case 'running':
      statusText = timing
        ? `Timing n = ${formatInteger(timing.n)} (${points.length + 1} of ${counts.length})…`
        : 'Finishing…';
      break;
    case 'done':
      statusText = `Done: ${points.length} sizes in ${formatNumber(run.result?.seconds ?? Number.NaN, { digits: 3 })} s.`;
      break;
    case 'cancelled':
      statusText = `Cancelled after ${points.length} of ${counts.length} sizes.`;
      break;
    case 'error':
      statusText = `The timing failed: ${run.error ?? 'unknown error'}`;
      break;
  }

  const timed = points.length > 0;
  const timeLegend: SwatchItem[] = timed
    ? [
        { label: 'dense M·x', color: COLORS.dense },
        { label: 'Monarch P(L(P(Rx)))', color: COLORS.monarch, shape: 'dot' },
        {
          label: 'n² and 2n√n through the largest n with both timed',
          color: 'var(--fg-muted)',
          shape: 'dash',
        },
      ]
    : [
        { label: 'dense: n²', color: COLORS.dense, shape: 'dash' },
        { label: 'Monarch: 2n√n', color: COLORS.monarch, shape: 'dash' },
      ];
  const speedupLegend: SwatchItem[] = [
    { label: 'measured, dense ÷ Monarch', color: COLORS.speedup, className: styles.diamond },
    { label: 'counts: √n/2', color: COLORS.monarch, shape: 'dash' },
  ];

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSelect name="maxN" />
        <ParamNumber name="seed" />
      </div>

      <div className={styles.runRow}>
        <Button variant="primary" onClick={start} disabled={running}>
          {run.status === 'idle' ? 'Run' : 'Run again'}
        </Button>
        <Button onClick={run.cancel} disabled={!running}>
          Cancel
        </Button>
        <div className={styles.progress}>
          <ProgressBar label={running ? 'Timing' : 'Progress'} value={run.progress} busy={running} />
        </div>
      </div>
      <p className={styles.status} role="status" aria-live="polite" data-status={run.status}>
        {statusText}
      </p>

      <div className={styles.plots}>
        <figure className={styles.plotBox}>
          <figcaption>{timed ? 'Time of one product' : 'Multiply-adds of one product (counts)'}</figcaption>
          <SwatchLegend items={timeLegend} label="Legend of the time plot" />
          <TimePlot counts={shownCounts} dense={times.dense} monarch={times.monarch} running={running} />
        </figure>
        <figure className={styles.plotBox}>
          <figcaption>Speed-up of the Monarch product</figcaption>
          <SwatchLegend items={speedupLegend} label="Legend of the speed-up plot" />
          <SpeedupPlot counts={shownCounts} points={points} running={running} />
        </figure>
      </div>

      <div className={styles.message} data-testid="summary">
        {lastCompared && lastCounts ? (
          <p>
            At n = {formatInteger(lastCompared.n)} the fast product took{' '}
            {formatDuration(lastCompared.monarch.ms)} against{' '}
            {formatDuration(lastCompared.dense?.ms ?? Number.NaN)} for the dense one:{' '}
            <strong>{formatNumber(lastCompared.speedup, { digits: 3 })}× faster</strong>, where the counts
            predict √n/2 = {formatNumber(lastCounts.speedup, { digits: 3 })}×.
            {Number.isFinite(slopes.dense) && Number.isFinite(slopes.monarch) ? (
              <>
                {' '}
                Over the largest sizes timed, the dense time grows as n
                <sup>{formatNumber(slopes.dense, { digits: 2 })}</sup> (count n²) and the Monarch time as n
                <sup>{formatNumber(slopes.monarch, { digits: 2 })}</sup> (count n<sup>1.5</sup>).
              </>
            ) : null}
          </p>
        ) : (
          <p>
            A dense n×n matrix times a vector costs n² multiply-adds; P(L(P(Rx))) costs one per parameter, 2n
            <sup>1.5</sup>, so the counts predict a speed-up of √n/2: {formatInteger(DENSE_CAP.speedup)}× at n
            = {formatInteger(DENSE_CAP.n)}, {formatInteger(BEYOND_CAP.speedup)}× at{' '}
            {formatInteger(BEYOND_CAP.n)}. Press Run to see what this machine does.
          </p>
        )}
        <p className={styles.note}>
          Counts are not times: at small n the fixed cost of a call (allocating the result, starting the
          loops) dominates both products, and at large n the dense matrix no longer fits in the processor’s
          caches and streams from memory, so the measured speed-up can fall below √n/2 at first and rise above
          it later. At n = {formatInteger(BEYOND_CAP.n)} the Monarch factors themselves take{' '}
          {formatBinaryBytes(BEYOND_CAP.monarchBytes)} and stream from memory too.
        </p>
      </div>

      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <section className={styles.tableWrap} aria-label="Timings per size" tabIndex={0}>
        <table className={cx('num-table', styles.table)}>
          <caption>
            Median time of one product (of {REPEATS} samples, each at least {SAMPLE_MS} ms of repeated calls);
            max |Δ| is the largest entry of |P(L(P(Rx))) − M·x|. The dense M is built up to n ={' '}
            {formatInteger(DENSE_CAP.n)} ({formatBinaryBytes(DENSE_CAP.denseBytes)}); at n ={' '}
            {formatInteger(BEYOND_CAP.n)} it would take {formatBinaryBytes(BEYOND_CAP.denseBytes)}, so there
            only the fast product runs.
          </caption>
          <thead>
            <tr>
              <th scope="col">n</th>
              <th scope="col" title="median time of the dense product">
                dense
              </th>
              <th scope="col" title="median time of the Monarch product">
                Monarch
              </th>
              <th scope="col" title="dense time ÷ Monarch time">
                speed-up
              </th>
              <th scope="col" title="the counts' prediction n² / 2n^1.5">
                √n/2
              </th>
              <th scope="col" title="largest entry of |P(L(P(Rx))) − M·x|">
                max |Δ|
              </th>
            </tr>
          </thead>
          <tbody>
            {shownCounts.map((c) => {
              const p = byN.get(c.n);
              const noDense = c.n > DENSE_MATVEC_MAX_N;
              return (
                <tr key={c.n} data-n={c.n}>
                  <td>{formatInteger(c.n)}</td>
                  <td data-col="dense" data-value={p?.dense?.ms ?? ''}>
                    {noDense ? (
                      <span title={`the dense matrix would take ${formatBinaryBytes(c.denseBytes)}`}>
                        not built
                      </span>
                    ) : (
                      formatDuration(p?.dense?.ms ?? Number.NaN)
                    )}
                  </td>
                  <td data-col="monarch" data-value={p?.monarch.ms ?? ''}>
                    {formatDuration(p?.monarch.ms ?? Number.NaN)}
                  </td>
                  <td data-col="speedup">
                    {p && Number.isFinite(p.speedup) ? `${formatNumber(p.speedup, { digits: 3 })}×` : '—'}
                  </td>
                  <td data-col="theory">{formatNumber(c.speedup, { digits: 3 })}×</td>
                  <td data-col="diff" data-value={p && Number.isFinite(p.maxDiff) ? p.maxDiff : ''}>
                    {p && Number.isFinite(p.maxDiff) ? formatNumber(p.maxDiff, { digits: 2 }) : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
