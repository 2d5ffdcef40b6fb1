'use client';

import { memo, useMemo } from 'react';
import {
  ParamNumber,
  ParamSelect,
  ParamSlider,
  ProgressBar,
  RunButtons,
  TextField,
  useParamSpec,
} from '@/components/controls';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useParam, useWidgetParams, useWidgetStore } from '@/components/figure/store';
import {
  type RunContext,
  type TaskInput,
  type TaskOutput,
  type TaskPartial,
  useRun,
  useTask,
} from '@/components/figure/worker';
import { AxisX, AxisY, Dot, Frame, Line, Plot, SwatchLegend } from '@/components/plot';
import { PlotPlaceholder, RunReadout, trainingStyles } from '@/components/views/training/Training';
import { formatInteger, formatNumber } from '@/lib/format';
import { SUBSAMPLE_OPTIONS, type sgnsTrainParams } from './params';
import styles from './SgnsTrain.module.css';

type P = ParamValues<typeof sgnsTrainParams>;
type Report = TaskPartial<'sgns-train'>;
type Answer = TaskOutput<'embeddings-query'>;
type Status = 'idle' | 'running' | 'paused' | 'done' | 'error';

/** Stream positions per chunk: one loss point, one check and one store per chunk (~0.5 s at d = 50). */
const CHUNK = 50_000;
/** Neighbours listed per model. */
const NEIGHBOURS = 10;
const PLOT_HEIGHT = 240;
const MARGIN = { left: 48, bottom: 38 };

const fixed = (x: number, digits = 3) => formatNumber(x, { style: 'fixed', digits });

/** The smallest and largest finite value of some lists, or [0, 1] if none. */
function extent(...lists: ArrayLike<number>[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const list of lists)
    for (let i = 0; i < list.length; i++) {
      const v = list[i] as number;
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  return lo <= hi ? [lo, hi] : [0, 1];
}

/** Mean loss per chunk against the stream positions trained. */
const LossPlot = memo(function LossPlot({ report }: { report: Report }) {
  const { points, totalTokens } = report;
  const [lo, hi] = extent(points.map((p) => p.loss));
  const pad = Math.max(0.05, (hi - lo) * 0.08);
  return (
    <Plot
      label={`Mean skip-gram loss per chunk of ${formatInteger(CHUNK)} tokens against tokens trained: ${points.length} points`}
      x={{ domain: [0, Math.max(1, totalTokens)] }}
      y={{ domain: [lo - pad, hi + pad], nice: true }}
      height={PLOT_HEIGHT}
      margin={MARGIN}
    >
      <Frame />
      <AxisX
        label="tokens trained"
        grid
        ticks={4}
        tickFormat={(v) => formatNumber(Number(v), { style: 'compact' })}
      />
      <AxisY label="loss per pair" grid ticks={5} />
      <Line data={points} x="tokens" y="loss" strokeWidth={2} testId="loss-curve" />
    </Plot>
  );
});

interface Pair {
  pmi: number;
  dot: number;
  label: string;
}

/** w·c against PMI − log k over the sampled pairs, with y = x (the optimum) and the fitted line. */
const CheckPlot = memo(function CheckPlot({ report }: { report: Report }) {
  const pairs = useMemo<Pair[]>(
    () =>
      Array.from(report.pmi, (pmi, i) => ({
        pmi,
        dot: report.dots[i] as number,
        label: report.labels[i] as string,
      })),
    [report],
  );
  const [x0, x1] = extent(report.pmi);
  const [y0, y1] = extent(report.dots, report.pmi);
  const { slope, intercept } = report.fit;
  const lines = useMemo(
    () => ({
      ideal: [
        { x: x0, y: x0 },
        { x: x1, y: x1 },
      ],
      fit: Number.isFinite(slope)
        ? [
            { x: x0, y: intercept + slope * x0 },
            { x: x1, y: intercept + slope * x1 },
          ]
        : [],
    }),
    [x0, x1, slope, intercept],
  );
  return (
    <Plot
      label={`w·c against PMI − log k for ${pairs.length} observed pairs; correlation ${fixed(report.fit.correlation)}, slope ${fixed(report.fit.slope)}`}
      x={{ domain: [x0, x1], nice: true }}
      y={{ domain: [y0, y1], nice: true }}
      height={PLOT_HEIGHT}
      margin={MARGIN}
      exportView
    >
      <Frame />
      <AxisX label="PMI(w, c) − log k" grid ticks={5} />
      <AxisY label="w·c" grid ticks={5} />
      <Dot
        data={pairs}
        x="pmi"
        y="dot"
        r={1.8}
        fill="var(--accent)"
        opacity={0.45}
        titleOf={(d: Pair) => `${d.label}: PMI − log k = ${fixed(d.pmi, 2)}, w·c = ${fixed(d.dot, 2)}`}
      />
      <Line
        data={lines.ideal}
        x="x"
        y="y"
        stroke="var(--fg-muted)"
        dash="6 4"
        strokeWidth={1.5}
        testId="ideal"
      />
      <Line data={lines.fit} x="x" y="y" stroke="var(--danger)" strokeWidth={2} testId="fit" />
    </Plot>
  );
});

/** One model's neighbours of the word, or why there are none. */
function NeighbourList({
  title,
  answer,
  pending,
  empty,
  onPick,
  testId,
  progress,
}: {
  title: string;
  answer: Answer | null;
  pending: boolean;
  empty: string;
  /** A computation to show while there is nothing to list yet. */
  progress?: { label: string; value: number } | null;
  onPick: (word: string) => void;
  testId: string;
}) {
  let body: React.ReactNode;
  if (!answer)
    body = progress ? (
      <ProgressBar label={progress.label} value={progress.value} thin />
    ) : (
      <p className={styles.hint}>{pending ? 'Computing…' : empty}</p>
    );
  else if (!answer.ok)
    body = (
      <p className={styles.hint}>
        “{answer.unknown}” is not among the top V words.
        {answer.suggestions.length ? (
          <>
            {' '}
            Try{' '}
            {answer.suggestions.map((w, i) => (
              <span key={w}>
                {i > 0 ? ', ' : ''}
                <button type="button" className={styles.suggestion} onClick={() => onPick(w)}>
                  {w}
                </button>
              </span>
            ))}
            .
          </>
        ) : null}
      </p>
    );
  else if ('neighbours' in answer)
    body = (
      <ol className={styles.neighbours}>
        {answer.neighbours.map((n) => (
          <li key={n.index}>
            <span>{n.word}</span>
            <span className={styles.cos}>{fixed(n.similarity, 2)}</span>
          </li>
        ))}
      </ol>
    );
  return (
    <section className={`${styles.column} ${pending ? 'result-stale' : ''}`} data-testid={testId}>
      <h4 className={styles.columnTitle}>{title}</h4>
      <div className={styles.body}>{body}</div>
    </section>
  );
}

/** The word field: typed text is committed (as the `word` parameter) on Enter or when the field loses focus. */
function WordField() {
  const { label } = useParamSpec('word', ['string']);
  const [word, setWord] = useParam<P, 'word'>('word');
  return (
    <TextField
      label={label}
      value={word}
      onCommit={(text) => {
        if (text.trim()) setWord(text.trim().toLowerCase());
      }}
      type="search"
      maxLength={40}
      enterKeyHint="search"
      className={styles.wordForm}
    />
  );
}

/**
 * Skip-gram with negative sampling trained in the Web Worker on the Brown running text, beside the SVD of the
 * shifted PPMI matrix of the same window: the loss as it trains, the neighbours of a word under both models,
 * and Levy & Goldberg's check that w·c approaches PMI(w, c) − log k. The page only starts and stops jobs and
 * draws what they report.
 */
export default function SgnsTrain() {
  const [params, setParam] = useWidgetParams<P>();
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const { V, dim, window, k, lr, epochs, subsample, seed, word } = params;
  const settings = useMemo(
    () => ({
      V,
      dim,
      window,
      negatives: k,
      learningRate: lr,
      epochs,
      subsample: Number(subsample),
      seed,
    }),
    [V, dim, window, k, lr, epochs, subsample, seed],
  );

  // Training belongs to its settings: a change (or the figure's reset) stops it and clears the curves.
  const run = useRun<Report, Report>([settings, generation]);
  const report = run.partial;
  const train = (chunks?: number) => (ctx: RunContext<Report>) =>
    ctx.task(
      'sgns-train',
      { ...settings, chunk: CHUNK, restart: report === null, ...(chunks ? { chunks } : {}) },
      (fraction, r) => {
        if (r) ctx.progress(fraction, () => r);
      },
    );
  const status: Status =
    run.status === 'running'
      ? 'running'
      : run.status === 'error'
        ? 'error'
        : !report
          ? 'idle'
          : report.done
            ? 'done'
            : 'paused';
  const running = status === 'running';
  const play = () => run.start(train(), { keepPartial: true });
  const step = () => run.start(train(1), { keepPartial: true });

  // The SVD side: the same window (linear weighting, word2vec's sampled window in expectation), shifted PPMI
  // with the same k and context power 0.75, rank d.
  const svdInput = useMemo<TaskInput<'embeddings-svd'>>(
    () => ({
      V,
      window,
      weighting: 'linear',
      transform: 'shifted-ppmi',
      shift: k,
      contextPower: 0.75,
      dim,
      eigenPower: 0.5,
      seed,
    }),
    [V, window, k, dim, seed],
  );
  const svd = useTask('embeddings-svd', svdInput);
  const svdKey = svd.pending ? null : (svd.data?.key ?? null);
  const query = useMemo(() => ({ op: 'neighbours' as const, word, k: NEIGHBOURS }), [word]);
  const svdAnswer = useTask('embeddings-query', svdKey ? { key: svdKey, query } : null);
  // `at` makes each chunk's model a new query: the vectors under the key change as training goes on.
  const sgnsQuery = useMemo(
    () => (report ? { key: report.key, query, at: report.tokens } : null),
    [report, query],
  );
  const sgnsAnswer = useTask('embeddings-query', sgnsQuery);

  const totalTokens = report?.totalTokens ?? 0;
  const fraction = totalTokens > 0 ? (report?.tokens ?? 0) / totalTokens : 0;
  const lastLoss = report?.points.at(-1)?.loss ?? Number.NaN;

  useExportData(() =>
    report
      ? {
          name: `sgns-train-V${report.V}-d${dim}-w${window}-k${k}`,
          colLabels: ['PMI − log k', 'w·c', 'co-occurrence count'],
          rowLabels: report.labels,
          rows: Array.from(report.pmi, (x, i) => [x, report.dots[i] as number, report.counts[i] as number]),
          meta: {
            ...settings,
            tokens: report.tokens,
            fit: report.fit,
            loss: report.points.map((p) => [p.tokens, p.loss]),
          },
        }
      : null,
  );

  let statusText: string;
  switch (status) {
    case 'idle':
      statusText = 'Press Play to train skip-gram on the Brown corpus in a background worker.';
      break;
    case 'running':
      statusText = report
        ? `Training… epoch ${Math.min(epochs, report.epoch + 1)} of ${epochs}.`
        : 'Loading the corpus and sampling pairs…';
      break;
    case 'paused':
      statusText = `Paused after ${formatInteger(report?.tokens ?? 0)} tokens.`;
      break;
    case 'done':
      statusText = `Done: ${epochs} epoch${epochs > 1 ? 's' : ''}, ${formatInteger(report?.tokens ?? 0)} tokens.`;
      break;
    case 'error':
      statusText = `Training failed: ${run.error ?? 'unknown error'}`;
      break;
  }

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSlider name="V" format={(v) => formatInteger(v)} />
        <ParamSlider name="dim" />
        <ParamSlider name="window" />
        <ParamSlider name="k" />
        <ParamSlider name="lr" />
        <ParamSlider name="epochs" />
        <ParamSelect name="subsample" only={SUBSAMPLE_OPTIONS} />
        <ParamNumber name="seed" />
      </div>

      <RunButtons
        running={running}
        paused={status === 'paused'}
        done={status === 'done'}
        idle={status === 'idle'}
        onPlay={play}
        onPause={run.cancel}
        onStep={step}
        onReset={run.reset}
        progressLabel={
          report
            ? `${formatInteger(report.tokens)} of ${formatInteger(totalTokens)} tokens`
            : 'Tokens trained'
        }
        progress={fraction}
      />
      <p className={styles.status} role="status" aria-live="polite" data-status={status}>
        {statusText}
      </p>

      <dl className={trainingStyles.readouts}>
        <RunReadout
          name="tokens-per-second"
          label="Tokens/s"
          value={report?.tokensPerSecond ?? Number.NaN}
          text={report?.tokensPerSecond ? formatInteger(Math.round(report.tokensPerSecond)) : '—'}
        />
        <RunReadout
          name="loss"
          label="Loss (last chunk)"
          value={lastLoss}
          text={report ? fixed(lastLoss) : '—'}
        />
        <RunReadout
          name="correlation"
          label="Correlation r"
          value={report?.fit.correlation ?? Number.NaN}
          text={report ? fixed(report.fit.correlation) : '—'}
        />
        <RunReadout
          name="slope"
          label="Slope (1 at the optimum)"
          value={report?.fit.slope ?? Number.NaN}
          text={report ? fixed(report.fit.slope) : '—'}
        />
        <RunReadout
          name="intercept"
          label="Intercept (0 at the optimum)"
          value={report?.fit.intercept ?? Number.NaN}
          text={report ? fixed(report.fit.intercept) : '—'}
        />
      </dl>

      <div className={trainingStyles.plots}>
        <figure className={trainingStyles.plotBox}>
          <figcaption>Loss as it trains</figcaption>
          {report ? (
            <LossPlot report={report} />
          ) : (
            <PlotPlaceholder height={PLOT_HEIGHT} text="Train to see the loss." />
          )}
        </figure>
        <figure className={trainingStyles.plotBox} data-testid="check">
          <figcaption>Levy–Goldberg check: w·c against PMI − log k</figcaption>
          <SwatchLegend
            label="Legend of the check"
            items={[
              { label: 'observed pair', shape: 'dot', color: 'var(--accent)' },
              { label: 'w·c = PMI − log k', shape: 'dash', color: 'var(--fg-muted)' },
              { label: 'least-squares line', shape: 'line', color: 'var(--danger)' },
            ]}
          />
          {report ? (
            <CheckPlot report={report} />
          ) : (
            <PlotPlaceholder height={PLOT_HEIGHT} text="Train to see the pairs." />
          )}
        </figure>
      </div>
      <p className={styles.hint}>
        {report ? formatInteger(report.pmi.length) : 'Up to 2,000'} observed pairs of the window’s
        co-occurrence matrix (weighted by distance as word2vec’s sampled window is, in expectation), drawn
        without replacement with probability proportional to their counts, so frequent pairs dominate as they
        dominate the loss. The points would lie on the dashed line only at the exact optimum of an
        unconstrained model: here pairs are weighted by how often they occur (rare pairs get few updates),
        pairs never observed still push their w·c down through the negatives,{' '}
        {epochs === 1 ? 'one epoch of SGD stops' : `${epochs} epochs of SGD stop`} short of any optimum, and d
        = {dim} dimensions cannot hold a V×V matrix of rank up to V = {formatInteger(V)}.
        {subsample !== '0' ? ' Subsampling also changes which pairs the model sees.' : ''}
      </p>

      <div className={styles.compare}>
        <WordField />
        <div className={styles.columns}>
          <NeighbourList
            title="Skip-gram (W)"
            answer={report ? sgnsAnswer.data : null}
            pending={sgnsAnswer.pending}
            empty="Train (Play or Step) to query the skip-gram vectors."
            onPick={(w) => setParam('word', w)}
            testId="sgns-neighbours"
          />
          <NeighbourList
            title={`SVD of shifted PPMI, rank ${dim} (U·√Σ)`}
            answer={svdAnswer.data}
            pending={svd.pending || svdAnswer.pending}
            empty={svd.error ?? 'Computing the SVD…'}
            onPick={(w) => setParam('word', w)}
            testId="svd-neighbours"
            progress={svd.pending ? { label: 'SVD of the shifted PPMI matrix', value: svd.progress } : null}
          />
        </div>
      </div>
    </div>
  );
}
