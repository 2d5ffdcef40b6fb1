'use client';

import { max, mean, range } from 'd3-array';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button, MatrixEditor, NumberInput, Select, Slider, Toggle } from '@/components/controls';
import { useExportData } from '@/components/figure/exports';
import { ParamNotice } from '@/components/figure/Notice';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams, useWidgetStore, useWidgetStoreApi } from '@/components/figure/store';
import { useDarkTheme, useElementWidth } from '@/components/plot/hooks';
import { type CellRef, MatrixHeatmap as Heatmap } from '@/components/views/matrix/MatrixHeatmap';
import { MatrixLegend as Legend } from '@/components/views/matrix/MatrixLegend';
import {
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
import { cellSize, divergingScale, weightScale } from './draw';
import { nearestStop, nextSeed, roundRows } from './inputs';
import styles from './MaskedAttention.module.css';
import { MATRIX_DIGITS, MATRIX_LIMIT, maskedAttentionParams, TEMPERATURE_STOPS } from './params';
import { RowBars } from './RowBars';

type P = ParamValues<typeof maskedAttentionParams>;

const PATTERN_LABELS: Record<MaskKind, string> = {
  full: 'Full (every pair)',
  local: 'Local (|i−j| ≤ k)',
  atrous: 'Atrous ((i−j) mod k = 0)',
  sparse: 'Sparse (local ∪ atrous)',
  strided: 'Strided (causal, stride k)',
  fixed: 'Fixed (causal, blocks of k)',
};
const ALWAYS_CAUSAL: readonly string[] = ['strided', 'fixed'];
const SEED_MAX = maskedAttentionParams.seed.max;
const MATRIX_ROLES: Record<QKVName, string> = { Q: 'queries', K: 'keys', V: 'values' };

/** Cell text: two decimals, whole numbers from 10 on, so every value fits in five characters. */
const fmtCell = (v: number) => formatNumber(v, { style: 'fixed', digits: Math.abs(v) >= 9.995 ? 0 : 2 });
const fmtWeight = (v: number) => (v === 0 ? '0' : formatNumber(v, { style: 'fixed', digits: 2 }));
const listNames = (names: string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * Masked scaled dot-product attention on small seeded (or edited) Q, K, V: the scores QKᵀ/(√d·t) with
 * the masked pairs hatched, the masked softmax weights (rows sum to 1, masked entries exactly 0) with
 * their row sums, the output W·V, and one query's weights as bars with its entropy and largest weight.
 */
export default function MaskedAttention() {
  const [params, setParam] = useWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const { n, d, seed, t, pattern, k, causal } = params;
  const editQ = params.Q;
  const editK = params.K;
  const editV = params.V;
  const kind = pattern as MaskKind;
  const alwaysCausal = ALWAYS_CAUSAL.includes(pattern);
  const dark = useDarkTheme();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const viewRef = useRef<HTMLDivElement>(null);
  const barsRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef);
  const barsWidth = useElementWidth(barsRef);
  const [picked, setPicked] = useState<number | null>(null);
  const [hover, setHover] = useState<{ panel: 'scores' | 'weights' | 'output'; cell: CellRef } | null>(null);
  const [editNote, setEditNote] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState('');

  // A reset (error card, figure) returns to the starting values: drop the transient selection too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each reset of the store.
  useEffect(() => {
    setPicked(null);
    setEditNote(null);
  }, [generation]);

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

  const scoreColor = useMemo(() => divergingScale(scoreMax, dark), [scoreMax, dark]);
  const outputColor = useMemo(() => divergingScale(outputMax, dark), [outputMax, dark]);
  const weightColor = useMemo(() => weightScale(dark), [dark]);

  const row = Math.min(n - 1, Math.max(0, picked ?? Math.floor(n / 2)));
  const rowStats = stats[row];
  const emptyRows = useMemo(() => {
    const out: number[] = [];
    counts.forEach((c, i) => {
      if (c === 0) out.push(i);
    });
    return out;
  }, [counts]);
  const attended = stats.filter((s) => s.argmax >= 0);
  const meanMax = mean(attended, (s) => s.max) ?? Number.NaN;
  const meanEffective = mean(attended, (s) => s.effective) ?? Number.NaN;
  const meanAllowed = mean(counts) ?? Number.NaN;
  const factor = 1 / (Math.sqrt(d) * t);

  const cell = cellSize(width, n, d);
  const edited = (['Q', 'K', 'V'] as const).filter((name) => inputs.edited[name]);
  const hasEdits = editQ.length > 0 || editK.length > 0 || editV.length > 0;
  const noticeKey = inputs.notices.join('\n');
  const tIndex = nearestStop(TEMPERATURE_STOPS, t);

  const clearEdits = (why: string, patch: Partial<P>) => {
    store.getState().setParams({ ...patch, Q: [], K: [], V: [] });
    if (edited.length > 0) {
      setEditNote(
        `${why} replaced the edited ${listNames(edited)}: Q, K and V are drawn from seed ${patch.seed ?? seed} again.`,
      );
    }
  };
  const setShape = (key: 'n' | 'd', v: number) => {
    if (v === params[key]) return;
    if (hasEdits) clearEdits(`Changing ${key}`, { [key]: v });
    else setParam(key, v);
  };
  const setSeed = (v: number) => {
    if (v === seed && !hasEdits) return;
    clearEdits('A new seed', { seed: v });
  };

  useExportData(() => ({
    name: `masked-attention-weights-${pattern}-n${n}-d${d}-seed${seed}-t${t}`,
    rows: toRows(result.weights),
    rowLabels: Array.from({ length: n }, (_, i) => `query ${i}`),
    colLabels: Array.from({ length: n }, (_, j) => `key ${j}`),
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

  const hoverText = (() => {
    if (!hover) return 'Click a row (or use the Query row slider) to see its weights as bars.';
    const { i, j } = hover.cell;
    if (j < 0)
      return `Query ${i}: row sum ${formatNumber(stats[i]?.sum ?? Number.NaN, { style: 'fixed', digits: 3 })}`;
    if (hover.panel === 'output') {
      return `Query ${i}, output column ${j}: ${formatNumber(result.output.data[i * d + j], { digits: 4 })}`;
    }
    const allowed = mask.data[i * n + j] !== 0;
    const s = formatNumber(result.scores.data[i * n + j], { digits: 4 });
    const w = formatNumber(result.weights.data[i * n + j], { digits: 4 });
    return allowed
      ? `Query ${i}, key ${j}: score ${s}, weight ${w}`
      : `Query ${i}, key ${j}: masked (score ${s} is ignored), weight 0`;
  })();

  const rowWeights = result.weights.data.subarray(row * n, (row + 1) * n);

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <Slider label="Sequence length n" value={n} min={2} max={16} onChange={(v) => setShape('n', v)} />
        <Slider label="Head dimension d" value={d} min={1} max={8} onChange={(v) => setShape('d', v)} />
        <Slider
          label="Temperature t"
          value={tIndex}
          min={0}
          max={TEMPERATURE_STOPS.length - 1}
          onChange={(i) => setParam('t', TEMPERATURE_STOPS[i])}
          format={(i) => formatNumber(i === tIndex ? t : TEMPERATURE_STOPS[i], { digits: 3 })}
        />
        <div className={styles.seedRow}>
          <NumberInput
            label="Seed"
            value={seed}
            min={0}
            max={SEED_MAX}
            integer
            onChange={(v) => setSeed(v)}
          />
          <Button size="md" onClick={() => setSeed(nextSeed(seed, SEED_MAX))}>
            New seed
          </Button>
        </div>
        <Select
          label="Mask pattern"
          value={pattern}
          options={(Object.keys(PATTERN_LABELS) as MaskKind[]).map((value) => ({
            value,
            label: PATTERN_LABELS[value],
          }))}
          onChange={(v) => setParam('pattern', v as P['pattern'])}
        />
        <Slider
          label="Window / stride k"
          value={k}
          min={1}
          max={16}
          onChange={(v) => setParam('k', v)}
          disabled={pattern === 'full'}
        />
        <div className={styles.causal}>
          <Toggle
            label="Causal"
            checked={causal || alwaysCausal}
            onChange={(v) => setParam('causal', v)}
            disabled={alwaysCausal}
          />
          {alwaysCausal ? <span className={styles.hint}>{pattern} is always causal</span> : null}
        </div>
      </div>

      <ParamNotice
        notices={noticeKey === dismissed ? [] : inputs.notices}
        onDismiss={() => setDismissed(noticeKey)}
      />

      <details className={styles.edit}>
        <summary>
          Edit Q, K, V{' '}
          <span className={styles.hint} data-testid="edit-status">
            {edited.length > 0
              ? `(edited: ${listNames(edited)})`
              : `(drawn from seed ${seed}, standard normal)`}
          </span>
        </summary>
        <p className={styles.hint}>
          Type into a cell and press Enter; edits keep {MATRIX_DIGITS} decimals and stay in the link. A new
          seed, or a change of n or d, replaces them with seeded values.
        </p>
        <div className={styles.editors}>
          {(['Q', 'K', 'V'] as const).map((name) => (
            <MatrixEditor
              key={name}
              label={`${name} (${MATRIX_ROLES[name]}${inputs.edited[name] ? ', edited' : ''})`}
              value={editorValues[name]}
              onChange={(rows) => {
                setEditNote(null);
                store.getState().setParams({ [name]: roundRows(rows, MATRIX_DIGITS) });
              }}
              rowLabels={Array.from({ length: n }, (_, i) => `${name.toLowerCase()}${i}`)}
              min={-MATRIX_LIMIT}
              max={MATRIX_LIMIT}
              digits={MATRIX_DIGITS}
              allowResize={false}
            />
          ))}
        </div>
        <Button size="sm" disabled={!hasEdits} onClick={() => clearEdits('Going back to the seed', {})}>
          Use seeded Q, K, V
        </Button>
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
        <div className={styles.panel}>
          <p className={styles.panelTitle}>Scores QKᵀ/(√d·t)</p>
          <Heatmap
            label={`Scores of ${n} queries against ${n} keys; masked pairs hatched`}
            testId="scores"
            hatchId={`${uid}-hatch-s`}
            rows={n}
            cols={n}
            cell={cell}
            value={(i, j) => result.scores.data[i * n + j]}
            masked={(i, j) => mask.data[i * n + j] === 0}
            color={scoreColor}
            format={fmtCell}
            colLabel={(j) => String(j)}
            selectedRow={row}
            onSelectRow={setPicked}
            onHover={(c) => setHover(c ? { panel: 'scores', cell: c } : null)}
          />
          <Legend
            scale={scoreColor}
            lo={-scoreMax}
            hi={scoreMax}
            caption="score"
            labels={[fmtCell(-scoreMax), '0', fmtCell(scoreMax)]}
            masked="masked"
          />
        </div>
        <div className={styles.panel}>
          <p className={styles.panelTitle}>Weights (masked softmax), row sums Σ</p>
          <Heatmap
            label={`Attention weights of ${n} queries over ${n} keys; masked entries are exactly 0; each row with an allowed key sums to 1`}
            testId="weights"
            hatchId={`${uid}-hatch-w`}
            rows={n}
            cols={n}
            cell={cell}
            value={(i, j) => result.weights.data[i * n + j]}
            masked={(i, j) => mask.data[i * n + j] === 0}
            color={weightColor}
            format={fmtWeight}
            colLabel={(j) => String(j)}
            sums={{
              header: 'Σ',
              text: (i) =>
                counts[i] === 0
                  ? '0'
                  : formatNumber(stats[i]?.sum ?? Number.NaN, { style: 'fixed', digits: 3 }),
              warn: (i) => counts[i] === 0,
            }}
            selectedRow={row}
            onSelectRow={setPicked}
            onHover={(c) => setHover(c ? { panel: 'weights', cell: c } : null)}
            exportView
          />
          <Legend
            scale={weightColor}
            lo={0}
            hi={1}
            caption="weight"
            labels={['0', '0.5', '1']}
            masked="masked: exactly 0"
          />
          {emptyRows.length > 0 ? (
            <p className={styles.note} data-testid="empty-rows">
              {emptyRows.length === 1
                ? `Query ${emptyRows[0]} has`
                : `Queries ${listNames(emptyRows.map(String))} have`}{' '}
              no allowed key: {emptyRows.length === 1 ? 'its' : 'their'} weights are all 0 (not NaN) and{' '}
              {emptyRows.length === 1 ? 'its' : 'their'} output is 0.
            </p>
          ) : null}
        </div>
        <div className={styles.panel}>
          <p className={styles.panelTitle}>Output weights · V</p>
          <Heatmap
            label={`Output: ${n} rows of ${d} values, each a weighted average of the rows of V`}
            testId="output"
            hatchId={`${uid}-hatch-o`}
            rows={n}
            cols={d}
            cell={cell}
            value={(i, j) => result.output.data[i * d + j]}
            color={outputColor}
            format={fmtCell}
            colLabel={(j) => String(j)}
            selectedRow={row}
            onSelectRow={setPicked}
            onHover={(c) => setHover(c ? { panel: 'output', cell: c } : null)}
          />
          <Legend
            scale={outputColor}
            lo={-outputMax}
            hi={outputMax}
            caption="output"
            labels={[fmtCell(-outputMax), '0', fmtCell(outputMax)]}
          />
        </div>
      </div>
      <p className={styles.readout} data-testid="hover-readout">
        {hoverText}
      </p>

      <div className={styles.rowPanel}>
        <div className={styles.rowControls}>
          <Slider label="Query row" value={row} min={0} max={n - 1} onChange={(v) => setPicked(v)} />
          <dl className={`widget-stats ${styles.stats}`} aria-live="polite" data-testid="row-stats">
            <div>
              <dt>Allowed keys</dt>
              <dd data-testid="row-allowed">
                {counts[row]} of {n}
              </dd>
            </div>
            <div>
              <dt>Max weight</dt>
              <dd data-testid="row-max">
                {formatNumber(rowStats?.max ?? Number.NaN, { style: 'fixed', digits: 3 })}
                {rowStats && rowStats.argmax >= 0 ? ` (key ${rowStats.argmax})` : ''}
              </dd>
            </div>
            <div>
              <dt>Entropy H</dt>
              <dd data-testid="row-entropy">
                {formatNumber(rowStats?.entropy ?? Number.NaN, { style: 'fixed', digits: 3 })} nats
              </dd>
            </div>
            <div>
              <dt>Effective keys e^H</dt>
              <dd data-testid="row-effective">
                {formatNumber(rowStats?.effective ?? Number.NaN, { style: 'fixed', digits: 2 })}
              </dd>
            </div>
          </dl>
          <p className={styles.hint}>
            Across all rows: max weight {formatNumber(meanMax, { style: 'fixed', digits: 2 })} and{' '}
            {formatNumber(meanEffective, { style: 'fixed', digits: 2 })} effective keys on average, of{' '}
            {formatNumber(meanAllowed, { digits: 3 })} allowed. Small t → one key (one-hot); large t → an even
            spread (the dashed line).
          </p>
        </div>
        <div className={styles.barsBox} ref={barsRef}>
          <p className={styles.panelTitle}>
            Query {row}: weights over the keys
            {counts[row] === 0 ? ' — no allowed key, every weight is 0' : ''}
          </p>
          <RowBars
            row={row}
            weights={rowWeights}
            masked={(j) => mask.data[row * n + j] === 0}
            allowed={counts[row]}
            argmax={rowStats?.argmax ?? -1}
            width={Math.min(barsWidth || 320, 560)}
            hatchId={`${uid}-hatch-b`}
          />
          <p className={styles.barsKey}>
            <span className={styles.keyBar} /> weight <span className={styles.keyMax} /> largest{' '}
            <span className={styles.maskedSwatch} /> masked key <span className={styles.keyEven} /> even
            spread 1/{counts[row] || '—'}
          </p>
        </div>
      </div>
    </div>
  );
}
