'use client';

import { memo, useMemo, useRef, useState } from 'react';
import { ParamSeed, ParamSelect, ParamSlider, Select, Stepper } from '@/components/controls';
import { cx } from '@/components/controls/util';
import { useAfterPaint, useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { AssetStatus, createAssetLoader, useAsset } from '@/components/figure/asset';
import { useExportData } from '@/components/figure/exports';
import { ParamNotice } from '@/components/figure/Notice';
import type { ParamValues } from '@/components/figure/schema';
import { useParam } from '@/components/figure/store';
import { runTask } from '@/components/figure/worker';
import { AxisX, AxisY, Dot, Frame, Plot, RuleY, SwatchLegend, useElementWidth } from '@/components/plot';
import { BROWN_PATH } from '@/lib/corpus/asset';
import { formatInteger, formatNumber } from '@/lib/format';
import {
  memoryRecurrence,
  periodDecay,
  periodicPeak,
  streamFromPositions,
  type TraceSummary,
  traceSummary,
} from '@/lib/smoothing';
import { binExtents } from '@/lib/stats';
import { Rug, SeriesBand } from './draw';
import styles from './MemoryTrace.module.css';
import { memoryTraceParams } from './params';
import { makeStream } from './stream';

type P = ParamValues<typeof memoryTraceParams>;

const DEFAULT_WORD = memoryTraceParams.word.default;

/** Picking a corpus word shows its whole stream (the schema's largest N is the asset's stream length). */
const wholeStreamForWords = (source: string) =>
  source === 'word' ? { tokens: memoryTraceParams.tokens.max } : {};

const fmt = (v: number) => (Number.isFinite(v) ? formatNumber(v, { digits: 4 }) : '—');
const fmtAlpha = (forget: number) => formatNumber(1 - forget, { digits: 6 });

/** Writes `text` with the exact value in data-value, for tests. */
function value(testId: string, data: number, text = fmt(data)) {
  return (
    <span data-testid={testId} data-value={data}>
      {text}
    </span>
  );
}

/** Occurrences per second the step-through offers. */
const STEP_SPEEDS = [1, 4, 16, 64];

/** The step-through's deferred cursor while playing: the plots then follow the live step. */
const PLAYING = { playing: true } as const;

/** Up to this many occurrences the peaks plot marks each with a dot; beyond, a band per bin. */
const PEAK_DOTS = 150;

/**
 * The level just after each occurrence k = 1 … F: for a periodic stream on the closed form
 * (1 − βᵏ)/(1 − β) with β = α^{N/F}, the post's A_n, climbing to 1/(1 − β); for the others scattered around it.
 */
const PeaksPlot = memo(function PeaksPlot({
  peaks,
  shown,
  closedForm,
  settled,
  meanPeak,
  binCount,
}: {
  peaks: Float64Array;
  /** How many of the first occurrences to draw (the step-through); the axes are those of all of them. */
  shown: number;
  closedForm: Float64Array | null;
  settled: number;
  meanPeak: number;
  binCount: number;
}) {
  const count = peaks.length;
  const all = useMemo(() => binExtents(peaks, binCount), [peaks, binCount]);
  const drawn = useMemo(() => {
    if (shown >= count) return { series: peaks, bins: all };
    const series = peaks.subarray(0, shown);
    return { series, bins: binExtents(series, Math.max(1, Math.round((binCount * shown) / count))) };
  }, [peaks, all, shown, count, binCount]);
  const closedBins = useMemo(
    () => (closedForm ? binExtents(closedForm, binCount) : null),
    [closedForm, binCount],
  );
  let top = Number.isFinite(settled) ? settled : 1;
  for (let k = 0; k < all.hi.length; k++) if ((all.hi[k] as number) > top) top = all.hi[k] as number;
  const y = useMemo(() => ({ domain: [0, top * 1.08] as [number, number] }), [top]);
  const x = useMemo(() => ({ domain: [0.5, Math.max(1, count) + 0.5] as [number, number] }), [count]);
  const index = useMemo(() => Array.from(drawn.series, (_, k) => k), [drawn.series]);
  const series = drawn.series;
  return (
    <Plot
      label={`The level just after each of the ${formatInteger(count)} occurrences${closedForm ? ', on the closed form (1 − βᵏ)/(1 − β)' : ''}, against the settled level ${fmt(settled)}.`}
      x={x}
      y={y}
      aspect={3.2}
      minHeight={160}
      maxHeight={230}
      testId="peaks-plot"
    >
      <AxisX label="occurrence k" tickFormat={(v) => formatInteger(Number(v))} grid />
      <AxisY label="A just after" grid />
      <Frame />
      <RuleY values={Number.isFinite(settled) ? [settled] : []} stroke="var(--warn)" dash="6 4" />
      {closedForm && closedBins ? (
        <SeriesBand series={closedForm} bins={closedBins} stroke="var(--warn)" testId="closed-form" />
      ) : (
        <RuleY values={Number.isFinite(meanPeak) ? [meanPeak] : []} stroke="var(--accent)" dash="2 3" />
      )}
      {count <= PEAK_DOTS ? (
        <Dot data={index} x={(k) => k + 1} y={(k) => series[k] as number} r={2.5} fill="var(--accent)" />
      ) : (
        <SeriesBand series={series} bins={drawn.bins} stroke="var(--accent)" testId="peaks" />
      )}
    </Plot>
  );
});

const LEGEND = [
  { label: 'memory A', color: 'var(--accent)', shape: 'line' },
  { label: 'occurrences', color: 'var(--danger)', shape: 'line' },
  {
    label: (
      <span>
        settled level 1/(1 − α<sup>N/F</sup>)
      </span>
    ),
    color: 'var(--warn)',
    shape: 'dash',
  },
  { label: 'stationary mean (F/N)/(1 − α)', color: 'var(--ok)', shape: 'dash' },
  { label: 'time-average of A', color: 'var(--fg-muted)', shape: 'dash' },
] as const;

const MARGIN = { top: 20 };
const tokenTick = (v: number | string) => formatInteger(Number(v));

/**
 * The memory A over the stream (up to the step-through's cut) with the occurrences as a rug and three levels:
 * the settled level, the stationary mean and the time-average.
 */
const TracePlot = memo(function TracePlot({
  label,
  x,
  y,
  shown,
  settled,
  meanTheory,
  mean,
}: {
  label: string;
  x: { domain: [number, number] };
  y: { domain: [number, number] };
  /** The trace and the occurrences up to the cut, and the trace's bins. */
  shown: Pick<TraceSummary, 'trace' | 'positions'> & { bins: ReturnType<typeof binExtents> };
  settled: number;
  meanTheory: number;
  mean: number;
}) {
  return (
    <Plot
      label={label}
      x={x}
      y={y}
      aspect={2.2}
      minHeight={220}
      maxHeight={340}
      margin={MARGIN}
      exportView
      testId="trace-plot"
    >
      <AxisX label="token t" tickFormat={tokenTick} grid />
      <AxisY label="memory A" grid />
      <Frame />
      <SeriesBand series={shown.trace} bins={shown.bins} stroke="var(--accent)" testId="trace" />
      <RuleY
        values={Number.isFinite(settled) ? [settled] : []}
        stroke="var(--warn)"
        dash="6 4"
        testId="settled-rule"
      />
      <RuleY values={Number.isFinite(meanTheory) ? [meanTheory] : []} stroke="var(--ok)" dash="6 4" />
      <RuleY values={Number.isFinite(mean) ? [mean] : []} stroke="var(--fg-muted)" dash="2 3" />
      <Rug positions={shown.positions} className={styles.rug} />
    </Plot>
  );
});

interface ViewProps {
  stream: Uint8Array;
  forget: number;
  /** The period of a periodic stream; otherwise N/F is the stream's own. */
  period?: number;
  /** What the stream is, for the plot's label and the export's file name. */
  what: string;
  /** The setting behind the stream, for the export. */
  meta: Record<string, unknown>;
}

/**
 * The trace of one stream with its occurrences as a rug, the settled level 1/(1 − α^{N/F}) and the
 * time-average against (F/N)/(1 − α), and the table of both readings scaled by N(1 − α).
 */
function TraceView({ stream, forget, period, what, meta }: ViewProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(boxRef);
  const alpha = 1 - forget;
  const tokens = stream.length;
  const periodic = period !== undefined;
  const s = useMemo(() => traceSummary(stream, alpha), [stream, alpha]);
  // About one bin per pixel of the plotting area (1.5 for a sharper edge); before the first measurement, 600.
  const binCount = Math.max(100, Math.round((width > 0 ? width : 600) * 1.5));
  const bins = useMemo(() => binExtents(s.trace, binCount), [s.trace, binCount]);

  // N/F: the period itself for a periodic stream, else the stream's own N/F (as the post computes it).
  const nOverF = period ?? s.period;
  const hasPeriod = Number.isFinite(nOverF);
  const perPeriod = hasPeriod ? periodDecay(alpha, nOverF) : Number.NaN;
  const settled = hasPeriod ? periodicPeak(alpha, nOverF) : Number.NaN;
  // The post's A_n = (1 − βⁿ)/(1 − β) at each occurrence of a periodic stream.
  const closedForm = useMemo(
    () => (periodic && hasPeriod ? memoryRecurrence(perPeriod, s.peaks.length) : null),
    [periodic, hasPeriod, perPeriod, s.peaks.length],
  );
  const lastPeak = s.peaks.length > 0 ? (s.peaks[s.peaks.length - 1] as number) : Number.NaN;
  const scale = tokens * forget;

  let top = 1;
  for (const v of [settled, s.mean, s.meanTheory]) if (Number.isFinite(v) && v > top) top = v;
  for (let k = 0; k < bins.hi.length; k++) if ((bins.hi[k] as number) > top) top = bins.hi[k] as number;
  const y = useMemo(() => ({ domain: [0, top * 1.08] as [number, number] }), [top]);
  const x = useMemo(() => ({ domain: [0, tokens] as [number, number] }), [tokens]);

  // The step-through: step k shows the first k occurrences and the decay after the k-th (up to the token
  // before the next one); k = F, the whole stream, is where every new stream starts.
  const total = s.count;
  const [cursor, setCursor] = useState<{ of: TraceSummary; step: number } | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(4);
  const step = cursor?.of === s ? cursor.step : total;
  const goTo = (next: number) => setCursor({ of: s, step: Math.max(0, Math.min(total, next)) });
  // The plots follow a step once the stepper has been painted; while playing (and in the frames after a
  // pause, while the deferred value is still PLAYING) they follow it at once, so playback never waits.
  const lagged = useAfterPaint(playing ? PLAYING : cursor);
  const drawnStep =
    playing || lagged === PLAYING ? step : lagged && 'of' in lagged && lagged.of === s ? lagged.step : total;
  const cut = drawnStep < total ? (s.positions[drawnStep] as number) : tokens;
  const shown = useMemo(() => {
    if (cut === tokens) return { trace: s.trace, bins, positions: s.positions };
    const trace = s.trace.subarray(0, cut);
    return {
      trace,
      bins: binExtents(trace, Math.max(1, Math.round((binCount * cut) / Math.max(1, tokens)))),
      positions: s.positions.subarray(0, drawnStep),
    };
  }, [s, bins, binCount, cut, drawnStep, tokens]);

  useExportData(() => ({
    name: `memory-trace-${what.replace(/[^a-z0-9]+/gi, '-')}-a${fmtAlpha(forget)}-n${tokens}`,
    colLabels: ['t', 'x_t', 'A_t'],
    rows: Array.from(s.trace, (a, t) => [t + 1, stream[t] as number, a]),
    meta: {
      ...meta,
      alpha,
      tokens,
      count: s.count,
      nOverF,
      perPeriodDecay: perPeriod,
      settledLevel: settled,
      lastLevelAfterOccurrence: lastPeak,
      meanLevelAfterOccurrence: s.meanPeak,
      timeAverage: s.mean,
      timeAverageTheory: s.meanTheory,
      countFromMean: s.countFromMean,
      normalisedCount: s.normalisedCount,
    },
  }));

  const label = `The memory A over ${formatInteger(tokens)} tokens with α = ${fmtAlpha(forget)}: ${formatInteger(s.count)} occurrences (${what}), settled level 1/(1 − α^{N/F}) = ${fmt(settled)}, time-average ${fmt(s.mean)} against (F/N)/(1 − α) = ${fmt(s.meanTheory)}.`;

  const stepLevel = step > 0 ? (s.peaks[step - 1] as number) : 0;

  return (
    <>
      {total > 0 ? (
        <div className={styles.stepper}>
          <Stepper
            label="Step through the occurrences"
            step={step}
            total={total}
            playing={playing}
            onPlayingChange={setPlaying}
            onStep={goTo}
            onReset={() => goTo(0)}
            speed={speed}
            onSpeedChange={setSpeed}
            speeds={STEP_SPEEDS}
          />
          <p className={styles.hint} data-testid="step-readout">
            {step === 0 ? (
              'Before the first occurrence the memory is 0.'
            ) : (
              <>
                Just after occurrence {formatInteger(step)}: A = {value('step-level', stepLevel)}
                {closedForm ? (
                  <>
                    {' '}
                    = (1 − β<sup>{formatInteger(step)}</sup>)/(1 − β) ={' '}
                    {value('step-closed', closedForm[step - 1] as number)}
                  </>
                ) : null}
                , settled level {fmt(settled)}.
              </>
            )}
          </p>
        </div>
      ) : null}

      <SwatchLegend label="Legend of the memory plot" items={LEGEND} />

      <div ref={boxRef} className={styles.plotBox}>
        <TracePlot
          label={label}
          x={x}
          y={y}
          shown={shown}
          settled={settled}
          meanTheory={s.meanTheory}
          mean={s.mean}
        />
        {s.count > 0 ? (
          <p className={styles.hint}>
            The level just after occurrence k
            {periodic ? (
              <>
                , on the post’s A<sub>k</sub> = (1 − β<sup>k</sup>)/(1 − β) with β = α<sup>N/F</sup>
              </>
            ) : (
              ', with its mean dotted'
            )}
            ; dashed, the settled level 1/(1 − β).
          </p>
        ) : null}
        {s.count > 0 ? (
          <PeaksPlot
            peaks={s.peaks}
            shown={drawnStep}
            closedForm={closedForm}
            settled={settled}
            meanPeak={s.meanPeak}
            binCount={binCount}
          />
        ) : null}
      </div>

      {s.count === 0 ? (
        <p className={styles.hint} role="status">
          No occurrence in these {formatInteger(tokens)} tokens: the memory stays at 0, and N/F is infinite.
        </p>
      ) : null}

      <div className={styles.readouts}>
        <dl className="widget-stats" aria-live="polite">
          <div>
            <dt>occurrences F in N = {formatInteger(tokens)} tokens</dt>
            <dd>{value('count', s.count, formatInteger(s.count))}</dd>
          </div>
          <div>
            <dt>N/F</dt>
            <dd>{value('n-over-f', nOverF)}</dd>
          </div>
          <div>
            <dt>
              β = α<sup>N/F</sup> per period
            </dt>
            <dd>{value('beta', perPeriod)}</dd>
          </div>
        </dl>

        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
        <section className={styles.tableWrap} aria-label="Two readings of the memory" tabIndex={0}>
          <table className={cx('num-table', styles.table)}>
            <caption>
              Two readings of the memory, scaled by N(1 − α) = γ = {fmt(scale)}: the level just after an
              occurrence gives the post’s F̂ (were the occurrences independent, it would give add-γ instead),
              the time-average gives back F = {formatInteger(s.count)} (short by what the latest occurrences
              have yet to add).
            </caption>
            <thead>
              <tr>
                <th scope="col">reading</th>
                <th scope="col">model</th>
                <th scope="col">measured</th>
                <th scope="col">× N(1 − α)</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">
                  level just after an occurrence, 1/(1 − α<sup>N/F</sup>)
                </th>
                <td>{value('settled', settled)}</td>
                <td>
                  {periodic ? 'last ' : 'mean '}
                  {value('peak', periodic ? lastPeak : s.meanPeak)}
                </td>
                <td>F̂ = {value('f-hat', s.normalisedCount)}</td>
              </tr>
              <tr>
                <th scope="row">the same, were the occurrences independent: 1 + α(F/N)/(1 − α)</th>
                <td>{value('independent', s.peakIfIndependent)}</td>
                <td />
                <td>γ + αF = {value('independent-count', s.countIfIndependent)}</td>
              </tr>
              <tr>
                <th scope="row">time-average of A, (F/N)/(1 − α)</th>
                <td>{value('mean-theory', s.meanTheory)}</td>
                <td>{value('mean', s.mean)}</td>
                <td>{value('count-from-mean', s.countFromMean)}</td>
              </tr>
            </tbody>
          </table>
        </section>
      </div>
    </>
  );
}

// The Brown corpus's word streams, fetched and decoded in the worker once per page, when the reader first picks
// the corpus as the source.
const loadTraces = createAssetLoader(() => runTask('brown-traces', {}));

/** A real word's stream: its positions in the opening tokens of the Brown corpus (loaded on first use). */
function WordTrace({ word, tokens, forget }: { word: string; tokens: number; forget: number }) {
  const { asset, retry } = useAsset(loadTraces);
  const [, setWord] = useParam<P, 'word'>('word');
  const [dismissed, setDismissed] = useState('');
  const traces = asset.status === 'ready' ? asset.value : null;
  const fallback = traces?.words.find((w) => w.word === DEFAULT_WORD) ?? traces?.words[0];
  const chosen = traces?.words.find((w) => w.word === word) ?? fallback;
  const length = traces ? Math.min(tokens, traces.tokens) : 0;
  const stream = useMemo(
    () => (chosen ? streamFromPositions(chosen.positions, length) : null),
    [chosen, length],
  );
  if (!traces || !chosen || !stream) {
    return (
      <>
        <AssetStatus asset={asset} retry={retry} what="the Brown corpus" url={BROWN_PATH} />
        {traces && !chosen ? <p role="alert">The Brown asset has no traced words.</p> : null}
      </>
    );
  }
  const notices: string[] = [];
  if (chosen.word !== word)
    notices.push(`word: “${word}” is not one of the traced words; showing “${chosen.word}”.`);
  if (length < tokens)
    notices.push(
      `tokens: the corpus stream holds ${formatInteger(traces.tokens)} tokens; using all of them.`,
    );
  const noticeKey = notices.join('\n');
  return (
    <>
      <Select
        label="Word (its count in the opening tokens)"
        value={chosen.word}
        options={traces.words.map((w) => ({
          value: w.word,
          label: `${w.word} (${formatInteger(w.positions.length)} in ${formatInteger(traces.tokens)})`,
        }))}
        onChange={setWord}
        className={styles.wordSelect}
      />
      <ParamNotice
        notices={noticeKey === dismissed ? [] : notices}
        onDismiss={() => setDismissed(noticeKey)}
      />
      <TraceView
        stream={stream}
        forget={forget}
        what={`the word “${chosen.word}” in the Brown corpus`}
        meta={{ source: 'word', word: chosen.word, corpus: 'Brown corpus, opening tokens' }}
      />
    </>
  );
}

/**
 * The controls. Each reads its own value from the store, so a press re-renders the control it moves and not its
 * neighbours; the ones that come and go with the source follow the deferred source, after the select's own paint
 * (mounting and unmounting sliders in the select's event took most of a frame).
 */
const Controls = memo(function Controls({ source }: { source: P['source'] }) {
  return (
    <div className={styles.controls}>
      <ParamSelect name="source" alsoSet={wholeStreamForWords} />
      {source !== 'word' ? <ParamSlider name="period" /> : null}
      <ParamSlider name="forget" format={(v) => `${formatNumber(v, { digits: 3 })} · α = ${fmtAlpha(v)}`} />
      <ParamSlider name="tokens" format={(v) => formatInteger(v)} />
      {source === 'bursty' ? (
        <>
          <ParamSlider name="factor" format={(v) => `${v}×`} />
          <ParamSlider name="burstLength" />
        </>
      ) : null}
      {source === 'random' || source === 'bursty' ? <ParamSeed /> : null}
    </div>
  );
});

/**
 * The memory of the forgetting hypothesis over a stream of tokens: A_t = α·A_{t−1} + x_t, drawn with the
 * occurrences as a rug, against the settled level just after an occurrence of a periodic stream,
 * 1/(1 − α^{N/F}), and the time-average (F/N)/(1 − α). Scaled by N(1 − α), the first gives the post's F̂ and
 * the second gives back F. The stream is periodic, random or bursty (seeded), or a real word's positions.
 */
export default function MemoryTrace() {
  const [params] = useDeferredWidgetParams<P>();
  const { source, period, forget, tokens, factor, burstLength, seed, word } = params;
  const stream = useMemo(
    () => (source === 'word' ? null : makeStream({ source, period, tokens, factor, burstLength, seed })),
    [source, period, tokens, factor, burstLength, seed],
  );
  // Built from the deferred params only, so the render for a control skips the plots and the table.
  const view = useMemo(
    () =>
      stream ? (
        <TraceView
          stream={stream}
          forget={forget}
          period={source === 'periodic' ? period : undefined}
          what={source === 'periodic' ? `periodic, every ${period} tokens` : `${source}, rate 1/${period}`}
          meta={{
            source,
            period,
            ...(source === 'bursty' ? { factor, burstLength } : {}),
            ...(source === 'periodic' ? {} : { seed }),
          }}
        />
      ) : (
        <WordTrace word={word} tokens={tokens} forget={forget} />
      ),
    [stream, forget, source, period, factor, burstLength, seed, word, tokens],
  );

  return (
    <div className={styles.widget}>
      <Controls source={source} />

      {view}
    </div>
  );
}
