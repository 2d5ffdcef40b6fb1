'use client';

import { scaleLinear, scaleLog } from 'd3-scale';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  MatrixEditor,
  NumberInput,
  ProgressBar,
  Select,
  Slider,
  Toggle,
} from '@/components/controls';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams, useWidgetStore } from '@/components/figure/store';
import { CancelledError, runTask, type TaskPartial } from '@/components/figure/worker';

type AutoencoderTrainReport = TaskPartial<'autoencoderTrain'>;
type TrainPoint = AutoencoderTrainReport['points'][number];

import { Axes, type Frame, frameOf } from '@/components/plot/Axes';
import { useElementWidth } from '@/components/plot/hooks';
import {
  type AutoencoderSnapshot,
  autoencoderExample,
  autoencoderTarget,
  createAutoencoder,
  decoderAngles,
  type LabelledMatrix,
} from '@/lib/autoencoder';
import { formatInteger, formatNumber } from '@/lib/format';
import { fromRows, type Matrix } from '@/lib/linalg';
import { svd } from '@/lib/linalg/svd';
import styles from './AutoencoderTrain.module.css';
import { curvePath, formatTick, gapToOptimum, logDomain, logTicks, lrAt, lrPosition } from './draw';
import { type autoencoderTrainParams, LR_MAX, LR_MIN, MAX_CURVE_POINTS, TRAIN_SPEEDS } from './params';

type P = ParamValues<typeof autoencoderTrainParams>;

const presetLabels: Record<P['preset'], string> = {
  shenmo: '神/魔, 2×5',
  random: 'Random, 20×12',
  lowrank: 'Low rank, 30×16',
  custom: 'Custom',
};

const optimizerLabels: Record<P['optimizer'], string> = {
  sgd: 'SGD',
  momentum: 'Momentum (0.9)',
  adam: 'Adam',
};

type Status = 'idle' | 'running' | 'paused' | 'done' | 'diverged' | 'error';

interface Run {
  status: Status;
  points: TrainPoint[];
  /** The state at the last streamed snapshot (loss and angles shown in the readouts), or null at step 0. */
  current: TrainPoint | null;
  /** Steps behind the shown state (the last streamed snapshot). */
  step: number;
  divergedAtStep: number | null;
  stepsPerSecond: number;
  error: string | null;
}

const idle: Run = {
  status: 'idle',
  points: [],
  current: null,
  step: 0,
  divergedAtStep: null,
  stepsPerSecond: 0,
  error: null,
};

/** Stroke classes of the angle lines, cycling through the theme's colours. */
const ANGLE_CLASSES = ['a0', 'a1', 'a2', 'a3', 'a4'] as const;

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

/** A labelled number with its full value in `data-value` (tests and screen readers read the text). */
function Readout({ name, label, value, text }: { name: string; label: string; value: number; text: string }) {
  return (
    <div className={styles.readout} data-readout={name} data-value={Number.isFinite(value) ? value : ''}>
      <dt>{label}</dt>
      <dd>{text}</dd>
    </div>
  );
}

/**
 * A linear autoencoder M ≈ M·C·D trained in the Web Worker: its loss approaches the Eckart–Young line
 * Σ_{i>k} σᵢ² from above and the decoder's row space turns onto the top-k right singular vectors.
 */
export default function AutoencoderTrain() {
  const [params, setParam] = useWidgetParams<P>();
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const { preset, matrix: custom, k, optimizer, lr, batch, seed, steps, speed, gap: showGap } = params;

  // The data: a preset from lib, or the typed matrix.
  const data = useMemo<LabelledMatrix>(
    () => (preset === 'custom' ? { matrix: fromRows(custom) } : autoencoderExample(preset)),
    [preset, custom],
  );
  const M: Matrix = data.matrix;
  const kEff = Math.max(1, Math.min(k, M.cols));
  const bEff = Math.min(batch, M.rows);
  const factors = useMemo(() => svd(M), [M]);
  const target = useMemo(() => autoencoderTarget(factors, kEff), [factors, kEff]);
  const normSq = useMemo(() => M.data.reduce((s, x) => s + x * x, 0), [M]);
  const every = Math.max(1, Math.ceil(steps / MAX_CURVE_POINTS));
  const rate = speed === 'max' ? 0 : Number(speed);

  // Step 0, known before any training: the same seeded start the worker begins from.
  const start = useMemo<TrainPoint>(() => {
    const ae = createAutoencoder(M, kEff, { seed, optimizer, learningRate: lr, batchSize: bEff });
    return { step: 0, loss: ae.loss(), angles: Array.from(decoderAngles(ae.params().D, target.V)) };
  }, [M, kEff, seed, optimizer, lr, bEff, target]);

  const [run, setRun] = useState<Run>(idle);
  const snapshot = useRef<AutoencoderSnapshot | null>(null);
  const controller = useRef<AbortController | null>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef);

  const stop = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
  }, []);

  // Training belongs to its inputs: any change (or the figure's reset) cancels it and starts over at step 0.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the inputs are the trigger.
  useEffect(() => {
    stop();
    snapshot.current = null;
    setRun(idle);
  }, [M, kEff, optimizer, lr, bEff, seed, generation, stop]);
  useEffect(() => stop, [stop]);

  const launch = useCallback(
    (until: number, stepsPerSecond: number) => {
      stop();
      const mine = new AbortController();
      controller.current = mine;
      setRun((r) => ({ ...r, status: 'running', error: null }));
      const apply = (report: AutoencoderTrainReport) => {
        snapshot.current = report.snapshot;
        setRun((r) => ({
          ...r,
          points:
            r.points.length === 0 && report.points[0]?.step !== 0
              ? [start, ...report.points]
              : [...r.points, ...report.points],
          current: report.current,
          step: report.snapshot.step,
          divergedAtStep: report.divergedAtStep,
          stepsPerSecond: report.stepsPerSecond,
        }));
      };
      runTask(
        'autoencoderTrain',
        {
          M,
          k: kEff,
          optimizer,
          learningRate: lr,
          batchSize: bEff,
          seed,
          from: snapshot.current,
          until,
          every,
          rate: stepsPerSecond,
        },
        {
          signal: mine.signal,
          // Every report, the last one included, arrives here; the final result repeats the last report.
          onProgress: (_f, partial) => {
            if (!mine.signal.aborted && partial) apply(partial as AutoencoderTrainReport);
          },
        },
      ).then(
        (final) => {
          if (mine.signal.aborted) return;
          controller.current = null;
          setRun((r) => ({
            ...r,
            status:
              final.status === 'diverged' ? 'diverged' : final.snapshot.step >= steps ? 'done' : 'paused',
          }));
        },
        (err: Error) => {
          if (err instanceof CancelledError || mine.signal.aborted) return;
          controller.current = null;
          setRun((r) => ({ ...r, status: 'error', error: err.message }));
        },
      );
    },
    [M, kEff, optimizer, lr, bEff, seed, every, steps, start, stop],
  );

  const running = run.status === 'running';
  const playing = useRef(false);
  const play = () => {
    playing.current = true;
    launch(steps, rate);
  };
  const pause = useCallback(() => {
    playing.current = false;
    stop();
    setRun((r) => (r.status === 'running' ? { ...r, status: 'paused' } : r));
  }, [stop]);
  const stepBy = (n: number) => {
    playing.current = false;
    launch(run.step + n, 0);
  };
  const reset = () => {
    playing.current = false;
    stop();
    snapshot.current = null;
    setRun(idle);
  };
  // A new speed or step budget while playing continues from the last streamed state at the new pace.
  // biome-ignore lint/correctness/useExhaustiveDependencies: speed and budget are the trigger.
  useEffect(() => {
    if (playing.current && controller.current) launch(steps, rate);
  }, [rate, steps]);
  useEffect(() => {
    if (run.status !== 'running') playing.current = false;
  }, [run.status]);

  const recorded = run.points.length > 0 ? run.points : [start];
  const current = run.current ?? (recorded[recorded.length - 1] as TrainPoint);
  // The curves end at the shown state even between recorded points.
  const points =
    current.step > (recorded[recorded.length - 1] as TrainPoint).step ? [...recorded, current] : recorded;
  const optimum = target.optimum;
  const gap = gapToOptimum(current.loss, optimum, normSq);
  const relGap = optimum > 0 ? gap / optimum : Number.NaN;
  const largest = current.angles.length > 0 ? Math.max(...current.angles) : Number.NaN;

  useExportData(() => ({
    name: `autoencoder-train-${preset}-k${kEff}-${optimizer}`,
    colLabels: ['step', 'loss', 'Eckart–Young optimum', ...current.angles.map((_, i) => `θ${i + 1} (rad)`)],
    rows: points.map((p) => [p.step, p.loss, optimum, ...p.angles]),
    meta: { preset, k: kEff, optimizer, learningRate: lr, batchSize: bEff, seed, status: run.status },
  }));

  // Plots.
  const wide = width >= 640;
  const plotWidth = Math.max(240, Math.floor(wide ? (width - 16) / 2 : width || 340));
  const frame = frameOf(plotWidth, 220, 52);
  const xMax = Math.max(steps, current.step, 10);
  const x = scaleLinear()
    .domain([0, xMax])
    .range([frame.left, frame.width - frame.right]);
  const xTicks = x.ticks(plotWidth < 330 ? 3 : 5).map((t) => ({ value: t, label: formatInteger(t) }));
  const lossFloor = Math.max(normSq, 1e-300) * 1e-15;
  // Either the loss itself (with the optimum as a line) or its gap above the optimum (which falls to 0).
  // A gap of 0 (the optimum reached to rounding) sits on the floor, which is then inside the axis.
  const yValue = (p: TrainPoint) =>
    showGap ? Math.max(lossFloor, gapToOptimum(p.loss, optimum, normSq)) : p.loss;
  const [lossLo, lossHi] = logDomain(
    showGap ? points.map(yValue) : [...points.map(yValue), optimum],
    lossFloor,
  );
  const yLoss = scaleLog()
    .domain([lossLo, lossHi])
    .range([frame.height - frame.bottom, frame.top]);
  const angleFloor = 1e-12;
  const [angLo] = logDomain(
    points.flatMap((p) => p.angles),
    angleFloor,
  );
  const yAngle = scaleLog()
    .domain([Math.min(angLo, 1e-3), Math.PI / 2])
    .range([frame.height - frame.bottom, frame.top]);
  const lossPath = curvePath(
    points.map((p) => [p.step, yValue(p)] as const),
    x,
    yLoss,
    lossFloor,
  );
  const r = target.r;
  const anglePaths = Array.from({ length: r }, (_, i) =>
    curvePath(
      points.map((p) => [p.step, p.angles[i] ?? Number.NaN] as const),
      x,
      yAngle,
      angleFloor,
    ),
  );

  let statusText: string;
  switch (run.status) {
    case 'idle':
      statusText = `Press Play to train for ${formatInteger(steps)} steps in a background worker.`;
      break;
    case 'running':
      statusText = `Training… step ${formatInteger(run.step)} of ${formatInteger(steps)}.`;
      break;
    case 'paused':
      statusText = `Paused at step ${formatInteger(run.step)}.`;
      break;
    case 'done':
      statusText = `Done: ${formatInteger(run.step)} steps. Raise Steps to train on, or Reset.`;
      break;
    case 'diverged':
      statusText = `Stopped at step ${formatInteger(run.step)}.`;
      break;
    case 'error':
      statusText = `Training failed: ${run.error ?? 'unknown error'}`;
      break;
  }

  const sigmas = Array.from(factors.S);
  const shownSigmas = sigmas.slice(0, 6);

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <Select
          label="Matrix"
          value={preset}
          options={Object.entries(presetLabels).map(([value, label]) => ({ value, label }))}
          onChange={(v) => setParam('preset', v as P['preset'])}
        />
        <Slider
          label="Hidden units k"
          value={kEff}
          min={1}
          max={Math.max(1, Math.min(24, M.cols))}
          onChange={(v) => setParam('k', v)}
        />
        <Select
          label="Optimizer"
          value={optimizer}
          options={Object.entries(optimizerLabels).map(([value, label]) => ({ value, label }))}
          onChange={(v) => setParam('optimizer', v as P['optimizer'])}
        />
        <Slider
          label="Learning rate η"
          value={lrPosition(lr)}
          min={Math.log10(LR_MIN)}
          max={Math.log10(LR_MAX)}
          step={0.05}
          format={(v) => formatNumber(lrAt(v), { digits: 3 })}
          onChange={(v) => setParam('lr', lrAt(v))}
        />
        <Slider
          label="Batch size"
          value={bEff}
          min={1}
          max={Math.max(1, Math.min(32, M.rows))}
          format={(v) => (v >= M.rows ? `${formatInteger(v)} (full)` : formatInteger(v))}
          onChange={(v) => setParam('batch', v >= M.rows ? 32 : v)}
        />
        <NumberInput
          label="Seed"
          value={seed}
          min={0}
          max={999_999}
          integer
          onChange={(v) => setParam('seed', v)}
        />
        <Select
          label="Steps"
          value={String(steps)}
          options={[...new Set([100, 300, 1000, 2000, 5000, 10000, 30000, 100000, steps])]
            .sort((a, b) => a - b)
            .map((v) => ({ value: String(v), label: formatInteger(v) }))}
          onChange={(v) => setParam('steps', Number(v))}
        />
        <Select
          label="Speed (steps/s)"
          value={speed}
          options={TRAIN_SPEEDS.map((v) => ({
            value: v,
            label: v === 'max' ? 'max' : formatInteger(Number(v)),
          }))}
          onChange={(v) => setParam('speed', v as P['speed'])}
        />
      </div>

      {k > M.cols ? (
        <p className={styles.note} data-testid="k-clamped">
          k = {k} is more than the {M.cols} columns of M; training with k = {kEff}.
        </p>
      ) : null}

      {preset === 'custom' ? (
        <div className={styles.editor}>
          <MatrixEditor
            label="Matrix M (rows are samples)"
            value={custom}
            onChange={(rows) => setParam('matrix', rows)}
            maxRows={24}
            maxCols={24}
            min={-1000}
            max={1000}
          />
        </div>
      ) : null}

      <p className={styles.matrixInfo} data-testid="matrix-info">
        M is {M.rows}×{M.cols}
        {data.rowLabels && data.colLabels ? (
          <>
            {' '}
            (rows {data.rowLabels.join(', ')}; columns {data.colLabels.join(', ')})
          </>
        ) : null}
        ; σ = {shownSigmas.map((s) => formatNumber(s, { digits: 4 })).join(', ')}
        {sigmas.length > shownSigmas.length ? ', …' : ''}; the best rank-{kEff} fit leaves Σ
        <sub>i&gt;{kEff}</sub> σ<sub>i</sub>² = {formatNumber(optimum, { digits: 6 })}.
        {target.unique ? null : (
          <strong>
            {' '}
            σ<sub>{kEff}</sub> = σ<sub>{kEff + 1}</sub>: the optimal subspace is not unique, so the angles
            need not reach 0.
          </strong>
        )}
      </p>

      <div className={styles.runRow}>
        {running ? (
          <Button variant="primary" onClick={pause}>
            Pause
          </Button>
        ) : (
          <Button
            variant="primary"
            onClick={play}
            disabled={run.status === 'diverged' || run.status === 'done'}
          >
            {run.status === 'paused' ? 'Resume' : 'Play'}
          </Button>
        )}
        <Button onClick={() => stepBy(1)} disabled={running || run.status === 'diverged'}>
          Step
        </Button>
        <Button onClick={() => stepBy(100)} disabled={running || run.status === 'diverged'}>
          +100
        </Button>
        <Button onClick={reset} disabled={run.status === 'idle'}>
          Reset
        </Button>
        <div className={styles.progress}>
          <ProgressBar
            label={`Step ${formatInteger(run.step)} of ${formatInteger(steps)}`}
            value={Math.min(1, run.step / steps)}
          />
        </div>
      </div>
      <p className={styles.status} role="status" aria-live="polite" data-status={run.status}>
        {statusText}
      </p>
      {run.status === 'diverged' ? (
        <p className={styles.diverged} role="alert" data-diverged={run.divergedAtStep ?? ''}>
          Diverged at step {formatInteger(run.divergedAtStep ?? 0)}: with {optimizerLabels[optimizer]} at η ={' '}
          {formatNumber(lr, { digits: 3 })} the loss blew up (it overflowed or grew a million-fold), so
          training stopped and shows the last good state. Lower the learning rate to train again.
        </p>
      ) : null}

      <dl className={styles.readouts}>
        <Readout name="step" label="Step" value={run.step} text={formatInteger(run.step)} />
        <Readout
          name="loss"
          label="Loss ‖M − MCD‖²"
          value={current.loss}
          text={formatNumber(current.loss, { digits: 6 })}
        />
        <Readout
          name="optimum"
          label="Eckart–Young Σσᵢ², i > k"
          value={optimum}
          text={formatNumber(optimum, { digits: 6 })}
        />
        <Readout
          name="gap"
          label="Gap (relative)"
          value={gap}
          text={
            optimum > 0
              ? `${formatNumber(gap, { digits: 3 })} (${formatNumber(relGap, { digits: 2 })})`
              : formatNumber(gap, { digits: 3 })
          }
        />
        <Readout
          name="angle"
          label={`Largest angle θ${r > 0 ? r : ''}`}
          value={largest}
          text={r > 0 ? `${formatNumber(largest, { digits: 3 })} rad` : '—'}
        />
        <Readout
          name="rate"
          label="Steps/s"
          value={run.stepsPerSecond}
          text={run.stepsPerSecond > 0 ? formatInteger(run.stepsPerSecond) : '—'}
        />
      </dl>

      <Toggle
        label="Plot the gap above the optimum (log scale)"
        checked={showGap}
        onChange={(v) => setParam('gap', v)}
      />
      <div className={styles.plots} ref={viewRef}>
        <figure className={styles.plotBox}>
          <figcaption>
            {showGap ? (
              <>
                Gap above the Eckart–Young optimum <span className={styles.swatchLoss} aria-hidden="true" />
              </>
            ) : (
              <>
                Loss <span className={styles.swatchLoss} aria-hidden="true" /> and the Eckart–Young optimum{' '}
                <span className={styles.swatchOpt} aria-hidden="true" />
              </>
            )}
          </figcaption>
          <Plot
            frame={frame}
            exportable
            label={`Loss against steps on a log axis, ${points.length} points, approaching the optimum ${formatNumber(optimum, { digits: 4 })}`}
          >
            <Axes
              frame={frame}
              x={x}
              y={yLoss}
              xTicks={xTicks}
              yTicks={logTicks(lossLo, lossHi, 5).map((t) => ({ value: t, label: formatTick(t) }))}
              xTitle="step"
              yTitle={showGap ? 'loss − optimum' : 'loss'}
            />
            {!showGap && optimum > lossFloor ? (
              <line
                x1={frame.left}
                x2={frame.width - frame.right}
                y1={yLoss(optimum)}
                y2={yLoss(optimum)}
                className={styles.optimum}
                data-optimum={optimum}
              />
            ) : null}
            <path d={lossPath} className={styles.loss} data-series="loss" />
            <circle
              cx={x(current.step)}
              cy={yLoss(Math.max(lossFloor, yValue(current)))}
              r={3.5}
              className={styles.dot}
            />
          </Plot>
        </figure>
        <figure className={styles.plotBox}>
          <figcaption>
            Principal angles between the rows of D and the top {r} right singular vectors
          </figcaption>
          <Plot frame={frame} label={`The ${r} principal angles (radians, log axis) against steps`}>
            <Axes
              frame={frame}
              x={x}
              y={yAngle}
              xTicks={xTicks}
              yTicks={logTicks(yAngle.domain()[0] as number, Math.PI / 2, 5).map((t) => ({
                value: t,
                label: formatTick(t),
              }))}
              xTitle="step"
              yTitle="angle (rad)"
            />
            {anglePaths.map((d, i) => (
              <path
                key={`angle-${i + 1}`}
                d={d}
                className={`${styles.angle} ${styles[ANGLE_CLASSES[i % ANGLE_CLASSES.length] as string]}`}
                data-series={`angle-${i + 1}`}
              />
            ))}
            {current.angles.map((a, i) => (
              <circle
                key={`dot-${i + 1}`}
                cx={x(current.step)}
                cy={yAngle(Math.max(angleFloor, a))}
                r={3}
                className={`${styles.angleDot} ${styles[ANGLE_CLASSES[i % ANGLE_CLASSES.length] as string]}`}
              />
            ))}
          </Plot>
        </figure>
      </div>
    </div>
  );
}
