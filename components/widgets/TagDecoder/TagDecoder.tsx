'use client';

import { type CSSProperties, memo, useCallback, useEffect, useMemo, useState } from 'react';
import {
  Button,
  NumberInput,
  ParamMatrix,
  ParamNumber,
  ParamSelect,
  ProgressBar,
} from '@/components/controls';
import { cx } from '@/components/controls/util';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import { ParamNotice } from '@/components/figure/Notice';
import { defaults, type ParamValues, sameValue } from '@/components/figure/schema';
import { type RunContext, type TaskOutput, useRun, useTask } from '@/components/figure/worker';
import { type LatticeEdge, type LatticeNode, LatticePlot } from '@/components/plot';
import { formatNumber } from '@/lib/format';
import {
  bestSpan,
  END_TAGS,
  greedyTags,
  type IllegalStep,
  illegalSteps,
  resolveTagProbs,
  resolveTransitionRows,
  type Span,
  START_TAGS,
  scoredSpans,
  TAGS,
  type Tag,
  viterbiTagTrace,
} from '@/lib/sequence';
import { rescaleColumn, type ViterbiTrace } from '@/lib/viterbi';
import { TAG_DIGITS, tagDecoderParams } from './params';
import { TAG_PRESETS, type TagPreset } from './presets';
import styles from './TagDecoder.module.css';

type P = ParamValues<typeof tagDecoderParams>;
type Ensured = TaskOutput<'tagger-ensure'>;

const DEFAULT_TABLE = defaults(tagDecoderParams).table;
const GEOMETRY = { nodeWidth: 58, nodeHeight: 40, columnStep: 88, rowGap: 8, pad: 8, header: 20 };
const copyRows = (rows: readonly (readonly number[])[]) => rows.map((r) => [...r]);
const fmtLog = (x: number) => formatNumber(x, { style: 'fixed', digits: 2 });
const fmtMean = (x: number) => formatNumber(x, { digits: 4 });
const listTags = (tags: readonly Tag[]) => `${tags.slice(0, -1).join(', ')} or ${tags.at(-1) as string}`;

/**
 * The trained tagger's reading of the chosen test sentence, as a sentence with probabilities: the training
 * figure's default bidirectional tagger, looked for in the worker on sight and trained (about a minute) only
 * when the reader asks. Null while there is nothing to show (source preset, not trained yet, loading).
 */
function useModelSentence(p: P) {
  const active = p.source === 'model';
  const run = useRun<Ensured, Ensured>([active]);
  const { status, start } = run;
  const ensure = useCallback(
    (train: boolean) => (ctx: RunContext<Ensured>) =>
      ctx.task('tagger-ensure', { train }, (f) => ctx.progress(f)),
    [],
  );
  useEffect(() => {
    if (active && status === 'idle') start(ensure(false));
  }, [active, status, start, ensure]);
  const key = status === 'done' && run.result?.complete ? run.result.key : null;
  const answer = useTask(
    'tagger-query',
    key ? { key, sentence: { split: 'test' as const, index: p.sentence - 1 } } : null,
  );
  const sentence: TagPreset | null = useMemo(
    () =>
      active && key && answer.data
        ? {
            words: answer.data.words,
            probs: answer.data.probs,
            note: `Test sentence ${p.sentence}, read by the trained bidirectional tagger (gold: ${answer.data.gold?.join(' ') ?? '—'}).`,
          }
        : null,
    [active, key, answer.data, p.sentence],
  );
  const untrained = active && status === 'done' && !run.result?.complete;
  return {
    sentence,
    untrained,
    training: active && status === 'running',
    progress: run.progress,
    error: run.error ?? answer.error,
    train: () => start(ensure(true)),
    cancel: run.cancel,
  };
}

/** One broken rule in words: which words, which tags, which rule. */
function describeStep(s: IllegalStep, words: readonly string[]): string {
  switch (s.kind) {
    case 'start':
      return `“${words[0]}” opens the sentence with ${s.tag}; a sentence starts with ${listTags(START_TAGS)}.`;
    case 'end':
      return `“${words[s.at]}” closes the sentence with ${s.tag}; a sentence ends with ${listTags(END_TAGS)}.`;
    case 'step':
      return `“${words[s.at - 1]} ${words[s.at]}”: ${s.from} → ${s.to} has T = 0 (forbidden).`;
  }
}

/** The words a span covers. */
const spanText = (span: Span, words: readonly string[]) => words.slice(span.start, span.end).join(' ');

/** Word indices that take part in a broken rule (both words of a forbidden step). */
function brokenWords(steps: readonly IllegalStep[]): Set<number> {
  const out = new Set<number>();
  for (const s of steps) {
    out.add(s.at);
    if (s.kind === 'step') out.add(s.at - 1);
  }
  return out;
}

/** One reading's spans and the post's best span, as the summary lists them. */
function ReadingSummary({
  name,
  testId,
  tags,
  probs,
  words,
  broken,
}: {
  name: string;
  testId: string;
  tags: readonly Tag[];
  probs: readonly (readonly number[])[];
  words: readonly string[];
  broken: readonly IllegalStep[];
}) {
  const scored = scoredSpans(probs, tags);
  const best = bestSpan(probs, tags);
  return (
    <div className={styles.summary} data-testid={testId}>
      <p className={styles.summaryTitle}>
        {name}:{' '}
        {broken.length === 0 ? 'legal' : `breaks ${broken.length} rule${broken.length > 1 ? 's' : ''}`}
      </p>
      {broken.length > 0 ? (
        <ul className={styles.broken} data-testid={`${testId}-broken`}>
          {broken.map((s) => (
            <li key={`${s.kind}-${s.at}`}>{describeStep(s, words)}</li>
          ))}
        </ul>
      ) : null}
      <p>
        Spans (mean log-probability):{' '}
        <span
          data-testid={`${testId}-spans`}
          data-value={scored.map((s) => `${s.span.start}-${s.span.end}`).join(',')}
        >
          {scored.length === 0
            ? 'none'
            : scored.map((s) => `[${spanText(s.span, words)}] ${fmtMean(s.meanLogProb)}`).join(', ')}
        </span>
      </p>
      <p>
        Best span:{' '}
        <span
          data-testid={`${testId}-best`}
          data-value={best ? `${best.span.start}-${best.span.end}` : ''}
          data-score={best?.meanLogProb}
        >
          {best ? `[${spanText(best.span, words)}]` : '—'}
        </span>
      </p>
    </div>
  );
}

/**
 * Viterbi's lattice: one column per word, one box per tag with the best log-score of a legal reading of the
 * words so far that ends there; each box's best predecessor (amber), Viterbi's reading (blue), greedy's picks
 * (outlined). Memoised: it redraws only when the decode changes.
 */
const DecodeLattice = memo(function DecodeLattice({
  words,
  trace,
  greedy,
  found,
}: {
  words: readonly string[];
  trace: ViterbiTrace;
  greedy: readonly Tag[];
  found: boolean;
}) {
  const best = trace.result.indices;
  const columns = useMemo<LatticeNode[][]>(
    () =>
      trace.steps.map((step, t) =>
        TAGS.map((tag, k) => {
          const score = step.scores[k] as number;
          const onPath = found && best[t] === k;
          const dead = score === Number.NEGATIVE_INFINITY;
          return {
            label: tag,
            sub: dead ? '−∞' : fmtLog(score),
            state: onPath ? 'best' : dead ? 'dead' : greedy[t] === tag ? 'active' : 'idle',
            title: `${words[t]}, ${tag}: best log-score ${dead ? '−∞ (no legal reading ends here)' : fmtLog(score)}${greedy[t] === tag ? '; greedy’s pick' : ''}`,
          };
        }),
      ),
    [trace, greedy, words, found, best],
  );
  const edges = useMemo<LatticeEdge[]>(() => {
    const out: LatticeEdge[] = [];
    trace.steps.forEach((step, t) => {
      if (t === 0) return;
      step.back.forEach((from, to) => {
        if (from < 0 || step.scores[to] === Number.NEGATIVE_INFINITY) return;
        const onPath = found && best[t] === to && best[t - 1] === from;
        out.push({ col: t - 1, from, to, width: onPath ? 3.5 : 1.5, state: onPath ? 'best' : 'back' });
      });
    });
    return out;
  }, [trace, found, best]);
  return (
    <LatticePlot
      columns={columns}
      edges={edges}
      headings={words}
      label={`Viterbi lattice of ${words.length} words; ${found ? `best reading ${trace.result.path.join(' ')}` : 'no legal reading'}`}
      geometry={GEOMETRY}
      testId="lattice"
      exportView
    />
  );
});

/** The probability grid: one row per word, one input per tag; an edit sets that cell and rescales the rest. */
const ProbGrid = memo(function ProbGrid({
  words,
  probs,
  greedy,
  onEdit,
}: {
  words: readonly string[];
  probs: readonly (readonly number[])[];
  greedy: readonly Tag[];
  onEdit: (word: number, tag: number, value: number) => void;
}) {
  return (
    <>
      <p className={styles.hint}>P(tag | word): each row sums to 1; an edit rescales the rest of its row.</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <section className={styles.tableBox} aria-label="Tag probabilities" tabIndex={0}>
        <table className={styles.grid} data-testid="probs">
          <caption className="visually-hidden">
            P(tag | word): each row sums to 1; an edit rescales the rest of its row
          </caption>
          <thead>
            <tr>
              <th scope="col">word</th>
              {TAGS.map((t) => (
                <th key={t} scope="col" className={styles.num}>
                  {t}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {words.map((w, i) => (
              <tr key={i}>
                <th scope="row">{w}</th>
                {TAGS.map((t, k) => {
                  const p = (probs[i] as number[])[k] as number;
                  return (
                    <td
                      key={t}
                      className={cx(styles.cell, greedy[i] === t && styles.argmax)}
                      style={{ '--p': p } as CSSProperties}
                      data-cell={`${i}-${t}`}
                      data-value={p}
                    >
                      <NumberInput
                        label={`P(${t} | ${w}), word ${i + 1}`}
                        hideLabel
                        value={p}
                        min={0}
                        max={1}
                        step={0.01}
                        onChange={(v) => onEdit(i, k, v)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
});

/**
 * The two readings word by word (greedy's broken words marked), then each reading's rules, spans and best
 * span, or the message that no legal reading exists. Memoised: it redraws only when the decode changes.
 */
const Readings = memo(function Readings({
  words,
  probs,
  greedy,
  broken,
  trace,
}: {
  words: readonly string[];
  probs: readonly (readonly number[])[];
  greedy: readonly Tag[];
  broken: readonly IllegalStep[];
  trace: ViterbiTrace;
}) {
  const found = trace.result.logScore > Number.NEGATIVE_INFINITY;
  const viterbi = trace.result.path as Tag[];
  const brokenSet = brokenWords(broken);
  return (
    <>
      <p className={styles.hint}>Each word’s tag: greedy (argmax) and Viterbi (best legal reading).</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <section className={styles.tableBox} aria-label="Readings" tabIndex={0}>
        <table className={styles.readings} data-testid="readings">
          <caption className="visually-hidden">
            Each word’s tag: greedy (argmax) and Viterbi (best legal reading)
          </caption>
          <thead>
            <tr>
              <th scope="col">reading</th>
              {words.map((w, i) => (
                <th key={i} scope="col">
                  {w}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr data-testid="greedy-tags" data-value={greedy.join('')}>
              <th scope="row">greedy</th>
              {greedy.map((t, i) => (
                <td
                  key={i}
                  className={cx(styles.tag, brokenSet.has(i) && styles.bad)}
                  data-broken={brokenSet.has(i) ? '' : undefined}
                >
                  {t}
                </td>
              ))}
            </tr>
            <tr data-testid="viterbi-tags" data-value={found ? viterbi.join('') : ''}>
              <th scope="row">Viterbi</th>
              {found ? (
                viterbi.map((t, i) => (
                  <td key={i} className={cx(styles.tag, t !== greedy[i] && styles.changed)}>
                    {t}
                  </td>
                ))
              ) : (
                <td colSpan={words.length} className={styles.none}>
                  no legal reading
                </td>
              )}
            </tr>
          </tbody>
        </table>
      </section>

      <div className={styles.summaries}>
        <ReadingSummary
          name="Greedy"
          testId="greedy"
          tags={greedy}
          probs={probs}
          words={words}
          broken={broken}
        />
        {found ? (
          <ReadingSummary
            name={`Viterbi (log-score ${fmtMean(trace.result.logScore)})`}
            testId="viterbi"
            tags={viterbi}
            probs={probs}
            words={words}
            broken={[]}
          />
        ) : (
          <p className={styles.error} role="status" data-testid="no-reading">
            No legal reading: under this table every tag sequence that starts with {listTags(START_TAGS)} and
            ends with {listTags(END_TAGS)} takes a step of T = 0 or a tag of probability 0, so Viterbi has
            nothing to return (lib’s viterbiTags gives null). Allow a step in the table, or raise a
            probability.
          </p>
        )}
      </div>
    </>
  );
});

/**
 * Greedy against constrained Viterbi on a sentence's per-word tag probabilities (x / s / b / m / e): the
 * argmax of each word, the rules it breaks under the transition table (with the start and end rules), the
 * best legal reading by Viterbi with its lattice of scores, the spans both readings spell and the post's
 * best span by mean log-probability. The probabilities and the table are editable; every number is lib's.
 */
export default function TagDecoder() {
  // The readings and the lattice follow a change in a deferred render, so the control that changed (the
  // select, a probability, a table cell) is painted first; the probability grid is a control and reads live.
  const [params, live, setParam] = useDeferredWidgetParams<P>();
  // One reading of the trained tagger, followed by both the live controls and the deferred views.
  const model = useModelSentence(live);
  // The views wait for the model in the deferred render too: switching the source mounts or unmounts them all.
  const waiting = params.source === 'model' && !model.sentence;
  const sentence = (params.source === 'model' && model.sentence) || TAG_PRESETS[params.preset];
  const { words } = sentence;
  const resolved = useMemo(
    () => resolveTagProbs(copyRows(sentence.probs), params.probs),
    [sentence, params.probs],
  );
  const { probs } = resolved;
  const tableResolved = useMemo(() => resolveTransitionRows(params.table), [params.table]);
  const { table } = tableResolved;
  const notices = useMemo(
    () => [...resolved.notices, ...(tableResolved.notice ? [tableResolved.notice] : [])],
    [resolved.notices, tableResolved.notice],
  );
  const [dismissed, setDismissed] = useState('');
  const noticeKey = notices.join('\n');

  const greedy = useMemo(() => greedyTags(probs), [probs]);
  const broken = useMemo(() => illegalSteps(greedy, table), [greedy, table]);
  const trace = useMemo(() => viterbiTagTrace(probs, table), [probs, table]);
  const found = trace.result.logScore > Number.NEGATIVE_INFINITY;
  const viterbi = trace.result.path as Tag[];

  const liveSentence = (live.source === 'model' && model.sentence) || TAG_PRESETS[live.preset];
  const liveResolved = useMemo(
    () => resolveTagProbs(copyRows(liveSentence.probs), live.probs),
    [liveSentence, live.probs],
  );
  const liveProbs = liveResolved.probs;
  const liveGreedy = useMemo(() => greedyTags(liveProbs), [liveProbs]);
  const onEdit = useCallback(
    (i: number, k: number, v: number) =>
      setParam(
        'probs',
        liveProbs.map((row, j) =>
          (j === i ? rescaleColumn(row, k, v, 1) : row).map((x) => Number(x.toFixed(TAG_DIGITS))),
        ),
      ),
    [liveProbs, setParam],
  );

  useExportData(() => ({
    name: `tag-decoder-${params.source === 'model' && model.sentence ? `test-${params.sentence}` : params.preset}`,
    rows: probs,
    rowLabels: [...words],
    colLabels: [...TAGS],
    meta: {
      source: params.source,
      edited: resolved.edited,
      greedy,
      illegal: broken,
      viterbi: found ? viterbi : null,
      viterbiLogScore: found ? trace.result.logScore : null,
      greedySpans: scoredSpans(probs, greedy),
      viterbiSpans: found ? scoredSpans(probs, viterbi) : [],
      viterbiBestSpan: found ? bestSpan(probs, viterbi) : null,
      table: params.table,
      startTags: START_TAGS,
      endTags: END_TAGS,
    },
  }));

  // The transition table's editor reads the store itself: memoised, a key on another control skips it.
  const tableEditor = useMemo(
    () => (
      <div className={cx(styles.editor, styles.tableEditor)}>
        <ParamMatrix
          name="table"
          rowLabels={TAGS.map((t) => `from ${t}`)}
          colLabels={TAGS.map((t) => `to ${t}`)}
          allowResize={false}
        />
        <p className={styles.hint}>
          Row: the tag before; column: the tag after. 0 forbids the step; rows need not sum to 1 (Viterbi adds
          log T as it is). Fixed rules: a sentence starts with {listTags(START_TAGS)} and ends with{' '}
          {listTags(END_TAGS)}.
        </p>
        <Button
          size="sm"
          disabled={sameValue(live.table, DEFAULT_TABLE)}
          onClick={() =>
            setParam(
              'table',
              DEFAULT_TABLE.map((r) => [...r]),
            )
          }
        >
          Use the post’s table
        </Button>
      </div>
    ),
    [live.table, setParam],
  );

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSelect name="source" alsoSet={() => ({ probs: [] })} />
        {live.source === 'model' ? (
          <ParamNumber name="sentence" alsoSet={() => ({ probs: [] })} />
        ) : (
          <ParamSelect name="preset" alsoSet={() => ({ probs: [] })} />
        )}
      </div>
      {waiting ? (
        <div className={styles.modelStatus} data-model-status={model.untrained ? 'untrained' : 'loading'}>
          {model.error ? (
            <p className={styles.error} role="alert">
              The tagger could not read the sentence: {model.error}
            </p>
          ) : model.untrained ? (
            <>
              <span className={styles.hint}>
                The trained tagger is the training figure’s default (one bidirectional layer, 4,000 sentences,
                three passes). Train it here, about a minute in a background worker, or press Play in that
                figure.
              </span>
              <Button size="sm" onClick={model.train}>
                Train the tagger
              </Button>
            </>
          ) : (
            <>
              <ProgressBar
                label={model.training ? 'Training the tagger' : 'Reading the sentence'}
                value={model.progress}
                busy
              />
              {model.training ? (
                <Button size="sm" onClick={model.cancel}>
                  Cancel
                </Button>
              ) : null}
            </>
          )}
        </div>
      ) : null}
      {waiting ? null : (
        <>
          <p className={styles.hint}>
            {sentence.note}
            {params.source === 'model' && model.sentence
              ? ' Probabilities computed in your browser; edits below apply to this reading.'
              : ' Illustrative numbers, written by hand; not a trained model’s.'}
          </p>
          <ParamNotice
            notices={noticeKey === dismissed ? [] : notices}
            onDismiss={() => setDismissed(noticeKey)}
          />

          <Readings words={words} probs={probs} greedy={greedy} broken={broken} trace={trace} />

          <DecodeLattice words={words} trace={trace} greedy={greedy} found={found} />
          <p className={styles.hint}>
            Each box: the best log-score of a legal reading of the words up to here that ends in this tag, log
            P(tag | word) + max over the previous tags of (their score + log T). Amber curves: each box’s best
            predecessor; filled blue: Viterbi’s reading; amber outline: greedy’s pick; grey: −∞, no legal
            reading ends there (m or e cannot start a sentence, b or m cannot end one).
          </p>

          <div className={styles.editors}>
            <div className={styles.editor}>
              <ProbGrid words={liveSentence.words} probs={liveProbs} greedy={liveGreedy} onEdit={onEdit} />
              <Button size="sm" disabled={!liveResolved.edited} onClick={() => setParam('probs', [])}>
                Use the sentence’s own probabilities
              </Button>
            </div>
            {tableEditor}
          </div>
        </>
      )}
    </div>
  );
}
