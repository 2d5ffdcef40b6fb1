'use client';

import { max, mean, range } from 'd3-array';
import {
  memo,
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  Button,
  MatrixEditor,
  ParamSeed,
  ParamSelect,
  ParamSlider,
  ParamToggle,
  Slider,
  useParamSpec,
} from '@/components/controls';
import { useAfterPaint, useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import { ParamNotice } from '@/components/figure/Notice';
import type { ParamValues } from '@/components/figure/schema';
import { useParam, useWidgetStore, useWidgetStoreApi } from '@/components/figure/store';
import {
  AxisX,
  AxisY,
  type ColorScale,
  divergingColor,
  Heatmap,
  Plot,
  type PlotPointer,
  RampLegend,
  Readout,
  Rect,
  SwatchLegend,
  sequentialColor,
  useElementWidth,
  usePlotTheme,
} from '@/components/plot';
import {
  ALWAYS_CAUSAL,
  attention,
  attentionMask,
  type MaskKind,
  type QKVName,
  resolveQKV,
  rowCounts,
  rowWeightStats,
} from '@/lib/attention';
import { formatNumber } from '@/lib/format';
import { maxAbs, toRows } from '@/lib/linalg';
import { cellSize, LABEL_H, LABEL_W, SUM_W } from './draw';
import { nearestStop, nextSeed, roundRows } from './inputs';
import styles from './MaskedAttention.module.css';
import { RowSums, SelectedRowLabel } from './marks';
import { MATRIX_DIGITS, type maskedAttentionParams, TEMPERATURE_STOPS } from './params';
import { RowBars } from './RowBars';

type P = ParamValues<typeof maskedAttentionParams>;
type Panel = 'scores' | 'weights' | 'output';
interface Hover {
  panel: Panel;
  i: number;
  /** The column, or −1 beside the cells (the row labels or the row sums). */
  j: number;
}

const MATRIX_ROLES: Record<QKVName, string> = { Q: 'queries', K: 'keys', V: 'values' };
const QKV: readonly QKVName[] = ['Q', 'K', 'V'];

/** Cell text: two decimals, whole numbers from 10 on, so every value fits in five characters. */
const fmtCell = (v: number) => formatNumber(v, { style: 'fixed', digits: Math.abs(v) >= 9.995 ? 0 : 2 });
const fmtWeight = (v: number) => (v === 0 ? '0' : formatNumber(v, { style: 'fixed', digits: 2 }));
const fmtSum = (v: number) => formatNumber(v, { style: 'fixed', digits: 3 });
/** A diverging colour bar's caption and range: −max … max, labelled at both ends and 0. */
const symmetric = (caption: string, max: number) => ({
  caption,
  lo: -max,
  hi: max,
  labels: [fmtCell(-max), '0', fmtCell(max)],
});
const WEIGHT_RAMP = { caption: 'weight', lo: 0, hi: 1, labels: ['0', '0.5', '1'] };
const listNames = (names: readonly string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
const indices = (n: number) => Array.from({ length: n }, (_, i) => i);
const editedNames = (p: Pick<P, QKVName>) => QKV.filter((name) => p[name].length > 0);

/** The temperature on its slider of stops (TEMPERATURE_STOPS); any t from a URL sits at the nearest stop. */
function TemperatureSlider() {
  const spec = useParamSpec('t', ['number']);
  const [t, setT] = useParam<P, 't'>('t');
  const index = nearestStop(TEMPERATURE_STOPS, t);
  return (
    <Slider
      label={spec.label}
      value={index}
      min={0}
      max={TEMPERATURE_STOPS.length - 1}
      onChange={(i) => setT(TEMPERATURE_STOPS[i] as number)}
      format={(i) =>
        formatNumber(i === index ? t : (TEMPERATURE_STOPS[i] as number), { digits: spec.digits })
      }
    />
  );
}

/** The grid editor of Q, K or V: the values in use (seeded until edited), kept to the schema's decimals. */
function QKVEditor({
  name,
  value,
  edited,
  rows,
  onEdit,
}: {
  name: QKVName;
  value: number[][];
  edited: boolean;
  rows: number;
  onEdit: (name: QKVName, rows: number[][]) => void;
}) {
  const spec = useParamSpec(name, ['matrix']);
  return (
    <MatrixEditor
      label={`${name} (${MATRIX_ROLES[name]}${edited ? ', edited' : ''})`}
      value={value}
      onChange={(next) => onEdit(name, roundRows(next, spec.digits ?? MATRIX_DIGITS))}
      rowLabels={indices(rows).map((i) => `${name.toLowerCase()}${i}`)}
      min={spec.min}
      max={spec.max}
      digits={spec.digits}
      allowResize={false}
    />
  );
}

/**
 * One of the three heatmaps: an n×cols matrix with its index labels, the selected row and a colour bar. A
 * pointer over it reports the cell (or the row, beside the cells); a click picks the row. Memoised: a change
 * of the inputs reaches it in the deferred render only.
 */
const MatrixPanel = memo(function MatrixPanel({
  panel,
  title,
  label,
  values,
  rows,
  cols,
  cell,
  color,
  cellText,
  masked,
  cellAttrs,
  row,
  sums,
  ramp,
  maskedLabel,
  children,
  onHover,
  onPick,
  exportView,
}: {
  panel: Panel;
  title: string;
  label: string;
  values: ArrayLike<number>;
  rows: number;
  cols: number;
  cell: number;
  color: ColorScale;
  cellText: (v: number) => string;
  masked?: (i: number, j: number) => boolean;
  cellAttrs: (v: number, i: number, j: number) => Record<string, string | boolean | undefined>;
  row: number;
  sums?: { text: readonly string[]; warn: readonly boolean[] };
  /** The colour bar: its caption and the range it spans (a symmetric one labels −max, 0, max). */
  ramp: { caption: string; lo: number; hi: number; labels: readonly string[] };
  /** What the legend calls a hatched cell (no hatch swatch without it). */
  maskedLabel?: string;
  /** A note under the legend. */
  children?: ReactNode;
  onHover: (hover: Hover | null) => void;
  onPick: (row: number) => void;
  exportView?: boolean;
}) {
  const x = useMemo(() => ({ type: 'band' as const, domain: indices(cols), padding: 0 }), [cols]);
  const y = useMemo(() => ({ type: 'band' as const, domain: indices(rows), padding: 0 }), [rows]);
  // Every label while cells are at least 14 px, else every other one (the selected row's always).
  const every = cell >= 14 ? 1 : 2;
  const colTicks = useMemo(() => indices(cols).filter((j) => j % every === 0), [cols, every]);
  const rowTicks = useMemo(
    () => indices(rows).filter((i) => i % every === 0 && i !== row),
    [rows, every, row],
  );
  const margin = useMemo(() => ({ top: LABEL_H, left: LABEL_W, right: sums ? SUM_W : 1, bottom: 1 }), [sums]);
  const locate = useCallback(
    (p: PlotPointer | null) =>
      onHover(p && typeof p.y === 'number' ? { panel, i: p.y, j: typeof p.x === 'number' ? p.x : -1 } : null),
    [onHover, panel],
  );
  return (
    <div className={styles.panel}>
      <p className={styles.panelTitle}>{title}</p>
      <Plot
        label={label}
        x={x}
        y={y}
        width={margin.left + cols * cell + margin.right}
        height={margin.top + rows * cell + margin.bottom}
        margin={margin}
        className={styles.heatmap}
        testId={panel}
        exportView={exportView}
        onPointer={locate}
        onClick={(p) => {
          if (typeof p.y === 'number') onPick(p.y);
        }}
      >
        <AxisX anchor="top" tickValues={colTicks} line={false} />
        <AxisY tickValues={rowTicks} />
        <SelectedRowLabel row={row} />
        <Heatmap
          values={values}
          rows={rows}
          cols={cols}
          color={color}
          masked={masked}
          cellText={cellText}
          cellAttrs={cellAttrs}
        />
        {sums ? <RowSums text={sums.text} warn={sums.warn} selected={row} /> : null}
        <Rect y1={row} stroke="var(--fg)" strokeWidth={2} className={styles.rowOutline} />
      </Plot>
      <RampLegend color={color} lo={ramp.lo} hi={ramp.hi} caption={ramp.caption} labels={ramp.labels}>
        {maskedLabel ? <SwatchLegend items={[{ label: maskedLabel, shape: 'hatch' }]} /> : null}
      </RampLegend>
      {children}
    </div>
  );
});

/**
 * Masked scaled dot-product attention on small seeded (or edited) Q, K, V: the scores QKᵀ/(√d·t) with
 * the masked pairs hatched, the masked softmax weights (rows sum to 1, masked entries exactly 0) with
 * their row sums, the output W·V, and one query's weights as bars with its entropy and largest weight.
 */
export default function MaskedAttention() {
  // The panels follow a change of the inputs in a deferred render, so the control that changed is painted
  // first; the edit bookkeeping and the buttons read the live values.
  const [params, live] = useDeferredWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const { n, d, seed, t, pattern, k, causal } = params;
  const editQ = params.Q;
  const editK = params.K;
  const editV = params.V;
  const kind = pattern as MaskKind;
  const alwaysCausal = ALWAYS_CAUSAL.has(kind);
  const liveCausal = ALWAYS_CAUSAL.has(live.pattern as MaskKind);
  const theme = usePlotTheme();
  const viewRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef);
  const [picked, setPicked] = useState<number | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const [editNote, setEditNote] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState('');
  // The editors hold 3·n·d text fields: they are rendered only while "Edit Q, K, V" is open, so a slider
  // does not redraw hidden fields on every step.
  const [editing, setEditing] = useState(false);

  // A reset (error card, figure) returns to the starting values: drop the transient selection too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each reset of the store.
  useEffect(() => {
    setPicked(null);
    setEditNote(null);
  }, [generation]);

  const clearEdits = useCallback(
    (why: string, names: readonly string[], from: number) => {
      store.getState().setParams({ Q: [], K: [], V: [] });
      setEditNote(
        `${why} replaced the edited ${listNames(names)}: Q, K and V are drawn from seed ${from} again.`,
      );
    },
    [store],
  );

  // Edits belong to the seed and shape they were made for: a new seed, n or d that does not bring its own
  // Q, K, V (a slider, the seed field, "New seed") replaces them with seeded ones before the frame is painted.
  const before = useRef(live);
  useLayoutEffect(() => {
    const prev = before.current;
    before.current = live;
    const names = editedNames(prev);
    if (names.length === 0 || QKV.some((name) => prev[name] !== live[name])) return;
    const why =
      live.seed !== prev.seed
        ? 'A new seed'
        : live.n !== prev.n
          ? 'Changing n'
          : live.d !== prev.d
            ? 'Changing d'
            : null;
    if (why) clearEdits(why, names, live.seed);
  }, [live, clearEdits]);

  const inputs = useMemo(
    () => resolveQKV({ n, d, seed, Q: editQ, K: editK, V: editV }),
    [n, d, seed, editQ, editK, editV],
  );
  const mask = useMemo(() => attentionMask(kind, n, { k, causal }), [kind, n, k, causal]);
  const result = useMemo(
    () => attention(inputs.Q, inputs.K, inputs.V, mask, { temperature: t }),
    [inputs, mask, t],
  );
  const counts = useMemo(() => rowCounts(mask), [mask]);
  const stats = useMemo(() => rowWeightStats(result.weights), [result]);
  // The colour domain covers the allowed scores only: masked cells are hatched, not coloured.
  const scoreMax = useMemo(
    () => max(range(n * n), (c) => (mask.data[c] !== 0 ? Math.abs(result.scores.data[c]) : 0)) ?? 0,
    [result, mask, n],
  );
  const outputMax = useMemo(() => maxAbs(result.output), [result]);
  const editorValues = useMemo(
    () => ({ Q: toRows(inputs.Q), K: toRows(inputs.K), V: toRows(inputs.V) }),
    [inputs],
  );

  const scoreColor = useMemo(() => divergingColor(scoreMax, theme), [scoreMax, theme]);
  const outputColor = useMemo(() => divergingColor(outputMax, theme), [outputMax, theme]);
  const weightColor = useMemo(() => sequentialColor([0, 1], theme, 'greens'), [theme]);
  const isMasked = useCallback((i: number, j: number) => mask.data[i * n + j] === 0, [mask, n]);
  const maskedAttrs = useCallback(
    (v: number, i: number, j: number) => ({
      'data-cell': `${i}-${j}`,
      'data-value': String(v),
      'data-masked': isMasked(i, j) || undefined,
    }),
    [isMasked],
  );
  const outputAttrs = useCallback(
    (v: number, i: number, j: number) => ({ 'data-cell': `${i}-${j}`, 'data-value': String(v) }),
    [],
  );
  const sums = useMemo(
    () => ({
      text: stats.map((s, i) => (counts[i] === 0 ? '0' : fmtSum(s.sum))),
      warn: Array.from(counts, (c) => c === 0),
    }),
    [stats, counts],
  );

  const pickedRow = Math.min(n - 1, Math.max(0, picked ?? Math.floor(n / 2)));
  // The outlines, the bars and the readout follow the picked row once the slider has been painted.
  const row = Math.min(n - 1, useAfterPaint(pickedRow));
  const rowStats = stats[row];
  const rowWeights = useMemo(() => result.weights.data.subarray(row * n, (row + 1) * n), [result, row, n]);
  const rowMask = useMemo(() => mask.data.subarray(row * n, (row + 1) * n), [mask, row, n]);
  const emptyRows = useMemo(() => indices(n).filter((i) => counts[i] === 0), [counts, n]);
  // The panels' props are kept stable between renders, so a live change that has not reached the deferred
  // values yet (the control's own paint) does not redraw them.
  const scoreRamp = useMemo(() => symmetric('score', scoreMax), [scoreMax]);
  const outputRamp = useMemo(() => symmetric('output', outputMax), [outputMax]);
  const emptyNote = useMemo(
    () =>
      emptyRows.length > 0 ? (
        <p className={styles.note} data-testid="empty-rows">
          {emptyRows.length === 1
            ? `Query ${emptyRows[0]} has`
            : `Queries ${listNames(emptyRows.map(String))} have`}{' '}
          no allowed key: {emptyRows.length === 1 ? 'its' : 'their'} weights are all 0 (not NaN) and{' '}
          {emptyRows.length === 1 ? 'its' : 'their'} output is 0.
        </p>
      ) : null,
    [emptyRows],
  );
  const attended = stats.filter((s) => s.argmax >= 0);
  const meanMax = mean(attended, (s) => s.max) ?? Number.NaN;
  const meanEffective = mean(attended, (s) => s.effective) ?? Number.NaN;
  const meanAllowed = mean(counts) ?? Number.NaN;
  const factor = 1 / (Math.sqrt(d) * t);

  const cell = cellSize(width, n, d);
  const edited = QKV.filter((name) => inputs.edited[name]);
  const hasEdits = live.Q.length > 0 || live.K.length > 0 || live.V.length > 0;
  const noticeKey = inputs.notices.join('\n');
  const onEdit = useCallback(
    (name: QKVName, rows: number[][]) => {
      setEditNote(null);
      store.getState().setParams({ [name]: rows });
    },
    [store],
  );

  useExportData(() => ({
    name: `masked-attention-weights-${pattern}-n${n}-d${d}-seed${seed}-t${t}`,
    rows: toRows(result.weights),
    rowLabels: indices(n).map((i) => `query ${i}`),
    colLabels: indices(n).map((j) => `key ${j}`),
    meta: {
      n,
      d,
      seed,
      temperature: t,
      scoreFactor: factor,
      pattern,
      k,
      causal: causal || alwaysCausal,
      edited,
      rowSums: stats.map((s) => s.sum),
    },
  }));

  // What the three heatmaps share: n rows of cells the same size, the selected row, the pointer.
  const shared = { row, onHover: setHover, onPick: setPicked };
  // Each heatmap's data. A new input reaches the scores first, the weights a frame later and the output one
  // more, so no single frame restyles and lays out all three grids (some 1,800 SVG elements at n = 16).
  const scoresPanel = useMemo(
    () => ({
      rows: n,
      cols: n,
      cell,
      cellText: fmtCell,
      masked: isMasked,
      cellAttrs: maskedAttrs,
      label: `Scores of ${n} queries against ${n} keys; masked pairs hatched`,
      values: result.scores.data,
      color: scoreColor,
      ramp: scoreRamp,
    }),
    [n, cell, isMasked, maskedAttrs, result, scoreColor, scoreRamp],
  );
  const { note: weightsNote, ...weightsPanel } = useAfterPaint(
    useMemo(
      () => ({
        rows: n,
        cols: n,
        cell,
        cellText: fmtWeight,
        masked: isMasked,
        cellAttrs: maskedAttrs,
        label: `Attention weights of ${n} queries over ${n} keys; masked entries are exactly 0; each row with an allowed key sums to 1`,
        values: result.weights.data,
        color: weightColor,
        sums,
        note: emptyNote,
      }),
      [n, cell, isMasked, maskedAttrs, result, weightColor, sums, emptyNote],
    ),
  );
  const outputPanel = useAfterPaint(
    useAfterPaint(
      useMemo(
        () => ({
          rows: n,
          cols: d,
          cell,
          cellText: fmtCell,
          cellAttrs: outputAttrs,
          label: `Output: ${n} rows of ${d} values, each a weighted average of the rows of V`,
          values: result.output.data,
          color: outputColor,
          ramp: outputRamp,
        }),
        [n, d, cell, outputAttrs, result, outputColor, outputRamp],
      ),
    ),
  );

  const hoverText = (() => {
    if (!hover || hover.i >= n)
      return 'Click a row (or use the Query row slider) to see its weights as bars.';
    const { i, j } = hover;
    if (j < 0) return `Query ${i}: row sum ${fmtSum(stats[i]?.sum ?? Number.NaN)}`;
    if (hover.panel === 'output') {
      return `Query ${i}, output column ${j}: ${formatNumber(result.output.data[i * d + j], { digits: 4 })}`;
    }
    const s = formatNumber(result.scores.data[i * n + j], { digits: 4 });
    const w = formatNumber(result.weights.data[i * n + j], { digits: 4 });
    return isMasked(i, j)
      ? `Query ${i}, key ${j}: masked (score ${s} is ignored), weight 0`
      : `Query ${i}, key ${j}: score ${s}, weight ${w}`;
  })();

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSlider name="n" />
        <ParamSlider name="d" />
        <TemperatureSlider />
        <ParamSeed next={(seed, spec) => nextSeed(seed, spec.max)} />
        <ParamSelect name="pattern" />
        <ParamSlider name="k" disabled={live.pattern === 'full'} />
        <div className={styles.causal}>
          <ParamToggle name="causal" forced={liveCausal ? true : undefined} />
          {liveCausal ? <span className={styles.hint}>{live.pattern} is always causal</span> : null}
        </div>
      </div>

      <ParamNotice
        notices={noticeKey === dismissed ? [] : inputs.notices}
        onDismiss={() => setDismissed(noticeKey)}
      />

      <details className={styles.edit} onToggle={(e) => setEditing(e.currentTarget.open)}>
        <summary>
          Edit Q, K, V{' '}
          <span className={styles.hint} data-testid="edit-status">
            {edited.length > 0
              ? `(edited: ${listNames(edited)})`
              : `(drawn from seed ${seed}, standard normal)`}
          </span>
        </summary>
        {editing ? (
          <>
            <p className={styles.hint}>
              Type into a cell and press Enter; edits keep {MATRIX_DIGITS} decimals and stay in the link. A
              new seed, or a change of n or d, replaces them with seeded values.
            </p>
            <div className={styles.editors}>
              {QKV.map((name) => (
                <QKVEditor
                  key={name}
                  name={name}
                  value={editorValues[name]}
                  edited={inputs.edited[name]}
                  rows={n}
                  onEdit={onEdit}
                />
              ))}
            </div>
            <Button
              size="sm"
              disabled={!hasEdits}
              onClick={() => clearEdits('Going back to the seed', editedNames(live), live.seed)}
            >
              Use seeded Q, K, V
            </Button>
          </>
        ) : null}
      </details>
      {editNote ? (
        <p className={styles.hint} role="status">
          {editNote}
        </p>
      ) : null}

      <p className={styles.formula}>
        Scores = QKᵀ / (√d · t) = QKᵀ / (√{d} · {formatNumber(t, { digits: 3 })}) = QKᵀ ×{' '}
        {formatNumber(factor, { digits: 4 })}; weights = softmax over each row’s allowed keys; output =
        weights · V.
      </p>

      <div className={styles.panels} ref={viewRef}>
        <MatrixPanel
          {...shared}
          {...scoresPanel}
          panel="scores"
          title="Scores QKᵀ/(√d·t)"
          maskedLabel="masked"
        />
        <MatrixPanel
          {...shared}
          {...weightsPanel}
          panel="weights"
          title="Weights (masked softmax), row sums Σ"
          exportView
          ramp={WEIGHT_RAMP}
          maskedLabel="masked: exactly 0"
        >
          {weightsNote}
        </MatrixPanel>
        <MatrixPanel {...shared} {...outputPanel} panel="output" title="Output weights · V" />
      </div>
      <p className={styles.readout} data-testid="hover-readout">
        {hoverText}
      </p>

      <div className={styles.rowPanel}>
        <div className={styles.rowControls}>
          <Slider label="Query row" value={pickedRow} min={0} max={n - 1} onChange={setPicked} />
          <Readout
            label="The selected query's weights"
            items={[
              { label: 'Allowed keys', value: `${counts[row]} of ${n}`, testId: 'row-allowed' },
              {
                label: 'Max weight',
                value: `${formatNumber(rowStats?.max ?? Number.NaN, { style: 'fixed', digits: 3 })}${
                  rowStats && rowStats.argmax >= 0 ? ` (key ${rowStats.argmax})` : ''
                }`,
                testId: 'row-max',
              },
              {
                label: 'Entropy H',
                value: `${formatNumber(rowStats?.entropy ?? Number.NaN, { style: 'fixed', digits: 3 })} nats`,
                testId: 'row-entropy',
              },
              {
                label: 'Effective keys e^H',
                value: formatNumber(rowStats?.effective ?? Number.NaN, { style: 'fixed', digits: 2 }),
                testId: 'row-effective',
              },
            ]}
          />
          <p className={styles.hint}>
            Across all rows: max weight {formatNumber(meanMax, { style: 'fixed', digits: 2 })} and{' '}
            {formatNumber(meanEffective, { style: 'fixed', digits: 2 })} effective keys on average, of{' '}
            {formatNumber(meanAllowed, { digits: 3 })} allowed. Small t → one key (one-hot); large t → an even
            spread (the dashed line).
          </p>
        </div>
        <div className={styles.barsBox}>
          <p className={styles.panelTitle}>
            Query {row}: weights over the keys
            {counts[row] === 0 ? ' — no allowed key, every weight is 0' : ''}
          </p>
          <RowBars
            row={row}
            weights={rowWeights}
            mask={rowMask}
            allowed={counts[row] as number}
            argmax={rowStats?.argmax ?? -1}
          />
        </div>
      </div>
    </div>
  );
}
