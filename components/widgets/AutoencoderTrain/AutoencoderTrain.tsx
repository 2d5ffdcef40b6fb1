'use client';

import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import {
  Button,
  ParamMatrix,
  ParamNumber,
  ParamSelect,
  ParamSlider,
  ParamToggle,
  ProgressBar,
} from '@/components/controls';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetStore } from '@/components/figure/store';
import { type RunContext, type TaskPartial, useRun } from '@/components/figure/worker';
import {
  AxisX,
  AxisY,
  Dot,
  Frame,
  Line,
  Plot,
  RuleY,
  SERIES,
  type SwatchItem,
  SwatchLegend,
} from '@/components/plot';
import { RunReadout, trainingStyles } from '@/components/views/training/Training';
import {
  type AutoencoderTarget,
  autoencoderExample,
  autoencoderTarget,
  createAutoencoder,
  decoderAngles,
  gapToOptimum,
  type LabelledMatrix,
} from '@/lib/autoencoder';
import { formatInteger, formatNumber } from '@/lib/format';
import { fromRows, type Matrix } from '@/lib/linalg';
import { svd } from '@/lib/linalg/svd';
import styles from './AutoencoderTrain.module.css';
import { logDomain } from './draw';
import { autoencoderTrainParams, MAX_CURVE_POINTS } from './params';

type P = ParamValues<typeof autoencoderTrainParams>;
/** What the worker streams; the run folds its reports into one (all curve points so far, the latest state). */
type Report = TaskPartial<'autoencoderTrain'>;
type TrainPoint = Report['points'][number];
type Status = 'idle' | 'running' | 'paused' | 'done' | 'diverged' | 'error';

const OPTIMIZER_LABELS = autoencoderTrainParams.optimizer.optionLabels;
/** Angles are drawn down to this (radians) on their log axis. */
const ANGLE_FLOOR = 1e-12;
const PLOT_HEIGHT = 220;
const MARGIN = { left: 52 };

/**
 * A streamed report folded into the run so far: its new curve points appended (any the run already has,
 * after a restart from a slightly older snapshot, dropped), the state replaced.
 */
function fold(previous: Report | null, report: Report): Report {
  if (!previous) return report;
  const last = previous.points.at(-1)?.step ?? -1;
  return { ...report, points: [...previous.points, ...report.points.filter((p) => p.step > last)] };
}

/** The data: a preset from lib, or the typed matrix. */
function dataOf(preset: P['preset'], custom: number[][]): LabelledMatrix {
  return preset === 'custom' ? { matrix: fromRows(custom) } : autoencoderExample(preset);
}

/**
 * The loss (or its gap above the optimum) and the principal angles against steps, from the recorded points
 * and the shown state; memoised, so a render for a control alone skips both plots.
 */
const TrainPlots = memo(function TrainPlots({
  points,
  current,
  target,
  showGap,
  steps,
}: {
  points: readonly TrainPoint[];
  current: TrainPoint;
  target: AutoencoderTarget;
  showGap: boolean;
  steps: number;
}) {
  const { optimum, total, r } = target;
  // Plots: either the loss itself (with the optimum as a rule) or its gap above the optimum (which falls to
  // 0); a gap of 0 (the optimum reached to rounding) sits on the floor, the bottom of the axis.
  const xDomain = Math.max(steps, current.step, 10);
  const lossFloor = Math.max(total, 1e-300) * 1e-15;
  const lossY = useCallback(
    (p: TrainPoint) => Math.max(lossFloor, showGap ? gapToOptimum(p.loss, target) : p.loss),
    [lossFloor, showGap, target],
  );
  const lossDomain = useMemo(
    () => logDomain(showGap ? points.map(lossY) : [...points.map(lossY), optimum], lossFloor),
    [points, lossY, optimum, showGap, lossFloor],
  );
  const angleDomain = useMemo(
    () => [
      Math.min(
        logDomain(
          points.flatMap((p) => p.angles),
          ANGLE_FLOOR,
        )[0],
        1e-3,
      ),
      Math.PI / 2,
    ],
    [points],
  );
  const angleY = useMemo(
    () =>
      Array.from(
        { length: r },
        (_, i) => (p: TrainPoint) => Math.max(ANGLE_FLOOR, p.angles[i] ?? Number.NaN),
      ),
    [r],
  );
  const now = useMemo(() => [current], [current]);
  const lossLegend: SwatchItem[] = showGap
    ? [{ label: 'loss − optimum', shape: 'line', color: SERIES[0] }]
    : [
        { label: 'loss ‖M − MCD‖²', shape: 'line', color: SERIES[0] },
        { label: 'Eckart–Young optimum', shape: 'dash', color: 'var(--ok)' },
      ];
  const angleLegend: SwatchItem[] = Array.from({ length: r }, (_, i) => ({
    label: `θ${i + 1}`,
    shape: 'line',
    color: SERIES[i % SERIES.length],
  }));

  return (
    <div className={trainingStyles.plots}>
      <figure className={trainingStyles.plotBox}>
        <figcaption>
          {showGap ? 'Gap above the Eckart–Young optimum' : 'Loss and the Eckart–Young optimum'}
        </figcaption>
        <SwatchLegend items={lossLegend} />
        <Plot
          label={`Loss against steps on a log axis, ${points.length} points, approaching the optimum ${formatNumber(optimum, { digits: 4 })}`}
          x={{ domain: [0, xDomain] }}
          y={{ type: 'log', domain: lossDomain }}
          height={PLOT_HEIGHT}
          margin={MARGIN}
          exportView
        >
          <Frame />
          <AxisX label="step" grid ticks={5} />
          <AxisY label={showGap ? 'loss − optimum' : 'loss'} grid ticks={5} />
          {!showGap && optimum > lossFloor ? (
            <RuleY values={[optimum]} stroke="var(--ok)" strokeWidth={1.5} dash="6 4" testId="optimum" />
          ) : null}
          <Line data={points} x="step" y={lossY} strokeWidth={2} testId="loss-curve" />
          <Dot data={now} x="step" y={lossY} />
        </Plot>
      </figure>
      <figure className={trainingStyles.plotBox}>
        <figcaption>Principal angles between the rows of D and the top {r} right singular vectors</figcaption>
        {r <= SERIES.length ? <SwatchLegend items={angleLegend} /> : null}
        <Plot
          label={`The ${r} principal angles (radians, log axis) against steps`}
          x={{ domain: [0, xDomain] }}
          y={{ type: 'log', domain: angleDomain }}
          height={PLOT_HEIGHT}
          margin={MARGIN}
        >
          <Frame />
          <AxisX label="step" grid ticks={5} />
          <AxisY label="angle (rad)" grid ticks={5} />
          {angleY.map((y, i) => (
            <Line
              key={`angle-${i + 1}`}
              data={points}
              x="step"
              y={y}
              stroke={SERIES[i % SERIES.length]}
              strokeWidth={1.6}
              testId={`angle-${i + 1}`}
            />
          ))}
          {angleY.map((y, i) => (
            <Dot
              key={`dot-${i + 1}`}
              data={now}
              x="step"
              y={y}
              r={3}
              fill="var(--bg)"
              stroke={SERIES[i % SERIES.length]}
              strokeWidth={2}
            />
          ))}
        </Plot>
      </figure>
    </div>
  );
});

/**
 * A linear autoencoder M ≈ M·C·D trained in the Web Worker: its loss approaches the Eckart–Young line
 * Σ_{i>k} σᵢ² from above and the decoder's row space turns onto the top-k right singular vectors.
 */
export default function AutoencoderTrain() {
  // The SVD, the start state, the readouts and the plots follow a change in a deferred render, so the control
  // that changed is painted first; the controls and their limits read `params`.
  const [shown, params] = useDeferredWidgetParams<P>();
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const { preset, matrix: custom, k, optimizer, lr, batch, seed, steps, speed, gap: showGap } = shown;

  // The data: a preset from lib, or the typed matrix.
  const data = useMemo<LabelledMatrix>(() => dataOf(preset, custom), [preset, custom]);
  const M: Matrix = data.matrix;
  // The controls' limits: the size of the matrix the parameters ask for now.
  const size = useMemo(() => {
    const { rows, cols } = dataOf(params.preset, params.matrix).matrix;
    return { rows, cols };
  }, [params.preset, params.matrix]);
  const kEff = Math.max(1, Math.min(k, M.cols));
  const bEff = Math.min(batch, M.rows);
  const factors = useMemo(() => svd(M), [M]);
  const target = useMemo(() => autoencoderTarget(factors, kEff), [factors, kEff]);
  const every = Math.max(1, Math.ceil(steps / MAX_CURVE_POINTS));
  const rate = speed === 'max' ? 0 : Number(speed);

  // Step 0, known before any training: the same seeded start the worker begins from.
  const start = useMemo<TrainPoint>(() => {
    const ae = createAutoencoder(M, kEff, { seed, optimizer, learningRate: lr, batchSize: bEff });
    return { step: 0, loss: ae.loss(), angles: Array.from(decoderAngles(ae.params().D, target.V)) };
  }, [M, kEff, seed, optimizer, lr, bEff, target]);

  // Training belongs to its inputs: any change (or the figure's reset) cancels it and starts over at step 0.
  const run = useRun<Report, Report>([M, kEff, optimizer, lr, bEff, seed, generation]);
  const trained = run.partial;
  const step = trained?.snapshot.step ?? 0;

  /** Trains from the last streamed state (or afresh) up to `until` steps at `stepsPerSecond`. */
  const train = (until: number, stepsPerSecond: number) => (ctx: RunContext<Report>) =>
    ctx.task(
      'autoencoderTrain',
      {
        M,
        k: kEff,
        optimizer,
        learningRate: lr,
        batchSize: bEff,
        seed,
        from: trained?.snapshot ?? null,
        until,
        every,
        rate: stepsPerSecond,
      },
      // Every report, the last one included, arrives here; the final result repeats the last report.
      (fraction, report) => {
        if (report) ctx.progress(fraction, (previous) => fold(previous, report));
      },
    );

  const status: Status =
    run.status === 'running'
      ? 'running'
      : run.status === 'error'
        ? 'error'
        : trained?.status === 'diverged'
          ? 'diverged'
          : !trained
            ? 'idle'
            : step >= steps
              ? 'done'
              : 'paused';
  const running = status === 'running';
  const playing = useRef(false);
  const play = () => {
    playing.current = true;
    run.start(train(steps, rate), { keepPartial: true });
  };
  const pause = () => {
    playing.current = false;
    run.cancel();
  };
  const stepBy = (n: number) => {
    playing.current = false;
    run.start(train(step + n, 0), { keepPartial: true });
  };
  const reset = () => {
    playing.current = false;
    run.reset();
  };
  // A new speed or step budget while playing continues from the last streamed state at the new pace.
  // biome-ignore lint/correctness/useExhaustiveDependencies: speed and budget are the trigger.
  useEffect(() => {
    if (playing.current && run.status === 'running') run.start(train(steps, rate), { keepPartial: true });
  }, [rate, steps]);
  useEffect(() => {
    if (run.status !== 'running') playing.current = false;
  }, [run.status]);

  const recorded = useMemo(() => (trained?.points.length ? trained.points : [start]), [trained, start]);
  const current = trained?.current ?? (recorded[recorded.length - 1] as TrainPoint);
  // The curves end at the shown state even between recorded points.
  const points = useMemo(
    () =>
      current.step > (recorded[recorded.length - 1] as TrainPoint).step ? [...recorded, current] : recorded,
    [recorded, current],
  );
  const { optimum, r } = target;
  const gap = gapToOptimum(current.loss, target);
  const relGap = optimum > 0 ? gap / optimum : Number.NaN;
  const largest = current.angles.length > 0 ? Math.max(...current.angles) : Number.NaN;

  useExportData(() => ({
    name: `autoencoder-train-${preset}-k${kEff}-${optimizer}`,
    colLabels: ['step', 'loss', 'Eckart–Young optimum', ...current.angles.map((_, i) => `θ${i + 1} (rad)`)],
    rows: points.map((p) => [p.step, p.loss, optimum, ...p.angles]),
    meta: { preset, k: kEff, optimizer, learningRate: lr, batchSize: bEff, seed, status },
  }));

  let statusText: string;
  switch (status) {
    case 'idle':
      statusText = `Press Play to train for ${formatInteger(steps)} steps in a background worker.`;
      break;
    case 'running':
      statusText = `Training… step ${formatInteger(step)} of ${formatInteger(steps)}.`;
      break;
    case 'paused':
      statusText = `Paused at step ${formatInteger(step)}.`;
      break;
    case 'done':
      statusText = `Done: ${formatInteger(step)} steps. Raise Steps to train on, or Reset.`;
      break;
    case 'diverged':
      statusText = `Stopped at step ${formatInteger(step)}.`;
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
        <ParamSelect name="preset" />
        <ParamSlider
          name="k"
          max={Math.max(1, size.cols)}
          format={() => formatInteger(Math.max(1, Math.min(params.k, size.cols)))}
        />
        <ParamSelect name="optimizer" />
        <ParamSlider name="lr" />
        <ParamSlider
          name="batch"
          max={Math.max(1, size.rows)}
          maxMeansAll
          format={(v) => (v >= size.rows ? `${formatInteger(size.rows)} (full)` : formatInteger(v))}
        />
        <ParamNumber name="seed" />
        <ParamNumber name="steps" />
        <ParamSelect name="speed" />
      </div>

      {k > M.cols ? (
        <p className={styles.note} data-testid="k-clamped">
          k = {k} is more than the {M.cols} columns of M; training with k = {kEff}.
        </p>
      ) : null}

      {params.preset === 'custom' ? (
        <div className={styles.editor}>
          <ParamMatrix name="matrix" />
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
          <Button variant="primary" onClick={play} disabled={status === 'diverged' || status === 'done'}>
            {status === 'paused' ? 'Resume' : 'Play'}
          </Button>
        )}
        <Button onClick={() => stepBy(1)} disabled={running || status === 'diverged'}>
          Step
        </Button>
        <Button onClick={() => stepBy(100)} disabled={running || status === 'diverged'}>
          +100
        </Button>
        <Button onClick={reset} disabled={status === 'idle'}>
          Reset
        </Button>
        <div className={styles.progress}>
          <ProgressBar
            label={`Step ${formatInteger(step)} of ${formatInteger(steps)}`}
            value={Math.min(1, step / steps)}
            busy={status === 'running'}
          />
        </div>
      </div>
      <p className={styles.status} role="status" aria-live="polite" data-status={status}>
        {statusText}
      </p>
      {status === 'diverged' ? (
        <p className={styles.diverged} role="alert" data-diverged={trained?.divergedAtStep ?? ''}>
          Diverged at step {formatInteger(trained?.divergedAtStep ?? 0)}: with {OPTIMIZER_LABELS[optimizer]}{' '}
          at η = {formatNumber(lr, { digits: 3 })} the loss blew up (it overflowed or grew a million-fold), so
          training stopped and shows the last good state. Lower the learning rate to train again.
        </p>
      ) : null}

      <dl className={styles.readouts}>
        <RunReadout name="step" label="Step" value={step} text={formatInteger(step)} />
        <RunReadout
          name="loss"
          label="Loss ‖M − MCD‖²"
          value={current.loss}
          text={formatNumber(current.loss, { digits: 6 })}
        />
        <RunReadout
          name="optimum"
          label="Eckart–Young Σσᵢ², i > k"
          value={optimum}
          text={formatNumber(optimum, { digits: 6 })}
        />
        <RunReadout
          name="gap"
          label="Gap (relative)"
          value={gap}
          text={
            optimum > 0
              ? `${formatNumber(gap, { digits: 3 })} (${formatNumber(relGap, { digits: 2 })})`
              : formatNumber(gap, { digits: 3 })
          }
        />
        <RunReadout
          name="angle"
          label={`Largest angle θ${r > 0 ? r : ''}`}
          value={largest}
          text={r > 0 ? `${formatNumber(largest, { digits: 3 })} rad` : '—'}
        />
        <RunReadout
          name="rate"
          label="Steps/s"
          value={trained?.stepsPerSecond ?? 0}
          text={trained?.stepsPerSecond ? formatInteger(trained.stepsPerSecond) : '—'}
        />
      </dl>

      <ParamToggle name="gap" />
      <TrainPlots points={points} current={current} target={target} showGap={showGap} steps={steps} />
    </div>
  );
}
