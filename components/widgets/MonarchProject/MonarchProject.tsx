'use client';

import { quantize } from 'd3-interpolate';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { Button, ParamNumber, ParamSelect, ParamSlider, ProgressBar } from '@/components/controls';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useParam, useWidgetStore, type WidgetState } from '@/components/figure/store';
import { type RunContext, type TaskOutput, useRun, useTask } from '@/components/figure/worker';
import {
  AxisX,
  AxisY,
  type ColorScale,
  Dot,
  divergingColor,
  Frame,
  Heatmap,
  Line,
  Plot,
  RampLegend,
  Readout,
  Rect,
  RuleX,
  SERIES,
  SwatchLegend,
  sequentialColor,
  steppedColor,
  useElementWidth,
  usePlotTheme,
} from '@/components/plot';
import { cellAt, gridBand } from '@/components/views/svd/grid';
import { Spectrum } from '@/components/views/svd/Spectrum';
import { formatInteger, formatNumber } from '@/lib/format';
import { maxAbs } from '@/lib/linalg/norms';
import { SWEEP_DENSITIES, SWEEP_SEEDS, type SweepPoint } from '@/lib/monarch/compare';
import { inputControls, projectTaskInput, sliceAfterKey } from './inputs';
import styles from './MonarchProject.module.css';
import type { monarchProjectParams } from './params';

type P = ParamValues<typeof monarchProjectParams>;
type Projection = TaskOutput<'monarch-project'>;
type Sweep = TaskOutput<'monarch-sweep'>;

const MONARCH_COLOR = SERIES[0];
const LOW_RANK_COLOR = SERIES[1];
const GAP = 12;
/** Matrices with more cells than this are painted as one raster (n ≥ 49). */
const SVG_CELLS = 1600;

const pct = (v: number) => formatNumber(v, { style: 'percent', digits: 3 });
/** Relative errors below 10⁻¹² are rounding: say so instead of printing 1e-14 %. */
const pctError = (v: number) => (v < 1e-12 ? '0% (to rounding)' : pct(v));
const fmt = (v: number) => formatNumber(v, { digits: 3 });

/** `scale` sampled at 256 levels over [lo, hi], so painting a raster parses 256 colours, not one per cell. */
function sampled(scale: ColorScale, lo: number, hi: number): ColorScale {
  return steppedColor(
    quantize((t: number) => scale(lo + t * (hi - lo)), 256),
    lo,
    hi,
  );
}

/** One n×n matrix as a heatmap of `size` px (memoised: a render for the controls alone skips it). */
const MatrixPanel = memo(function MatrixPanel({
  values,
  n,
  size,
  color,
  label,
  testId,
  exportView,
}: {
  values: Float64Array;
  n: number;
  size: number;
  color: ColorScale;
  label: string;
  testId: string;
  exportView?: boolean;
}) {
  const band = useMemo(() => gridBand(n), [n]);
  return (
    <Plot
      label={label}
      testId={testId}
      x={band}
      y={band}
      width={size}
      height={size}
      margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
      exportView={exportView}
    >
      <Heatmap values={values} rows={n} cols={n} color={color} svgLimit={SVG_CELLS} />
      <Frame />
    </Plot>
  );
});

/**
 * The m×m grid of per-slice errors, slice (i, b) in row i and column b, the selected one outlined; a click
 * selects a slice, and the focusable wrapper moves the selection with the arrow keys.
 */
const SliceGrid = memo(function SliceGrid({
  errors,
  m,
  slice,
  color,
  size,
  onSelect,
}: {
  errors: Float64Array;
  m: number;
  slice: number;
  color: ColorScale;
  size: number;
  onSelect: (slice: number) => void;
}) {
  const band = useMemo(() => gridBand(m), [m]);
  const i = Math.floor(slice / m);
  const b = slice % m;
  const text = useCallback((v: number) => formatNumber(v, { style: 'fixed', digits: 2 }), []);
  const attrs = useCallback(
    (v: number, r: number, c: number) => ({ 'data-slice': r * m + c, 'data-value': String(v) }),
    [m],
  );
  return (
    <div
      className={styles.sliceGrid}
      role="slider"
      tabIndex={0}
      aria-label={`Error of each of the ${m * m} slices; arrow keys move the selected slice (up and down: i, left and right: b)`}
      aria-valuemin={0}
      aria-valuemax={m * m - 1}
      aria-valuenow={slice}
      aria-valuetext={`slice (i = ${i}, b = ${b}), error ${formatNumber(errors[slice] ?? 0, { digits: 3 })}`}
      data-testid="slice-grid"
      onKeyDown={(e) => {
        const next = sliceAfterKey(slice, m, e.key);
        if (next === null) return;
        e.preventDefault();
        onSelect(next);
      }}
    >
      <Plot
        label={`Per-slice errors, ${m}×${m}`}
        testId="slice-errors"
        x={band}
        y={band}
        width={size + 34}
        height={size + 30}
        margin={{ top: 4, right: 4, bottom: 26, left: 30 }}
        onClick={(p) => {
          const cell = cellAt(p);
          if (cell) onSelect(cell.i * m + cell.j);
        }}
      >
        <Heatmap
          values={errors}
          rows={m}
          cols={m}
          color={color}
          cellText={m <= 6 ? text : undefined}
          cellAttrs={attrs}
          testId="slice-cells"
        />
        <Rect x1={b} y1={i} className={styles.selected} testId="selected-slice" />
        <AxisX label="column block b" />
        <AxisY label="row i mod m" />
      </Plot>
    </div>
  );
});

/** The sweep before its first point (one array, so the memoised plot skips a render for the controls). */
const NO_POINTS: readonly SweepPoint[] = [];

const densityTick = (v: number | string) => formatNumber(Number(v), { style: 'percent', digits: 2 });
const percentTick = (v: number | string) => `${Math.round(Number(v) * 100)}%`;
const dotTitle = (which: 'monarch' | 'lowRank') => (d: SweepPoint) =>
  `ρ = ${densityTick(d.density)}: ${which === 'monarch' ? 'Monarch' : 'rank m'} ${pct(d[which])}`;
const monarchTitle = dotTitle('monarch');
const lowRankTitle = dotTitle('lowRank');
const pointAttrs = (d: SweepPoint) => ({ 'data-density': d.density });

/** Mean relative error against density (log x) for both families, as far as the sweep has got. */
const SweepPlot = memo(function SweepPlot({
  points,
  m,
  density,
}: {
  points: readonly SweepPoint[];
  m: number;
  density: number | null;
}) {
  const lo = Math.min(...SWEEP_DENSITIES);
  return (
    <Plot
      label={`Mean relative error of the Monarch projection and of the rank-${m} fit against the density of sparse Gaussian ${m * m}×${m * m} matrices`}
      testId="sweep-plot"
      x={{ type: 'log', domain: [lo, 1] }}
      y={{ domain: [0, 1] }}
      height={220}
      margin={{ left: 46, right: 12 }}
      exportView
    >
      <AxisX
        label="density ρ (log)"
        grid
        tickValues={[0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]}
        tickFormat={densityTick}
      />
      <AxisY label="relative error" grid tickValues={[0, 0.25, 0.5, 0.75, 1]} tickFormat={percentTick} />
      {density !== null ? <RuleX values={[density]} dash="3 3" testId="density-rule" /> : null}
      <Line data={points} x="density" y="lowRank" stroke={LOW_RANK_COLOR} strokeWidth={1.6} />
      <Line data={points} x="density" y="monarch" stroke={MONARCH_COLOR} strokeWidth={1.6} />
      <Dot
        data={points}
        x="density"
        y="lowRank"
        fill={LOW_RANK_COLOR}
        symbol="square"
        titleOf={lowRankTitle}
        attrs={pointAttrs}
      />
      <Dot
        data={points}
        x="density"
        y="monarch"
        fill={MONARCH_COLOR}
        titleOf={monarchTitle}
        attrs={pointAttrs}
      />
    </Plot>
  );
});

/**
 * Projects a matrix onto the Monarch family and onto rank m (the same 2m³ numbers) in the worker: both
 * relative errors, the per-slice errors as a heatmap, the spectrum of a chosen slice (σ₁ is what Monarch keeps),
 * the matrix and both fits side by side, and both errors against the density of sparse matrices (a sweep over
 * seeded matrices, streamed point by point).
 */
export default function MonarchProject() {
  // The readouts, plots and worker jobs follow a change in a deferred render, so the control that changed is
  // painted first; the controls read the live values.
  const [params, live, setParam] = useDeferredWidgetParams<P>();
  const uses = inputControls(live.input);
  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSelect name="input" />
        <ParamSlider name="m" format={(v) => `${v} (n = ${v * v})`} />
        {uses.density ? (
          <ParamSlider name="density" format={(v) => formatNumber(v, { style: 'percent', digits: 3 })} />
        ) : null}
        {uses.rank ? <ParamSlider name="rank" max={live.m * live.m} /> : null}
        {uses.noise ? <ParamSlider name="noise" /> : null}
        {uses.seed ? <ParamNumber name="seed" /> : null}
      </div>
      <ProjectView params={params} setParam={setParam} />
    </div>
  );
}

/**
 * Everything below the controls, drawn from the deferred parameters (memoised: a render for a control alone
 * skips it). The selected slice is read live: the slice grid is itself a control and steps from it.
 */
const ProjectView = memo(function ProjectView({
  params,
  setParam,
}: {
  params: P;
  setParam: WidgetState<P>['setParam'];
}) {
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const [liveSlice] = useParam<P, 'slice'>('slice');
  const { input, m, density } = params;
  const theme = usePlotTheme();
  const viewRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef);

  const { noise, rank, seed } = params;
  const taskInput = useMemo(
    () => projectTaskInput({ input, m, density, noise, rank, seed }),
    [input, m, density, noise, rank, seed],
  );
  const job = useTask('monarch-project', taskInput);
  const data: Projection | null = job.data;
  const stale = job.pending || (data !== null && data.input.m !== m);
  const mm = data ? data.input.m : m;
  const n = mm * mm;
  const slice = Math.max(0, Math.min(mm * mm - 1, liveSlice));
  const si = Math.floor(slice / mm);
  const sb = slice % mm;

  // The sweep: started on load and for each new m, streamed point by point; Cancel stops it.
  const run = useRun<Sweep, SweepPoint[]>([m, generation]);
  const { start } = run;
  const sweep = useCallback(
    (ctx: RunContext<SweepPoint[]>) =>
      ctx.task('monarch-sweep', { m }, (fraction, point) =>
        ctx.progress(fraction, point ? (previous) => [...(previous ?? []), point] : undefined),
      ),
    [m],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new m or a reset starts a new sweep.
  useEffect(() => start(sweep), [sweep, generation]);
  const sweepPoints = run.partial ?? NO_POINTS;
  const sweepRunning = run.status === 'running';

  const matrixColor = useMemo(() => {
    if (!data) return null;
    const top = maxAbs(data.A);
    return data.A.data.some((v) => v < 0)
      ? sampled(divergingColor(top, theme), -top, top)
      : sampled(sequentialColor([0, top], theme, 'blues'), 0, top);
  }, [data, theme]);
  const sliceTop = useMemo(() => (data ? Math.max(...data.sliceErrors) : 0), [data]);
  const sliceColor = useMemo(
    () => sequentialColor([0, sliceTop > 0 ? sliceTop : 1], theme, 'greens'),
    [sliceTop, theme],
  );
  const spectrum = useMemo(
    () => (data ? data.spectra.subarray(slice * mm, (slice + 1) * mm) : null),
    [data, slice, mm],
  );
  const sliceError = data ? (data.sliceErrors[slice] ?? 0) : 0;

  const selectSlice = useCallback((s: number) => setParam('slice', s), [setParam]);

  useExportData(() =>
    data
      ? {
          name: `monarch-project-${data.input.kind}-m${data.input.m}`,
          rows: sweepPoints.map((p) => [p.density, p.monarch, p.lowRank]),
          colLabels: ['density', 'Monarch relative error', `rank-${m} relative error`],
          meta: {
            input: data.input,
            monarchRelativeError: data.monarchRelativeError,
            lowRankRelativeError: data.lowRankRelativeError,
            parameters: data.monarchParameters,
            sliceErrors: Array.from(data.sliceErrors),
            sweepM: m,
            sweepSeeds: SWEEP_SEEDS,
          },
        }
      : null,
  );

  // Three panels in a row at every width: on a phone each is about 100 px, still a pixel per entry at n = 64.
  const panelSize = Math.max(90, Math.min(260, Math.floor(((width || 330) - 2 * GAP) / 3)));
  const gridSize = Math.max(140, Math.min(240, (width || 330) - 60));
  const ratio =
    data && data.lowRankRelativeError > 0 ? data.monarchRelativeError / data.lowRankRelativeError : null;

  let sweepText: string;
  switch (run.status) {
    case 'running':
      sweepText = `Sweeping: ${sweepPoints.length} of ${SWEEP_DENSITIES.length} densities, ${SWEEP_SEEDS} matrices each.`;
      break;
    case 'cancelled':
      sweepText = `Cancelled after ${sweepPoints.length} of ${SWEEP_DENSITIES.length} densities.`;
      break;
    case 'error':
      sweepText = `The sweep failed: ${run.error ?? 'unknown error'}`;
      break;
    case 'done':
      sweepText = `Done: ${SWEEP_DENSITIES.length} densities × ${SWEEP_SEEDS} seeded ${n}×${n} matrices.`;
      break;
    default:
      sweepText = 'Not run.';
  }

  return (
    <>
      <div
        className={styles.status}
        data-testid="project-status"
        data-status={job.error ? 'error' : stale ? 'running' : 'done'}
      >
        {job.error ? (
          <p className={styles.bad} role="alert" data-testid="project-error">
            The projection failed: {job.error}
          </p>
        ) : job.pending ? (
          <ProgressBar
            label={`Projecting the ${m * m}×${m * m} matrix in the worker`}
            value={job.progress}
            busy
          />
        ) : (
          <span className={styles.hint}>
            Both fits computed in the worker: {formatInteger(mm * mm)} SVDs of {mm}×{mm} slices for Monarch,
            one of the {n}×{n} matrix for rank {mm}.
          </span>
        )}
      </div>

      <div className={stale ? 'result-stale' : undefined}>
        <Readout
          label="Errors at the same budget"
          busy={stale}
          items={[
            {
              label: 'Monarch, ‖A − PLPR‖_F / ‖A‖_F',
              value: data ? pctError(data.monarchRelativeError) : '—',
              testId: 'monarch-error',
            },
            {
              label: `Rank ${mm}, ‖A − A_${mm}‖_F / ‖A‖_F`,
              value: data ? pctError(data.lowRankRelativeError) : '—',
              testId: 'low-rank-error',
            },
            {
              label: 'Numbers kept',
              value: data
                ? `2m³ = ${formatInteger(data.monarchParameters)} and (n + n)·m = ${formatInteger(data.lowRankParameters)}, of n² = ${formatInteger(n * n)}`
                : '—',
              testId: 'budget',
            },
            {
              label: 'Monarch ÷ rank m',
              value: ratio === null ? '—' : `${fmt(ratio)}×`,
              testId: 'ratio',
            },
          ]}
        />
      </div>

      <div className={styles.pair} ref={viewRef}>
        <div className={styles.block}>
          <p className={styles.title}>Error of each slice (i, b)</p>
          {data ? (
            <SliceGrid
              errors={data.sliceErrors}
              m={mm}
              slice={slice}
              color={sliceColor}
              size={gridSize}
              onSelect={selectSlice}
            />
          ) : (
            <div className={styles.placeholder} style={{ width: gridSize + 34, height: gridSize + 30 }} />
          )}
          <RampLegend
            color={sliceColor}
            lo={0}
            hi={sliceTop > 0 ? sliceTop : 1}
            caption="slice error ‖S − σ₁u₁v₁ᵀ‖_F"
            labels={['0', fmt(sliceTop / 2), fmt(sliceTop)]}
          />
          <p className={styles.hint}>
            Slice (i, b) holds the entries (a·m + i, b·m + j) for all a, j: an {mm}×{mm} matrix that Monarch
            fits with one rank-1 term. Click a cell, or focus the grid and use the arrow keys.
          </p>
        </div>
        <div className={styles.block}>
          <p className={styles.title}>
            Singular values of slice (i = {si}, b = {sb})
          </p>
          {spectrum ? (
            <Spectrum
              S={spectrum}
              k={1}
              label={`Singular values of slice (${si}, ${sb}); Monarch keeps σ₁ and loses the rest`}
              testId="slice-spectrum"
            />
          ) : null}
          <p className={styles.hint} data-testid="slice-readout">
            Monarch keeps σ₁ (the bar before the cut); the slice’s error is √(σ₂² + … + σₘ²) ={' '}
            {fmt(sliceError)}
            {data && data.monarchError > 0
              ? `, ${pct((sliceError * sliceError) / (data.monarchError * data.monarchError))} of the squared error.`
              : '.'}
          </p>
        </div>
      </div>

      <div className={styles.panels}>
        {(
          [
            ['matrix-a', 'A', data?.A.data, `The ${n}×${n} matrix A`],
            ['monarch-fit', 'Monarch fit P·L·P·R', data?.monarchFit.data, `Its nearest Monarch matrix`],
            ['low-rank-fit', `Rank-${mm} fit`, data?.lowRankFit.data, `Its best rank-${mm} approximation`],
          ] as const
        ).map(([id, title, values, label]) => (
          <figure key={id} className={styles.panel} style={{ width: panelSize }}>
            <figcaption className={styles.title}>{title}</figcaption>
            {values && matrixColor ? (
              <MatrixPanel
                values={values}
                n={n}
                size={panelSize}
                color={matrixColor}
                label={label}
                testId={id}
              />
            ) : (
              <div className={styles.placeholder} style={{ width: panelSize, height: panelSize }} />
            )}
          </figure>
        ))}
      </div>

      <div className={styles.sweep}>
        <p className={styles.title}>
          Error against density: sparse Gaussian {m * m}×{m * m} matrices, mean of {SWEEP_SEEDS} seeds
        </p>
        <div className={styles.sweepBar}>
          <Button size="sm" onClick={() => start(sweep)} disabled={sweepRunning}>
            {run.status === 'idle' ? 'Run the sweep' : 'Run again'}
          </Button>
          <Button size="sm" onClick={run.cancel} disabled={!sweepRunning}>
            Cancel
          </Button>
          <ProgressBar label="Sweep progress" value={run.progress} busy={sweepRunning} thin hideLabel />
        </div>
        <p
          className={styles.hint}
          role="status"
          data-testid="sweep-status"
          data-status={run.status}
          data-points={sweepPoints.length}
        >
          {sweepText}
        </p>
        <SwatchLegend
          label="Legend"
          items={[
            { label: 'Monarch projection', color: MONARCH_COLOR, shape: 'dot' },
            { label: `Rank ${m} (same budget)`, color: LOW_RANK_COLOR, shape: 'line' },
            ...(input === 'sparse'
              ? [{ label: 'the density above', color: 'var(--fg-muted)', shape: 'dash' as const }]
              : []),
          ]}
        />
        <div className={styles.sweepRow}>
          <SweepPlot points={sweepPoints} m={m} density={input === 'sparse' ? density : null} />
          <div className={styles.tableWrap}>
            <table className="num-table" data-testid="sweep-table">
              <caption>Mean relative error</caption>
              <thead>
                <tr>
                  <th scope="col">ρ</th>
                  <th scope="col">Monarch</th>
                  <th scope="col">rank {m}</th>
                </tr>
              </thead>
              <tbody>
                {SWEEP_DENSITIES.map((d) => {
                  const p = sweepPoints.find((q) => q.density === d);
                  return (
                    <tr key={d} data-density={d}>
                      <th scope="row">{densityTick(d)}</th>
                      <td data-col="monarch">{p ? pct(p.monarch) : '…'}</td>
                      <td data-col="low-rank">{p ? pct(p.lowRank) : '…'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </>
  );
});
