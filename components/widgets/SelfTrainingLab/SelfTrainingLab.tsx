'use client';

import { type CSSProperties, memo, useId, useMemo } from 'react';
import {
  Button,
  ParamSeed,
  ParamSelect,
  ParamSlider,
  ParamToggle,
  ProgressBar,
  TextField,
  useParamSpec,
} from '@/components/controls';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useParam, useWidgetParams, useWidgetStore } from '@/components/figure/store';
import { type RunContext, type TaskInput, type TaskPartial, useRun } from '@/components/figure/worker';
import { AxisX, AxisY, Frame, Line, Plot, Readout } from '@/components/plot';
import { formatInteger, formatNumber } from '@/lib/format';
import { POST_WEIGHTS, parseWeightPairs, type SelfTrainingRound } from '@/lib/sequence';
import type { selfTrainingLabParams } from './params';
import styles from './SelfTrainingLab.module.css';

type P = ParamValues<typeof selfTrainingLabParams>;
type Report = TaskPartial<'self-training'>;
type Status = 'idle' | 'running' | 'cancelled' | 'done' | 'error';

/** What the post reported on its own task: the competition's score before and after self-training. */
const POST_BEFORE = 0.42;
const POST_AFTER = 0.56;
/** The vocabulary of the model: the most frequent Brown words (as the tagger figure's default). */
const V = 5000;
const SMALL_HEIGHT = 150;
const SMALL_MARGIN = { left: 40, bottom: 34, right: 8, top: 8 };

/** A score for the page: three decimals, or a dash when it is undefined (no span predicted, say). */
const score = (x: number | undefined) =>
  x !== undefined && Number.isFinite(x) ? formatNumber(x, { style: 'fixed', digits: 3 }) : '—';
const ratio = (w: readonly [number, number] | null) =>
  w ? `1 : ${formatNumber(w[1], { style: 'fixed', digits: w[1] >= 1 || w[1] === 0 ? 0 : 2 })}` : '—';

/** The smallest and largest finite loss over all rounds, padded; the small multiples share it. */
function lossDomain(rounds: readonly { loss: readonly { loss: number }[] }[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const r of rounds)
    for (const p of r.loss)
      if (Number.isFinite(p.loss)) {
        lo = Math.min(lo, p.loss);
        hi = Math.max(hi, p.loss);
      }
  if (!(lo <= hi)) return [0, 1];
  const pad = Math.max(0.01, (hi - lo) * 0.08);
  return [Math.max(0, lo - pad), hi + pad];
}

/** One round's training loss against the sentences trained in it. */
const RoundPlot = memo(function RoundPlot({
  round,
  loss,
  total,
  domain,
  exportView,
}: {
  round: number;
  loss: readonly { sentences: number; loss: number }[];
  total: number;
  domain: [number, number];
  exportView?: boolean;
}) {
  return (
    <Plot
      label={`Round ${round}: training loss per word against sentences trained in the round, ${loss.length} points`}
      x={{ domain: [0, Math.max(1, total)] }}
      y={{ domain }}
      height={SMALL_HEIGHT}
      margin={SMALL_MARGIN}
      exportView={exportView}
    >
      <Frame />
      <AxisX label="sentences" ticks={3} tickFormat={(v) => formatNumber(Number(v), { style: 'compact' })} />
      <AxisY label="loss" ticks={3} />
      <Line data={loss} x="sentences" y="loss" strokeWidth={2} testId={`round-${round}-loss`} />
    </Plot>
  );
});

/** The small multiples: one loss curve per round, finished ones and the one in progress. */
function RoundCurves({ report, epochs }: { report: Report; epochs: number }) {
  const current = report.done ? null : { round: report.round, loss: report.loss };
  const domain = lossDomain([...report.finished, ...(current ? [current] : [])]);
  return (
    <div className={styles.multiples} style={{ '--rounds': report.rounds } as CSSProperties}>
      {report.finished.map((r) => (
        <figure key={r.round} className={styles.small} data-testid="round-curve">
          <figcaption>
            Round {r.round}
            {r.weights ? ` · ${ratio(r.weights)}` : ' · labelled only'}
          </figcaption>
          <RoundPlot
            round={r.round}
            loss={r.loss}
            total={r.trainSize * epochs}
            domain={domain}
            exportView={r.round === 0}
          />
        </figure>
      ))}
      {current ? (
        <figure className={`${styles.small} ${styles.current}`}>
          <figcaption>
            Round {current.round} · {report.phase === 'training' ? `epoch ${report.epoch}` : report.phase}
          </figcaption>
          <RoundPlot
            round={current.round}
            loss={current.loss}
            total={Math.max(1, current.loss.at(-1)?.sentences ?? 1)}
            domain={domain}
          />
        </figure>
      ) : null}
    </div>
  );
}

/** The table of finished rounds. */
const RoundTable = memo(function RoundTable({ rounds }: { rounds: readonly SelfTrainingRound[] }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section className={styles.scroller} aria-label="Rounds" tabIndex={0}>
      <table className="num-table" data-testid="round-table">
        <caption>The rounds of self-training</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Weights</th>
            <th scope="col">Kept</th>
            <th scope="col">All right</th>
            <th scope="col">Pseudo P</th>
            <th scope="col">Pseudo R</th>
            <th scope="col">Test F1 greedy</th>
            <th scope="col">Test F1 Viterbi</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.round} data-round={r.round}>
              <th scope="row">{r.round}</th>
              <td>{r.weights ? ratio(r.weights) : 'labelled only'}</td>
              <td>{r.pseudo ? `${formatInteger(r.pseudo.kept)} / ${formatInteger(r.pseudo.pool)}` : '—'}</td>
              <td>{r.pseudo ? formatInteger(r.pseudo.right) : '—'}</td>
              <td>{score(r.pseudo?.spans.precision)}</td>
              <td>{score(r.pseudo?.spans.recall)}</td>
              <td>{score(r.test.greedy.f1)}</td>
              <td data-testid={`viterbi-${r.round}`}>{score(r.test.viterbi.f1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});

/** The weights field: typed pairs are committed on Enter or when the field loses focus; a bad list is named. */
function WeightsField({ error }: { error: string | null }) {
  const messageId = useId();
  const { label } = useParamSpec('weights', ['string']);
  const [weights, setWeights] = useParam<P, 'weights'>('weights');
  return (
    <div className={styles.weightsForm}>
      <TextField
        label={label}
        value={weights}
        onCommit={(text) => setWeights(text.trim())}
        maxLength={60}
        invalid={error !== null}
        describedBy={messageId}
        inputClassName={styles.weightsInput}
      />
      {error ? (
        <p id={messageId} className={styles.error} data-testid="weights-error">
          {error}; using the post’s {POST_WEIGHTS.map(([l, p]) => `${l}:${p}`).join(', ')}.
        </p>
      ) : null}
    </div>
  );
}

/**
 * Self-training as the post did it, on the Brown entity tags in the Web Worker: a tagger trained on n labelled
 * sentences tags an unlabelled pool, is retrained on both with weights per round, and from the second
 * retraining on keeps only the pool sentences whose last two taggings agree. The page draws what the worker
 * reports: each round's loss curve, the pseudo-labels kept and how good they were, and the test F1.
 */
export default function SelfTrainingLab() {
  const [params] = useWidgetParams<P>();
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const { labelled, pool, weights, start, caps, epochs, hidden, embedDim, lr, test, seed } = params;
  const parsed = useMemo(() => parseWeightPairs(weights), [weights]);
  const settings = useMemo<TaskInput<'self-training'>>(
    () => ({
      V,
      embedDim,
      hiddenSize: hidden,
      learningRate: lr,
      epochs,
      labelled,
      pool,
      test,
      weights: parsed.ok ? parsed.pairs : [...POST_WEIGHTS],
      warmStart: start === 'warm',
      caseFeature: caps,
      seed,
    }),
    [embedDim, hidden, lr, epochs, labelled, pool, test, parsed, start, caps, seed],
  );

  const run = useRun<Report, Report>([settings, generation]);
  const report = run.partial;
  const go = () =>
    run.start((ctx: RunContext<Report>) =>
      ctx.task('self-training', settings, (fraction, r) => {
        if (r) ctx.progress(fraction, () => r);
      }),
    );
  const status: Status =
    run.status === 'running'
      ? 'running'
      : run.status === 'error'
        ? 'error'
        : run.status === 'cancelled'
          ? 'cancelled'
          : report?.done
            ? 'done'
            : 'idle';
  const running = status === 'running';
  const rounds = report?.finished ?? [];
  const first = rounds[0];
  const last = rounds.length > 1 ? rounds.at(-1) : undefined;

  useExportData(() =>
    rounds.length
      ? {
          name: `self-training-n${labelled}-m${pool}-seed${seed}`,
          colLabels: [
            'labelled weight',
            'pseudo weight',
            'kept',
            'pool',
            'all right',
            'pseudo precision',
            'pseudo recall',
            'test F1 greedy',
            'test F1 Viterbi',
          ],
          rowLabels: rounds.map((r) => `round ${r.round}`),
          rows: rounds.map((r) => [
            r.weights?.[0] ?? Number.NaN,
            r.weights?.[1] ?? Number.NaN,
            r.pseudo?.kept ?? Number.NaN,
            r.pseudo?.pool ?? Number.NaN,
            r.pseudo?.right ?? Number.NaN,
            r.pseudo?.spans.precision ?? Number.NaN,
            r.pseudo?.spans.recall ?? Number.NaN,
            r.test.greedy.f1,
            r.test.viterbi.f1,
          ]),
          meta: { ...settings, loss: rounds.map((r) => r.loss.map((p) => [p.sentences, p.loss])) },
        }
      : null,
  );

  const roundCount = settings.weights.length + 1;
  let statusText: string;
  switch (status) {
    case 'idle':
      statusText = `Press Run to train ${roundCount} rounds in a background worker.`;
      break;
    case 'running':
      statusText = report
        ? `Round ${report.round} of ${report.rounds - 1}: ${
            report.phase === 'training'
              ? `training, epoch ${report.epoch} of ${epochs}`
              : report.phase === 'scoring'
                ? 'scoring the test sentences'
                : 'tagging the pool'
          }…`
        : 'Loading the Brown entity tags…';
      break;
    case 'cancelled':
      statusText = `Cancelled after ${rounds.length} of ${roundCount} rounds.`;
      break;
    case 'done':
      statusText = `Done: ${roundCount} rounds in ${formatNumber((report?.elapsed ?? 0) / 1000, { style: 'fixed', digits: 1 })} s.`;
      break;
    case 'error':
      statusText = `The run failed: ${run.error ?? 'unknown error'}`;
      break;
  }

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSlider name="labelled" format={(v) => formatInteger(v)} />
        <ParamSlider name="pool" format={(v) => formatInteger(v)} />
        <ParamSlider name="epochs" />
        <ParamSelect name="start" />
        <ParamSlider name="hidden" />
        <ParamSlider name="embedDim" />
        <ParamSlider name="lr" />
        <ParamSlider name="test" format={(v) => formatInteger(v)} />
        <ParamToggle name="caps" />
        <ParamSeed />
      </div>
      <WeightsField error={parsed.ok ? null : parsed.error} />

      <div className={styles.runRow}>
        {running ? (
          <Button variant="primary" onClick={run.cancel}>
            Cancel
          </Button>
        ) : (
          <Button variant="primary" onClick={go}>
            {status === 'idle' ? 'Run' : 'Run again'}
          </Button>
        )}
        <div className={styles.progress}>
          <ProgressBar
            label={report ? `Round ${report.round} of ${report.rounds - 1}` : 'Self-training'}
            value={status === 'done' ? 1 : (report?.progress ?? 0)}
            busy={running}
          />
        </div>
      </div>
      <p className={styles.status} role="status" aria-live="polite" data-status={status}>
        {statusText}
      </p>

      <div className={styles.compare}>
        <section className={styles.side} aria-label="Measured here" data-testid="measured">
          <h4>Here: test span F1 on Brown names and titles</h4>
          <Readout
            items={[
              {
                label: 'Before (round 0), Viterbi',
                value: score(first?.test.viterbi.f1),
                testId: 'f1-before',
              },
              { label: 'Before, greedy', value: score(first?.test.greedy.f1) },
              {
                label: `After (round ${last?.round ?? '…'}), Viterbi`,
                value: score(last?.test.viterbi.f1),
                testId: 'f1-after',
              },
              { label: 'After, greedy', value: score(last?.test.greedy.f1) },
            ]}
          />
          <p className={styles.hint}>
            {formatInteger(report?.labelled ?? labelled)} labelled sentences, a pool of{' '}
            {formatInteger(report?.pool ?? pool)}, span F1 on {formatInteger(report?.test ?? test)} test
            sentences.
          </p>
        </section>
        <section className={styles.side} aria-label="The post">
          <h4>The post: its own competition task</h4>
          <Readout
            items={[
              { label: 'Score before', value: formatNumber(POST_BEFORE, { style: 'fixed', digits: 2 }) },
              { label: 'Score after', value: formatNumber(POST_AFTER, { style: 'fixed', digits: 2 }) },
            ]}
          />
          <p className={styles.hint}>
            The competition’s score on core entities of Chinese text: another task, corpus, model and measure;
            compare the direction, not the numbers.
          </p>
        </section>
      </div>

      {report ? (
        <RoundCurves report={report} epochs={epochs} />
      ) : (
        <p className={styles.hint}>Run to see each round’s training loss.</p>
      )}
      {rounds.length ? (
        <>
          <p className={styles.hint}>
            Per round: the weights it trained with (labelled : pseudo-labelled), the pool sentences it kept,
            how many of those its pseudo-labels got entirely right, their span precision (P) and recall (R)
            against the hidden gold tags, and the test span F1 after the round (— where no span was
            predicted).
          </p>
          <RoundTable rounds={rounds} />
        </>
      ) : null}
      <p className={styles.hint}>
        The pool’s gold tags never reach the tagger; they only score its pseudo-labels. Later rounds train on
        more sentences than round 0, so part of a gain can be more training alone: set the weights to 1:0,
        1:0, 1:0 to run the same rounds with the pool ignored.
      </p>
    </div>
  );
}
