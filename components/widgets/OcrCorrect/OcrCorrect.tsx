'use client';

import {
  type ChangeEvent,
  type KeyboardEvent,
  memo,
  type RefObject,
  useCallback,
  useId,
  useMemo,
  useRef,
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
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { type AssetState, AssetStatus } from '@/components/figure/asset';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetStoreApi } from '@/components/figure/store';
import { type TaskOutput, useTask } from '@/components/figure/worker';
import {
  DEFAULT_LATTICE_GEOMETRY,
  edgeWidth,
  type LatticeEdge,
  type LatticeNode,
  LatticePlot,
} from '@/components/plot';
import ocrStyles from '@/components/views/ocr/ocr.module.css';
import { formatInteger, formatNumber } from '@/lib/format';
// Module files, not the index: the page never decodes the model (the worker does), so the widget's chunk
// carries no decoder or language model.
import { OCR_MODEL_PATH } from '@/lib/ocr/asset';
import { POST_SENTENCES } from '@/lib/ocr/corpus.mjs';
import type { ChangeReason } from '@/lib/ocr/correct';
import type { CharStatus, CorrectorAccuracy } from '@/lib/ocr/evaluate';
import type { SimulatedOcr } from '@/lib/ocr/simulate';
import { type Smoothing, smoothingOfKind } from '@/lib/viterbi/bigram';
import { latticeWork } from '@/lib/viterbi/viterbi';
import styles from './OcrCorrect.module.css';
import { MAX_CHARS, ocrCorrectParams } from './params';

type P = ParamValues<typeof ocrCorrectParams>;

/** Changes explained in the list under the readings (every one is explained in its position's panel). */
const LISTED_REASONS = 12;

/** One reading as the worker computes it (workers/ocrRead.ts). */
type Reading = TaskOutput<'ocr-read'>;

/** What the smoothing menu calls each kind (declared in params.ts), for the accuracy panel's sentence. */
const smoothingLabels = ocrCorrectParams.smoothing.optionLabels;
/** The lattice window of an inspected position: smaller boxes than the figures' lattices. */
const WINDOW_GEOMETRY = {
  ...DEFAULT_LATTICE_GEOMETRY,
  nodeWidth: 64,
  nodeHeight: 46,
  columnStep: 116,
  rowGap: 10,
};

const statusLabels: Record<CharStatus, string> = {
  right: 'right',
  fixed: 'fixed',
  broken: 'broken',
  wrong: 'still wrong',
};

const fmtW = (p: number) => formatNumber(p, { digits: 3 });
const fmtP = (p: number) => formatNumber(p, { digits: 3 });
const fmtLog = (x: number) => formatNumber(x, { digits: 4 });
const pct = (num: number, den: number) =>
  den > 0 ? formatNumber(num / den, { style: 'percent', digits: 3 }) : '—';
/** A difference of log-scores with its sign (+∞ when the alternative is impossible). */
const fmtGain = (x: number) => {
  const text = formatNumber(x, { style: 'fixed', digits: 2 });
  return x > 0 && text !== '0.00' ? `+${text}` : text;
};

/** How a character is drawn in the readings: spaces and line breaks get visible stand-ins. */
const shown = (ch: string) => (ch === ' ' ? '␣' : ch === '\n' ? '↵' : ch);

/** A short quoted list of distinct characters for notes (spaces and line breaks named). */
function listChars(chars: readonly string[]): string {
  const names = [...new Set(chars)].map((c) => (c === ' ' ? 'space' : c === '\n' ? 'line break' : c));
  return names.length > 8 ? `${names.slice(0, 8).join(' ')} …` : names.join(' ');
}

function TextInput({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { label } = useParamSpec('text', ['string']);
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const length = Array.from(shown).length;
  const error =
    length > MAX_CHARS
      ? `At most ${MAX_CHARS} characters: this has ${formatInteger(length)}. The readings below are of the last text that fitted.`
      : null;
  const onInput = (e: ChangeEvent<HTMLTextAreaElement>) => {
    const text = e.target.value;
    if (Array.from(text).length <= MAX_CHARS) {
      onChange(text);
      setDraft(null);
    } else setDraft(text);
  };
  return (
    <Field
      id={id}
      label={label}
      aside={<span className={styles.counter}>{`${formatInteger(length)} / ${MAX_CHARS}`}</span>}
      message={error}
      messageId={`${id}-msg`}
      className={styles.textField}
    >
      <textarea
        id={id}
        className={cx(controlStyles.input, styles.textarea)}
        lang="zh"
        rows={2}
        value={shown}
        onChange={onInput}
        onBlur={() => setDraft(null)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-msg` : undefined}
        spellCheck={false}
        autoComplete="off"
      />
    </Field>
  );
}

/**
 * The accuracy panel's table of held-out words: image model alone vs corrected. While `stale` it shows the
 * previous settings' numbers, dimmed, until the new ones arrive.
 */
const AccuracyTable = memo(function AccuracyTable({
  acc,
  noise,
  stale,
}: {
  acc: CorrectorAccuracy;
  noise: number;
  stale: boolean;
}) {
  const correctedWrong = acc.broken + acc.wrong;
  return (
    <div className={cx(styles.tableScroll, stale && 'result-stale')} data-stale={stale ? '' : undefined}>
      <table className={styles.table} data-accuracy>
        <caption className={styles.caption}>
          {formatInteger(acc.lines)} held-out words ({formatInteger(acc.chars)} characters){' '}
          {stale ? '— recomputing for the new settings' : `at noise ${formatNumber(noise, { digits: 2 })}`}
        </caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">image only</th>
            <th scope="col">corrected</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">characters wrong</th>
            <td data-acc="image-wrong">{formatInteger(acc.imageWrong)}</td>
            <td data-acc="corrected-wrong">{formatInteger(correctedWrong)}</td>
          </tr>
          <tr>
            <th scope="row">character accuracy</th>
            <td data-acc="image-char-acc">{pct(acc.chars - acc.imageWrong, acc.chars)}</td>
            <td data-acc="corrected-char-acc">{pct(acc.chars - correctedWrong, acc.chars)}</td>
          </tr>
          <tr>
            <th scope="row">lines read right</th>
            <td data-acc="image-lines">
              {formatInteger(acc.imageLinesRight)} ({pct(acc.imageLinesRight, acc.lines)})
            </td>
            <td data-acc="corrected-lines">
              {formatInteger(acc.correctedLinesRight)} ({pct(acc.correctedLinesRight, acc.lines)})
            </td>
          </tr>
        </tbody>
      </table>
      <p className={styles.tally}>
        <span className={styles.fixed}>
          fixed <output data-acc="fixed">{formatInteger(acc.fixed)}</output>
        </span>
        <span className={styles.broken}>
          broken <output data-acc="broken">{formatInteger(acc.broken)}</output>
        </span>
        <span className={styles.wrong}>
          still wrong <output data-acc="wrong">{formatInteger(acc.wrong)}</output>
        </span>
      </p>
    </div>
  );
});

/**
 * The accuracy panel's table of real sentences: one row per noise level (the reader's marked), characters
 * fixed and broken, and the characters and whole sentences right, image alone vs corrected.
 */
const SentenceTable = memo(function SentenceTable({
  rows,
  noise,
  stale,
}: {
  rows: readonly { noise: number; accuracy: CorrectorAccuracy }[];
  noise: number;
  stale: boolean;
}) {
  const first = rows[0]?.accuracy;
  if (!first) return null;
  return (
    <div className={cx(styles.tableScroll, stale && 'result-stale')} data-stale={stale ? '' : undefined}>
      <table className={cx(styles.table, styles.wrapTable)} data-sentence-accuracy>
        <caption className={styles.caption}>
          {formatInteger(first.lines)} real sentences ({formatInteger(first.chars)} characters), image only →
          corrected{stale ? ' — recomputing for the new settings' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">noise</th>
            <th scope="col">fixed / broken</th>
            <th scope="col">characters right</th>
            <th scope="col">sentences right</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ noise: level, accuracy: acc }) => (
            <tr
              key={level}
              data-sentence-noise={level}
              className={level === noise ? styles.current : undefined}
            >
              <th scope="row">
                {formatNumber(level, { digits: 2 })}
                {level === noise ? ' (yours)' : ''}
              </th>
              <td>
                <span data-sentence-acc="fixed">{formatInteger(acc.fixed)}</span> /{' '}
                <span data-sentence-acc="broken">{formatInteger(acc.broken)}</span>
              </td>
              <td data-sentence-acc="chars">
                {pct(acc.chars - acc.imageWrong, acc.chars)} →{' '}
                {pct(acc.chars - acc.broken - acc.wrong, acc.chars)}
              </td>
              <td data-sentence-acc="lines">
                {formatInteger(acc.imageLinesRight)} → {formatInteger(acc.correctedLinesRight)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

/**
 * One position of the readings: truth, image and corrected characters stacked in a button that opens its
 * lattice column. Memoised: typing, progress and a new selection re-render only the positions they change.
 */
const PositionCell = memo(function PositionCell({
  t,
  ch,
  image,
  fixedCh,
  status,
  kind,
  selected,
  roving,
  onPick,
  onKey,
}: {
  t: number;
  ch: string;
  image: string;
  fixedCh: string;
  status: CharStatus;
  kind: 'known' | 'unknown' | 'other';
  selected: boolean;
  /** The one position in the Tab order. */
  roving: boolean;
  onPick: (t: number) => void;
  onKey: (e: KeyboardEvent<HTMLButtonElement>, t: number) => void;
}) {
  const changed = image !== fixedCh;
  // The accessible name starts with the visible text (the three glyphs), then says what they are.
  const label = `${shown(ch)}${shown(image)}${shown(fixedCh)}: position ${t + 1}, truth ${ch}, image ${image}, corrected ${fixedCh}, ${statusLabels[status]}${
    kind === 'other' ? ', not Chinese: passed through' : kind === 'unknown' ? ', outside the vocabulary' : ''
  }`;
  return (
    <button
      type="button"
      className={cx(styles.cell, styles[`cell-${status}`], selected && styles.cellSelected)}
      data-pos={t}
      data-status={status}
      data-kind={kind}
      data-changed={changed ? '' : undefined}
      tabIndex={roving ? 0 : -1}
      aria-pressed={selected}
      aria-label={label}
      title={label}
      lang="zh"
      onClick={() => onPick(t)}
      onKeyDown={(e) => onKey(e, t)}
    >
      <span className={cx(styles.ch, kind !== 'known' && styles[`kind-${kind}`])} data-row="truth">
        {shown(ch)}
      </span>
      <span className={cx(styles.ch, image !== ch && styles.misread)} data-row="image">
        {shown(image)}
      </span>
      <span className={cx(styles.ch, changed && styles.changed)} data-row="corrected">
        {shown(fixedCh)}
      </span>
    </button>
  );
});

/** One line of the list of changes: the reading around the position, kept vs chosen, and the two gains. */
function ReasonText({ reason, text }: { reason: ChangeReason; text: string }) {
  const t = reason.position;
  const around = (s: string) =>
    Array.from(s)
      .slice(Math.max(0, t - 1), t + 2)
      .map(shown)
      .join('');
  if (reason.margin === Number.POSITIVE_INFINITY) {
    return (
      <>
        every reading that keeps <span lang="zh">{reason.from}</span> has probability 0 under this smoothing
      </>
    );
  }
  return (
    <>
      <span lang="zh">{around(reason.kept.text)}</span> → <span lang="zh">{around(text)}</span>: image{' '}
      <output data-gain="image">{fmtGain(reason.imageGain)}</output>, language model{' '}
      <output data-gain="language">{fmtGain(reason.languageGain)}</output>, so log f{' '}
      <output data-gain="margin">{fmtGain(reason.margin)}</output>
    </>
  );
}

/**
 * The accuracy panel: the same simulator and corrector over the held-out words and the sentences (a few
 * thousand decodings), in the worker. Its own component, so the job's progress ticks re-render only the
 * panel; while a newer input runs (or failed), the last result stays on screen, marked stale.
 */
const AccuracyPanel = memo(function AccuracyPanel({
  smoothing,
  noise,
  seed,
  kind,
  alpha,
  T,
}: {
  smoothing: Smoothing;
  noise: number;
  seed: number;
  kind: P['smoothing'];
  alpha: number;
  T: number;
}) {
  const task = useTask('ocr-accuracy', { smoothing, noise, seed });
  const accuracy = task.data;
  const accuracyStale = task.pending || task.error !== null;
  return (
    <section className={styles.panel} aria-label="Accuracy over many lines" data-accuracy-panel>
      <h4 className={ocrStyles.panelTitle}>Accuracy over many lines</h4>
      <p className={ocrStyles.hint}>
        The same simulator (seed {seed}/i for line i) and corrector ({smoothingLabels[kind]}
        {kind !== 'mle' ? `, α = ${formatNumber(alpha, { digits: 4 })}` : ''}
        {kind === 'add-below' ? `, T = ${formatNumber(T, { digits: 4 })}` : ''}) on words of jieba’s
        dictionary that were held out before counting, at your noise, and on real running sentences (the
        examples above, the Chinese messages of axe-core and Biome’s Chinese README) at three noise levels.
      </p>
      {task.pending ? (
        <ProgressBar label="Scoring held-out words and sentences" value={task.progress} thin />
      ) : null}
      {task.error ? (
        <p className={ocrStyles.error} role="alert">
          {task.error}
        </p>
      ) : null}
      {accuracy ? (
        <div className={styles.tables}>
          <AccuracyTable acc={accuracy.words} noise={noise} stale={accuracyStale} />
          <SentenceTable rows={accuracy.sentences} noise={noise} stale={accuracyStale} />
        </div>
      ) : null}
    </section>
  );
});

/** Props of {@link ReadingView}: one reading and the settings it was read at. */
interface ReadingViewProps {
  reading: Reading;
  /** Characters in the text field (more than MAX_CHARS: only the first are read). */
  lineLength: number;
  selected: number;
  rovingPos: number;
  noise: number;
  seed: number;
  kind: P['smoothing'];
  alpha: number;
  T: number;
  smoothing: Smoothing;
  cellsRef: RefObject<HTMLFieldSetElement | null>;
  onPick: (t: number) => void;
  onKey: (e: KeyboardEvent<HTMLButtonElement>, t: number) => void;
  onClose: () => void;
}

/**
 * Everything drawn from a reading: the counts, the positions, the two lines, why characters changed, the
 * inspected column and the accuracy panel. Memoised with stable props, so a render for a control (a key
 * press, a keystroke in the text field) skips it; it redraws when a reading or the deferred settings land.
 */
const ReadingView = memo(function ReadingView({
  reading,
  lineLength,
  selected,
  rovingPos,
  noise,
  seed,
  kind,
  alpha,
  T,
  smoothing,
  cellsRef,
  onPick,
  onKey,
  onClose,
}: ReadingViewProps) {
  const { sim, correction, comparison: cmp, kinds, reasons } = reading;
  const chars = sim.truth;
  const n = chars.length;
  const transitions = useMemo(() => latticeWork(sim.lattice.map((c) => c.length)).transitions, [sim]);
  const otherChars = chars.filter((_, t) => kinds[t] === 'other');
  const unknownChars = chars.filter((_, t) => kinds[t] === 'unknown');
  return (
    <>
      {lineLength > MAX_CHARS ? (
        <p className={ocrStyles.error} role="status">
          The text has {formatInteger(lineLength)} characters; the first {MAX_CHARS} are read.
        </p>
      ) : null}
      <div className={styles.facts} data-counts>
        <div>
          <span className={styles.factLabel}>misread by the image model</span>
          <output data-count="image-wrong">{formatInteger(cmp.imageWrong)}</output>
        </div>
        <div className={styles.fixed}>
          <span className={styles.factLabel}>fixed (was wrong, now right)</span>
          <output data-count="fixed">{formatInteger(cmp.counts.fixed)}</output>
        </div>
        <div className={styles.broken}>
          <span className={styles.factLabel}>broken (was right, now wrong)</span>
          <output data-count="broken">{formatInteger(cmp.counts.broken)}</output>
        </div>
        <div className={styles.wrong}>
          <span className={styles.factLabel}>still wrong</span>
          <output data-count="wrong">{formatInteger(cmp.counts.wrong)}</output>
        </div>
      </div>

      {n === 0 ? (
        <p className={ocrStyles.hint}>Type some Chinese text, or pick an example.</p>
      ) : (
        <div className={styles.readingsScroll} data-export>
          <fieldset className={styles.readings} ref={cellsRef} aria-label="Readings per position">
            <div className={styles.rowLabels} aria-hidden="true">
              <span>truth</span>
              <span>image</span>
              <span>corrected</span>
            </div>
            {chars.map((ch, t) => {
              const fixedCh = sim.lattice[t]?.[correction.indices[t] as number]?.token ?? '';
              return (
                <PositionCell
                  key={t}
                  t={t}
                  ch={ch}
                  image={sim.lattice[t]?.[0]?.token ?? ''}
                  fixedCh={fixedCh}
                  status={cmp.status[t] as CharStatus}
                  kind={kinds[t] ?? 'other'}
                  selected={t === selected}
                  roving={t === rovingPos}
                  onPick={onPick}
                  onKey={onKey}
                />
              );
            })}
          </fieldset>
        </div>
      )}
      <div className={styles.lines}>
        <p>
          <span className={styles.lineLabel}>image only</span>{' '}
          <span lang="zh" data-reading="image">
            {sim.imageReading}
          </span>
        </p>
        <p>
          <span className={styles.lineLabel}>corrected</span>{' '}
          <span lang="zh" data-reading="corrected">
            {correction.text}
          </span>
        </p>
      </div>
      <p className={styles.legend}>
        <span className={styles.fixed}>fixed</span> · <span className={styles.broken}>broken</span> ·{' '}
        <span className={styles.wrong}>still wrong</span> · <span className={styles.changedSample}>字</span>{' '}
        changed by the corrector · <span className={styles['kind-unknown']}>字</span> outside the model’s{' '}
        {formatInteger(reading.model.vocabularySize)}-character vocabulary ·{' '}
        <span className={styles['kind-other']}>,</span> not Chinese. Click a position (or focus it and press
        Enter) for its candidates.
      </p>
      {otherChars.length > 0 || unknownChars.length > 0 ? (
        <p className={ocrStyles.hint} data-passthrough>
          {otherChars.length > 0
            ? `${formatInteger(otherChars.length)} character${otherChars.length === 1 ? ' is' : 's are'} not Chinese (${listChars(otherChars)}) and pass${otherChars.length === 1 ? 'es' : ''} through unchanged. `
            : ''}
          {unknownChars.length > 0
            ? `${formatInteger(unknownChars.length)} Chinese character${unknownChars.length === 1 ? ' is' : 's are'} outside the model’s vocabulary (${listChars(unknownChars)}): read as written, and the language model steps over ${unknownChars.length === 1 ? 'it' : 'them'}.`
            : ''}
        </p>
      ) : null}
      <p className={ocrStyles.hint} data-decode-time>
        Viterbi over {formatInteger(n)} positions ({formatInteger(transitions)} transitions) took{' '}
        {formatNumber(reading.ms, { digits: 2 })} ms in the worker;{' '}
        {correction.logScore === Number.NEGATIVE_INFINITY ? (
          <strong data-no-reading>
            every reading contains a pair that was never counted (probability 0 under this smoothing), so the
            image reading is kept
          </strong>
        ) : (
          <>log f of the corrected reading {fmtLog(correction.logScore)}</>
        )}
        .
      </p>

      <section className={styles.why} aria-label="Why characters changed" data-why={reasons.length}>
        {reasons.length === 0 ? (
          <p className={ocrStyles.hint}>
            {n === 0
              ? null
              : noise === 0
                ? 'No character changed: at noise 0 the simulated image model is certain of every character (W = 1), and no language model outweighs certainty.'
                : 'No character changed: wherever the language model prefers another candidate, the image model’s confidence outweighs it.'}
          </p>
        ) : (
          <>
            <p className={ocrStyles.hint}>
              Why{' '}
              {reasons.length === 1 ? 'this character' : `these ${formatInteger(reasons.length)} characters`}{' '}
              changed: the corrected reading against the best reading that keeps the image model’s character,
              as differences of log W (image) and log P (language model); Viterbi changes a character only
              when the language model gains more than the image loses.
            </p>
            <ul className={styles.reasons}>
              {reasons.slice(0, LISTED_REASONS).map((r) => (
                <li key={r.position} data-reason={r.position}>
                  <span className={styles.reasonPos}>
                    {r.position + 1} <span lang="zh">{r.from}</span>→<span lang="zh">{r.to}</span>
                  </span>{' '}
                  <ReasonText reason={r} text={correction.text} />
                </li>
              ))}
            </ul>
            {reasons.length > LISTED_REASONS ? (
              <p className={ocrStyles.hint}>
                … and {formatInteger(reasons.length - LISTED_REASONS)} more: open a position for its numbers.
              </p>
            ) : null}
          </>
        )}
      </section>

      {selected >= 0 ? (
        <ColumnPanel
          t={selected}
          sim={sim}
          chosen={correction.indices}
          text={correction.text}
          transitions={reading.transitions}
          kind={kinds[selected] ?? 'other'}
          reason={reasons.find((r) => r.position === selected)}
          lookAlikes={reading.lookAlikes[selected] ?? 0}
          onClose={onClose}
        />
      ) : null}

      <AccuracyPanel smoothing={smoothing} noise={noise} seed={seed} kind={kind} alpha={alpha} T={T} />
      <p className={styles.source}>
        Bigram model: character pairs inside the words of jieba’s <code>dict.txt</code> (
        {reading.model.corpus}
        ), V = {formatInteger(reading.model.vocabularySize)}, with word starts for the joins between words;
        look-alikes from stroke outlines (hanzi-writer-data); sentences from axe-core’s{' '}
        <code>zh_CN.json</code> (MPL-2.0) and Biome’s <code>README.zh-CN.md</code> (MIT).
      </p>
    </>
  );
});

/**
 * Correcting a simulated OCR with the bigram model: the reader types Chinese text (or picks an example), a
 * seeded simulated image model misreads characters as visually similar ones, and Viterbi with the bigram
 * language model (jieba's dictionary, built at build time) reads it again. Truth, image-only and corrected
 * readings are stacked per position with fixed / broken / still-wrong marks; any position opens its lattice
 * column. A panel runs the same simulator and corrector over the asset's held-out words and real sentences.
 * The worker holds the model (1.7 MB of JSON, decoded off the main thread) and sends each reading back.
 */
export default function OcrCorrect() {
  // The reading and everything drawn from it follow the deferred params (the worker job starts after the
  // control that changed has been painted); the controls and the text field read the live ones.
  const [params, live, setParam] = useDeferredWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const { text, noise, seed, smoothing: kind, alpha, T, at } = params;

  const allChars = useMemo(() => Array.from(text), [text]);
  const line = useMemo(() => allChars.slice(0, MAX_CHARS).join(''), [allChars]);
  const smoothing = useMemo(() => smoothingOfKind(kind, alpha, T), [kind, alpha, T]);

  // The reading, computed in the worker; while a newer one is computed the last one stays on screen. `attempt`
  // changes the job (its key is the input) so "Try again" loads the model anew after a failure.
  const [attempt, setAttempt] = useState(0);
  const read = useTask('ocr-read', { text: line, noise, seed, smoothing, attempt });
  const reading: Reading | null = read.data;
  const asset: AssetState<unknown> = reading
    ? { status: 'ready', value: null }
    : read.error !== null
      ? { status: 'error', message: read.error }
      : { status: 'loading' };
  const sim = reading?.sim ?? null;
  const correction = reading?.correction ?? null;
  const cmp = reading?.comparison ?? null;

  const n = sim?.truth.length ?? 0;
  const inRange = (a: number) => (a >= 0 && a < n ? a : -1);
  const selected = inRange(at);
  // Key handlers act on the live selection (a press may come before the last one is drawn).
  const liveSelected = inRange(live.at);

  const heldOut = reading?.model.examples;
  const examples = useMemo(() => {
    const list = POST_SENTENCES.map((s, i) => ({
      value: `post-${i}`,
      label: i === 0 ? `${s} (default)` : s,
      text: s,
    }));
    for (const w of heldOut ?? []) {
      list.push({ value: `held-${w}`, label: `${w} (held out: never counted)`, text: w });
    }
    return list;
  }, [heldOut]);
  const exampleValue = examples.find((e) => e.text === live.text)?.value ?? 'custom';

  const setText = (v: string) => store.getState().setParams({ text: v, at: -1 });

  useExportData(() =>
    sim && correction && cmp
      ? {
          name: `ocr-correct-noise${noise}-seed${seed}-${kind}`,
          rowLabels: sim.truth.map(
            (ch, t) =>
              `${t + 1} ${ch} ${Array.from(sim.imageReading)[t]} ${Array.from(correction.text)[t]} ${cmp.status[t]}`,
          ),
          colLabels: ['candidates', 'truth rank', 'image W', 'chosen rank', 'chosen W'],
          rows: sim.lattice.map((col, t) => [
            col.length,
            sim.truthIndex[t] as number,
            Math.exp(col[0]?.logProb ?? Number.NaN),
            correction.indices[t] as number,
            Math.exp(col[correction.indices[t] as number]?.logProb ?? Number.NaN),
          ]),
          meta: {
            text: sim.truth.join(''),
            noise,
            seed,
            smoothing,
            counts: cmp.counts,
            logScore: correction.logScore,
          },
        }
      : null,
  );

  // Roving focus over the positions: one Tab stop, arrows move, Enter/Space/click inspect.
  const cellsRef = useRef<HTMLFieldSetElement>(null);
  const [focusPos, setFocusPos] = useState(0);
  const rovingPos = selected >= 0 ? selected : Math.min(focusPos, Math.max(0, n - 1));
  const moveFocus = (t: number) => {
    const next = Math.max(0, Math.min(n - 1, t));
    setFocusPos(next);
    if (liveSelected >= 0) setParam('at', next);
    cellsRef.current?.querySelector<HTMLButtonElement>(`[data-pos="${next}"]`)?.focus();
  };
  const onCellKey = (e: KeyboardEvent<HTMLButtonElement>, t: number) => {
    const keys: Record<string, number> = { ArrowRight: t + 1, ArrowLeft: t - 1, Home: 0, End: n - 1 };
    if (e.key in keys) {
      e.preventDefault();
      moveFocus(keys[e.key] as number);
    } else if (e.key === 'Escape' && liveSelected >= 0) {
      e.preventDefault();
      setParam('at', -1);
    }
  };
  const onCellPick = (t: number) => {
    setFocusPos(t);
    setParam('at', t === liveSelected ? -1 : t);
  };
  // Stable handlers for the memoised cells (which then re-render only when their own position changes),
  // calling the latest closures above.
  const handlers = useRef({ onCellKey, onCellPick });
  handlers.current = { onCellKey, onCellPick };
  const onKey = useCallback(
    (e: KeyboardEvent<HTMLButtonElement>, t: number) => handlers.current.onCellKey(e, t),
    [],
  );
  const onPick = useCallback((t: number) => handlers.current.onCellPick(t), []);
  const onClose = useCallback(() => setParam('at', -1), [setParam]);

  return (
    <div className={ocrStyles.widget}>
      <div className={styles.inputRow}>
        <TextInput value={live.text} onChange={setText} />
        <Select
          label="Example"
          value={exampleValue}
          options={[{ value: 'custom', label: 'Your own text' }, ...examples]}
          onChange={(v) => {
            const ex = examples.find((e) => e.value === v);
            if (ex) setText(ex.text);
          }}
          className={styles.exampleSelect}
        />
      </div>
      <div className={ocrStyles.controls}>
        <ParamSlider name="noise" />
        <ParamNumber name="seed" />
        <ParamSelect name="smoothing" />
        <ParamNumber name="alpha" disabled={live.smoothing === 'mle'} />
        <ParamNumber name="T" disabled={live.smoothing !== 'add-below'} />
      </div>

      <AssetStatus
        asset={asset}
        retry={() => setAttempt((a) => a + 1)}
        what="the OCR model"
        url={OCR_MODEL_PATH}
      />

      {reading ? (
        <ReadingView
          reading={reading}
          lineLength={allChars.length}
          selected={selected}
          rovingPos={rovingPos}
          noise={noise}
          seed={seed}
          kind={kind}
          alpha={alpha}
          T={T}
          smoothing={smoothing}
          cellsRef={cellsRef}
          onPick={onPick}
          onKey={onKey}
          onClose={onClose}
        />
      ) : null}
    </div>
  );
}

/** The candidates of positions from … to, their W, and Viterbi's choice, as lattice boxes. */
function windowNodes(
  sim: SimulatedOcr,
  chosen: readonly number[],
  positions: readonly number[],
): LatticeNode[][] {
  return positions.map((p) =>
    (sim.lattice[p] ?? []).map((c, k) => ({
      label: c.token,
      sub: `W ${fmtW(Math.exp(c.logProb))}`,
      state: chosen[p] === k ? 'best' : 'idle',
      title: `${c.token}: W = ${fmtW(Math.exp(c.logProb))}${k === sim.truthIndex[p] ? ' (truth)' : ''}`,
    })),
  );
}

/**
 * The transitions between neighbouring positions of the window, as the corrector sees them
 * (`transitions[p][i][j]`, computed in the worker).
 */
function windowEdges(
  sim: SimulatedOcr,
  chosen: readonly number[],
  positions: readonly number[],
  transitions: readonly (readonly (readonly number[])[])[],
): LatticeEdge[] {
  return positions.slice(0, -1).flatMap((p, i) => {
    const a = sim.lattice[p] ?? [];
    const b = sim.lattice[p + 1] ?? [];
    const ps = transitions[p] ?? [];
    const pMax = Math.max(0, ...ps.flat());
    return a.flatMap((x, ia) =>
      b.map((y, ib): LatticeEdge => {
        const pr = ps[ia]?.[ib] ?? 0;
        return {
          col: i,
          from: ia,
          to: ib,
          width: edgeWidth(pr, pMax),
          state: chosen[p] === ia && chosen[p + 1] === ib ? 'best' : pr > 0 ? 'normal' : 'zero',
          title: `P(${y.token}|${x.token}) = ${fmtP(pr)}`,
        };
      }),
    );
  });
}

/** The lattice column of position t (with its neighbours): candidates, W, transitions, and Viterbi's choice. */
function ColumnPanel({
  t,
  sim,
  chosen,
  text,
  transitions,
  kind,
  reason,
  lookAlikes,
  onClose,
}: {
  t: number;
  sim: SimulatedOcr;
  chosen: readonly number[];
  /** The corrected reading. */
  text: string;
  /** The corrector's transitions between neighbouring columns (Reading.transitions). */
  transitions: readonly (readonly (readonly number[])[])[];
  /** How the model sees the true character (charKind). */
  kind: 'known' | 'unknown' | 'other';
  /** Why the corrector changed this position, when it did. */
  reason: ChangeReason | undefined;
  /** How many look-alikes the true character has in the confusion sets. */
  lookAlikes: number;
  onClose: () => void;
}) {
  const n = sim.lattice.length;
  const from = Math.max(0, t - 1);
  const to = Math.min(n - 1, t + 1);
  const positions = useMemo(() => Array.from({ length: to - from + 1 }, (_, i) => from + i), [from, to]);
  const columns = useMemo(() => windowNodes(sim, chosen, positions), [sim, chosen, positions]);
  const edges = useMemo(
    () => windowEdges(sim, chosen, positions, transitions),
    [sim, chosen, positions, transitions],
  );
  const headings = useMemo(
    () => positions.map((p) => (p === t ? `position ${p + 1}` : `${p + 1}`)),
    [positions, t],
  );
  const column = sim.lattice[t] ?? [];
  const prevTok = t > 0 ? sim.lattice[t - 1]?.[chosen[t - 1] as number]?.token : undefined;
  const nextTok = t < n - 1 ? sim.lattice[t + 1]?.[chosen[t + 1] as number]?.token : undefined;
  // P(candidate k | chosen predecessor) and P(chosen successor | candidate k), from the worker's transitions.
  const fromPrev = (k: number) => transitions[t - 1]?.[chosen[t - 1] as number]?.[k] ?? Number.NaN;
  const toNext = (k: number) => transitions[t]?.[k]?.[chosen[t + 1] as number] ?? Number.NaN;
  return (
    <section
      className={styles.panel}
      aria-label={`Lattice column of position ${t + 1}`}
      data-column-panel={t}
    >
      <div className={styles.panelHead}>
        <h4 className={ocrStyles.panelTitle}>
          Position {t + 1}: truth <span lang="zh">{sim.truth[t]}</span>
        </h4>
        <Button size="sm" variant="ghost" onClick={onClose}>
          Close
        </Button>
      </div>
      <LatticePlot
        columns={columns}
        edges={edges}
        headings={headings}
        label={`Candidates of positions ${from + 1} to ${to + 1}; Viterbi's path highlighted`}
        geometry={WINDOW_GEOMETRY}
      />
      <div className={styles.tableScroll}>
        <table className={styles.table} data-candidates>
          <thead>
            <tr>
              <th scope="col">candidate</th>
              <th scope="col">W (image)</th>
              <th scope="col">log W</th>
              {prevTok !== undefined ? <th scope="col">P(· | {prevTok})</th> : null}
              {nextTok !== undefined ? <th scope="col">P({nextTok} | ·)</th> : null}
              <th scope="col">role</th>
            </tr>
          </thead>
          <tbody>
            {column.map((c, k) => {
              const roles = [
                k === sim.truthIndex[t] ? 'truth' : null,
                k === 0 ? 'image model’s pick' : null,
                k === chosen[t] ? 'Viterbi’s pick' : null,
              ].filter(Boolean);
              return (
                <tr key={c.token} data-candidate={c.token} data-chosen={k === chosen[t] ? '' : undefined}>
                  <td lang="zh" className={styles.candidate}>
                    {c.token}
                  </td>
                  <td className={styles.num}>{fmtW(Math.exp(c.logProb))}</td>
                  <td className={styles.num}>{fmtLog(c.logProb)}</td>
                  {prevTok !== undefined ? <td className={styles.num}>{fmtP(fromPrev(k))}</td> : null}
                  {nextTok !== undefined ? <td className={styles.num}>{fmtP(toNext(k))}</td> : null}
                  <td>{roles.join(', ') || '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {reason ? (
        <p className={ocrStyles.hint} data-column-reason>
          Changed <span lang="zh">{reason.from}</span> → <span lang="zh">{reason.to}</span>:{' '}
          <ReasonText reason={reason} text={text} />.
        </p>
      ) : null}
      {column.length === 1 ? (
        <p className={ocrStyles.hint}>
          One candidate only:{' '}
          {kind !== 'known'
            ? 'not in the model’s vocabulary, so the simulated image model reads it exactly'
            : lookAlikes > 0
              ? 'at noise 0 the image model is certain (W = 1), so there is nothing to choose'
              : 'this character has no look-alikes in the confusion sets'}
          .
        </p>
      ) : null}
    </section>
  );
}
