'use client';

import {
  type ChangeEvent,
  type CSSProperties,
  memo,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useState,
} from 'react';
import {
  Button,
  Field,
  ParamNumber,
  ParamSelect,
  ParamSlider,
  ProgressBar,
  Select,
  useParamSpec,
} from '@/components/controls';
import controlStyles from '@/components/controls/controls.module.css';
import { cx } from '@/components/controls/util';
import { useDebounced } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useParam, useWidgetParams } from '@/components/figure/store';
import {
  type RunContext,
  type TaskInput,
  type TaskOutput,
  useRun,
  useTask,
} from '@/components/figure/worker';
import { AxisX, AxisY, BarY, Dot, Line, Plot, RuleX, SwatchLegend } from '@/components/plot';
import { formatInteger, formatNumber } from '@/lib/format';
import { influenceSplit, splitWords, TAGS, type Tag } from '@/lib/sequence';
import { PROBE_MAX_WORDS, PROBE_PICKS, type taggerProbeParams } from './params';
import styles from './TaggerProbe.module.css';

type P = ParamValues<typeof taggerProbeParams>;
type Answer = TaskOutput<'tagger-query'>;
type Ensured = TaskOutput<'tagger-ensure'>;
type Summary = TaskOutput<'tagger-influence'>;
type Direction = 'bi' | 'uni';
/** Where training stands: the model training now, and the models ready so far. */
interface Training {
  direction: Direction;
  models: Partial<Record<Direction, Ensured>>;
  /** A model is not in the worker yet (only looked for, not trained). */
  missing?: boolean;
}

/** The two models of each size: the article's default settings, or a tiny pair (fields not given are the defaults). */
const SIZES: Record<P['size'], TaskInput<'tagger-ensure'>> = {
  default: {},
  tiny: { V: 1000, embedDim: 16, hiddenSize: 8, epochs: 1, trainSize: 300 },
};
/** Test sentences the influence profile reads (evenly spaced through the split). */
const PROFILE_SENTENCES = 60;
/** Milliseconds of quiet typing before the sentence goes to the worker. */
const DEBOUNCE = 200;
const NAMES: Record<Direction, string> = { uni: 'Left-to-right LSTM', bi: 'Bidirectional LSTM' };
const ORDER: readonly Direction[] = ['uni', 'bi'];
const TAG_NAMES: Record<Tag, string> = {
  x: 'x: outside',
  s: 's: single-word span',
  b: 'b: begins a span',
  m: 'm: inside a span',
  e: 'e: ends a span',
};
const INFLUENCE_HEIGHT = 150;

const pct = (v: number) => (Number.isFinite(v) ? formatNumber(v, { style: 'percent', digits: 3 }) : '—');
const prob = (v: number) => formatNumber(v, { style: 'fixed', digits: 2 });

/** The typed sentence's box, with what is wrong with it (no words, words past the limit) beside it. */
function TextInput({ problem }: { problem: string | null }) {
  const id = useId();
  const { label } = useParamSpec('text', ['string']);
  const [value, setValue] = useParam<P, 'text'>('text');
  const msgId = `${id}-msg`;
  return (
    <div className={styles.textField}>
      <Field id={id} label={label}>
        <input
          id={id}
          className={cx(controlStyles.input, styles.textInput)}
          type="text"
          value={value}
          maxLength={1000}
          onChange={(e: ChangeEvent<HTMLInputElement>) => setValue(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={msgId}
          autoComplete="off"
          spellCheck={false}
          data-text
        />
      </Field>
      <p id={msgId} className={styles.message} aria-live="polite" data-problem={problem ? '' : undefined}>
        {problem ?? 'Words are runs of letters and digits; capitals are read too (a case flag).'}
      </p>
    </div>
  );
}

/** The test-sentence picker: its number, previous and next, and a short list of sentences worth a look. */
function SentencePicker() {
  const [index, setIndex] = useParam<P, 'index'>('index');
  const { max } = useParamSpec('index', ['int']) as { max: number };
  const pick = PROBE_PICKS.find((p) => p.index === index);
  return (
    <div className={styles.picker}>
      <ParamNumber name="index" />
      <div className={styles.stepButtons}>
        <Button size="sm" onClick={() => setIndex(index > 1 ? index - 1 : max)}>
          ‹ Previous
        </Button>
        <Button size="sm" onClick={() => setIndex(index < max ? index + 1 : 1)}>
          Next ›
        </Button>
      </div>
      <Select
        label="Worth a look"
        value={pick ? String(pick.index) : ''}
        options={[
          { value: '', label: pick ? '' : 'Choose…' },
          ...PROBE_PICKS.map((p) => ({ value: String(p.index), label: `${p.index}: ${p.note}` })),
        ].filter((o) => o.label !== '')}
        onChange={(v) => v && setIndex(Number(v))}
      />
    </div>
  );
}

/** The words × tags table: probabilities shaded, the greedy and Viterbi readings, gold tags with mistakes. */
const TagTable = memo(function TagTable({
  answer,
  position,
  V,
  onPosition,
}: {
  answer: Answer;
  position: number;
  V: number;
  onPosition: (p: number) => void;
}) {
  const inSpan = useMemo(() => {
    const s = new Set<number>();
    for (const sp of answer.spans) for (let t = sp.start; t < sp.end; t++) s.add(t);
    return s;
  }, [answer.spans]);
  const best = answer.best?.span ?? null;
  const readingRow = (name: string, tags: readonly Tag[], key: string, gold?: readonly Tag[] | null) => (
    <tr data-row={key}>
      <th scope="row">{name}</th>
      {tags.map((tag, t) => {
        const wrong = gold ? gold[t] !== tag : false;
        return (
          <td
            key={t}
            className={cx(styles.tagCell, wrong && styles.wrong)}
            data-tag={tag}
            data-wrong={wrong || undefined}
          >
            {tag}
            {wrong ? <span className="visually-hidden"> (mistake)</span> : null}
          </td>
        );
      })}
    </tr>
  );
  const goldWrong = answer.gold ? answer.viterbi.map((tag, t) => answer.gold?.[t] !== tag) : null;
  return (
    <table className={styles.table} data-tags>
      <thead>
        <tr>
          <th scope="col">word</th>
          {answer.words.map((w, t) => (
            <th
              key={t}
              scope="col"
              className={cx(
                styles.word,
                inSpan.has(t) && styles.inSpan,
                best && t >= best.start && t < best.end && styles.best,
                t === position && styles.current,
              )}
              data-word={w}
              data-known={answer.known[t] ? 'yes' : 'no'}
            >
              <button
                type="button"
                className={styles.wordButton}
                onClick={() => onPosition(t + 1)}
                aria-pressed={t === position}
                title="Explain this word’s tag"
              >
                <span className={styles.num}>{t + 1}</span>
                <span className={cx(!answer.known[t] && styles.unknown)}>{w}</span>
                {answer.known[t] ? null : (
                  <span className="visually-hidden"> (not among the top {formatInteger(V)} words)</span>
                )}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {TAGS.map((tag, k) => (
          <tr key={tag} data-row={`p-${tag}`}>
            <th scope="row" title={TAG_NAMES[tag]}>
              p({tag})
            </th>
            {answer.probs.map((row, t) => {
              const v = row[k] as number;
              return (
                // The cell fills from the bottom in proportion to p (CSS reads --p); the text keeps the page's
                // colours, so it reads on any fill.
                <td key={t} className={styles.probCell} style={{ '--p': v } as CSSProperties}>
                  {prob(v)}
                </td>
              );
            })}
          </tr>
        ))}
        {readingRow('greedy', answer.greedy, 'greedy', answer.gold)}
        {readingRow(
          answer.viterbiFailed ? 'Viterbi (failed)' : 'Viterbi',
          answer.viterbi,
          'viterbi',
          answer.gold,
        )}
        {answer.gold ? (
          <tr data-row="gold">
            <th scope="row">gold</th>
            {answer.gold.map((tag, t) => (
              <td
                key={t}
                className={cx(styles.tagCell, styles.gold, goldWrong?.[t] && styles.wrong)}
                data-tag={tag}
              >
                {tag}
              </td>
            ))}
          </tr>
        ) : null}
      </tbody>
    </table>
  );
});

/** The sentence with its spans marked, the best span named. */
function SpanLine({ answer }: { answer: Answer }) {
  const parts: ReactNode[] = [];
  let t = 0;
  for (const sp of answer.spans) {
    if (sp.start > t) parts.push(answer.words.slice(t, sp.start).join(' '));
    const best = answer.best?.span.start === sp.start && answer.best.span.end === sp.end;
    parts.push(
      <mark
        key={sp.start}
        className={cx(styles.span, best && styles.bestSpan)}
        data-span={answer.words.slice(sp.start, sp.end).join(' ')}
      >
        {answer.words.slice(sp.start, sp.end).join(' ')}
      </mark>,
    );
    t = sp.end;
  }
  if (t < answer.words.length) parts.push(answer.words.slice(t).join(' '));
  return (
    <p className={styles.spanLine} data-spans={answer.spans.length}>
      {parts.map((p, i) => (
        <span key={i}>
          {i > 0 ? ' ' : ''}
          {p}
        </span>
      ))}
    </p>
  );
}

interface Bar {
  key: string;
  share: number;
  t: number;
}

/** One model's influence on the chosen position's tag: a bar per word (its share of the total). */
const InfluenceBars = memo(function InfluenceBars({
  direction,
  words,
  row,
  position,
  exportView,
}: {
  direction: Direction;
  words: readonly string[];
  row: readonly number[];
  position: number;
  exportView?: boolean;
}) {
  const split = useMemo(() => influenceSplit(row, position), [row, position]);
  const bars = useMemo<Bar[]>(() => split.shares.map((share, t) => ({ key: String(t), share, t })), [split]);
  const x = useMemo(() => ({ type: 'band' as const, domain: bars.map((b) => b.key), padding: 0.15 }), [bars]);
  const top = Math.max(0.05, ...split.shares);
  return (
    <figure className={styles.influence} data-influence={direction}>
      <figcaption>
        <span className={cx(styles.swatch, styles[direction])} aria-hidden="true" />
        {NAMES[direction]}: <span data-split="before">before {pct(split.before)}</span>,{' '}
        <span data-split="self">the word itself {pct(split.self)}</span>,{' '}
        <span data-split="after" data-value={split.after}>
          after {pct(split.after)}
        </span>
      </figcaption>
      <Plot
        label={`${NAMES[direction]}: share of influence on the tag of word ${position + 1} (${words[position]}) from each word: ${bars.map((b) => `${words[b.t]} ${pct(b.share)}`).join(', ')}`}
        x={x}
        y={{ domain: [0, top], nice: true }}
        height={INFLUENCE_HEIGHT}
        margin={{ left: 44, bottom: 30, top: 8 }}
        exportView={exportView}
      >
        <AxisY ticks={3} grid tickFormat={(v) => pct(Number(v))} />
        <AxisX tickFormat={(v) => words[Number(v)] ?? ''} />
        <BarY
          data={bars}
          x="key"
          y="share"
          classOf={(b: Bar) => cx(styles[direction], b.t === position && styles.atPosition)}
          attrs={(b: Bar) => ({ 'data-t': b.t, 'data-share': b.share })}
          titleOf={(b: Bar) => `${words[b.t]}: ${pct(b.share)}`}
        />
      </Plot>
    </figure>
  );
});

/** The influence profile over the test split: mean share by offset from the position, both models. */
const ProfilePlot = memo(function ProfilePlot({ summaries }: { summaries: Record<Direction, Summary> }) {
  const lines = useMemo(
    () =>
      ORDER.map((d) => ({
        d,
        points: summaries[d].distances.map((offset, i) => ({
          offset,
          share: summaries[d].byDistance[i] as number,
        })),
      })),
    [summaries],
  );
  const top = Math.max(
    0.05,
    ...lines.flatMap((l) => l.points.map((p) => (Number.isFinite(p.share) ? p.share : 0))),
  );
  return (
    <Plot
      label={`Mean share of influence by offset from the position over ${summaries.bi.sentences} test sentences: ${lines.map((l) => `${NAMES[l.d]} ${l.points.map((p) => `${p.offset}: ${pct(p.share)}`).join(', ')}`).join('; ')}`}
      x={{ domain: [summaries.bi.distances[0] ?? -5, summaries.bi.distances.at(-1) ?? 5] }}
      y={{ domain: [0, top], nice: true }}
      height={170}
      margin={{ left: 44, bottom: 36, top: 8 }}
    >
      <AxisX label="offset of the word from the position (left −, right +)" ticks={11} grid />
      <AxisY ticks={3} grid tickFormat={(v) => pct(Number(v))} />
      <RuleX values={[0]} />
      {lines.map((l) => (
        <Line
          key={l.d}
          data={l.points}
          x="offset"
          y="share"
          className={styles[`${l.d}Line`]}
          strokeWidth={2}
        />
      ))}
      {lines.map((l) => (
        <Dot key={l.d} data={l.points} x="offset" y="share" r={3} classOf={() => styles[l.d]} />
      ))}
    </Plot>
  );
});

/**
 * Probing the trained taggers: a typed sentence or a test sentence read by the bidirectional and the
 * left-to-right LSTM (trained in the worker once, or taken from the store when the training figure trained
 * them): probabilities per word and tag, greedy and Viterbi readings, spans and the best span, gold tags with
 * mistakes, and each word's influence on one position's tag, with the influence profile over the test split.
 */
export default function TaggerProbe() {
  const [params, setParam] = useWidgetParams<P>();
  const { source, index, text, position, reading, size } = params;

  // Train (or find) both models: the bidirectional one first (it reads the sentence while the left-to-right one
  // trains), then the left-to-right one.
  const run = useRun<Training, Training>([size]);
  const { status, start } = run;
  // Looking costs nothing; training costs about a minute of a core, so it waits for the reader's click unless the
  // models are already in the worker (the training figure above trains the same bidirectional tagger).
  const ensure = useCallback(
    (train: boolean) => async (ctx: RunContext<Training>) => {
      let state: Training = { direction: 'bi', models: {} };
      for (const [i, direction] of (['bi', 'uni'] as const).entries()) {
        const ensured = await ctx.task('tagger-ensure', { ...SIZES[size], direction, train }, (f) =>
          ctx.progress((i + f) / 2, () => ({ ...state, direction })),
        );
        if (!ensured.complete) {
          if (!train) return { ...state, missing: true };
          throw new Error('training stopped');
        }
        state = { direction, models: { ...state.models, [direction]: ensured } };
        ctx.progress((i + 1) / 2, () => state);
      }
      return state;
    },
    [size],
  );
  const [training, setTraining] = useState(false);
  useEffect(() => {
    if (status === 'idle') start(ensure(training));
  }, [status, start, ensure, training]);
  const train = useCallback(() => {
    setTraining(true);
    start(ensure(true), { keepPartial: true });
  }, [start, ensure]);
  const models = (status === 'done' ? run.result : run.partial)?.models ?? {};
  const missing = status === 'done' && run.result?.missing === true;
  const ready = status === 'done' && !missing;

  // The sentence: typed text once typing pauses, or a test sentence.
  const settledText = useDebounced(text, DEBOUNCE);
  const typed = useMemo(() => splitWords(source === 'typed' ? settledText : ''), [source, settledText]);
  const problem =
    source !== 'typed'
      ? null
      : typed.forms.length === 0
        ? 'No words here: type a sentence with at least one word of letters or digits.'
        : typed.dropped > 0
          ? `Only the first ${PROBE_MAX_WORDS} words are read: ${formatInteger(typed.dropped)} ${typed.dropped === 1 ? 'word was' : 'words were'} dropped.`
          : null;
  const sentence = useMemo(
    () =>
      source === 'typed'
        ? typed.forms.length > 0
          ? { text: settledText }
          : null
        : { split: 'test' as const, index: index - 1 },
    [source, typed, settledText, index],
  );
  const query = (d: Direction) => {
    const key = models[d]?.key;
    return key && sentence ? { key, sentence, influence: true } : null;
  };
  const uni = useTask('tagger-query', query('uni'));
  const bi = useTask('tagger-query', query('bi'));
  const answers: Record<Direction, Answer | null> = { uni: uni.data, bi: bi.data };
  const shown = answers[reading];
  const profile = (d: Direction) => {
    const key = ready ? models[d]?.key : undefined;
    return key ? { key, sentences: PROFILE_SENTENCES } : null;
  };
  const uniProfile = useTask('tagger-influence', profile('uni'));
  const biProfile = useTask('tagger-influence', profile('bi'));
  const summaries =
    uniProfile.data && biProfile.data && !uniProfile.pending && !biProfile.pending
      ? { uni: uniProfile.data, bi: biProfile.data }
      : null;

  const T = shown?.words.length ?? 0;
  const at = Math.min(position, Math.max(1, T)) - 1;
  const setPosition = useCallback((p: number) => setParam('position', p), [setParam]);
  const settings = models.bi?.settings;
  const V = settings?.V ?? 0;

  useExportData(() => {
    const a = answers[reading];
    if (!a) return null;
    const shares = ORDER.map((d) => {
      const row = answers[d]?.influence?.[at];
      return row && row.length === a.words.length ? influenceSplit(row, at).shares : null;
    });
    return {
      name: `tagger-probe-${source === 'typed' ? 'typed' : `test-${index}`}-${reading}`,
      colLabels: [
        ...TAGS.map((t) => `p(${t})`),
        'known (1 yes)',
        `influence share on word ${at + 1}, left-to-right`,
        `influence share on word ${at + 1}, bidirectional`,
      ],
      rowLabels: a.words,
      rows: a.words.map((_, t) => [
        ...(a.probs[t] ?? []),
        a.known[t] ? 1 : 0,
        shares[0]?.[t] ?? Number.NaN,
        shares[1]?.[t] ?? Number.NaN,
      ]),
      meta: {
        model: reading,
        settings: models[reading]?.settings,
        greedy: a.greedy.join(' '),
        viterbi: a.viterbi.join(' '),
        gold: a.gold?.join(' ') ?? null,
        profile: summaries,
      },
    };
  });

  const partial = run.partial;
  const trainingView =
    status === 'running' || status === 'idle' ? (
      <div className={styles.training} data-status="training">
        <ProgressBar
          // No running counts in the label: a label that rewraps as its digits change would move the page.
          label={
            training
              ? `Training the ${partial?.direction === 'uni' ? 'left-to-right tagger (2 of 2)' : 'bidirectional tagger (1 of 2)'}`
              : 'Looking for trained taggers'
          }
          value={run.progress}
          busy
        />
        <Button size="sm" onClick={run.cancel}>
          Cancel
        </Button>
      </div>
    ) : status === 'cancelled' ? (
      <div className={styles.training} data-status="cancelled">
        <span className={styles.hint}>Training paused at {pct(run.progress)}.</span>
        <Button size="sm" onClick={train}>
          Resume
        </Button>
      </div>
    ) : missing ? (
      <div className={styles.training} data-status="untrained">
        <span className={styles.hint}>
          The probe reads with two trained taggers, one bidirectional and one left to right. Training them
          takes about a minute in a background worker
          {models.bi ? ' (the bidirectional one is already trained)' : ''}.
        </span>
        <Button size="sm" onClick={train}>
          Train the taggers
        </Button>
      </div>
    ) : status === 'error' ? (
      <p className={styles.error} role="alert">
        Training failed: {run.error}
      </p>
    ) : settings ? (
      <p className={cx(styles.hint, styles.status)} data-status="ready">
        Models:{' '}
        {models.bi?.stored && models.uni?.stored ? 'found trained in this page' : 'trained in your browser'},
        one LSTM layer of {settings.hiddenSize} units (each way), word vectors of {settings.embedDim} for the
        top {formatInteger(V)} words, {settings.epochs} {settings.epochs === 1 ? 'epoch' : 'epochs'} over{' '}
        {formatInteger(settings.trainSize)} training sentences, seed {settings.seed}.
      </p>
    ) : null;

  const queryError = (reading === 'uni' ? uni : bi).error;
  const stale = (reading === 'uni' ? uni : bi).pending || (source === 'typed' && settledText !== text);

  return (
    <div className={cx(styles.widget, !ready && !training && styles.untrained)}>
      <div className={styles.controls}>
        <ParamSelect name="source" />
        <ParamSelect name="reading" />
        <ParamSelect name="size" />
      </div>
      {source === 'typed' ? <TextInput problem={problem} /> : <SentencePicker />}
      {trainingView}
      <section
        className={cx(styles.result, stale && 'result-stale')}
        aria-label="The tagger’s reading"
        data-reading={reading}
      >
        <h4 className={styles.heading}>
          <span className={cx(styles.swatch, styles[reading])} aria-hidden="true" />
          {NAMES[reading]}: tag probabilities and readings
        </h4>
        {queryError ? (
          <p className={styles.error} role="alert">
            {queryError}
          </p>
        ) : null}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
        <section className={styles.scroller} tabIndex={0} aria-label="Tag probabilities per word">
          {shown ? (
            <TagTable answer={shown} position={at} V={V} onPosition={setPosition} />
          ) : (
            <p className={cx(styles.hint, styles.placeholder)}>
              {problem ??
                `The table appears once the ${reading === 'bi' ? 'bidirectional' : 'left-to-right'} tagger is trained.`}
            </p>
          )}
        </section>
        <div className={styles.spans}>
          {shown ? (
            <>
              <SpanLine answer={shown} />
              <p className={styles.hint} data-best>
                {shown.best
                  ? `Best span (highest mean log-probability of its tags, ${prob(shown.best.meanLogProb)}): “${shown.words.slice(shown.best.span.start, shown.best.span.end).join(' ')}”.`
                  : 'No span in the Viterbi reading.'}{' '}
                <span className={styles.unknown}>Dotted</span> words are outside the top {formatInteger(V)}{' '}
                (one shared unknown-word vector).
                {shown.gold ? ' Struck-through tags are Viterbi’s mistakes against gold.' : ''}
              </p>
            </>
          ) : null}
        </div>
      </section>
      <section className={cx(styles.result, stale && 'result-stale')} aria-label="Influence of each word">
        <h4 className={styles.heading}>
          Which words decide the tag of word {at + 1}
          {shown ? ` (${shown.words[at]})` : ''}?
        </h4>
        <ParamSlider
          name="position"
          min={1}
          max={Math.max(1, T)}
          format={(v) => (T > 0 ? `${Math.min(v, T)} of ${T}` : '—')}
        />
        <div className={styles.influences}>
          {ORDER.map((d) => {
            const a = answers[d];
            const row = a?.influence?.[at];
            return (
              <div key={d} className={styles.influenceBox}>
                {a && row ? (
                  <InfluenceBars
                    direction={d}
                    words={a.words}
                    row={row}
                    position={at}
                    exportView={d === 'uni'}
                  />
                ) : null}
              </div>
            );
          })}
        </div>
        <p className={styles.hint}>
          A bar is the size of the gradient of log p(tag) at word {at + 1} with respect to that word’s input
          vector, as a share of all words’.
        </p>
      </section>
      <section className={styles.result} aria-label="Influence over the test split" data-profile>
        <h4 className={styles.heading}>Over {PROFILE_SENTENCES} test sentences</h4>
        <div className={styles.profile}>
          {summaries ? (
            <>
              <table className={styles.summary} data-summary>
                <thead>
                  <tr>
                    <th scope="col">model</th>
                    <th scope="col">share on words after the position</th>
                    <th scope="col">on the word and the 2 before it</th>
                  </tr>
                </thead>
                <tbody>
                  {ORDER.map((d) => (
                    <tr key={d} data-model={d}>
                      <th scope="row">{NAMES[d]}</th>
                      <td data-after={summaries[d].after}>{pct(summaries[d].after)}</td>
                      <td data-recent={summaries[d].recent}>{pct(summaries[d].recent)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <SwatchLegend items={ORDER.map((d) => ({ label: NAMES[d], className: styles[d] }))} />
              <ProfilePlot summaries={summaries} />
            </>
          ) : ready ? (
            <ProgressBar
              label="Reading the test sentences"
              value={(uniProfile.progress + biProfile.progress) / 2}
              busy
            />
          ) : null}
        </div>
      </section>
    </div>
  );
}
