'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { MatrixEditor, Select, Slider, Toggle } from '@/components/controls';
import { useExportData } from '@/components/figure/exports';
import { ParamNotice } from '@/components/figure/Notice';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams, useWidgetStore, useWidgetStoreApi } from '@/components/figure/store';
import { useDarkTheme, useElementWidth } from '@/components/plot/hooks';
import { cellText, heatmapLayout } from '@/components/plot/svd/heatmapLayout';
import { SpectrumBars } from '@/components/plot/svd/SpectrumBars';
import { type CellRef, MatrixHeatmap as Heatmap } from '@/components/views/matrix/MatrixHeatmap';
import { MatrixLegend as Legend } from '@/components/views/matrix/MatrixLegend';
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
import { divergingScale } from '../MaskedAttention/draw';
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

const fmt4 = (v: number) => formatNumber(v, { style: 'fixed', digits: 4 });
/** Squared errors: six significant digits (they range from 10⁻³⁰ rounding to 10⁹). */
const fmtErr = (v: number) => formatNumber(v, { digits: 6 });
const noop = () => {};

/**
 * Truncated SVD on an editable matrix: the original, its best rank-k approximation M_k (optionally through a
 * ReLU) and the error as heatmaps, the singular values with the kept ones highlighted, the Eckart–Young
 * error computed from the entries and from the spectrum, and the storage of the factors against the matrix.
 */
export default function SvdRank() {
  const [params, setParam] = useWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const { M, labels, k, relu } = params;
  const dark = useDarkTheme();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const viewRef = useRef<HTMLDivElement>(null);
  const specRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef);
  const specWidth = useElementWidth(specRef);
  const [hover, setHover] = useState<CellRef | null>(null);
  const [dismissed, setDismissed] = useState('');

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each reset of the store.
  useEffect(() => setHover(null), [generation]);

  const view = useMemo(() => resolveView(M, labels, k), [M, labels, k]);
  const A = useMemo(() => fromRows(M), [M]);
  const m = A.rows;
  const n = A.cols;
  const f = useMemo(() => svd(A), [A]);
  const approx = useMemo(() => lowRankFromSvd(f, view.k), [f, view.k]);
  const clipped = useMemo(() => clipNegative(approx), [approx]);
  const shown = relu ? clipped.matrix : approx;
  const error = useMemo(() => sub(A, shown), [A, shown]);
  const direct = useMemo(() => squaredDistance(A, approx), [A, approx]);
  const directRelu = useMemo(() => squaredDistance(A, clipped.matrix), [A, clipped]);
  const tail = tailEnergy(f.S, view.k);
  const total = tailEnergy(f.S, 0);
  const storage = lowRankStorage(m, n, view.k);
  const preset = useMemo(() => matchPreset(M), [M]);

  const valueMax = Math.max(maxAbs(A), maxAbs(shown));
  const errorMax = maxAbs(error);
  const valueColor = useMemo(() => divergingScale(valueMax, dark), [valueMax, dark]);
  const errorColor = useMemo(() => divergingScale(errorMax, dark), [errorMax, dark]);
  const { cell } = heatmapLayout(width, m, n, 3);
  const { rowLabels, colLabels } = view;
  const named = labels === 'shen-mo' && m === SHEN_MO_ROWS.length && n === SHEN_MO_COLS.length;
  const cellName = (i: number, j: number) =>
    named ? `${rowLabels[i]}${colLabels[j]}` : `row ${rowLabels[i]}, column ${colLabels[j]}`;

  const setMatrix = (rows: number[][], nextLabels: P['labels']) => {
    const r = Math.min(rows.length, rows[0]?.length ?? 0);
    store.getState().setParams({ M: rows, labels: nextLabels, k: Math.min(view.k, r) });
  };
  const choosePreset = (id: PresetId) => setMatrix(presetMatrix(id), presetLabels(id));
  const editMatrix = (rows: number[][]) => {
    const rounded = rows.map((r) => r.map((x) => Number(x.toFixed(ENTRY_DIGITS)) + 0));
    const keepNames = labels === 'shen-mo' && rounded.length === 2 && rounded[0]?.length === 5;
    setMatrix(rounded, keepNames ? 'shen-mo' : 'index');
  };

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

  const noticeKey = view.notices.join('\n');
  const hoverText = (() => {
    if (!hover || hover.j < 0 || hover.i >= m) return 'Point at a cell to read its values.';
    const { i, j } = hover;
    const q = i * n + j;
    const approxText = `M_${view.k} = ${fmt4(approx.data[q])}`;
    const reluText = relu ? `, ReLU(M_${view.k}) = ${fmt4(clipped.matrix.data[q])}` : '';
    return `${cellName(i, j)}: M = ${fmt4(A.data[q])}, ${approxText}${reluText}, error = ${fmt4(error.data[q])}`;
  })();

  const saved = storage.dense - storage.factors;
  const kLabel = `M_${view.k}`;
  const shownName = relu ? `ReLU(${kLabel})` : kLabel;

  const heatmap = (
    testId: 'original' | 'approx' | 'error',
    title: string,
    aria: string,
    value: Float64Array,
    color: (v: number) => string,
  ) => (
    <div className={styles.panel}>
      <p className={styles.panelTitle}>{title}</p>
      <Heatmap
        label={aria}
        testId={testId}
        hatchId={`${uid}-h-${testId}`}
        rows={m}
        cols={n}
        cell={cell}
        value={(i, j) => value[i * n + j]}
        color={color}
        format={(v) => cellText(v, cell)}
        colLabel={(j) => colLabels[j] ?? String(j + 1)}
        rowLabel={(i) => rowLabels[i] ?? String(i + 1)}
        selectedRow={-1}
        onSelectRow={noop}
        onHover={setHover}
        exportView={testId === 'approx'}
      />
    </div>
  );

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <Select
          label="Matrix"
          value={preset}
          options={[
            ...PRESETS.map((p) => ({ value: p.id, label: p.label })),
            ...(preset === 'custom' ? [{ value: 'custom', label: `Edited (${m}×${n})` }] : []),
          ]}
          onChange={(v) => {
            if (v !== 'custom') choosePreset(v as PresetId);
          }}
        />
        <Slider
          label="Rank k"
          value={view.k}
          min={0}
          max={view.r}
          onChange={(v) => setParam('k', v)}
          format={(v) => `${v} of ${view.r}`}
        />
        <div className={styles.toggleRow}>
          <Toggle label="ReLU: clip negatives to 0" checked={relu} onChange={(v) => setParam('relu', v)} />
        </div>
      </div>

      <ParamNotice
        notices={noticeKey === dismissed ? [] : view.notices}
        onDismiss={() => setDismissed(noticeKey)}
      />

      <details className={styles.edit} open={m * n <= 64}>
        <summary>
          Edit M{' '}
          <span className={styles.hint}>
            ({m}×{n}; type, or paste from a spreadsheet)
          </span>
        </summary>
        <p className={styles.hint}>
          Press Enter to commit a cell. Up to {MAX_SIDE}×{MAX_SIDE}, entries in [−{ENTRY_LIMIT}, {ENTRY_LIMIT}
          ], kept to {ENTRY_DIGITS} decimals.
        </p>
        <div className={styles.editorBox}>
          <MatrixEditor
            label="Matrix M"
            value={M}
            onChange={editMatrix}
            rowLabels={named ? rowLabels : undefined}
            colLabels={named ? colLabels : undefined}
            min={-ENTRY_LIMIT}
            max={ENTRY_LIMIT}
            maxRows={MAX_SIDE}
            maxCols={MAX_SIDE}
            digits={ENTRY_DIGITS}
          />
        </div>
      </details>

      <div className={styles.panels} ref={viewRef}>
        {heatmap(
          'original',
          `Original M (${m}×${n})`,
          `The matrix M, ${m} rows by ${n} columns`,
          A.data,
          valueColor,
        )}
        {heatmap(
          'approx',
          `Rank-${view.k} reconstruction ${shownName}`,
          `The best rank-${view.k} approximation of M${relu ? ', negative entries clipped to 0' : ''}`,
          shown.data,
          valueColor,
        )}
        {heatmap(
          'error',
          `Error M − ${shownName}`,
          `The error M minus the rank-${view.k} reconstruction`,
          error.data,
          errorColor,
        )}
      </div>
      <div className={styles.controls}>
        <Legend
          scale={valueColor}
          lo={-valueMax}
          hi={valueMax}
          caption="M and its reconstruction"
          labels={[cellText(-valueMax, 30), '0', cellText(valueMax, 30)]}
        />
        <Legend
          scale={errorColor}
          lo={-errorMax}
          hi={errorMax}
          caption="error"
          labels={[cellText(-errorMax, 30), '0', cellText(errorMax, 30)]}
        />
      </div>
      <p className={styles.readout} data-testid="hover-readout" aria-live="polite">
        {hoverText}
      </p>

      <div className={styles.lower}>
        <div className={styles.spectrum} ref={specRef}>
          <p className={styles.panelTitle}>
            Singular values: {view.k} of {view.r} kept
          </p>
          <SpectrumBars
            S={f.S}
            k={view.k}
            width={Math.min(specWidth || 320, 560)}
            onPick={(v) => setParam('k', v === view.k ? v - 1 : v)}
            label={`Singular values of M: ${Array.from(f.S, (s) => fmt4(s)).join(', ')}; the first ${view.k} are kept`}
            testId="spectrum"
          />
          <p className={styles.hint}>
            Click a bar to keep the values up to it (click the last kept one to drop it).
          </p>
        </div>
        <dl className={styles.stats} data-testid="stats">
          <div>
            <dt>‖M − M_k‖²_F from the entries</dt>
            <dd data-testid="err-direct">{fmtErr(direct)}</dd>
          </div>
          <div>
            <dt>Σ σᵢ² over i &gt; k, from the spectrum (Eckart–Young)</dt>
            <dd data-testid="err-tail">{fmtErr(tail)}</dd>
          </div>
          <div>
            <dt>Relative error ‖M − M_k‖_F / ‖M‖_F</dt>
            <dd data-testid="err-relative">
              {total > 0 ? formatNumber(Math.sqrt(tail / total), { style: 'percent', digits: 4 }) : '0%'}
            </dd>
          </div>
          <div>
            <dt>With ReLU: ‖M − ReLU(M_k)‖²_F</dt>
            <dd data-testid="err-relu">
              {fmtErr(directRelu)}{' '}
              <span
                className={directRelu < direct ? styles.good : directRelu > direct ? styles.bad : undefined}
              >
                ({formatInteger(clipped.clipped)} {clipped.clipped === 1 ? 'entry' : 'entries'} clipped
                {clipped.clipped > 0
                  ? `, change ${directRelu > direct ? '+' : ''}${formatNumber(directRelu - direct, { digits: 4 })}`
                  : ''}
                )
              </span>
            </dd>
          </div>
          <div>
            <dt>Storage at rank k: (m + n)k vs mn</dt>
            <dd data-testid="storage">
              ({m} + {n})·{view.k} = {formatInteger(storage.factors)} vs {formatInteger(storage.dense)}{' '}
              <span className={saved > 0 ? styles.good : styles.bad}>
                {saved > 0
                  ? `(saves ${formatInteger(saved)})`
                  : saved === 0
                    ? '(saves nothing)'
                    : `(${formatInteger(-saved)} more)`}
              </span>
            </dd>
          </div>
          <div>
            <dt>U_k, σ and V_k kept apart: (m + n + 1)k</dt>
            <dd data-testid="storage-sigma">{formatInteger(storage.withSigma)}</dd>
          </div>
        </dl>
      </div>
      {labels === 'shen-mo' && named ? (
        <p className={styles.hint}>
          Rows {SHEN_MO_ROWS.join(', ')} are first characters, columns {SHEN_MO_COLS.join(', ')} second
          characters; 1 means the two-character word is in the dictionary. At rank 1, {SHEN_MO_ROWS[0]}
          {SHEN_MO_COLS[4]} is not 0 any more: a word the data lacked.
        </p>
      ) : null}
    </div>
  );
}
