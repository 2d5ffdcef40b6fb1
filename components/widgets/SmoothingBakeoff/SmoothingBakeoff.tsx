'use client';

import { memo, type ReactNode, useCallback, useEffect, useMemo } from 'react';
import { Button, formatParam, ProgressBar, Slider } from '@/components/controls';
import { sliderScale } from '@/components/controls/scale';
import { cx } from '@/components/controls/util';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { AssetStatus, createAssetLoader, useAsset } from '@/components/figure/asset';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { runTask, type TaskOutput, useRun, useTask } from '@/components/figure/worker';
import {
  AxisX,
  AxisY,
  Dot,
  Frame,
  Line,
  Plot,
  paddedLogDomain,
  Readout,
  RuleX,
  SwatchLegend,
} from '@/components/plot';
import { BROWN_PATH } from '@/lib/corpus/asset';
import { formatInteger, formatNumber } from '@/lib/format';
import { LEARNING_SIZES, smoothingBakeoffParams, TRAINING_NOTCHES } from './params';
import styles from './SmoothingBakeoff.module.css';

type P = ParamValues<typeof smoothingBakeoffParams>;
type BakeoffResult = TaskOutput<'smoothing-bakeoff'>;
type BakeoffMethod = BakeoffResult['methods'][number]['method'];
type DevCurve = BakeoffResult['curves']['alpha'];
type LearningPoint = TaskOutput<'smoothing-learning-curve'>['points'][number];

/** The corpus summary, loaded (with the asset itself) in the worker once per page. */
const loadCorpus = createAssetLoader(() => runTask('smoothing-corpus', {}));

/** Table order of the methods: the worker's BAKEOFF_METHODS (type-only import keeps lib out of this chunk). */
const METHODS: readonly BakeoffMethod[] = ['mle', 'add', 'forgetting', 'good-turing', 'absolute'];
const LABELS: Record<BakeoffMethod, string> = {
  mle: 'MLE',
  add: 'add-α',
  forgetting: 'forgetting γ',
  'good-turing': 'Good–Turing',
  absolute: 'absolute D',
};
const COLORS: Record<BakeoffMethod, string> = {
  mle: 'var(--fg-muted)',
  add: 'var(--warn)',
  forgetting: 'var(--accent)',
  'good-turing': 'var(--ok)',
  absolute: 'var(--danger)',
};
const CURVE_MARGIN = { top: 12, right: 14, bottom: 38, left: 52 };
const PLOT_HEIGHT = 230;
/** The dev curves show this many bits above their best: enough to see how flat each optimum is. */
const CURVE_WINDOW = 0.6;

const f3 = (x: number) => formatNumber(x, { style: 'fixed', digits: 3 });
const c3 = (x: number) => formatNumber(x, { digits: 3 });
const bits = (x: number) => (Number.isFinite(x) ? f3(x) : '∞');

/** The constant a method uses, as the table shows it. */
function constantText(method: BakeoffMethod, r: BakeoffResult): string {
  const c = r.used;
  switch (method) {
    case 'add':
      return `α = ${c3(c.alpha)}`;
    case 'forgetting':
      return `γ = ${c3(c.gamma)}`;
    case 'absolute':
      return `D = ${c3(c.discount)}`;
    default:
      return '—';
  }
}

/** The training-size slider: stops at TRAINING_NOTCHES (a log-like scale); a URL value between them is kept. */
function FilesSlider({
  files,
  prefixTokens,
  onChange,
}: {
  files: number;
  prefixTokens: readonly number[] | null;
  onChange: (files: number) => void;
}) {
  let index = 0;
  TRAINING_NOTCHES.forEach((n, k) => {
    if (n <= files) index = k;
  });
  const tokens = prefixTokens?.[files - 1];
  return (
    <Slider
      label={smoothingBakeoffParams.files.label}
      value={index}
      min={0}
      max={TRAINING_NOTCHES.length - 1}
      onChange={(k) => onChange(TRAINING_NOTCHES[k] ?? files)}
      format={() =>
        `${formatInteger(files)} file${files === 1 ? '' : 's'}${tokens !== undefined ? ` · ${formatInteger(tokens)} tokens` : ''}`
      }
    />
  );
}

/** A table's horizontal scroller: labelled and focusable, so a keyboard can scroll it on a phone. */
function TableBox({ label, stale, children }: { label: string; stale: boolean; children: ReactNode }) {
  return (
    <div className={cx(styles.tableBox, stale && 'result-stale')} data-stale={stale ? '' : undefined}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <section className={styles.scroller} aria-label={label} tabIndex={0}>
        {children}
      </section>
    </div>
  );
}

type ConstantName = 'alpha' | 'gamma' | 'discount';

/**
 * The slider of one constant: its first notch (0) means "fitted on dev", and a step off that notch starts from
 * the fitted value (on the slider's grid), so the reader nudges a constant around its optimum.
 */
function ConstantSlider({
  name,
  value,
  fitted,
  onChange,
}: {
  name: ConstantName;
  value: number;
  fitted: number | null;
  onChange: (value: number) => void;
}) {
  const spec = smoothingBakeoffParams[name];
  const scale = sliderScale(spec);
  return (
    <Slider
      label={spec.label}
      value={scale.toPosition(value)}
      min={scale.min}
      max={scale.max}
      step={scale.step}
      onChange={(p) => {
        const offFitted = value <= 0 && fitted !== null && p < scale.min + 1.5 * scale.step;
        const next = offFitted ? scale.toValue(scale.toPosition(fitted)) : scale.toValue(p);
        if (!Object.is(next, value)) onChange(next);
      }}
      format={() =>
        value > 0 ? formatParam(spec, value) : `fitted${fitted !== null ? `: ${c3(fitted)}` : ''}`
      }
    />
  );
}

/** The bake-off table: every method on the test files. */
const ScoreTable = memo(function ScoreTable({ r, stale }: { r: BakeoffResult; stale: boolean }) {
  return (
    <TableBox label="Scores on the test files" stale={stale}>
      <table className="num-table" data-testid="score-table">
        <caption>
          {formatInteger(r.methods[0]?.test.tokens ?? 0)} test tokens, {formatInteger(r.trainTokens)} training
          tokens ({formatInteger(r.input.files)} files)
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.left}>
              method
            </th>
            <th scope="col">bits / token</th>
            <th scope="col">perplexity</th>
            <th scope="col">constant</th>
            <th scope="col">log-likelihood (nats)</th>
            <th scope="col">zero-prob. tokens</th>
            <th scope="col">dev bits / token</th>
          </tr>
        </thead>
        <tbody>
          {r.methods.map((m, k) => (
            <tr key={m.method} data-method={m.method}>
              <th scope="row" className={styles.left}>
                <span className={styles.swatch} style={{ background: COLORS[m.method] }} aria-hidden="true" />
                {LABELS[m.method]}
              </th>
              <td data-col="bits" className={k === r.testBest ? styles.best : undefined}>
                {bits(m.test.bitsPerToken)}
              </td>
              <td data-col="perplexity">
                {Number.isFinite(m.test.perplexity)
                  ? formatNumber(m.test.perplexity, { style: 'fixed', digits: 0 })
                  : '∞'}
              </td>
              <td data-col="constant">
                {constantText(m.method, r)}
                {m.method === 'add' || m.method === 'forgetting' || m.method === 'absolute'
                  ? m.fitted
                    ? ' (fitted)'
                    : ' (by hand)'
                  : ''}
              </td>
              <td data-col="ll">
                {Number.isFinite(m.test.logLikelihood)
                  ? formatNumber(m.test.logLikelihood, { style: 'fixed', digits: 0 })
                  : '−∞'}
              </td>
              <td data-col="zero">{formatInteger(m.test.zeroProbabilityTokens)}</td>
              <td data-col="dev">{bits(m.dev.bitsPerToken)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
});

/** Points of a dev curve inside the plotted window (the rest leave the plot, so the line breaks there). */
function windowed(curve: DevCurve, top: number) {
  return curve.values.map((v, k) => ({
    v,
    b: (curve.bits[k] as number) <= top ? curve.bits[k] : Number.NaN,
  }));
}

/** Dev bits/token against α (add-α) and γ (forgetting) on a log axis, the fitted values marked. */
const ConstantPlot = memo(function ConstantPlot({ r }: { r: BakeoffResult }) {
  const low = Math.min(...r.curves.alpha.bits, ...r.curves.gamma.bits);
  const top = low + CURVE_WINDOW;
  const add = useMemo(() => windowed(r.curves.alpha, top), [r, top]);
  const forgetting = useMemo(() => windowed(r.curves.gamma, top), [r, top]);
  const usedAlpha = useMemo(
    () => [{ v: r.used.alpha, b: r.methods[1]?.dev.bitsPerToken ?? Number.NaN }],
    [r],
  );
  const usedGamma = useMemo(
    () => [{ v: r.used.gamma, b: r.methods[2]?.dev.bitsPerToken ?? Number.NaN }],
    [r],
  );
  return (
    <Plot
      label={`Bits per token on the dev files against the constant (log axis), at ${r.input.files} training files: add-α against α, forgetting against γ; fitted α* = ${c3(r.fitted.alpha)}, γ* = ${c3(r.fitted.gamma)}`}
      x={{ type: 'log', domain: [1e-3, 100] }}
      y={{ domain: [low - 0.03, top], nice: false }}
      height={PLOT_HEIGHT}
      margin={CURVE_MARGIN}
      exportView
    >
      <AxisX label="α or γ" ticks={6} grid />
      <AxisY label="dev bits / token" grid />
      <Frame />
      <RuleX values={[r.fitted.alpha]} label="α*" stroke={COLORS.add} dash="4 3" />
      <RuleX values={[r.fitted.gamma]} label="γ*" stroke={COLORS.forgetting} dash="4 3" />
      <Line data={add} x="v" y="b" stroke={COLORS.add} strokeWidth={2.4} dash="7 4" title="add-α against α" />
      <Line
        data={forgetting}
        x="v"
        y="b"
        stroke={COLORS.forgetting}
        strokeWidth={1.8}
        title="forgetting against γ"
      />
      <Dot
        data={usedAlpha}
        x="v"
        y="b"
        r={4.5}
        fill={COLORS.add}
        titleOf={(d) => `add-α at α = ${c3(d.v)}: ${f3(d.b)} dev bits/token`}
      />
      <Dot
        data={usedGamma}
        x="v"
        y="b"
        r={4.5}
        fill={COLORS.forgetting}
        titleOf={(d) => `forgetting at γ = ${c3(d.v)}: ${f3(d.b)} dev bits/token`}
      />
    </Plot>
  );
});

/** Dev bits/token against D (linear axis), the fitted D marked. */
const DiscountPlot = memo(function DiscountPlot({ r }: { r: BakeoffResult }) {
  const low = Math.min(...r.curves.discount.bits);
  const top = low + CURVE_WINDOW;
  const curve = useMemo(() => windowed(r.curves.discount, top), [r, top]);
  const used = useMemo(() => [{ v: r.used.discount, b: r.methods[4]?.dev.bitsPerToken ?? Number.NaN }], [r]);
  return (
    <Plot
      label={`Bits per token on the dev files against the discount D of absolute discounting; fitted D* = ${c3(r.fitted.discount)}`}
      x={{ domain: [0, 1] }}
      y={{ domain: [low - 0.03, top], nice: false }}
      height={PLOT_HEIGHT}
      margin={CURVE_MARGIN}
    >
      <AxisX label="D" ticks={5} grid />
      <AxisY label="dev bits / token" grid />
      <Frame />
      <RuleX values={[r.fitted.discount]} label="D*" stroke={COLORS.absolute} dash="4 3" />
      <Line
        data={curve}
        x="v"
        y="b"
        stroke={COLORS.absolute}
        strokeWidth={1.8}
        title="absolute discounting against D"
      />
      <Dot data={used} x="v" y="b" r={4.5} fill={COLORS.absolute} />
    </Plot>
  );
});

/** Test bits/token against training files (log axis) for the smoothed methods, the current size marked. */
const LearningPlot = memo(function LearningPlot({
  points,
  files,
}: {
  points: readonly LearningPoint[];
  files: number;
}) {
  const series = useMemo(
    () =>
      METHODS.slice(1).map((m) => ({
        m,
        data: points.map((p) => ({ n: p.files, b: p.bits[METHODS.indexOf(m)] as number })),
      })),
    [points],
  );
  const y = useMemo(() => {
    const all = series.flatMap((s) => s.data.map((d) => d.b)).filter(Number.isFinite);
    const lo = all.length ? Math.min(...all) : 10.5;
    const hi = all.length ? Math.max(...all) : 12.5;
    return { domain: [lo - 0.05, hi + 0.05] as [number, number], nice: true };
  }, [series]);
  return (
    <Plot
      label={`Bits per token on the test files against training files (log axis), every method with its constant fitted on dev; ${points.length} sizes computed; the current size ${files} marked`}
      x={{ type: 'log', domain: paddedLogDomain([1, 300], [1, 300], 1.1) }}
      y={y}
      height={PLOT_HEIGHT}
      margin={CURVE_MARGIN}
    >
      <AxisX label="training files" tickValues={[1, 3, 10, 30, 100, 300]} grid />
      <AxisY label="test bits / token" grid />
      <Frame />
      <RuleX values={[files]} label="now" stroke="var(--fg-muted)" dash="3 3" />
      {series.map((s) => (
        <g key={s.m} data-series={s.m}>
          <Line data={s.data} x="n" y="b" stroke={COLORS[s.m]} strokeWidth={1.6} title={LABELS[s.m]} />
          <Dot data={s.data} x="n" y="b" r={3} fill={COLORS[s.m]} />
        </g>
      ))}
    </Plot>
  );
});

/** One column head per method, in table order. */
function MethodHeads() {
  return (
    <>
      {METHODS.map((m) => (
        <th key={m} scope="col">
          {LABELS[m]}
        </th>
      ))}
    </>
  );
}

const bandLabel = (lo: number, hi: number) =>
  hi === Number.POSITIVE_INFINITY
    ? `${lo}+`
    : hi === lo + 1
      ? lo === 0
        ? 'unseen'
        : String(lo)
      : `${lo}–${hi - 1}`;

/** Test bits/token by the words' training count: which method wins for rare and for common words. */
const BandTable = memo(function BandTable({ r, stale }: { r: BakeoffResult; stale: boolean }) {
  return (
    <TableBox label="Test bits per token by training count" stale={stale}>
      <table className="num-table" data-testid="band-table">
        <caption>
          Test bits per token of the words in each training-count band (best in bold). MLE wins every band of
          seen words because it keeps no probability back for unseen ones, which it then cannot predict at
          all.
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.left}>
              training count
            </th>
            <th scope="col">words</th>
            <th scope="col">test tokens</th>
            <MethodHeads />
          </tr>
        </thead>
        <tbody>
          {r.bands.map((b, k) => (
            <tr key={b.lo} data-band={b.lo}>
              <th scope="row" className={styles.left}>
                {bandLabel(b.lo, b.hi)}
              </th>
              <td>{formatInteger(b.items)}</td>
              <td>{formatInteger(b.tokens)}</td>
              {METHODS.map((m, d) => (
                <td key={m} className={r.bandBest[k] === d ? styles.best : undefined} data-col={m}>
                  {b.tokens > 0 ? bits(b.bitsPerToken[d] as number) : '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
});

/** The frequency-of-frequencies table: what a word seen r times "really" occurs, and each prediction. */
const FrequencyTable = memo(function FrequencyTable({ r, stale }: { r: BakeoffResult; stale: boolean }) {
  return (
    <TableBox label="Frequency of frequencies" stale={stale}>
      <table className="num-table" data-testid="frequency-table">
        <caption>
          Words seen r times in training: their test count rescaled to the training size, and each method’s
          predicted count (nearest in bold)
        </caption>
        <thead>
          <tr>
            <th scope="col">r</th>
            <th scope="col">words N_r</th>
            <th scope="col">held out</th>
            <MethodHeads />
          </tr>
        </thead>
        <tbody>
          {r.frequency.map((row, k) => (
            <tr key={row.r} data-r={row.r}>
              <th scope="row">{row.r}</th>
              <td>{formatInteger(row.items)}</td>
              <td data-col="held-out">{formatNumber(row.heldOut, { style: 'fixed', digits: 3 })}</td>
              {METHODS.map((m, d) => (
                <td key={m} className={r.frequencyBest[k] === d ? styles.best : undefined}>
                  {formatNumber(row.predicted[d] as number, { style: 'fixed', digits: 3 })}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
});

/** What the fitted constants say about α ≈ γ/2 (the worker's numbers, from lib's F̂ at the fitted γ). */
function Correspondence({ r }: { r: BakeoffResult }) {
  const { alpha, gamma } = r.fitted;
  const c = r.correspondence;
  return (
    <Readout
      label="Fitted constants and the first-order correspondence"
      items={[
        { label: 'fitted α*', value: c3(alpha), testId: 'fitted-alpha' },
        { label: 'fitted γ*', value: c3(gamma), testId: 'fitted-gamma' },
        { label: 'fitted D*', value: c3(r.fitted.discount), testId: 'fitted-discount' },
        { label: 'γ*/α*', value: f3(c.ratio), testId: 'ratio' },
        { label: 'α ≈ γ/2 predicts α*', value: c3(c.halfGamma) },
        { label: 'unseen word: F̂(0) vs α*', value: `${c3(c.forgetting[0])} vs ${c3(c.add[0])}` },
        { label: 'seen once: F̂(1) vs 1 + α*', value: `${c3(c.forgetting[1])} vs ${c3(c.add[1])}` },
      ]}
    />
  );
}

type Corpus = TaskOutput<'smoothing-corpus'>;

/**
 * The bake-off: word probabilities from a training slice of the Brown corpus over its whole vocabulary, by
 * MLE, add-α, the forgetting formula, Simple Good–Turing and absolute discounting (constants fitted on the
 * dev files or set by hand), scored on the test files; the dev curves against α, γ and D; the learning curve;
 * and where each method wins (by training-count band and in the frequency-of-frequencies table). All the
 * counting, fitting and scoring runs in the worker.
 */
export default function SmoothingBakeoff() {
  const [params, live, setParam] = useDeferredWidgetParams<P>();
  const { asset, retry } = useAsset(loadCorpus);
  const corpus: Corpus | null = asset.status === 'ready' ? asset.value : null;
  const input = useMemo(
    () =>
      corpus
        ? {
            files: params.files,
            alpha: params.alpha > 0 ? params.alpha : null,
            gamma: params.gamma > 0 ? params.gamma : null,
            discount: params.discount > 0 ? params.discount : null,
          }
        : null,
    [corpus, params.files, params.alpha, params.gamma, params.discount],
  );
  const task = useTask('smoothing-bakeoff', input);
  const r = task.data;
  const stale = task.pending || task.error !== null;

  const run = useRun<{ cancelled: boolean }, LearningPoint[]>();
  const { start } = run;
  const startCurve = useCallback(
    () =>
      start(async (ctx) => {
        const out = await ctx.task('smoothing-learning-curve', { sizes: [...LEARNING_SIZES] }, (f, point) =>
          ctx.progress(f, (prev) => [...(prev ?? []), point as LearningPoint]),
        );
        return { cancelled: out.cancelled };
      }),
    [start],
  );
  // The learning curve starts once the first scores are in: both share the one worker, and the table comes first.
  const ready = r !== null;
  const idle = run.status === 'idle';
  useEffect(() => {
    if (ready && idle) startCurve();
  }, [ready, idle, startCurve]);
  const running = run.status === 'running';

  useExportData(() =>
    r
      ? {
          name: `smoothing-bakeoff-files${r.input.files}`,
          rows: r.methods.map((m) => [
            m.test.logLikelihood,
            m.test.bitsPerToken,
            m.test.perplexity,
            m.test.zeroProbabilityTokens,
            m.dev.bitsPerToken,
          ]),
          rowLabels: r.methods.map((m) => m.method),
          colLabels: [
            'test log-likelihood (nats)',
            'test bits/token',
            'perplexity',
            'zero-prob tokens',
            'dev bits/token',
          ],
          meta: {
            trainFiles: r.input.files,
            trainTokens: r.trainTokens,
            vocabulary: r.vocabulary,
            fitted: r.fitted,
            used: r.used,
          },
        }
      : null,
  );

  const devTokens = corpus?.devTokens ?? 0;
  const testTokens = corpus?.testTokens ?? 0;

  return (
    <div className={styles.widget} aria-busy={stale || undefined}>
      <div className={styles.controls}>
        <FilesSlider
          files={live.files}
          prefixTokens={corpus?.prefixTokens ?? null}
          onChange={(n) => setParam('files', n)}
        />
        {(['alpha', 'gamma', 'discount'] as const).map((name) => (
          <ConstantSlider
            key={name}
            name={name}
            value={live[name]}
            fitted={r ? r.fitted[name] : null}
            onChange={(v) => setParam(name, v)}
          />
        ))}
      </div>
      <AssetStatus asset={asset} retry={retry} what="the Brown corpus" url={BROWN_PATH} />
      {corpus ? (
        <p className={styles.hint}>
          Every method spreads probability over the whole vocabulary, all {formatInteger(corpus.vocabulary)}{' '}
          word forms of the corpus
          {r ? (
            <>
              : {formatInteger(r.vocabulary - r.seenTypes)} of them never occur in these{' '}
              {formatInteger(r.trainTokens)} training tokens and still get probability (except under MLE)
            </>
          ) : null}
          . Constants left at their first notch are fitted on the {corpus.devFiles} dev files (
          {formatInteger(devTokens)} tokens); every score is on the {corpus.testFiles} test files (
          {formatInteger(testTokens)} tokens), never used for fitting.
        </p>
      ) : null}
      {task.pending ? <ProgressBar label="Counting, fitting and scoring" value={task.progress} thin /> : null}
      {task.error ? (
        <p className={styles.error} role="alert">
          {task.error}
        </p>
      ) : null}
      {r ? (
        <>
          <ScoreTable r={r} stale={stale} />
          <div className={styles.plots}>
            <figure className={styles.plotBox}>
              <figcaption>Dev bits/token against α and γ</figcaption>
              <SwatchLegend
                label="Legend of the constant plot"
                items={[
                  { label: 'add-α against α', color: COLORS.add, shape: 'dash' },
                  { label: 'forgetting against γ', color: COLORS.forgetting, shape: 'line' },
                  { label: 'fitted (dashed), in use (dot)', color: 'var(--fg-muted)', shape: 'dash' },
                ]}
              />
              <ConstantPlot r={r} />
            </figure>
            <figure className={styles.plotBox}>
              <figcaption>Dev bits/token against D</figcaption>
              <SwatchLegend
                label="Legend of the discount plot"
                items={[{ label: 'absolute discounting against D', color: COLORS.absolute, shape: 'line' }]}
              />
              <DiscountPlot r={r} />
            </figure>
          </div>
          <div className={styles.stats}>
            <Correspondence r={r} />
          </div>
        </>
      ) : null}
      {corpus ? (
        <figure className={styles.plotBox}>
          <figcaption>
            Learning curve: test bits/token against training size (constants fitted on dev)
          </figcaption>
          <div className={styles.runRow}>
            <Button onClick={startCurve} disabled={running}>
              {run.status === 'done' ? 'Run again' : 'Run'}
            </Button>
            <Button onClick={run.cancel} disabled={!running}>
              Cancel
            </Button>
            <div className={styles.progress}>
              <ProgressBar label="Learning curve" value={run.progress} busy={running} />
            </div>
          </div>
          <p className={styles.status} role="status" data-status={run.status}>
            {run.status === 'cancelled'
              ? `Cancelled after ${run.partial?.length ?? 0} sizes.`
              : run.status === 'error'
                ? `The learning curve failed: ${run.error}`
                : running
                  ? `Fitting and scoring ${run.partial?.length ?? 0} of ${LEARNING_SIZES.length} sizes…`
                  : 'MLE is off the chart: at every size some test words are unseen, so its score is infinite.'}
          </p>
          <SwatchLegend
            label="Legend of the learning curve"
            items={METHODS.slice(1).map((m) => ({
              label: LABELS[m],
              color: COLORS[m],
              shape: 'line' as const,
            }))}
          />
          <LearningPlot points={run.partial ?? []} files={params.files} />
        </figure>
      ) : null}
      {r ? (
        <div className={styles.tables}>
          <BandTable r={r} stale={stale} />
          <FrequencyTable r={r} stale={stale} />
        </div>
      ) : null}
    </div>
  );
}
