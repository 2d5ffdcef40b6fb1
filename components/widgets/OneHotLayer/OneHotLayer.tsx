'use client';

import { memo, useCallback, useId, useMemo, useState } from 'react';
import {
  Button,
  Field,
  MatrixEditor,
  ParamSeed,
  ParamSelect,
  ParamSlider,
  ParamToggle,
  Stepper,
  useParamSpec,
} from '@/components/controls';
import controlStyles from '@/components/controls/controls.module.css';
import { useAfterPaint, useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import { ParamNotice } from '@/components/figure/Notice';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetStoreApi } from '@/components/figure/store';
import { divergingColor, Heatmap, Plot, usePlotTheme } from '@/components/plot';
import {
  countVector,
  EXAMPLE_VOCABULARIES,
  type ExampleVocabularyId,
  maxAbsDifference,
  oneHot,
  replaceSegment,
  resolveEmbedding,
  rowLookup,
  rowSum,
  segment,
  suggestWords,
  vecmat,
  vecmatTerms,
} from '@/lib/embeddings';
import { formatNumber } from '@/lib/format';
import { maxAbs, toRows } from '@/lib/linalg';
import { Cursor, OUT_GAP, OUT_H, OutputRow, RowHeads, SelectedRows, X_COL, X_GAP } from './draw';
import styles from './OneHotLayer.module.css';
import { type oneHotLayerParams, W_DIGITS } from './params';

type P = ParamValues<typeof oneHotLayerParams>;

const SUGGESTIONS = 3;
/** A cell of W: wide enough for “−0.00” (the picture scrolls in its box when n·CELL_W is wider than the figure). */
const CELL_W = 44;
const CELL_H = 28;
const MARGIN = { top: 24, right: 2, left: 112, bottom: OUT_GAP + OUT_H + 4 };
const fmtW = (v: number) => formatNumber(v, { style: 'fixed', digits: W_DIGITS });
/** x's entries and the terms: whole counts as integers, CBOW's fractions with three decimals. */
const fmtX = (v: number) =>
  Number.isInteger(v) ? String(v) : formatNumber(v, { style: 'fixed', digits: 3 });
const fmtOut = (v: number, mean: boolean) => formatNumber(v, { style: 'fixed', digits: mean ? 3 : W_DIGITS });
const fmtDiff = (v: number) => (v === 0 ? '0' : formatNumber(v, { digits: 2 }));
const indices = (k: number) => Array.from({ length: k }, (_, i) => i);
const listWords = (ws: readonly string[]) => ws.map((w) => `“${w}”`).join(', ');

/** The vocabulary, the picked word (clamped to it), what x is, and W (drawn from the seed or the edited one). */
function useEmbedding(p: P) {
  const vocab = EXAMPLE_VOCABULARIES[p.vocabulary as ExampleVocabularyId];
  const V = vocab.words.length;
  const word = Math.min(p.word, V - 1);
  const { W, edited, notice } = useMemo(() => resolveEmbedding(V, p.n, p.seed, p.W), [V, p.n, p.seed, p.W]);
  return { vocab, V, word, W, edited, notice, isWord: p.input === 'word' };
}

/** Everything the figure shows, from lib: the cut sentence, x, W, the product's terms, x·W and the lookup. */
function useLayer(p: P) {
  const { vocab, V, word, W, notice, isWord } = useEmbedding(p);
  const pieces = useMemo(() => segment(p.sentence, vocab.words, vocab.mode), [p.sentence, vocab]);
  const known = useMemo(() => pieces.filter((s) => s.index >= 0).map((s) => s.index), [pieces]);
  const unknown = useMemo(
    () =>
      pieces
        .filter((s) => s.index < 0)
        .map((s) => ({ piece: s, suggestions: suggestWords(s.text, vocab.words, SUGGESTIONS) })),
    [pieces, vocab],
  );
  const mean = !isWord && p.mean;
  const x = useMemo(
    () => (isWord ? oneHot(word, V) : countVector(known, V, { mean })),
    [isWord, word, V, known, mean],
  );
  const product = useMemo(() => vecmat(x, W), [x, W]);
  const terms = useMemo(() => vecmatTerms(x, W), [x, W]);
  const lookup = useMemo(
    () => (isWord ? rowLookup(W, word) : rowSum(W, known, { mean })),
    [isWord, W, word, known, mean],
  );
  const difference = useMemo(() => maxAbsDifference(product, lookup), [product, lookup]);
  return {
    vocab,
    V,
    word,
    W,
    notice,
    pieces,
    known,
    unknown,
    isWord,
    mean,
    x,
    product,
    terms,
    lookup,
    difference,
  };
}

/**
 * The picture: the words and x on the left, W as a heatmap with its values, the rows x selects outlined, the
 * step-through's cursor, and x·W underneath. A click on a row picks that word. Memoised on its inputs.
 */
const LayerPicture = memo(function LayerPicture({
  words,
  x,
  W,
  product,
  mean,
  step,
  onPick,
}: {
  words: readonly string[];
  x: Float64Array;
  W: ReturnType<typeof useLayer>['W'];
  product: Float64Array;
  mean: boolean;
  step: number;
  onPick: (i: number) => void;
}) {
  const theme = usePlotTheme();
  const V = W.rows;
  const n = W.cols;
  const scaleMax = Math.max(maxAbs(W), 1e-9);
  const color = useMemo(() => divergingColor(scaleMax, theme), [scaleMax, theme]);
  const xScale = useMemo(() => ({ type: 'band' as const, domain: indices(n), padding: 0 }), [n]);
  const yScale = useMemo(() => ({ type: 'band' as const, domain: indices(V), padding: 0 }), [V]);
  const rows = useMemo(() => indices(V).filter((i) => x[i] !== 0), [V, x]);
  const xText = useMemo(() => Array.from(x, fmtX), [x]);
  const outText = useMemo(() => Array.from(product, (v) => fmtOut(v, mean)), [product, mean]);
  const done = step >= V;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section className={styles.pictureBox} aria-label="x, W and x·W" tabIndex={0}>
      <Plot
        label={`x = (${xText.join(', ')}) times W (${V}×${n}); rows ${rows.map((i) => words[i]).join(', ') || 'none'} selected; x·W = (${done ? outText.join(', ') : 'not yet summed'})`}
        x={xScale}
        y={yScale}
        width={MARGIN.left + n * CELL_W + MARGIN.right}
        height={MARGIN.top + V * CELL_H + MARGIN.bottom}
        margin={MARGIN}
        testId="picture"
        exportView
        onClick={(pt) => {
          if (typeof pt.y === 'number') onPick(pt.y);
        }}
      >
        {Array.from({ length: n }, (_, j) => (
          <text
            key={j}
            x={MARGIN.left + (j + 0.5) * CELL_W}
            y={MARGIN.top - 8}
            textAnchor="middle"
            className={styles.head}
          >
            {j + 1}
          </text>
        ))}
        <text x={MARGIN.left - X_GAP - X_COL - 6} y={MARGIN.top - 8} textAnchor="end" className={styles.head}>
          word
        </text>
        <Heatmap
          values={W.data}
          rows={V}
          cols={n}
          color={color}
          cellText={fmtW}
          cellAttrs={(v, i, j) => ({ 'data-w': `${i}-${j}`, 'data-value': v })}
          testId="w"
        />
        <SelectedRows rows={rows} />
        {step > 0 && !done ? <Cursor row={step - 1} /> : null}
        <RowHeads words={words} x={x} xText={xText} />
        <OutputRow label={mean ? 'mean' : 'x·W'} values={product} text={outText} color={color} done={done} />
      </Plot>
    </section>
  );
});

/** A row under the terms: a label and one value per column, each cell carrying its value for tests. */
function FootRow({
  label,
  values,
  attr,
  text,
}: {
  label: string;
  values: Float64Array;
  attr: 'data-product' | 'data-lookup';
  text: (v: number) => string;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td />
      {Array.from(values, (v, j) => (
        <td key={j} className={styles.num} {...{ [attr]: j }} data-value={v}>
          {text(v)}
        </td>
      ))}
    </tr>
  );
}

/**
 * The product written out: each row's term x_i·W_i (every multiply-add, zero rows included, dimmed), appearing
 * one row per step, their sum x·W, and beside it the plain lookup with the largest difference.
 */
const ProductTerms = memo(function ProductTerms({
  words,
  x,
  W,
  terms,
  product,
  lookup,
  difference,
  isWord,
  mean,
  step,
  lookupLabel,
}: {
  words: readonly string[];
  x: Float64Array;
  W: ReturnType<typeof useLayer>['W'];
  terms: Float64Array[];
  product: Float64Array;
  lookup: Float64Array;
  difference: number;
  isWord: boolean;
  mean: boolean;
  step: number;
  lookupLabel: string;
}) {
  const V = W.rows;
  const n = W.cols;
  const done = step >= V;
  const fmt = (v: number) => fmtOut(v, mean);
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <section className={styles.tableBox} aria-label="The product x·W, term by term" tabIndex={0}>
        <table className={styles.table} data-testid="terms">
          <caption>
            x·W = Σᵢ xᵢ·Wᵢ: {V} rows × {n} columns = {V * n} multiply-adds
          </caption>
          <thead>
            <tr>
              <th scope="col">word</th>
              <th scope="col" className={styles.num}>
                xᵢ
              </th>
              {indices(n).map((j) => (
                <th key={j} scope="col" className={styles.num}>
                  xᵢ·Wᵢ{String.fromCharCode(0x2080 + ((j + 1) % 10))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {terms.map((row, i) => {
              const shown = i < step;
              const xi = x[i] as number;
              return (
                <tr
                  key={words[i]}
                  className={xi === 0 ? styles.zeroRow : styles.termRow}
                  data-term={i}
                  data-shown={shown}
                >
                  <th scope="row" className={styles.wordCell}>
                    {words[i]}
                  </th>
                  <td className={styles.num}>{fmtX(xi)}</td>
                  {Array.from(row, (t, j) => (
                    <td
                      key={j}
                      className={styles.num}
                      title={`${fmtX(xi)} × ${fmtW(W.data[i * n + j] as number)} = ${fmt(t)}`}
                    >
                      {shown ? fmt(t) : '·'}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <FootRow
              label="Σ = x·W"
              values={product}
              attr="data-product"
              text={(v) => (done ? fmt(v) : '…')}
            />
            <FootRow
              label={isWord ? 'lookup' : mean ? 'rows’ mean' : 'rows’ sum'}
              values={lookup}
              attr="data-lookup"
              text={fmt}
            />
          </tfoot>
        </table>
      </section>
      <p className={styles.check} data-testid="check" data-difference={difference}>
        {done
          ? `The product x·W (${V * n} multiply-adds) and ${lookupLabel} (no multiplications) agree: max |difference| = ${fmtDiff(difference)}.`
          : `Step on to add all ${V} terms; then x·W is compared with ${lookupLabel}.`}
        {done && difference !== 0
          ? mean
            ? ' The gap is floating-point rounding: the product divides each count before adding, the mean divides the sum.'
            : ' The gap is floating-point rounding: for a word that occurs c > 3 times the product adds c·Wᵢ once, the lookup adds Wᵢ c times.'
          : ''}
      </p>
    </>
  );
});

/**
 * An embedding layer is a matrix product: a word's one-hot vector x (or a sentence's count vector) times the
 * V×n matrix W, computed term by term, equals the lookup of the word's row (the sum of the sentence's rows),
 * exactly. Pick a word or type a sentence; step through the product's terms; edit or reseed W.
 */
export default function OneHotLayer() {
  // The picture, the terms and the messages follow a change in a deferred render, so the control that changed
  // is painted first; the controls (and the word buttons, the sentence and the editor of W) read the live values.
  const [params, live, setParam] = useDeferredWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const layer = useLayer(params);
  const controls = useEmbedding(live);
  const { vocab, V, word, W, notice, pieces, unknown, isWord, mean, x, product, terms, lookup, difference } =
    layer;
  const sentenceSpec = useParamSpec('sentence', ['string']);
  const wSpec = useParamSpec('W', ['matrix']);
  const [stepRaw, setStep] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(2);
  const [dismissed, setDismissed] = useState('');
  const [editing, setEditing] = useState(false);
  const inputId = useId();
  const messageId = `${inputId}-msg`;
  const liveStep = stepRaw === null ? controls.V : Math.min(controls.V, stepRaw);
  const shownStep = useAfterPaint(stepRaw);
  const step = shownStep === null ? V : Math.min(V, shownStep);
  const words = vocab.words;

  const pick = useCallback(
    (i: number) => {
      setPlaying(false);
      setStep(null);
      store.getState().setParams({ input: 'word', word: i });
    },
    [store],
  );
  const setSentence = (text: string) => {
    setPlaying(false);
    setStep(null);
    store.getState().setParams({ input: 'sentence', sentence: text });
  };
  const lookupLabel = isWord
    ? `the lookup of row “${words[word]}”`
    : `the ${mean ? 'mean' : 'sum'} of the looked-up rows ${layer.known.map((i) => words[i]).join(' + ') || '(none: no known words)'}`;

  useExportData(() => ({
    name: `one-hot-${params.vocabulary}-${params.input}`,
    rows: toRows(W),
    rowLabels: [...words],
    colLabels: indices(W.cols).map((j) => `W column ${j + 1}`),
    meta: {
      x: Array.from(x),
      product: Array.from(product),
      lookup: Array.from(lookup),
      maxDifference: difference,
      words: isWord ? [words[word]] : pieces.map((s) => s.text),
      mean,
    },
  }));

  const notices = [
    ...(params.input === 'word' && params.word !== word
      ? [`word: row ${params.word} is beyond this vocabulary’s ${V} words; using its last, “${words[word]}”.`]
      : []),
    ...(notice ? [notice] : []),
  ];
  const noticeKey = notices.join('\n');
  const sentenceMessage =
    unknown.length > 0 ? (
      <div id={messageId} role="status" className={styles.unknown} data-testid="unknown">
        <p className={styles.unknownText}>
          Not in the vocabulary: {listWords(unknown.map((u) => u.piece.text))}
          {unknown.length === pieces.length ? ' (no known word: x is all zeros).' : ' (left out of x).'}
        </p>
        {unknown.map((u) => (
          <p key={`${u.piece.start}`} className={styles.suggest}>
            Replace “{u.piece.text}” with{' '}
            {u.suggestions.map((s) => (
              <Button
                key={s}
                size="sm"
                className={styles.suggestion}
                onClick={() => setSentence(replaceSegment(params.sentence, u.piece, s))}
              >
                {s}
              </Button>
            ))}
          </p>
        ))}
      </div>
    ) : pieces.length === 0 ? (
      <p id={messageId} role="status" className={styles.unknown} data-testid="unknown">
        No words yet: x is all zeros, and so is x·W.
      </p>
    ) : null;

  // The editor of W is a control (it reads the live W) and the widest part to render: drawn only while it is
  // open, and memoised, so it redraws only when W changes.
  const editor = useMemo(
    () => (
      <details className={styles.editor} onToggle={(e) => setEditing(e.currentTarget.open)}>
        <summary>Edit W{controls.edited ? ' (edited)' : ` (drawn from seed ${live.seed})`}</summary>
        {editing ? (
          <MatrixEditor
            label={`W (${controls.V} words × n = ${controls.W.cols})`}
            value={toRows(controls.W)}
            onChange={(next) =>
              setParam(
                'W',
                next.map((r) => r.map((v) => Number(v.toFixed(W_DIGITS)))),
              )
            }
            rowLabels={[...controls.vocab.words]}
            min={wSpec.min}
            max={wSpec.max}
            digits={wSpec.digits}
            allowResize={false}
          />
        ) : null}
        {controls.edited ? (
          <Button size="sm" onClick={() => setParam('W', [])}>
            Back to the seeded W
          </Button>
        ) : null}
      </details>
    ),
    [editing, controls.W, controls.edited, controls.V, controls.vocab, live.seed, wSpec, setParam],
  );

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSelect
          name="vocabulary"
          alsoSet={(v) => ({
            sentence: EXAMPLE_VOCABULARIES[v as ExampleVocabularyId].sentence,
            word: 0,
            W: [],
          })}
        />
        <ParamSelect name="input" />
        <ParamSlider name="n" alsoSet={() => ({ W: [] })} />
        <ParamSeed button="Reseed W" alsoSet={() => ({ W: [] })} />
      </div>

      <fieldset className={styles.words}>
        <legend className={styles.legend}>Pick a word (x is its one-hot vector)</legend>
        {controls.vocab.words.map((w, i) => (
          <Button
            key={w}
            size="sm"
            variant={controls.isWord && i === controls.word ? 'primary' : 'secondary'}
            aria-pressed={controls.isWord && i === controls.word}
            className={styles.wordButton}
            onClick={() => pick(i)}
            data-word={i}
          >
            {w}
          </Button>
        ))}
      </fieldset>

      <div className={styles.sentenceRow}>
        <Field id={inputId} label={`${sentenceSpec.label} (x is its count vector)`}>
          <input
            id={inputId}
            type="text"
            className={`${controlStyles.input} ${styles.sentenceInput}`}
            value={live.sentence}
            maxLength={sentenceSpec.maxLength}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={sentenceMessage ? messageId : undefined}
            onChange={(e) => setSentence(e.currentTarget.value)}
            onFocus={() => {
              if (controls.isWord) setParam('input', 'sentence');
            }}
            data-testid="sentence"
          />
        </Field>
        {controls.isWord ? null : <ParamToggle name="mean" />}
      </div>
      {isWord ? null : (
        <p className={styles.pieces} data-testid="pieces">
          Cut into:{' '}
          {pieces.length === 0
            ? '—'
            : pieces.map((s) => (
                <span key={s.start} className={s.index < 0 ? styles.pieceUnknown : styles.piece}>
                  {s.text}
                </span>
              ))}{' '}
          → x = (<span data-testid="x-vector">{Array.from(x, fmtX).join(', ')}</span>)
        </p>
      )}
      {isWord ? null : sentenceMessage}

      <ParamNotice
        notices={noticeKey === dismissed ? [] : notices}
        onDismiss={() => setDismissed(noticeKey)}
      />

      <Stepper
        label="Step through the product’s terms"
        step={liveStep}
        total={controls.V}
        playing={playing}
        onPlayingChange={setPlaying}
        onStep={(k) => setStep(Math.max(0, Math.min(controls.V, k)))}
        onReset={() => setStep(0)}
        speed={speed}
        onSpeedChange={setSpeed}
      />

      <div className={styles.figures}>
        <LayerPicture words={words} x={x} W={W} product={product} mean={mean} step={step} onPick={pick} />
        <div className={styles.side}>
          <ProductTerms
            words={words}
            x={x}
            W={W}
            terms={terms}
            product={product}
            lookup={lookup}
            difference={difference}
            isWord={isWord}
            mean={mean}
            step={step}
            lookupLabel={lookupLabel}
          />
        </div>
      </div>

      {editor}
    </div>
  );
}
