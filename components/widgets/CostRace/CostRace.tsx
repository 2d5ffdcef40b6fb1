'use client';

import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, ProgressBar, Select, Slider, Toggle } from '@/components/controls';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams } from '@/components/figure/store';
import { CancelledError, runTask, type TaskInput, type TaskOutput } from '@/components/figure/worker';

type RaceMethod = NonNullable<TaskInput<'costRace'>['methods']>[number];
type CostRacePoint = TaskOutput<'costRace'>['points'][number];

import { useElementWidth } from '@/components/plot/hooks';
import { attentionMemory, attentionRowLists, expectedNnz, longestRow, type MaskKind } from '@/lib/attention';
import { formatInteger, formatNumber } from '@/lib/format';
import { logLogSlope } from '@/lib/stats';
import styles from './CostRace.module.css';
import { decadeTicks, type Frame, formatBytes, formatMs, frameFor, logScale, pathThrough } from './draw';
import { type costRaceParams, RACE_SIZES } from './params';

type P = ParamValues<typeof costRaceParams>;

/** Timed samples per (n, kernel), the median is shown: more where a sample is cheap. */
const repeatsFor = (n: number) => (n <= 1024 ? 5 : 3);
/** The order each n is timed in. */
const METHODS: readonly RaceMethod[] = ['dense', 'unmasked', 'sparse'];

const methodLabel: Record<RaceMethod, string> = {
  dense: 'dense + mask',
  unmasked: 'dense, no mask',
  sparse: 'sparse kernel',
};

const patternLabels: Record<P['pattern'], string> = {
  local: 'Local (|i−j| ≤ k)',
  atrous: 'Atrous ((i−j) mod k = 0)',
  sparse: 'Sparse (local ∪ atrous)',
  strided: 'Strided (Child et al., causal)',
  fixed: 'Fixed (Child et al., causal)',
};

/** One size's theory, known before anything is timed. */
interface SizeRow {
  n: number;
  k: number;
  nnz: number;
  theory: number;
  denseBytes: number;
  sparseBytes: number;
}

type Status = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

interface RunState {
  status: Status;
  points: CostRacePoint[];
  /** Index of the (n, kernel) step being timed, and how many there are. */
  step: number;
  total: number;
  progress: number;
  /** The sizes and kernels of this run, in order (fixed when Run is pressed). */
  steps: { n: number; method: RaceMethod }[];
  error: string | null;
  seconds: number;
}

const idle: RunState = {
  status: 'idle',
  points: [],
  step: 0,
  total: 0,
  progress: 0,
  steps: [],
  error: null,
  seconds: 0,
};

function Marker({ method, x, y, n }: { method: RaceMethod; x: number; y: number; n: number }) {
  const common = { 'data-method': method, 'data-n': n, className: styles[method] };
  if (method === 'sparse') return <circle cx={x} cy={y} r={4} {...common} />;
  if (method === 'dense') return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} {...common} />;
  return <path d={`M${x},${y - 4.5}L${x + 4.5},${y + 3.5}L${x - 4.5},${y + 3.5}Z`} {...common} />;
}

/** Axes of a log–log plot: ticks and labels drawn as JSX. */
function Axes({
  frame,
  x,
  y,
  xTicks,
  yTicks,
  yFormat,
  xTitle,
  yTitle,
}: {
  frame: Frame;
  x: (v: number) => number;
  y: (v: number) => number;
  xTicks: number[];
  yTicks: number[];
  yFormat: (v: number) => string;
  xTitle: string;
  yTitle: string;
}) {
  const { width, height, left, right, top, bottom } = frame;
  return (
    <g className={styles.axes}>
      {yTicks.map((t) => (
        <g key={`y${t}`} transform={`translate(0,${y(t)})`}>
          <line x1={left} x2={width - right} className={styles.grid} />
          <text x={left - 5} dy="0.32em" textAnchor="end">
            {yFormat(t)}
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <g key={`x${t}`} transform={`translate(${x(t)},0)`}>
          <line y1={top} y2={height - bottom} className={styles.grid} />
          <text y={height - bottom + 13} textAnchor="middle">
            {formatInteger(t)}
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

function Plot({
  label,
  frame,
  children,
  exportable,
}: {
  label: string;
  frame: Frame;
  children: ReactNode;
  exportable?: boolean;
}) {
  return (
    <svg
      className={styles.plot}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      width={frame.width}
      height={frame.height}
      role="img"
      aria-label={label}
      data-export={exportable ? '' : undefined}
    >
      {children}
    </svg>
  );
}

/** The cost race: dense attention (with and without the mask) against the sparse kernel for growing n. */
export default function CostRace() {
  const [params, setParam] = useWidgetParams<P>();
  const { pattern, maxN, d, causal } = params;
  const kind = pattern as MaskKind;
  const largest = Number(maxN);
  const available = useMemo<number[]>(() => RACE_SIZES.filter((n) => n <= largest), [largest]);
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set());
  const sizes = useMemo(() => available.filter((n) => !excluded.has(n)), [available, excluded]);
  const [run, setRun] = useState<RunState>(idle);
  const controller = useRef<AbortController | null>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef);

  // Theory for every offered size: pairs in closed form; bytes from the kernels' accounting.
  const rows = useMemo<SizeRow[]>(
    () =>
      sizes.map((n) => {
        const k = Math.max(1, Math.round(Math.sqrt(n)));
        const longest = longestRow(attentionRowLists(kind, n, { k, causal }));
        const nnz = expectedNnz(kind, n, { k, causal });
        return {
          n,
          k,
          nnz,
          theory: (n * n) / nnz,
          denseBytes: attentionMemory('dense', n, nnz).total,
          sparseBytes: attentionMemory('sparse', n, nnz, { longestRow: longest }).total,
        };
      }),
    [sizes, kind, causal],
  );

  // A result belongs to the parameters it was run with: any change cancels the run and clears it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the parameters are the trigger.
  useEffect(() => {
    controller.current?.abort();
    setRun(idle);
  }, [kind, largest, d, causal]);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async () => {
    controller.current?.abort();
    const mine = new AbortController();
    controller.current = mine;
    const steps = sizes.flatMap((n) => METHODS.map((method) => ({ n, method })));
    const t0 = performance.now();
    setRun({ ...idle, status: 'running', total: steps.length, steps });
    for (let s = 0; s < steps.length; s++) {
      const { n, method } = steps[s] as { n: number; method: RaceMethod };
      setRun((r) => ({ ...r, step: s, progress: s / steps.length }));
      try {
        const result = await runTask(
          'costRace',
          { pattern: kind, causal, d, sizes: [n], repeats: repeatsFor(n), methods: [method] },
          {
            signal: mine.signal,
            onProgress: (f) =>
              setRun((r) => (r.status === 'running' ? { ...r, progress: (s + f) / steps.length } : r)),
          },
        );
        if (mine.signal.aborted) return;
        setRun((r) => ({ ...r, points: [...r.points, ...result.points] }));
      } catch (err) {
        if (err instanceof CancelledError || mine.signal.aborted) return;
        setRun((r) => ({ ...r, status: 'error', error: err instanceof Error ? err.message : String(err) }));
        return;
      }
    }
    setRun((r) => ({
      ...r,
      status: 'done',
      step: steps.length,
      progress: 1,
      seconds: (performance.now() - t0) / 1000,
    }));
  }, [sizes, kind, causal, d]);

  const cancel = useCallback(() => {
    controller.current?.abort();
    setRun((r) => (r.status === 'running' ? { ...r, status: 'cancelled' } : r));
  }, []);

  // Timings of sizes the reader has since left out stay in the run but are not shown.
  const shown = useMemo(() => run.points.filter((p) => sizes.includes(p.n)), [run.points, sizes]);
  const byKey = useMemo(() => {
    const map = new Map<string, CostRacePoint>();
    for (const p of shown) map.set(`${p.method}|${p.n}`, p);
    return map;
  }, [shown]);
  const ms = (method: RaceMethod, n: number) => byKey.get(`${method}|${n}`)?.ms ?? Number.NaN;

  // Measured series and the theory curves through each kernel's first measured point.
  const series = useMemo(
    () =>
      METHODS.map((method) => ({
        method,
        points: shown.filter((p) => p.method === method).map((p) => [p.n, p.ms] as const),
      })),
    [shown],
  );
  const theory = useMemo(() => {
    const through = (method: RaceMethod, count: (r: SizeRow) => number) => {
      const first = shown.find((p) => p.method === method);
      const row = first && rows.find((r) => r.n === first.n);
      if (!first || !row || !(first.ms > 0)) return [];
      const c = first.ms / count(row);
      return rows.map((r) => [r.n, c * count(r)] as const);
    };
    return { dense: through('dense', (r) => r.n * r.n), sparse: through('sparse', (r) => r.nnz) };
  }, [shown, rows]);

  const slopes = useMemo(() => {
    const slopeOf = (method: RaceMethod) => {
      // The largest three sizes: at small n fixed per-call costs flatten the curves.
      const s = (series.find((x) => x.method === method)?.points ?? []).slice(-3);
      return logLogSlope(
        s.map((p) => p[0]),
        s.map((p) => p[1]),
      );
    };
    return {
      dense: slopeOf('dense'),
      unmasked: slopeOf('unmasked'),
      sparse: slopeOf('sparse'),
      nnz: logLogSlope(
        rows.slice(-3).map((r) => r.n),
        rows.slice(-3).map((r) => r.nnz),
      ),
    };
  }, [series, rows]);

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
    rows: rows.map((r) => [
      r.n,
      r.k,
      r.nnz,
      r.theory,
      ms('dense', r.n),
      ms('unmasked', r.n),
      ms('sparse', r.n),
      r.denseBytes,
      r.sparseBytes,
    ]),
    meta: { pattern, d, causal, repeats: sizes.map(repeatsFor), status: run.status },
  }));

  const wide = width >= 640;
  const plotWidth = Math.max(240, Math.floor(wide ? (width - 16) / 2 : width || 340));
  const frame = frameFor(plotWidth);
  const xs = logScale(
    rows.map((r) => r.n),
    [frame.left, frame.width - frame.right],
    [64, 4096],
    1.25,
  );
  const timeValues = [
    ...shown.map((p) => p.ms),
    ...theory.dense.map((p) => p[1]),
    ...theory.sparse.map((p) => p[1]),
  ];
  const ysTime = logScale(timeValues, [frame.height - frame.bottom, frame.top], [0.01, 1000]);
  const ysBytes = logScale(
    rows.flatMap((r) => [r.denseBytes, r.sparseBytes]),
    [frame.height - frame.bottom, frame.top],
    [1e3, 1e9],
  );
  const xTicks = rows
    .map((r) => r.n)
    .filter((_n, i, all) => plotWidth >= 330 || all.length < 6 || i % 2 === 0);

  const current = run.steps[run.step];
  const stepText =
    run.status === 'running' && current
      ? `${methodLabel[current.method]}, n = ${formatInteger(current.n)}`
      : '';
  const doneSteps = run.points.length;
  let statusText: string;
  switch (run.status) {
    case 'idle':
      statusText = `Run times ${sizes.length} sizes × 3 kernels in a background worker.`;
      break;
    case 'running':
      statusText = `Timing ${stepText} (step ${run.step + 1} of ${run.total})…`;
      break;
    case 'done':
      statusText = `Done: ${doneSteps} timings in ${formatNumber(run.seconds, { digits: 3 })} s.`;
      break;
    case 'cancelled':
      statusText = `Cancelled after ${doneSteps} of ${run.total} timings.`;
      break;
    case 'error':
      statusText = `The race failed: ${run.error ?? 'unknown error'}`;
      break;
  }

  const last = [...rows].reverse().find((r) => ms('dense', r.n) > 0 && ms('sparse', r.n) > 0);
  // From n = 1024 on, a quiet machine gives dense exponents near 2 and a sparse one near nnz's; far from
  // that, other programs were competing for the processor while it timed.
  const nearSquare = (p: number) => p > 1.7 && p < 2.4;
  const disturbed =
    run.status === 'done' &&
    last !== undefined &&
    last.n >= 1024 &&
    !(nearSquare(slopes.dense) && nearSquare(slopes.unmasked) && Math.abs(slopes.sparse - slopes.nnz) < 0.35);
  const running = run.status === 'running';

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <Select
          label="Pattern"
          value={pattern}
          options={Object.entries(patternLabels).map(([value, label]) => ({ value, label }))}
          onChange={(v) => setParam('pattern', v as P['pattern'])}
        />
        <Select
          label="Largest n"
          value={maxN}
          options={['128', '256', '512', '1024', '2048', '4096'].map((v) => ({
            value: v,
            label: formatInteger(Number(v)),
          }))}
          onChange={(v) => setParam('maxN', v as P['maxN'])}
        />
        <Slider label="Head size d" value={d} min={4} max={128} step={4} onChange={(v) => setParam('d', v)} />
        <Toggle
          label="Causal"
          checked={causal || pattern === 'strided' || pattern === 'fixed'}
          disabled={pattern === 'strided' || pattern === 'fixed'}
          onChange={(v) => setParam('causal', v)}
        />
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
        <Button onClick={cancel} disabled={!running}>
          Cancel
        </Button>
        <div className={styles.progress}>
          <ProgressBar label={running ? stepText : 'Progress'} value={run.progress} />
        </div>
      </div>
      <p className={styles.status} role="status" aria-live="polite" data-status={run.status}>
        {sizes.length === 0 ? 'Pick at least one size to race.' : statusText}
      </p>

      <ul className={styles.legend} aria-label="Legend">
        {METHODS.map((m) => (
          <li key={m}>
            <svg width="16" height="12" aria-hidden="true">
              <Marker method={m} x={8} y={6} n={0} />
            </svg>
            {methodLabel[m]}
          </li>
        ))}
        <li>
          <svg width="22" height="12" aria-hidden="true">
            <line x1="1" x2="21" y1="6" y2="6" className={styles.theoryLine} />
          </svg>
          theory: n² and nnz
        </li>
      </ul>

      <div className={styles.plots} ref={viewRef}>
        <figure className={styles.plotBox}>
          <figcaption>Time of one call (ms)</figcaption>
          <Plot
            frame={frame}
            exportable
            label={`Measured time against n on log–log axes: ${shown.length} timings`}
          >
            <Axes
              frame={frame}
              x={xs}
              y={ysTime}
              xTicks={xTicks}
              yTicks={decadeTicks(ysTime)}
              yFormat={formatMs}
              xTitle="sequence length n"
              yTitle="ms"
            />
            <path
              d={pathThrough(theory.dense, xs, ysTime)}
              className={`${styles.theory} ${styles.denseLine}`}
            />
            <path
              d={pathThrough(theory.sparse, xs, ysTime)}
              className={`${styles.theory} ${styles.sparseLine}`}
            />
            {series.map((s) => (
              <g key={s.method} data-series={s.method}>
                <path d={pathThrough(s.points, xs, ysTime)} className={styles[`${s.method}Line`]} />
                {s.points.map(([n, t]) =>
                  // A time of 0 (below the clock's resolution) has no place on a log axis.
                  t > 0 && Number.isFinite(t) ? (
                    <Marker key={n} method={s.method} x={xs(n)} y={ysTime(t)} n={n} />
                  ) : null,
                )}
              </g>
            ))}
            {shown.length === 0 ? (
              <text
                x={(frame.left + frame.width - frame.right) / 2}
                y={(frame.top + frame.height - frame.bottom) / 2}
                textAnchor="middle"
                className={styles.empty}
              >
                {running ? 'Timing…' : 'Press Run to time the kernels'}
              </text>
            ) : null}
          </Plot>
        </figure>
        <figure className={styles.plotBox}>
          <figcaption>Score storage (bytes)</figcaption>
          <Plot frame={frame} label="Bytes of score storage against n on log–log axes, dense and sparse">
            <Axes
              frame={frame}
              x={xs}
              y={ysBytes}
              xTicks={xTicks}
              yTicks={decadeTicks(ysBytes)}
              yFormat={formatBytes}
              xTitle="sequence length n"
              yTitle="bytes"
            />
            {(['dense', 'sparse'] as const).map((m) => {
              const pts = rows.map((r) => [r.n, m === 'dense' ? r.denseBytes : r.sparseBytes] as const);
              return (
                <g key={m} data-series={`${m}-bytes`}>
                  <path d={pathThrough(pts, xs, ysBytes)} className={styles[`${m}Line`]} />
                  {pts.map(([n, b]) => (
                    <Marker key={n} method={m} x={xs(n)} y={ysBytes(b)} n={n} />
                  ))}
                </g>
              );
            })}
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
              mask; the pair count predicts n²/nnz = {formatNumber(last.theory, { digits: 3 })}×.
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

      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>
            Median time of one call in ms (of 5 samples up to n = 1,024, 3 above); speed-up = dense ÷ sparse,
            against the pair count's n²/nnz.
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
            {rows.map((r) => {
              const dense = ms('dense', r.n);
              const sparse = ms('sparse', r.n);
              return (
                <tr key={r.n} data-n={r.n}>
                  <td>{formatInteger(r.n)}</td>
                  <td>{r.k}</td>
                  <td data-col="nnz">{formatInteger(r.nnz)}</td>
                  <td data-col="dense">{formatMs(dense)}</td>
                  <td data-col="unmasked">{formatMs(ms('unmasked', r.n))}</td>
                  <td data-col="sparse">{formatMs(sparse)}</td>
                  <td data-col="speedup">
                    {Number.isFinite(dense / sparse)
                      ? `${formatNumber(dense / sparse, { digits: 3 })}×`
                      : '—'}
                  </td>
                  <td data-col="theory">{formatNumber(r.theory, { digits: 3 })}×</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
