'use client';

import { memo, useEffect, useMemo, useState } from 'react';
import { Button, ParamSelect, ParamSlider, ParamToggle, ProgressBar } from '@/components/controls';
import { cx } from '@/components/controls/util';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import { type ParamValues, sameValue } from '@/components/figure/schema';
import { type TaskOutput, useRun, useTask } from '@/components/figure/worker';
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
import {
  ALWAYS_CAUSAL,
  type MaskKind,
  RACE_METHODS,
  type RaceCost,
  type RaceMethod,
  raceCost,
  raceExponents,
  raceLooksDisturbed,
  theoryThrough,
} from '@/lib/attention';
import { formatInteger, formatNumber } from '@/lib/format';
import styles from './CostRace.module.css';
import { formatBytes, formatMs } from './format';
import { type costRaceParams, RACE_SIZES } from './params';

type P = ParamValues<typeof costRaceParams>;
type Timing = TaskOutput<'costRace'>['points'][number];

/** Up to this largest n (the default) the theory is computed on the page; beyond, in the worker. */
const INLINE_MAX_N = 2048;
/** Up to this n a timed call is cheap enough for more samples. */
const CHEAP_N = 1024;
/** Timed samples per (n, kernel), the median is shown: more where a sample is cheap. */
const repeatsFor = (n: number) => (n <= CHEAP_N ? 5 : 3);

const METHOD_LABELS: Record<RaceMethod, string> = {
  dense: 'dense + mask',
  unmasked: 'dense, no mask',
  sparse: 'sparse kernel',
};
/** Each kernel's colour and marker, the same in both plots and the legend. */
const COLORS: Record<RaceMethod, string> = {
  dense: 'var(--warn)',
  unmasked: 'var(--fg-muted)',
  sparse: 'var(--accent)',
};
const SYMBOLS = { dense: 'square', unmasked: 'triangle', sparse: 'circle' } as const;
const MARKER_R: Record<RaceMethod, number> = { dense: 3.5, unmasked: 4, sparse: 4 };

const LEGEND: SwatchItem[] = [
  { label: METHOD_LABELS.dense, color: COLORS.dense },
  { label: METHOD_LABELS.unmasked, color: COLORS.unmasked, className: styles.triangle },
  { label: METHOD_LABELS.sparse, color: COLORS.sparse, shape: 'dot' },
  { label: 'theory: n² and nnz', color: COLORS.unmasked, shape: 'dash' },
];

const MARGIN = { top: 10, right: 12, bottom: 36, left: 50 };
const PLOT_HEIGHT = 210;
/** Enough ticks that a log axis labels every decade (the plots span at most about seven). */
const DECADES = 12;

/** What a running race has streamed: its steps (fixed when Run is pressed), the one being timed, the timings. */
interface RaceProgress {
  steps: { n: number; method: RaceMethod }[];
  step: number;
  points: Timing[];
}

const markerAttrs = (d: { n: number; method: RaceMethod }) => ({ 'data-method': d.method, 'data-n': d.n });
const sizeLabel = (v: number | string) => formatInteger(Number(v));
const msLabel = (v: number | string) => formatMs(Number(v));
const bytesLabel = (v: number | string) => formatBytes(Number(v));

/** The x axis at the raced sizes; every other one when a narrow plot would crowd six or more. */
const SizeAxis = memo(function SizeAxis({ sizes }: { sizes: readonly number[] }) {
  const { width } = usePlot();
  const ticks = sizes.filter((_n, i) => width >= 330 || sizes.length < 6 || i % 2 === 0);
  return <AxisX tickValues={ticks} tickFormat={sizeLabel} label="sequence length n" grid />;
});

/** One kernel's points (timings or bytes): a line and its markers, grouped by series for tests. */
function Series<D extends { n: number; method: RaceMethod }>({
  id,
  method,
  data,
  y,
}: {
  id: string;
  method: RaceMethod;
  data: readonly D[];
  /** The field of each point that is plotted against n. */
  y: keyof D & string;
}) {
  return (
    <g data-series={id}>
      <Line data={data} x="n" y={y} stroke={COLORS[method]} strokeWidth={1.6} />
      <Dot
        data={data}
        x="n"
        y={y}
        symbol={SYMBOLS[method]}
        r={MARKER_R[method]}
        fill={COLORS[method]}
        attrs={markerAttrs}
      />
    </g>
  );
}

/** The cost race: dense attention (with and without the mask) against the sparse kernel for growing n. */
export default function CostRace() {
  // The costs, plots and table follow a change of the inputs in a deferred render, so the control that
  // changed is painted first; the controls read the live values.
  const [params, live] = useDeferredWidgetParams<P>();
  const { pattern, maxN, d, causal } = params;
  const kind = pattern as MaskKind;
  const largest = Number(maxN);
  const available = useMemo<number[]>(() => RACE_SIZES.filter((n) => n <= largest), [largest]);
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set());
  const sizes = useMemo(() => available.filter((n) => !excluded.has(n)), [available, excluded]);
  // A result belongs to the parameters it was run with: any change cancels the run and clears it.
  const run = useRun<{ seconds: number }, RaceProgress>([kind, largest, d, causal]);

  // Theory for every offered size: pairs in closed form; bytes from the kernels' accounting, which builds the
  // mask's rows (tens of ms at n = 4096): here up to the default largest n, in the worker beyond, where the
  // last costs stay on screen, dimmed, until the new ones land.
  const inline = largest <= INLINE_MAX_N;
  const local = useMemo<RaceCost[] | null>(
    () => (inline ? sizes.map((n) => raceCost(kind, n, { causal })) : null),
    [inline, sizes, kind, causal],
  );
  const job = useTask('race-costs', inline ? null : { kind, sizes, causal });
  const remote = job.data;
  const fresh =
    local ??
    (remote && remote.kind === kind && remote.causal === causal && sameValue(remote.sizes, sizes)
      ? remote.costs
      : null);
  const [kept, setKept] = useState<RaceCost[]>([]);
  useEffect(() => {
    if (fresh) setKept(fresh);
  }, [fresh]);
  const costs = fresh ?? kept;
  const costsStale = fresh === null;

  const start = () => {
    const steps = sizes.flatMap((n) => RACE_METHODS.map((method) => ({ n, method })));
    const fresh: RaceProgress = { steps, step: 0, points: [] };
    run.start(async (ctx) => {
      const t0 = performance.now();
      for (let s = 0; s < steps.length; s++) {
        const { n, method } = steps[s] as { n: number; method: RaceMethod };
        ctx.progress(s / steps.length, (p) => ({ ...(p ?? fresh), step: s }));
        const result = await ctx.task(
          'costRace',
          { pattern: kind, causal, d, sizes: [n], repeats: repeatsFor(n), methods: [method] },
          (f) => ctx.progress((s + f) / steps.length),
        );
        ctx.progress((s + 1) / steps.length, (p) => {
          const prev = p ?? fresh;
          return { ...prev, points: [...prev.points, ...result.points] };
        });
      }
      return { seconds: (performance.now() - t0) / 1000 };
    });
  };

  // Timings of sizes the reader has since left out stay in the run but are not shown.
  const points = run.partial?.points;
  const shown = useMemo(() => (points ?? []).filter((p) => sizes.includes(p.n)), [points, sizes]);
  const byKey = useMemo(() => new Map(shown.map((p) => [`${p.method}|${p.n}`, p])), [shown]);
  const ms = (method: RaceMethod, n: number) => byKey.get(`${method}|${n}`)?.ms ?? Number.NaN;

  const series = useMemo(
    () => RACE_METHODS.map((method) => ({ method, points: shown.filter((p) => p.method === method) })),
    [shown],
  );
  // The theory curves through each kernel's first measured point: n² for dense, nnz for sparse.
  const theory = useMemo(
    () => ({ dense: theoryThrough(costs, shown, 'dense'), sparse: theoryThrough(costs, shown, 'sparse') }),
    [costs, shown],
  );
  const slopes = useMemo(() => raceExponents(shown, costs), [shown, costs]);
  const bytes = useMemo(
    () => ({
      dense: costs.map((c) => ({ n: c.n, method: 'dense' as const, bytes: c.denseBytes })),
      sparse: costs.map((c) => ({ n: c.n, method: 'sparse' as const, bytes: c.sparseBytes })),
    }),
    [costs],
  );

  const x = useMemo(
    () => ({ type: 'log' as const, domain: paddedLogDomain(sizes, [64, 4096], 1.25) }),
    [sizes],
  );
  const yTime = useMemo(
    () => ({
      type: 'log' as const,
      domain: paddedLogDomain(
        [...shown.map((p) => p.ms), ...theory.dense.map((p) => p.ms), ...theory.sparse.map((p) => p.ms)],
        [0.01, 1000],
        1.6,
      ),
    }),
    [shown, theory],
  );
  const yBytes = useMemo(
    () => ({
      type: 'log' as const,
      domain: paddedLogDomain(
        costs.flatMap((c) => [c.denseBytes, c.sparseBytes]),
        [1e3, 1e9],
        1.6,
      ),
    }),
    [costs],
  );
  const middle = useMemo(
    () => [{ n: Math.sqrt(x.domain[0] * x.domain[1]), ms: Math.sqrt(yTime.domain[0] * yTime.domain[1]) }],
    [x, yTime],
  );

  useExportData(() => ({
    name: `cost-race-${pattern}-d${d}${causal ? '-causal' : ''}-to${largest}`,
    colLabels: [
      'n',
      'k',
      'nnz',
      'n²/nnz',
      'dense + mask (ms)',
      'dense, no mask (ms)',
      'sparse (ms)',
      'dense bytes',
      'sparse bytes',
    ],
    rows: costs.map((c) => [
      c.n,
      c.k,
      c.nnz,
      c.speedup,
      ms('dense', c.n),
      ms('unmasked', c.n),
      ms('sparse', c.n),
      c.denseBytes,
      c.sparseBytes,
    ]),
    meta: { pattern, d, causal, repeats: sizes.map(repeatsFor), status: run.status },
  }));

  const running = run.status === 'running';
  const progress = run.partial;
  const current = progress?.steps[progress.step];
  const stepText =
    running && current ? `${METHOD_LABELS[current.method]}, n = ${formatInteger(current.n)}` : '';
  const doneSteps = progress?.points.length ?? 0;
  let statusText: string;
  switch (run.status) {
    case 'idle':
      statusText = `Run times ${sizes.length} sizes × 3 kernels in a background worker.`;
      break;
    case 'running':
      statusText = `Timing ${stepText} (step ${(progress?.step ?? 0) + 1} of ${progress?.steps.length ?? 0})…`;
      break;
    case 'done':
      statusText = `Done: ${doneSteps} timings in ${formatNumber(run.result?.seconds ?? Number.NaN, { digits: 3 })} s.`;
      break;
    case 'cancelled':
      statusText = `Cancelled after ${doneSteps} of ${progress?.steps.length ?? 0} timings.`;
      break;
    case 'error':
      statusText = `The race failed: ${run.error ?? 'unknown error'}`;
      break;
  }

  const last = [...costs].reverse().find((c) => ms('dense', c.n) > 0 && ms('sparse', c.n) > 0);
  const disturbed = run.status === 'done' && last !== undefined && raceLooksDisturbed(slopes, last.n);

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSelect name="pattern" />
        <ParamSelect name="maxN" />
        <ParamSlider name="d" />
        <ParamToggle name="causal" forced={ALWAYS_CAUSAL.has(live.pattern as MaskKind) ? true : undefined} />
      </div>

      <fieldset className={styles.sizes} disabled={running}>
        <legend>Sizes n (k = round(√n))</legend>
        {available.map((n) => {
          const on = !excluded.has(n);
          return (
            <button
              key={n}
              type="button"
              aria-pressed={on}
              className={styles.chip}
              onClick={() =>
                setExcluded((prev) => {
                  const next = new Set(prev);
                  if (on) next.add(n);
                  else next.delete(n);
                  return next;
                })
              }
            >
              {formatInteger(n)}
            </button>
          );
        })}
      </fieldset>

      <div className={styles.runRow}>
        <Button variant="primary" onClick={start} disabled={running || sizes.length === 0}>
          {run.status === 'idle' ? 'Run' : 'Run again'}
        </Button>
        <Button onClick={run.cancel} disabled={!running}>
          Cancel
        </Button>
        <div className={styles.progress}>
          <ProgressBar label={running ? stepText : 'Progress'} value={run.progress} busy={running} />
        </div>
      </div>
      <p className={styles.status} role="status" aria-live="polite" data-status={run.status}>
        {sizes.length === 0 ? 'Pick at least one size to race.' : statusText}
      </p>

      <SwatchLegend items={LEGEND} label="Legend" />

      <div className={styles.plots}>
        <figure className={styles.plotBox}>
          <figcaption>Time of one call (ms)</figcaption>
          <Plot
            label={`Measured time against n on log–log axes: ${shown.length} timings`}
            x={x}
            y={yTime}
            height={PLOT_HEIGHT}
            margin={MARGIN}
            exportView
          >
            <AxisY label="ms" tickFormat={msLabel} ticks={DECADES} grid />
            <SizeAxis sizes={sizes} />
            <Frame />
            <Line data={theory.dense} x="n" y="ms" stroke={COLORS.dense} dash="5 4" strokeWidth={1.2} />
            <Line data={theory.sparse} x="n" y="ms" stroke={COLORS.sparse} dash="5 4" strokeWidth={1.2} />
            {series.map((s) => (
              <Series key={s.method} id={s.method} method={s.method} data={s.points} y="ms" />
            ))}
            {shown.length === 0 ? (
              <TextMark
                data={middle}
                x="n"
                y="ms"
                text={() => (running ? 'Timing…' : 'Press Run to time the kernels')}
                fill="var(--fg-muted)"
                fontSize={12}
              />
            ) : null}
          </Plot>
        </figure>
        <figure className={styles.plotBox}>
          <figcaption>Score storage (bytes)</figcaption>
          <Plot
            label="Bytes of score storage against n on log–log axes, dense and sparse"
            x={x}
            y={yBytes}
            height={PLOT_HEIGHT}
            margin={MARGIN}
          >
            <AxisY label="bytes" tickFormat={bytesLabel} ticks={DECADES} grid />
            <SizeAxis sizes={sizes} />
            <Frame />
            <Series id="dense-bytes" method="dense" data={bytes.dense} y="bytes" />
            <Series id="sparse-bytes" method="sparse" data={bytes.sparse} y="bytes" />
          </Plot>
        </figure>
      </div>

      <div className={styles.message}>
        <p>
          <strong>Masking alone saves nothing; the sparse kernel does.</strong>{' '}
          {Number.isFinite(slopes.dense) && Number.isFinite(slopes.sparse) ? (
            <>
              Over the largest (up to three) sizes timed, dense attention grows as n
              <sup>{formatNumber(slopes.dense, { digits: 2 })}</sup> with the mask and n
              <sup>{formatNumber(slopes.unmasked, { digits: 2 })}</sup> without it; the sparse kernel grows as
              n<sup>{formatNumber(slopes.sparse, { digits: 2 })}</sup>, like its pair count nnz ∝ n
              <sup>{formatNumber(slopes.nnz, { digits: 2 })}</sup>.
            </>
          ) : (
            <>
              Dense attention computes, normalises and stores all n² scores whether or not a mask zeroes most
              of them; the sparse kernel visits only the nnz allowed pairs.
            </>
          )}
          {last ? (
            <>
              {' '}
              At n = {formatInteger(last.n)} the sparse kernel is{' '}
              {formatNumber(ms('dense', last.n) / ms('sparse', last.n), { digits: 3 })}× faster than dense +
              mask; the pair count predicts n²/nnz = {formatNumber(last.speedup, { digits: 3 })}×.
            </>
          ) : null}
        </p>
        {disturbed ? (
          <p className={styles.note} data-testid="disturbed">
            These exponents are far from 2 and from nnz’s: other programs were probably using the processor
            during the race. Run it again when the machine is idle for cleaner curves.
          </p>
        ) : null}
        <p className={styles.note}>
          Dense + mask can run a little faster than dense without a mask only because our dense kernel skips
          multiplying rows of V by weights that are exactly zero; it still computes, normalises and stores
          every score (17n² bytes), so its time and memory grow as n² all the same.
        </p>
      </div>

      <div
        className={cx(styles.tableWrap, costsStale && 'result-stale')}
        data-stale={costsStale ? '' : undefined}
      >
        <table className={cx('num-table', styles.table)}>
          <caption>
            Median time of one call in ms (of {repeatsFor(CHEAP_N)} samples up to n = {formatInteger(CHEAP_N)}
            , {repeatsFor(CHEAP_N + 1)} above); speed-up = dense ÷ sparse, against the pair count's n²/nnz.
          </caption>
          <thead>
            <tr>
              <th scope="col">n</th>
              <th scope="col">k</th>
              <th scope="col">nnz</th>
              <th scope="col" title="dense attention with the mask, ms">
                dense
              </th>
              <th scope="col" title="dense attention without a mask, ms">
                no mask
              </th>
              <th scope="col" title="sparse kernel, ms">
                sparse
              </th>
              <th scope="col" title="dense + mask time ÷ sparse time">
                speed-up
              </th>
              <th scope="col" title="the pair count's prediction of the speed-up">
                n²/nnz
              </th>
            </tr>
          </thead>
          <tbody>
            {costs.map((c) => {
              const dense = ms('dense', c.n);
              const sparse = ms('sparse', c.n);
              return (
                <tr key={c.n} data-n={c.n}>
                  <td>{formatInteger(c.n)}</td>
                  <td>{c.k}</td>
                  <td data-col="nnz">{formatInteger(c.nnz)}</td>
                  <td data-col="dense">{formatMs(dense)}</td>
                  <td data-col="unmasked">{formatMs(ms('unmasked', c.n))}</td>
                  <td data-col="sparse">{formatMs(sparse)}</td>
                  <td data-col="speedup">
                    {Number.isFinite(dense / sparse)
                      ? `${formatNumber(dense / sparse, { digits: 3 })}×`
                      : '—'}
                  </td>
                  <td data-col="theory">{formatNumber(c.speedup, { digits: 3 })}×</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
