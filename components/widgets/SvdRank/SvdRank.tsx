'use client';

import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  MatrixEditor,
  ParamSlider,
  ParamToggle,
  ProgressBar,
  Select,
  useParamSpec,
} from '@/components/controls';
import { cx } from '@/components/controls/util';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import { ParamNotice } from '@/components/figure/Notice';
import { type ParamValues, sameValue } from '@/components/figure/schema';
import {
  useWidgetParams,
  useWidgetStore,
  useWidgetStoreApi,
  type WidgetState,
} from '@/components/figure/store';
import { type TaskOutput, useTask } from '@/components/figure/worker';
import {
  AxisX,
  AxisY,
  type Cell,
  type ColorScale,
  divergingColor,
  Heatmap,
  Plot,
  RampLegend,
  Readout,
  Rect,
  useElementWidth,
  usePlotTheme,
} from '@/components/plot';
import { cellAt, gridBand } from '@/components/views/svd/grid';
import { Spectrum } from '@/components/views/svd/Spectrum';
import { formatInteger, formatNumber } from '@/lib/format';
import {
  clipNegative,
  fromRows,
  lowRankFromSvd,
  lowRankStorage,
  maxAbs,
  squaredDistance,
  sub,
  svd,
  tailEnergy,
  toRows,
} from '@/lib/linalg';
import { cellText, heatmapLayout, LABEL_H, LABEL_W } from './layout';
import {
  ENTRY_DIGITS,
  ENTRY_LIMIT,
  MAX_SIDE,
  SHEN_MO_COLS,
  SHEN_MO_ROWS,
  type svdRankParams,
} from './params';
import { matchPreset, PRESETS, type PresetId, presetLabels, presetMatrix, resolveView } from './presets';
import styles from './SvdRank.module.css';

type P = ParamValues<typeof svdRankParams>;

/**
 * Matrices of up to this many entries are decomposed on the page (the presets, up to 12×12: a few ms); larger
 * ones in the worker (a 32×32 SVD takes a tenth of a second or more), the last result staying on screen.
 */
const INLINE_ENTRIES = 144;

/**
 * Heatmaps of up to this many cells are SVG (with the values written in cells of 30 px or more, up to 12×12);
 * larger ones, whose cells are too small for text, one canvas each: a new rank then repaints three canvases
 * instead of updating three thousand SVG cells in one frame.
 */
const SVG_MAX_CELLS = 144;

/** A matrix (its rows) with its SVD. */
type Solved = TaskOutput<'svd-rows'>;

const fmt4 = (v: number) => formatNumber(v, { style: 'fixed', digits: 4 });
/** Squared errors: six significant digits (they range from 10⁻³⁰ rounding to 10⁹). */
const fmtErr = (v: number) => formatNumber(v, { digits: 6 });
/** What the browser tests read from each cell. */
const cellAttrs = (v: number, i: number, j: number) => ({
  'data-cell': `${i}-${j}`,
  'data-value': String(v),
});

/**
 * One matrix as a heatmap: rows down and columns across on band scales, labelled on the left and on top, the
 * values written in cells large enough for them, the cell under the pointer outlined. Memoised: a render for
 * a control alone skips it.
 */
const MatrixPanel = memo(function MatrixPanel({
  title,
  label,
  testId,
  values,
  rows,
  cols,
  cell,
  color,
  rowLabels,
  colLabels,
  hover,
  onHover,
  exportView,
}: {
  title: string;
  label: string;
  testId: string;
  values: Float64Array;
  rows: number;
  cols: number;
  cell: number;
  color: ColorScale;
  rowLabels: readonly string[];
  colLabels: readonly string[];
  hover: Cell | null;
  onHover: (cell: Cell | null) => void;
  exportView?: boolean;
}) {
  const x = useMemo(() => gridBand(cols), [cols]);
  const y = useMemo(() => gridBand(rows), [rows]);
  // Every label while cells are at least 14 px, else every other one.
  const every = cell >= 14 ? 1 : 2;
  const colTicks = useMemo(() => x.domain.filter((j) => j % every === 0), [x, every]);
  const rowTicks = useMemo(() => y.domain.filter((i) => i % every === 0), [y, every]);
  const colLabel = useCallback(
    (j: number | string) => colLabels[Number(j)] ?? String(Number(j) + 1),
    [colLabels],
  );
  const rowLabel = useCallback(
    (i: number | string) => rowLabels[Number(i)] ?? String(Number(i) + 1),
    [rowLabels],
  );
  const text = useCallback((v: number) => cellText(v, cell), [cell]);
  return (
    <div className={styles.panel}>
      <p className={styles.panelTitle}>{title}</p>
      <Plot
        label={label}
        testId={testId}
        x={x}
        y={y}
        width={LABEL_W + cols * cell}
        height={LABEL_H + rows * cell}
        margin={{ top: LABEL_H, left: LABEL_W, right: 0, bottom: 0 }}
        exportView={exportView}
        onPointer={(p) => onHover(cellAt(p))}
      >
        <AxisX anchor="top" line={false} tickValues={colTicks} tickFormat={colLabel} />
        <AxisY tickValues={rowTicks} tickFormat={rowLabel} />
        <Heatmap
          values={values}
          rows={rows}
          cols={cols}
          color={color}
          cellText={text}
          cellAttrs={cellAttrs}
          svgLimit={SVG_MAX_CELLS}
        />
        {hover && hover.i < rows && hover.j < cols ? (
          <Rect x1={hover.j} y1={hover.i} className={styles.hoverCell} />
        ) : null}
      </Plot>
    </div>
  );
});

/**
 * Truncated SVD on an editable matrix: the original, its best rank-k approximation M_k (optionally through a
 * ReLU) and the error as heatmaps, the singular values with the kept ones highlighted, the Eckart–Young
 * error computed from the entries and from the spectrum, and the storage of the factors against the matrix.
 */
export default function SvdRank() {
  // The panels follow the parameters once the control that changed has been painted (useAfterPaint), in an
  // interruptible background render, so the slider, the menu and the editor answer at once even for 32×32.
  const [deferred, params] = useDeferredWidgetParams<P>();
  const M = deferred.M as number[][];
  const inline = M.length * (M[0]?.length ?? 0) <= INLINE_ENTRIES;
  const local = useMemo<Solved | null>(
    () => (inline ? { rows: M, svd: svd(fromRows(M)) } : null),
    [inline, M],
  );
  const job = useTask('svd-rows', inline ? null : { rows: M });
  const fresh = local ?? (job.data && sameValue(job.data.rows, M) ? job.data : null);
  // While a large matrix is decomposed, the last one stays on screen, marked stale.
  const [kept, setKept] = useState<Solved | null>(null);
  useEffect(() => {
    if (fresh) setKept(fresh);
  }, [fresh]);
  const solved = fresh ?? kept;
  if (!solved) {
    return (
      <div className={styles.widget}>
        {job.error ? (
          <p className={styles.bad} role="alert">
            The SVD failed: {job.error}
          </p>
        ) : (
          <ProgressBar
            label={`Computing the SVD of the ${M.length}×${M[0]?.length ?? 0} matrix`}
            value={0}
            indeterminate
          />
        )}
      </div>
    );
  }
  return (
    <SvdView params={params} shownParams={deferred} solved={solved} computing={!fresh} error={job.error} />
  );
}

/**
 * The widget once an SVD is known: controls from the current parameters (`params`), panels and readouts
 * ({@link SvdResults}) from `shownParams` and the matrix `solved` belongs to.
 */
function SvdView({
  params,
  shownParams,
  solved,
  computing,
  error: taskError,
}: {
  params: P;
  shownParams: P;
  solved: Solved;
  /** The SVD of the current matrix is being computed in the worker. */
  computing: boolean;
  error: string | null;
}) {
  const [, setParam] = useWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const [dismissed, setDismissed] = useState('');
  // The editor starts open for small matrices; a reader's fold or unfold holds while the size stays.
  const [fold, setFold] = useState<{ size: string; open: boolean } | null>(null);
  const mSpec = useParamSpec('M', ['matrix']);
  // A preset picked in the menu reaches the editor once the menu has been painted (a new grid of inputs is
  // most of that change's work); the editor's own edits, and any other change of M, show in it at once.
  const [picked, setPicked] = useState<number[][] | null>(null);

  // What the controls show comes from the current parameters; the panels from the matrix on screen.
  const current = useMemo(
    () => resolveView(params.M, params.labels, params.k),
    [params.M, params.labels, params.k],
  );
  const preset = useMemo(() => matchPreset(params.M), [params.M]);

  // A new matrix keeps k within its size, and the post's labels only while it stays the 2×5 table.
  const fitTo = (rows: number[][], nextLabels: P['labels']) => ({
    labels: nextLabels,
    k: Math.min(current.k, Math.min(rows.length, rows[0]?.length ?? 0)),
  });
  const choosePreset = (id: PresetId) => {
    const rows = presetMatrix(id);
    const k = PRESETS.find((p) => p.id === id)?.k;
    setPicked(rows);
    store
      .getState()
      .setParams({ M: rows, ...fitTo(rows, presetLabels(id)), ...(k === undefined ? {} : { k }) });
  };
  const edited = (rows: number[][]) => {
    const rounded = rows.map((r) => r.map((x) => Number(x.toFixed(ENTRY_DIGITS)) + 0));
    const keepNames = params.labels === 'shen-mo' && rounded.length === 2 && rounded[0]?.length === 5;
    return { M: rounded, ...fitTo(rounded, keepNames ? 'shen-mo' : 'index') };
  };

  const rowsNow = params.M.length;
  const colsNow = params.M[0]?.length ?? 0;
  const size = `${rowsNow}×${colsNow}`;
  const editing = params.M === picked ? shownParams : params;
  const editRows = editing.M.length;
  const editCols = editing.M[0]?.length ?? 0;
  const editSize = `${editRows}×${editCols}`;
  const editNamed =
    editing.labels === 'shen-mo' && editRows === SHEN_MO_ROWS.length && editCols === SHEN_MO_COLS.length;
  const editorOpen = fold?.size === editSize ? fold.open : editRows * editCols <= 64;
  const noticeKey = current.notices.join('\n');

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <Select
          label="Matrix"
          value={preset}
          options={[
            ...PRESETS.map((p) => ({ value: p.id, label: p.label })),
            ...(preset === 'custom' ? [{ value: 'custom', label: `Edited (${size})` }] : []),
          ]}
          onChange={(v) => {
            if (v !== 'custom') choosePreset(v as PresetId);
          }}
        />
        <ParamSlider name="k" max={current.r} format={() => `${current.k} of ${current.r}`} />
        <div className={styles.toggleRow}>
          <ParamToggle name="relu" />
        </div>
      </div>

      <ParamNotice
        notices={noticeKey === dismissed ? [] : current.notices}
        onDismiss={() => setDismissed(noticeKey)}
      />

      <details
        className={styles.edit}
        open={editorOpen}
        onToggle={(e) => setFold({ size: editSize, open: e.currentTarget.open })}
      >
        <summary>
          Edit M <span className={styles.hint}>({editSize}; type, or paste from a spreadsheet)</span>
        </summary>
        <p className={styles.hint}>
          Press Enter to commit a cell. Up to {MAX_SIDE}×{MAX_SIDE}, entries in [−{ENTRY_LIMIT}, {ENTRY_LIMIT}
          ], kept to {ENTRY_DIGITS} decimals.
        </p>
        {/* A folded editor is not rendered: a 32×32 grid is a thousand inputs. */}
        {editorOpen ? (
          <div className={styles.editorBox}>
            <MatrixEditor
              label={mSpec.label}
              value={editing.M as number[][]}
              onChange={(next) => store.getState().setParams(edited(next))}
              min={mSpec.min}
              max={mSpec.max}
              maxRows={mSpec.maxRows}
              maxCols={mSpec.maxCols}
              digits={mSpec.digits}
              rowLabels={editNamed ? SHEN_MO_ROWS : undefined}
              colLabels={editNamed ? SHEN_MO_COLS : undefined}
            />
          </div>
        ) : null}
      </details>

      {taskError ? (
        <p className={styles.bad} role="alert">
          The SVD failed: {taskError}
        </p>
      ) : null}
      <SvdResults
        shownParams={shownParams}
        solved={solved}
        computing={computing}
        size={size}
        setParam={setParam}
      />
    </div>
  );
}

/**
 * The three heatmaps, the colour legends, the spectrum and the readouts of `shownParams` on the matrix `solved`
 * belongs to; dimmed while the worker decomposes a newer matrix (of `size`). Memoised: a render for a control
 * alone skips it.
 */
const SvdResults = memo(function SvdResults({
  shownParams,
  solved,
  computing,
  size,
  setParam,
}: {
  shownParams: P;
  solved: Solved;
  computing: boolean;
  size: string;
  setParam: WidgetState<P>['setParam'];
}) {
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const M = solved.rows;
  const { labels, k, relu } = shownParams;
  const theme = usePlotTheme();
  const viewRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef);
  const [hover, setHover] = useState<Cell | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each reset of the store.
  useEffect(() => setHover(null), [generation]);

  const view = useMemo(() => resolveView(M, labels, k), [M, labels, k]);
  const A = useMemo(() => fromRows(M), [M]);
  const m = A.rows;
  const n = A.cols;
  const f = solved.svd;
  const approx = useMemo(() => lowRankFromSvd(f, view.k), [f, view.k]);
  const clipped = useMemo(() => clipNegative(approx), [approx]);
  const shown = relu ? clipped.matrix : approx;
  const error = useMemo(() => sub(A, shown), [A, shown]);
  const direct = useMemo(() => squaredDistance(A, approx), [A, approx]);
  const directRelu = useMemo(() => squaredDistance(A, clipped.matrix), [A, clipped]);
  const tail = tailEnergy(f.S, view.k);
  const total = tailEnergy(f.S, 0);
  const storage = lowRankStorage(m, n, view.k);

  const valueMax = Math.max(maxAbs(A), maxAbs(shown));
  const errorMax = maxAbs(error);
  const valueColor = useMemo(() => divergingColor(valueMax, theme), [valueMax, theme]);
  const errorColor = useMemo(() => divergingColor(errorMax, theme), [errorMax, theme]);
  const { cell } = heatmapLayout(width, m, n, 3);
  const { rowLabels, colLabels } = view;
  const named = labels === 'shen-mo' && m === SHEN_MO_ROWS.length && n === SHEN_MO_COLS.length;
  const cellName = (i: number, j: number) =>
    named ? `${rowLabels[i]}${colLabels[j]}` : `row ${rowLabels[i]}, column ${colLabels[j]}`;

  useExportData(() => ({
    name: `svd-rank-${m}x${n}-k${view.k}${relu ? '-relu' : ''}`,
    rows: toRows(shown),
    rowLabels,
    colLabels,
    meta: {
      k: view.k,
      relu,
      original: toRows(A),
      singularValues: Array.from(f.S),
      squaredErrorFromEntries: relu ? directRelu : direct,
      tailEnergy: tail,
      storage,
    },
  }));

  const hoverText = (() => {
    if (!hover || hover.i >= m || hover.j >= n) return 'Point at a cell to read its values.';
    const { i, j } = hover;
    const q = i * n + j;
    const approxText = `M_${view.k} = ${fmt4(approx.data[q])}`;
    const reluText = relu ? `, ReLU(M_${view.k}) = ${fmt4(clipped.matrix.data[q])}` : '';
    return `${cellName(i, j)}: M = ${fmt4(A.data[q])}, ${approxText}${reluText}, error = ${fmt4(error.data[q])}`;
  })();

  const pickK = useCallback((v: number) => setParam('k', v === view.k ? v - 1 : v), [setParam, view.k]);
  const saved = storage.dense - storage.factors;
  const kLabel = `M_${view.k}`;
  const shownName = relu ? `ReLU(${kLabel})` : kLabel;
  const panel = { rows: m, cols: n, cell, rowLabels, colLabels, hover, onHover: setHover };

  return (
    <>
      <div
        className={cx(styles.results, computing && 'result-stale')}
        data-stale={computing ? '' : undefined}
        aria-busy={computing}
      >
        <div className={styles.panels} ref={viewRef}>
          <MatrixPanel
            {...panel}
            testId="original"
            title={`Original M (${m}×${n})`}
            label={`The matrix M, ${m} rows by ${n} columns`}
            values={A.data}
            color={valueColor}
          />
          <MatrixPanel
            {...panel}
            testId="approx"
            title={`Rank-${view.k} reconstruction ${shownName}`}
            label={`The best rank-${view.k} approximation of M${relu ? ', negative entries clipped to 0' : ''}`}
            values={shown.data}
            color={valueColor}
            exportView
          />
          <MatrixPanel
            {...panel}
            testId="error"
            title={`Error M − ${shownName}`}
            label={`The error M minus the rank-${view.k} reconstruction`}
            values={error.data}
            color={errorColor}
          />
        </div>
        <div className={styles.controls}>
          <RampLegend
            color={valueColor}
            lo={-valueMax}
            hi={valueMax}
            caption="M and its reconstruction"
            labels={[cellText(-valueMax, 30), '0', cellText(valueMax, 30)]}
          />
          <RampLegend
            color={errorColor}
            lo={-errorMax}
            hi={errorMax}
            caption="error"
            labels={[cellText(-errorMax, 30), '0', cellText(errorMax, 30)]}
          />
        </div>
        <p className={styles.readout} data-testid="hover-readout" aria-live="polite">
          {computing ? `Computing the SVD of the ${size} matrix in the background…` : hoverText}
        </p>

        <div className={styles.lower}>
          <div className={styles.spectrum}>
            <p className={styles.panelTitle}>
              Singular values: {view.k} of {view.r} kept
            </p>
            <Spectrum
              S={f.S}
              k={view.k}
              onPick={pickK}
              label={`Singular values of M: ${Array.from(f.S, (s) => fmt4(s)).join(', ')}; the first ${view.k} are kept`}
              testId="spectrum"
            />
            <p className={styles.hint}>
              Click a bar to keep the values up to it (click the last kept one to drop it).
            </p>
          </div>
          <Readout
            items={[
              { label: '‖M − M_k‖²_F from the entries', value: fmtErr(direct), testId: 'err-direct' },
              {
                label: 'Σ σᵢ² over i > k, from the spectrum (Eckart–Young)',
                value: fmtErr(tail),
                testId: 'err-tail',
              },
              {
                label: 'Relative error ‖M − M_k‖_F / ‖M‖_F',
                value:
                  total > 0 ? formatNumber(Math.sqrt(tail / total), { style: 'percent', digits: 4 }) : '0%',
                testId: 'err-relative',
              },
              {
                label: 'With ReLU: ‖M − ReLU(M_k)‖²_F',
                testId: 'err-relu',
                value: (
                  <>
                    {fmtErr(directRelu)}{' '}
                    <span
                      className={
                        directRelu < direct ? styles.good : directRelu > direct ? styles.bad : undefined
                      }
                    >
                      ({formatInteger(clipped.clipped)} {clipped.clipped === 1 ? 'entry' : 'entries'} clipped
                      {clipped.clipped > 0
                        ? `, change ${directRelu > direct ? '+' : ''}${formatNumber(directRelu - direct, { digits: 4 })}`
                        : ''}
                      )
                    </span>
                  </>
                ),
              },
              {
                label: 'Storage at rank k: (m + n)k vs mn',
                testId: 'storage',
                value: (
                  <>
                    ({m} + {n})·{view.k} = {formatInteger(storage.factors)} vs {formatInteger(storage.dense)}{' '}
                    <span className={saved > 0 ? styles.good : styles.bad}>
                      {saved > 0
                        ? `(saves ${formatInteger(saved)})`
                        : saved === 0
                          ? '(saves nothing)'
                          : `(${formatInteger(-saved)} more)`}
                    </span>
                  </>
                ),
              },
              {
                label: 'U_k, σ and V_k kept apart: (m + n + 1)k',
                value: formatInteger(storage.withSigma),
                testId: 'storage-sigma',
              },
            ]}
          />
        </div>
      </div>
      {labels === 'shen-mo' && named ? (
        <p className={styles.hint}>
          Rows {SHEN_MO_ROWS.join(', ')} are first characters, columns {SHEN_MO_COLS.join(', ')} second
          characters; 1 means the two-character word is in the dictionary. At rank 1, {SHEN_MO_ROWS[0]}
          {SHEN_MO_COLS[4]} is not 0 any more: a word the data lacked.
        </p>
      ) : null}
    </>
  );
});
