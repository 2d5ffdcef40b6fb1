'use client';

import { type ChangeEvent, memo, type ReactNode, useCallback, useEffect, useId, useMemo } from 'react';
import { Button, Field, ParamSelect, ParamSlider, ProgressBar, useParamSpec } from '@/components/controls';
import controlStyles from '@/components/controls/controls.module.css';
import { cx } from '@/components/controls/util';
import { useDebounced, useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useParam } from '@/components/figure/store';
import { type RunContext, type TaskOutput, useRun, useTask } from '@/components/figure/worker';
import { AxisX, AxisY, BarX, Plot, TextMark } from '@/components/plot';
import { ANALOGY_CATEGORIES, WORD_PROBE_SGNS } from '@/lib/embeddings/probes';
import { formatInteger, formatNumber } from '@/lib/format';
import { WORD_PROBE_CANDIDATES, WORD_PROBE_NEIGHBOURS, WORD_PROBE_SVD, type wordProbeParams } from './params';
import styles from './WordProbe.module.css';

type P = ParamValues<typeof wordProbeParams>;
type WordField = 'word' | 'x' | 'y' | 'a' | 'b' | 'c';
/** An answer with words or a cosine (not an unknown word). */
type Answer = Extract<TaskOutput<'embeddings-query'>, { ok: true }>;
type Scores = TaskOutput<'word-probe-scores'>;
type Report = TaskOutput<'word-probe-sgns'>;

/** Milliseconds of quiet typing before the words go to the worker. */
const DEBOUNCE = 180;

const FIELDS: Record<P['probe'], readonly WordField[]> = {
  neighbours: ['word'],
  similarity: ['x', 'y'],
  analogy: ['a', 'b', 'c'],
};

const MODEL_NAMES = { svd: 'SVD of shifted PPMI', sgns: 'Skip-gram (SGNS)' } as const;
const SHORT_NAMES = { svd: 'SVD', sgns: 'SGNS' } as const;
type ModelId = keyof typeof MODEL_NAMES;

const fmt = (v: number) => formatNumber(v, { digits: 3 });
const pct = (v: number) => formatNumber(v, { style: 'percent', digits: 2 });

/** The question for a model, or null while a word box is empty. */
function queryOf(p: Pick<P, 'probe' | WordField>) {
  const w = (s: string) => s.trim().toLowerCase();
  if (FIELDS[p.probe].some((f) => w(p[f]) === '')) return null;
  if (p.probe === 'neighbours')
    return { op: 'neighbours' as const, word: w(p.word), k: WORD_PROBE_NEIGHBOURS };
  if (p.probe === 'similarity') return { op: 'similarity' as const, a: w(p.x), b: w(p.y) };
  return { op: 'analogy' as const, a: w(p.a), b: w(p.b), c: w(p.c), k: WORD_PROBE_CANDIDATES };
}

/** A text box bound to a word parameter, with the unknown-word message and its suggestions beside it. */
function WordInput({
  name,
  unknown,
  empty,
  V,
}: {
  name: WordField;
  unknown: { suggestions: readonly string[] } | null;
  empty: boolean;
  V: number;
}) {
  const id = useId();
  const { label } = useParamSpec(name, ['string']);
  const [value, setValue] = useParam<P, WordField>(name);
  const msgId = `${id}-msg`;
  const message = unknown ? (
    <span className={styles.unknown} data-unknown={name}>
      “{value.trim()}” is not among the {formatInteger(V)} words.
      {unknown.suggestions.length > 0 ? ' Try ' : ''}
      {unknown.suggestions.map((s, i) => (
        <span key={s}>
          {i > 0 ? ' ' : ''}
          <button
            type="button"
            className={styles.suggestion}
            onClick={() => setValue(s)}
            aria-label={`Use “${s}” for ${label}`}
            data-suggestion={s}
          >
            {s}
          </button>
        </span>
      ))}
    </span>
  ) : empty ? (
    <span className={styles.hint}>Type a word.</span>
  ) : null;
  return (
    <div className={styles.wordField}>
      <Field id={id} label={label}>
        <input
          id={id}
          className={cx(controlStyles.input, styles.wordInput)}
          type="text"
          value={value}
          onChange={(e: ChangeEvent<HTMLInputElement>) => setValue(e.target.value)}
          aria-invalid={unknown ? true : undefined}
          aria-describedby={message ? msgId : undefined}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          data-word={name}
        />
      </Field>
      <p id={msgId} className={styles.message} aria-live="polite">
        {message}
      </p>
    </div>
  );
}

/** The height of a bar chart of n words, and of an answer to each probe. */
const barsHeight = (n: number) => 34 + n * 22;
const answerHeight = (probe: P['probe']) =>
  probe === 'neighbours'
    ? barsHeight(WORD_PROBE_NEIGHBOURS)
    : probe === 'analogy'
      ? barsHeight(WORD_PROBE_CANDIDATES)
      : undefined;

interface Row {
  word: string;
  similarity: number;
}
const rowText = (d: Row) => fmt(d.similarity);
const rowAttrs = (d: Row) => ({ 'data-result': d.word, 'data-similarity': d.similarity });

/** One model's ranked words as bars of cosine similarity. */
const ResultBars = memo(function ResultBars({
  rows,
  model,
  label,
}: {
  rows: readonly Row[];
  model: ModelId;
  label: string;
}) {
  const y = useMemo(() => ({ type: 'band' as const, domain: rows.map((r) => r.word), padding: 0.2 }), [rows]);
  const low = Math.min(0, ...rows.map((r) => r.similarity));
  return (
    <Plot
      label={`${MODEL_NAMES[model]}: ${label}: ${rows.map((r) => `${r.word} ${fmt(r.similarity)}`).join(', ')}`}
      x={{ domain: [low, 1] }}
      y={y}
      height={barsHeight(rows.length)}
      margin={{ left: 92, right: 40 }}
      testId={`bars-${model}`}
    >
      <AxisX label="cosine" ticks={3} grid />
      <AxisY tickValues={y.domain} />
      <BarX data={rows} x="similarity" y="word" classOf={() => styles[model]} attrs={rowAttrs} />
      <TextMark data={rows} x="similarity" y="word" text={rowText} dx={4} anchor="start" />
    </Plot>
  );
});

/** One model's column: its state (training, cancelled, failed) or its answer to the question. */
function ModelAnswer({
  model,
  answer,
  stale,
  label,
  status,
  probe,
}: {
  probe: P['probe'];
  model: ModelId;
  answer: Answer | null;
  stale: boolean;
  label: string;
  status: ReactNode;
}) {
  let body: ReactNode = null;
  if (answer && 'neighbours' in answer) {
    body =
      answer.neighbours.length > 0 ? (
        <ResultBars rows={answer.neighbours} model={model} label={label} />
      ) : (
        <p className={styles.hint}>No answer: a word has a zero vector.</p>
      );
  } else if (answer && 'similarity' in answer) {
    body = (
      <p className={styles.bigNumber}>
        cos = <output data-similarity-value={answer.similarity}>{fmt(answer.similarity)}</output>
      </p>
    );
  }
  return (
    <section className={styles.column} data-model={model}>
      <h4 className={styles.columnTitle}>
        <span className={cx(styles.swatch, styles[model])} aria-hidden="true" />
        {MODEL_NAMES[model]}
      </h4>
      <div className={styles.status}>{status}</div>
      {/* Held at the height of a full answer, so nothing below moves when one arrives. */}
      <div className={cx(stale && 'result-stale')} style={{ minHeight: answerHeight(probe) }}>
        {body}
      </div>
    </section>
  );
}

/** The probe-list scores of the models shown, as a table. Memoised: a control's own render skips it. */
const ScoreTable = memo(function ScoreTable({
  scores,
  models,
}: {
  scores: Partial<Record<ModelId, Scores | null>>;
  models: ModelId[];
}) {
  const labels = new Map(ANALOGY_CATEGORIES.map((c) => [c.id, c.label]));
  const first = models.map((m) => scores[m]).find((s) => s) ?? null;
  const cell = (v: number | undefined) => (v === undefined ? '…' : pct(v));
  const captionId = useId();
  return (
    <div className={styles.scoreBlock}>
      <p id={captionId} className={styles.caption}>
        Probe list: analogy accuracy (answer first, or among the first {first?.k ?? WORD_PROBE_CANDIDATES})
        and Spearman’s ρ between graded similarity and cosine
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <section className={styles.scroller} aria-labelledby={captionId} tabIndex={0}>
        <table className={styles.table} data-scores>
          <thead>
            <tr>
              <th scope="col">questions</th>
              {models.map((m) => (
                <th scope="col" key={m} colSpan={2}>
                  {SHORT_NAMES[m]}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col">
                <span className="visually-hidden">category</span>
              </th>
              {models.map((m) => [
                <th scope="col" key={`${m}1`}>
                  @1
                </th>,
                <th scope="col" key={`${m}5`}>
                  @{first?.k ?? WORD_PROBE_CANDIDATES}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {(
              first?.analogies ?? ANALOGY_CATEGORIES.map((c) => ({ category: c.id, covered: Number.NaN }))
            ).map((row, r) => (
              <tr
                key={row.category}
                data-category={row.category}
                className={row.category === 'all' ? styles.total : undefined}
              >
                <th scope="row">
                  {row.category === 'all' ? 'all' : labels.get(row.category)}{' '}
                  <span className={styles.count}>
                    ({Number.isNaN(row.covered) ? '…' : formatInteger(row.covered)})
                  </span>
                </th>
                {models.map((m) => {
                  const s = scores[m]?.analogies[r];
                  return [
                    <td key={`${m}1`} data-at1={m}>
                      {cell(s?.at1)}
                    </td>,
                    <td key={`${m}5`} data-atk={m}>
                      {cell(s?.atK)}
                    </td>,
                  ];
                })}
              </tr>
            ))}
            <tr data-category="similarity">
              <th scope="row">
                similarity ρ{' '}
                <span className={styles.count}>
                  ({first ? formatInteger(first.similarity.covered) : '…'} pairs)
                </span>
              </th>
              {models.map((m) => {
                const s = scores[m];
                return (
                  <td key={m} colSpan={2} data-spearman={m}>
                    {s ? fmt(s.similarity.spearman) : '…'}
                  </td>
                );
              })}
            </tr>
          </tbody>
        </table>
      </section>
    </div>
  );
});

/**
 * Probing two word-vector models of the Brown corpus side by side: the SVD of its shifted PPMI matrix and a
 * skip-gram model trained in the worker (once per page). Nearest neighbours, the cosine of two words and
 * analogies by 3CosAdd, with the probe list's scores for both.
 */
export default function WordProbe() {
  // The answers and scores follow a change in a deferred render, so the control that changed is painted
  // first; the word boxes (and what is typed in them) read the live values.
  const [params, live] = useDeferredWidgetParams<P>();
  const { probe, model, V, epochs } = params;
  const showSvd = model !== 'sgns';
  const showSgns = model !== 'svd';

  // Typing changes the parameters at once (the boxes and the URL); the worker sees them once typing pauses.
  const words = useMemo(
    () => ({ probe: live.probe, word: live.word, x: live.x, y: live.y, a: live.a, b: live.b, c: live.c }),
    [live.probe, live.word, live.x, live.y, live.a, live.b, live.c],
  );
  const settled = useDebounced(words, DEBOUNCE);
  const query = useMemo(() => queryOf(settled), [settled]);
  const typing = settled !== words;

  const svdJob = useTask('embeddings-svd', showSvd ? { V, ...WORD_PROBE_SVD } : null);
  const svdKey = svdJob.data && svdJob.data.V === V && !svdJob.pending ? svdJob.data.key : null;

  // The skip-gram model: trained once per worker and vocabulary (the worker keeps it); started with the figure,
  // cancellable, and resumed from where it stopped.
  const sgns = useRun<Report, Report>([V, epochs, showSgns]);
  const { status: sgnsStatus, start: startSgns } = sgns;
  const trainSgns = useCallback(
    (ctx: RunContext<Report>) =>
      ctx.task('word-probe-sgns', { V, epochs }, (f, report) => ctx.progress(f, () => report as Report)),
    [V, epochs],
  );
  useEffect(() => {
    if (showSgns && sgnsStatus === 'idle') startSgns(trainSgns);
  }, [showSgns, sgnsStatus, startSgns, trainSgns]);
  const resumeSgns = () => startSgns(trainSgns, { keepPartial: true });
  const sgnsKey = sgns.status === 'done' && sgns.result ? sgns.result.key : null;

  const svdAnswer = useTask('embeddings-query', svdKey && query ? { key: svdKey, query } : null);
  const sgnsAnswer = useTask('embeddings-query', sgnsKey && query ? { key: sgnsKey, query } : null);
  const svdScores = useTask('word-probe-scores', svdKey ? { key: svdKey } : null);
  const sgnsScores = useTask('word-probe-scores', sgnsKey ? { key: sgnsKey } : null);

  // A word outside the vocabulary: both models share it, so either answer names it (an answer to an older
  // question counts only while its unknown word is still in its box).
  const answers = [showSvd ? svdAnswer.data : null, showSgns ? sgnsAnswer.data : null];
  const found = query ? answers.find((a) => a && !a.ok) : undefined;
  const unknownField =
    found && !found.ok
      ? (FIELDS[settled.probe].find((f) => settled[f].trim().toLowerCase() === found.unknown) ?? null)
      : null;
  const miss = unknownField && found && !found.ok ? found : null;
  const fieldNow = (f: WordField) => (unknownField === f && words[f] === settled[f] ? miss : null);

  const label =
    probe === 'neighbours'
      ? `nearest neighbours of ${settled.word.trim()}`
      : probe === 'analogy'
        ? `${settled.a.trim()} : ${settled.b.trim()} :: ${settled.c.trim()} : ?`
        : `cos(${settled.x.trim()}, ${settled.y.trim()})`;

  const models: ModelId[] = useMemo(
    () => [...(showSvd ? ['svd' as const] : []), ...(showSgns ? ['sgns' as const] : [])],
    [showSvd, showSgns],
  );
  const scores = useMemo(
    () => ({ svd: svdScores.data, sgns: sgnsScores.data }),
    [svdScores.data, sgnsScores.data],
  );
  // While a word is unknown the columns show no answer: the message beside its box says why.
  const answerOf = (m: ModelId) => {
    const a = (m === 'svd' ? svdAnswer : sgnsAnswer).data;
    return a?.ok && !miss ? a : null;
  };

  useExportData(() => {
    // One row per answer: the model (0 SVD, 1 skip-gram), the rank and the cosine; the word labels the row.
    const rows: number[][] = [];
    const rowLabels: string[] = [];
    models.forEach((m) => {
      const a = answerOf(m);
      if (!a) return;
      const list =
        'neighbours' in a
          ? a.neighbours
          : [{ word: `${settled.x.trim()} ~ ${settled.y.trim()}`, similarity: a.similarity }];
      list.forEach((n, i) => {
        rows.push([m === 'svd' ? 0 : 1, i + 1, n.similarity]);
        rowLabels.push(n.word);
      });
    });
    return rows.length > 0
      ? {
          name: `word-probe-${probe}-V${V}`,
          colLabels: ['model (0 SVD, 1 skip-gram)', 'rank', 'cosine'],
          rowLabels,
          rows,
          meta: {
            question: label,
            V,
            svd: WORD_PROBE_SVD,
            sgns: { ...WORD_PROBE_SGNS, epochs },
            scores: { svd: svdScores.data, sgns: sgnsScores.data },
          },
        }
      : null;
  });

  const svdStatus = svdJob.error ? (
    <p className={styles.error} role="alert">
      The SVD failed: {svdJob.error}
    </p>
  ) : !svdKey || !svdJob.data ? (
    <ProgressBar
      label={`Co-occurrence, shifted PPMI, rank-${WORD_PROBE_SVD.dim} SVD`}
      value={svdJob.progress}
      busy
    />
  ) : (
    <p className={styles.hint} data-status="svd-done">
      {formatInteger(svdJob.data.transformedNnz)} non-zero PPMI entries; computed in{' '}
      {formatNumber((svdJob.data.ms.cooccurrence + svdJob.data.ms.transform + svdJob.data.ms.svd) / 1000, {
        digits: 2,
      })}{' '}
      s.
    </p>
  );
  const sgnsProgress = sgns.partial;
  const sgnsStatusView =
    sgns.status === 'running' || sgns.status === 'idle' ? (
      <div className={styles.training} data-status="training">
        <ProgressBar
          label={`Training skip-gram${sgnsProgress && Number.isFinite(sgnsProgress.loss) ? `, loss ${fmt(sgnsProgress.loss)}` : ''}`}
          value={sgns.progress}
        />
        <Button size="sm" onClick={sgns.cancel}>
          Cancel
        </Button>
      </div>
    ) : sgns.status === 'cancelled' ? (
      <div className={styles.training} data-status="cancelled">
        <span className={styles.hint}>Training paused at {pct(sgns.progress)}.</span>
        <Button size="sm" onClick={resumeSgns}>
          Resume
        </Button>
      </div>
    ) : sgns.status === 'error' ? (
      <p className={styles.error} role="alert">
        Training failed: {sgns.error}
      </p>
    ) : sgns.result ? (
      <p className={styles.hint} data-status="sgns-done">
        {formatInteger(sgns.result.tokens)} positions × {epochs}; trained in{' '}
        {formatNumber(sgns.result.ms / 1000, { digits: 2 })} s, last loss {fmt(sgns.result.loss)}.
      </p>
    ) : null;

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSelect name="probe" />
        <ParamSelect name="model" />
        <ParamSlider name="V" />
        <ParamSlider name="epochs" />
      </div>
      <div className={styles.words} data-probe={live.probe}>
        {FIELDS[live.probe].map((f) => (
          <WordInput key={f} name={f} unknown={fieldNow(f)} empty={words[f].trim() === ''} V={V} />
        ))}
      </div>
      <div className={cx(styles.columns, models.length === 1 && styles.single)} data-export>
        {models.map((m) => {
          const job = m === 'svd' ? svdAnswer : sgnsAnswer;
          const ready = m === 'svd' ? svdKey : sgnsKey;
          return (
            <ModelAnswer
              key={m}
              model={m}
              answer={answerOf(m)}
              stale={job.pending || typing || !ready}
              label={label}
              probe={probe}
              status={m === 'svd' ? svdStatus : sgnsStatusView}
            />
          );
        })}
      </div>
      <ScoreTable scores={scores} models={models} />
      <p className={styles.settings}>
        Brown corpus, top {formatInteger(V)} words. SVD: window {WORD_PROBE_SVD.window} weighted by distance,
        shifted PPMI (k = {WORD_PROBE_SVD.shift}, context counts<sup>{WORD_PROBE_SVD.contextPower}</sup>),
        rank {WORD_PROBE_SVD.dim}, vectors U·Σ<sup>{WORD_PROBE_SVD.eigenPower}</sup>. Skip-gram: {epochs}{' '}
        {epochs === 1 ? 'epoch' : 'epochs'}, dimension {WORD_PROBE_SGNS.dim}, window {WORD_PROBE_SGNS.window},
        k = {WORD_PROBE_SGNS.negatives} negatives, learning rate {WORD_PROBE_SGNS.learningRate}, subsampling{' '}
        {WORD_PROBE_SGNS.subsample}.
      </p>
    </div>
  );
}
