'use client';

import { memo, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  ParamNumber,
  ParamSelect,
  ParamSlider,
  ParamToggle,
  RunButtons,
} from '@/components/controls';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams, useWidgetStore } from '@/components/figure/store';
import {
  type RunContext,
  type TaskOutput,
  type TaskPartial,
  useRun,
  useTask,
} from '@/components/figure/worker';
import { AxisX, AxisY, Dot, Frame, Line, Plot, SwatchLegend } from '@/components/plot';
import { PlotPlaceholder, RunReadout, trainingStyles } from '@/components/views/training/Training';
import { formatInteger, formatNumber } from '@/lib/format';
import styles from './BilstmTrain.module.css';
import { bilstmTrainParams, taggerSettings } from './params';

type P = ParamValues<typeof bilstmTrainParams>;
type Report = TaskPartial<'tagger-train'>;
type Evaluation = TaskOutput<'tagger-evaluate'>;
type Status = 'idle' | 'pretraining' | 'running' | 'paused' | 'done' | 'error';

/** Sentences per chunk: one loss point and one report each (about a third of a second at the defaults). */
const CHUNK = 200;
const PLOT_HEIGHT = 230;
const MARGIN = { left: 48, bottom: 38 };
/** How the earlier run's curves are drawn: the same colours, faded. */
const FADED = 0.35;

const fixed = (x: number, digits = 3) => formatNumber(x, { style: 'fixed', digits });
const percent = (x: number) => formatNumber(x, { style: 'percent', digits: 3 });
const compact = (v: unknown) => formatNumber(Number(v), { style: 'compact' });

/** A finished (or paused) run kept for comparison: the settings it was trained with and what it measured. */
interface Snapshot {
  params: P;
  report: Report;
  test: Evaluation | null;
}

/** A span F1 (precision, recall) for display: NaN means no predicted spans (precision) or none at all. */
const score = (x: number, none = 'no spans') => (Number.isNaN(x) ? none : fixed(x));

/** The parameters of `before` that differ from `now`, as "Label: value" (the comparison run's name). */
function differences(before: P, now: P): string {
  const out: string[] = [];
  for (const key of Object.keys(bilstmTrainParams) as (keyof P)[]) {
    if (before[key] === now[key]) continue;
    const spec = bilstmTrainParams[key];
    const v = before[key];
    const shown =
      spec.type === 'enum'
        ? ((spec.optionLabels as Record<string, string>)[v as string] ?? String(v))
        : typeof v === 'boolean'
          ? v
            ? 'on'
            : 'off'
          : String(v);
    out.push(`${spec.label}: ${shown}`);
  }
  return out.length ? out.join(', ') : 'the same settings';
}

/** Mean training loss per word of each chunk, and the dev-set loss at each evaluation. */
const LossPlot = memo(function LossPlot({
  report,
  before,
}: {
  report: Report | null;
  before: Report | null;
}) {
  const all = [report, before].flatMap((r) =>
    r ? [...r.points.map((p) => p.loss), ...r.dev.map((d) => d.loss)] : [],
  );
  const finite = all.filter(Number.isFinite);
  const hi = finite.length ? Math.max(...finite) : 1;
  const total = Math.max(1, report?.totalSentences ?? 0, before?.totalSentences ?? 0);
  return (
    <Plot
      label={`Training loss per word against sentences trained${report ? `: ${report.points.length} chunks` : ''}${before ? ', with the earlier run faded' : ''}`}
      x={{ domain: [0, total] }}
      y={{ domain: [0, hi], nice: true }}
      height={PLOT_HEIGHT}
      margin={MARGIN}
    >
      <Frame />
      <AxisX label="sentences trained" grid ticks={4} tickFormat={compact} />
      <AxisY label="loss per word" grid ticks={5} />
      {before ? (
        <>
          <Line
            data={before.points}
            x="sentences"
            y="loss"
            stroke="var(--accent)"
            opacity={FADED}
            testId="compare-loss"
          />
          <Line data={before.dev} x="sentences" y="loss" stroke="var(--warn)" dash="5 3" opacity={FADED} />
        </>
      ) : null}
      {report ? (
        <>
          <Line
            data={report.points}
            x="sentences"
            y="loss"
            stroke="var(--accent)"
            strokeWidth={2}
            testId="loss-curve"
          />
          <Line data={report.dev} x="sentences" y="loss" stroke="var(--warn)" dash="5 3" strokeWidth={2} />
          <Dot data={report.dev} x="sentences" y="loss" r={2.5} fill="var(--warn)" />
        </>
      ) : null}
    </Plot>
  );
});

/** Dev-set span F1 of greedy and Viterbi decoding at each evaluation. */
const F1Plot = memo(function F1Plot({ report, before }: { report: Report | null; before: Report | null }) {
  const all = [report, before].flatMap((r) => (r ? r.dev.flatMap((d) => [d.greedyF1, d.viterbiF1]) : []));
  const finite = all.filter(Number.isFinite);
  const hi = Math.max(0.1, ...finite);
  const total = Math.max(1, report?.totalSentences ?? 0, before?.totalSentences ?? 0);
  const last = report?.dev.at(-1);
  return (
    <Plot
      label={`Dev-set span F1 against sentences trained${last ? `: greedy ${fixed(last.greedyF1)}, Viterbi ${fixed(last.viterbiF1)}` : ''}${before ? ', with the earlier run faded' : ''}`}
      x={{ domain: [0, total] }}
      y={{ domain: [0, hi], nice: true }}
      height={PLOT_HEIGHT}
      margin={MARGIN}
      exportView
    >
      <Frame />
      <AxisX label="sentences trained" grid ticks={4} tickFormat={compact} />
      <AxisY label="span F1 (dev)" grid ticks={5} />
      {before ? (
        <>
          <Line
            data={before.dev}
            x="sentences"
            y="greedyF1"
            stroke="var(--warn)"
            dash="5 3"
            opacity={FADED}
          />
          <Line
            data={before.dev}
            x="sentences"
            y="viterbiF1"
            stroke="var(--accent)"
            opacity={FADED}
            testId="compare-f1"
          />
        </>
      ) : null}
      {report ? (
        <>
          <Line
            data={report.dev}
            x="sentences"
            y="greedyF1"
            stroke="var(--warn)"
            dash="5 3"
            strokeWidth={2}
            testId="greedy-f1"
          />
          <Line
            data={report.dev}
            x="sentences"
            y="viterbiF1"
            stroke="var(--accent)"
            strokeWidth={2}
            testId="viterbi-f1"
          />
          <Dot data={report.dev} x="sentences" y="greedyF1" r={2.5} fill="var(--warn)" />
          <Dot data={report.dev} x="sentences" y="viterbiF1" r={2.5} fill="var(--accent)" />
        </>
      ) : null}
    </Plot>
  );
});

/** One run's row of the comparison table. */
function RunRow({ name, report, test }: { name: string; report: Report; test: Evaluation | null }) {
  const dev = report.dev.at(-1);
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{formatInteger(report.sentences)}</td>
      <td>{dev ? score(dev.greedyF1) : '—'}</td>
      <td>{dev ? score(dev.viterbiF1) : '—'}</td>
      <td>{test ? score(test.greedy.f1) : '—'}</td>
      <td>{test ? score(test.viterbi.f1) : '—'}</td>
      <td>{report.wordsPerSecond ? formatInteger(Math.round(report.wordsPerSecond)) : '—'}</td>
    </tr>
  );
}

/**
 * The BiLSTM entity tagger trained in the Web Worker on the Brown entity tags: the training loss and the dev-set
 * span F1 of greedy and constrained Viterbi decoding as they stream in, the test-set F1 of both once done, and
 * the previous run's curves kept faded when a setting changes, so two settings can be compared. The page only
 * starts and stops jobs and draws what they report.
 */
export default function BilstmTrain() {
  const [params] = useWidgetParams<P>();
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const settings = useMemo(() => taggerSettings(params), [params]);

  // Training belongs to its settings: a change (or the figure's reset) stops it and clears the curves.
  const run = useRun<Report, Report>([settings, generation]);
  const report = run.partial;
  const runParams = useRef(params);
  const train = (chunks?: number) => (ctx: RunContext<Report>) => {
    runParams.current = params;
    return ctx.task(
      'tagger-train',
      { ...settings, chunk: CHUNK, restart: report === null, ...(chunks ? { chunks } : {}) },
      (fraction, r) => {
        if (r) ctx.progress(fraction, () => r);
      },
    );
  };
  const pretraining = report?.phase === 'pretraining';
  const status: Status =
    run.status === 'error'
      ? 'error'
      : run.status === 'running'
        ? pretraining
          ? 'pretraining'
          : 'running'
        : !report
          ? 'idle'
          : report.done
            ? 'done'
            : 'paused';
  const running = run.status === 'running';
  const play = () => run.start(train(), { keepPartial: true });
  const step = () => run.start(train(1), { keepPartial: true });

  const test = useTask('tagger-evaluate', report?.done ? { key: report.key } : null);
  const testScores = report?.done && !test.pending ? test.data : null;

  // The latest run with something trained becomes the comparison when a setting changes; Reset forgets it.
  const latest = useRef<Snapshot | null>(null);
  const [before, setBefore] = useState<Snapshot | null>(null);
  useEffect(() => {
    if (report && report.sentences > 0)
      latest.current = { params: runParams.current, report, test: testScores };
  }, [report, testScores]);
  const seen = useRef({ settings, generation });
  useEffect(() => {
    const was = seen.current;
    seen.current = { settings, generation };
    if (was.generation !== generation) {
      latest.current = null;
      setBefore(null);
    } else if (was.settings !== settings && latest.current) {
      setBefore(latest.current);
      latest.current = null;
    }
  }, [settings, generation]);
  const reset = () => {
    latest.current = null;
    run.reset();
  };

  const dev = report?.dev.at(-1);
  const lastLoss = report?.points.at(-1)?.loss ?? Number.NaN;
  const total = report?.totalSentences ?? 0;

  useExportData(() =>
    report
      ? {
          name: `bilstm-train-${report.key.replaceAll(':', '-')}`,
          colLabels: [
            'sentences',
            'greedy F1',
            'Viterbi F1',
            'greedy precision',
            'greedy recall',
            'Viterbi precision',
            'Viterbi recall',
            'dev loss',
            'tag accuracy',
            'illegal greedy sentences',
          ],
          rows: report.dev.map((d) => [
            d.sentences,
            d.greedyF1,
            d.viterbiF1,
            d.greedyPrecision,
            d.greedyRecall,
            d.viterbiPrecision,
            d.viterbiRecall,
            d.loss,
            d.tagAccuracy,
            d.illegalGreedy,
          ]),
          meta: {
            ...settings,
            trainLoss: report.points.map((p) => [p.sentences, p.loss]),
            wordsPerSecond: report.wordsPerSecond,
            seconds: report.seconds,
            test: testScores ? { greedy: testScores.greedy, viterbi: testScores.viterbi } : null,
          },
        }
      : null,
  );

  const epochs = params.epochs;
  let statusText: string;
  switch (status) {
    case 'idle':
      statusText = 'Press Play to train the tagger on the Brown entity tags in a background worker.';
      break;
    case 'pretraining':
      statusText = `Computing the pretrained vectors (the SVD of shifted PPMI, V = ${formatInteger(params.V)}, rank ${params.embedDim})…`;
      break;
    case 'running':
      statusText = report
        ? `Training… epoch ${Math.max(1, report.epoch)} of ${epochs}.`
        : 'Loading the tagged sentences…';
      break;
    case 'paused':
      statusText = `Paused after ${formatInteger(report?.sentences ?? 0)} sentences.`;
      break;
    case 'done':
      statusText = `Done: ${epochs} epoch${epochs > 1 ? 's' : ''} over ${formatInteger(report?.trainSize ?? 0)} sentences in ${fixed(report?.seconds ?? Number.NaN, 1)} s${testScores ? '; scored on the test set.' : test.error ? '.' : '; scoring the test set…'}`;
      break;
    case 'error':
      statusText = `Training failed: ${run.error ?? 'unknown error'}`;
      break;
  }
  const progressLabel = pretraining
    ? 'Pretrained vectors'
    : report
      ? `Epoch ${Math.max(1, report.epoch)} of ${epochs} · ${formatInteger(report.sentences)} of ${formatInteger(total)} sentences`
      : 'Sentences trained';
  const progressValue = pretraining
    ? (report?.pretraining ?? 0)
    : total > 0
      ? (report?.sentences ?? 0) / total
      : 0;

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSelect name="direction" />
        <ParamSelect name="layers" />
        <ParamSelect name="embeddings" />
        <ParamToggle name="caseFeature" />
        <ParamSlider name="embedDim" />
        <ParamSlider name="hidden" />
        <ParamSlider name="lr" />
        <ParamSlider name="epochs" />
        <ParamSlider name="trainSize" format={(v) => formatInteger(v)} />
        <ParamSlider name="V" format={(v) => formatInteger(v)} />
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
        onReset={reset}
        progressLabel={progressLabel}
        progress={progressValue}
      />
      <p className={styles.status} role="status" aria-live="polite" data-status={status}>
        {statusText}
      </p>

      <dl className={trainingStyles.readouts} aria-label="Latest dev-set evaluation">
        <RunReadout
          name="viterbi-f1"
          label="Dev F1, Viterbi"
          value={dev?.viterbiF1 ?? Number.NaN}
          text={dev ? score(dev.viterbiF1) : '—'}
        />
        <RunReadout
          name="greedy-f1"
          label="Dev F1, greedy"
          value={dev?.greedyF1 ?? Number.NaN}
          text={dev ? score(dev.greedyF1) : '—'}
        />
        <RunReadout
          name="viterbi-pr"
          label="Viterbi precision / recall"
          value={dev?.viterbiPrecision ?? Number.NaN}
          text={dev ? `${score(dev.viterbiPrecision, '—')} / ${fixed(dev.viterbiRecall)}` : '—'}
        />
        <RunReadout
          name="greedy-pr"
          label="Greedy precision / recall"
          value={dev?.greedyPrecision ?? Number.NaN}
          text={dev ? `${score(dev.greedyPrecision, '—')} / ${fixed(dev.greedyRecall)}` : '—'}
        />
        <RunReadout
          name="tag-accuracy"
          label="Tag accuracy"
          value={dev?.tagAccuracy ?? Number.NaN}
          text={dev ? percent(dev.tagAccuracy) : '—'}
        />
        <RunReadout
          name="illegal-greedy"
          label="Illegal greedy readings"
          value={dev?.illegalGreedy ?? Number.NaN}
          text={
            dev && report
              ? `${formatInteger(dev.illegalGreedy)} of ${formatInteger(report.devSize)} sentences`
              : '—'
          }
        />
        <RunReadout
          name="loss"
          label="Training loss (last chunk)"
          value={lastLoss}
          text={report?.points.length ? fixed(lastLoss) : '—'}
        />
        <RunReadout
          name="words-per-second"
          label="Words/s (training)"
          value={report?.wordsPerSecond ?? Number.NaN}
          text={report?.wordsPerSecond ? formatInteger(Math.round(report.wordsPerSecond)) : '—'}
        />
        <RunReadout
          name="test-viterbi-f1"
          label="Test F1, Viterbi"
          value={testScores?.viterbi.f1 ?? Number.NaN}
          text={testScores ? score(testScores.viterbi.f1) : '—'}
        />
        <RunReadout
          name="test-greedy-f1"
          label="Test F1, greedy"
          value={testScores?.greedy.f1 ?? Number.NaN}
          text={testScores ? score(testScores.greedy.f1) : '—'}
        />
      </dl>

      <SwatchLegend
        label="Legend of the curves"
        items={[
          { label: 'training loss / Viterbi F1', shape: 'line', color: 'var(--accent)' },
          { label: 'dev loss / greedy F1', shape: 'dash', color: 'var(--warn)' },
          ...(before
            ? [{ label: 'faded: the earlier run', shape: 'box' as const, color: 'var(--accent-soft)' }]
            : []),
        ]}
      />
      <div className={trainingStyles.plots}>
        <figure className={trainingStyles.plotBox}>
          <figcaption>Loss per word</figcaption>
          {report || before ? (
            <LossPlot report={report} before={before?.report ?? null} />
          ) : (
            <PlotPlaceholder height={PLOT_HEIGHT} text="Train to see the loss." />
          )}
        </figure>
        <figure className={trainingStyles.plotBox} data-testid="f1">
          <figcaption>Dev-set span F1</figcaption>
          {report || before ? (
            <F1Plot report={report} before={before?.report ?? null} />
          ) : (
            <PlotPlaceholder height={PLOT_HEIGHT} text="Train to see the dev-set F1." />
          )}
        </figure>
      </div>

      {before ? (
        <div className={styles.compare} data-testid="compare">
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
          <section className={styles.scroll} aria-label="Comparison of two runs" tabIndex={0}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">Run</th>
                  <th scope="col">Sentences</th>
                  <th scope="col">Dev F1 greedy</th>
                  <th scope="col">Dev F1 Viterbi</th>
                  <th scope="col">Test F1 greedy</th>
                  <th scope="col">Test F1 Viterbi</th>
                  <th scope="col">Words/s</th>
                </tr>
              </thead>
              <tbody>
                {report ? <RunRow name="This run" report={report} test={testScores} /> : null}
                <RunRow name="Earlier run" report={before.report} test={before.test} />
              </tbody>
            </table>
          </section>
          <p className={styles.hint}>
            Earlier run (faded): {differences(before.params, params)}.{' '}
            <Button size="sm" variant="ghost" onClick={() => setBefore(null)}>
              Forget it
            </Button>
          </p>
        </div>
      ) : (
        <p className={styles.hint}>
          Change a setting after a run and its curves stay here, faded, to compare with the next one.
        </p>
      )}
    </div>
  );
}
