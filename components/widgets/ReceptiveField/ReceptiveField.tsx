'use client';

import { type KeyboardEvent, type MouseEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Select, Slider, Toggle } from '@/components/controls';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams, useWidgetStoreApi } from '@/components/figure/store';
import { useCanvas, useElementWidth, useThemeColors } from '@/components/plot/hooks';
import {
  attentionMask,
  type CoverageTarget,
  coverage,
  type ReceptiveField as Field,
  isCausalMask,
  layersToFullCoverage,
  type MaskKind,
  reachabilityByLayer,
  receptiveField,
} from '@/lib/attention';
import { formatInteger, formatNumber } from '@/lib/format';
import type { Mask } from '@/lib/linalg';
import { type ConeLayout, coneLayout, drawReach, markedRuns } from './draw';
import { RECEPTIVE_PATTERNS, type receptiveFieldParams } from './params';
import styles from './ReceptiveField.module.css';

type P = ParamValues<typeof receptiveFieldParams>;
type LayerKey = 'p1' | 'p2' | 'p3' | 'p4';
const LAYER_KEYS: readonly LayerKey[] = ['p1', 'p2', 'p3', 'p4'];

/** Side length of the reachability heatmap, in CSS pixels (fits the side column and a 360 px phone). */
const MATRIX_SIZE = 220;
/** Connections are drawn up to this n, and only when there are at most EDGE_MAX of them. */
const EDGE_MAX_N = 64;
const EDGE_MAX = 1500;

const patternLabels: Record<MaskKind, string> = {
  full: 'Full',
  local: 'Local (window)',
  atrous: 'Atrous (dilated)',
  sparse: 'Sparse (local ∪ atrous)',
  strided: 'Strided (causal)',
  fixed: 'Fixed (causal)',
};

const PRESETS: { label: string; params: Partial<P> }[] = [
  { label: 'Local then Atrous (the post)', params: { layers: 2, p1: 'local', p2: 'atrous', causal: false } },
  { label: 'Atrous twice', params: { layers: 2, p1: 'atrous', p2: 'atrous', causal: false } },
  {
    label: 'Local ×4',
    params: { layers: 4, p1: 'local', p2: 'local', p3: 'local', p4: 'local', causal: false },
  },
  { label: 'Strided (causal)', params: { layers: 2, p1: 'strided', p2: 'strided', causal: true } },
];

/** Arrow keys move the selected output by one (Shift: ten), Home/End jump to the ends. */
function outputKey(e: KeyboardEvent, o: number, n: number, select: (o: number) => void) {
  const step = e.shiftKey ? 10 : 1;
  const moves: Record<string, number> = {
    ArrowRight: o + step,
    ArrowDown: o + step,
    ArrowLeft: o - step,
    ArrowUp: o - step,
    PageDown: o + 10,
    PageUp: o - 10,
    Home: 0,
    End: n - 1,
  };
  const next = moves[e.key];
  if (next === undefined) return;
  e.preventDefault();
  select(Math.max(0, Math.min(n - 1, next)));
}

function ConeDiagram({
  layout,
  field,
  kinds,
  output,
  n,
  drawEdges,
  onSelect,
}: {
  layout: ConeLayout;
  field: Field;
  kinds: MaskKind[];
  output: number;
  n: number;
  drawEdges: boolean;
  onSelect: (o: number) => void;
}) {
  const L = kinds.length;
  const { width, height, left, cell, levelY, x, radius, barHeight } = layout;
  const reached = field.levels[0].reduce((s, v) => s + v, 0);
  const lines = [];
  if (drawEdges) {
    for (let l = L; l >= 1; l--) {
      const e = field.edges[l - 1];
      for (let t = 0; t < e.length; t += 2) {
        lines.push(
          <line
            key={`${l}-${t}`}
            x1={x(e[t])}
            y1={levelY(l)}
            x2={x(e[t + 1])}
            y2={levelY(l - 1)}
            className={styles.edge}
          />,
        );
      }
    }
  }
  const levels = [];
  for (let l = L; l >= 0; l--) {
    const y = levelY(l);
    const marks = field.levels[l];
    const shapes = [];
    if (radius > 0) {
      for (let i = 0; i < n; i++) {
        const cls = marks[i] !== 0 ? (l === L ? styles.chosen : styles.on) : styles.off;
        shapes.push(<circle key={i} cx={x(i)} cy={y} r={radius} className={cls} />);
      }
    } else {
      // Too many positions for dots: a bar per level, with the marked runs painted over it.
      const top = y - barHeight / 2;
      shapes.push(
        <rect key="bg" x={left} y={top} width={n * cell} height={barHeight} className={styles.barOff} />,
      );
      for (const [start, length] of markedRuns(marks)) {
        shapes.push(
          <rect
            key={start}
            x={left + start * cell}
            y={top}
            width={Math.max(length * cell, 2)}
            height={barHeight}
            className={l === L ? styles.chosen : styles.on}
          />,
        );
      }
    }
    levels.push(
      <g key={l}>
        <text x={4} y={y - 1} className={styles.levelLabel}>
          {l === 0 ? 'input' : `layer ${l}`}
        </text>
        {l > 0 ? (
          <text x={4} y={y + 11} className={styles.levelSub}>
            {kinds[l - 1]}
          </text>
        ) : null}
        {shapes}
      </g>,
    );
  }
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const ux = ((e.clientX - rect.left) / rect.width) * width;
    const i = Math.floor((ux - left) / cell);
    if (i >= 0 && i < n) onSelect(i);
  };
  return (
    // The picture is the slider's face: a click picks the position under it, arrow keys step.
    <div
      className={styles.cone}
      role="slider"
      tabIndex={0}
      aria-label="Receptive field diagram: output position"
      aria-valuemin={0}
      aria-valuemax={n - 1}
      aria-valuenow={output}
      aria-valuetext={`output ${output} reaches ${reached} of ${n} inputs`}
      onClick={onClick}
      onKeyDown={(e) => outputKey(e, output, n, onSelect)}
    >
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" data-export>
        {lines}
        {levels}
        <text
          x={x(output)}
          y={levelY(L) - Math.max(radius, barHeight / 2) - 5}
          textAnchor="middle"
          className={styles.outLabel}
        >
          o = {output}
        </text>
        <text x={x(0)} y={height - 6} textAnchor="middle" className={styles.tick}>
          0
        </text>
        <text x={x(n - 1)} y={height - 6} textAnchor="middle" className={styles.tick}>
          {n - 1}
        </text>
        <text x={(x(0) + x(n - 1)) / 2} y={height - 6} textAnchor="middle" className={styles.tick}>
          input position →
        </text>
      </svg>
    </div>
  );
}

/** One row of n cells: the inputs that output o reaches after a layer. */
function Strip({ row, n }: { row: Uint8Array; n: number }) {
  return (
    <svg className={styles.strip} viewBox={`0 0 ${n} 1`} preserveAspectRatio="none" aria-hidden="true">
      <rect x={0} y={0} width={n} height={1} className={styles.stripOff} />
      {markedRuns(row).map(([start, length]) => (
        <rect key={start} x={start} y={0} width={length} height={1} className={styles.on} />
      ))}
    </svg>
  );
}

function ReachMatrix({
  R,
  row,
  size,
  onSelect,
}: {
  R: Mask;
  row: number;
  size: number;
  onSelect: (o: number) => void;
}) {
  const colors = useThemeColors(['accent', 'surface-2', 'fg']);
  const ref = useCanvas(
    (ctx, w) =>
      drawReach(ctx, R, w, row, { on: colors.accent, off: colors['surface-2'], outline: colors.fg }),
    size,
    size,
    [R, row, colors],
  );
  const n = R.rows;
  return (
    <div
      className={styles.matrix}
      role="slider"
      tabIndex={0}
      aria-label="Reachability matrix: output row"
      aria-orientation="vertical"
      aria-valuemin={0}
      aria-valuemax={n - 1}
      aria-valuenow={row}
      aria-valuetext={`row ${row}`}
      onClick={(e) => {
        const rect = e.currentTarget.getBoundingClientRect();
        const o = Math.floor(((e.clientY - rect.top) / rect.height) * n);
        if (o >= 0 && o < n) onSelect(o);
      }}
      onKeyDown={(e) => outputKey(e, row, n, onSelect)}
      style={{ width: size, height: size }}
    >
      <canvas ref={ref} style={{ width: size, height: size }} />
    </div>
  );
}

/**
 * The receptive-field explorer: a stack of up to four attention layers in; which inputs reach a chosen output
 * after each layer, the whole reachability matrix and the number of layers until everything is covered out.
 */
export default function ReceptiveField() {
  const [params, setParam] = useWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const viewRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef);
  const { layers, n, k, causal } = params;
  const o = Math.min(params.out, n - 1);
  const select = (v: number) => setParam('out', v);
  // The page is prerendered: `data-ready` tells readers (and tests) that clicks and keys now reach React.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const kinds = LAYER_KEYS.slice(0, layers).map((key) => params[key] as MaskKind);
  const kindsKey = kinds.join(',');
  // One mask object per distinct pattern, so repeated layers are converted once by the coverage run.
  // biome-ignore lint/correctness/useExhaustiveDependencies: kindsKey stands for kinds.
  const masks = useMemo(() => {
    const made = new Map<MaskKind, Mask>();
    return kinds.map((kind) => {
      const known = made.get(kind);
      if (known) return known;
      const m = attentionMask(kind, n, { k, causal });
      made.set(kind, m);
      return m;
    });
  }, [kindsKey, n, k, causal]);

  const model = useMemo(() => {
    const target: CoverageTarget = masks.every(isCausalMask) ? 'past' : 'all';
    const byLayer = reachabilityByLayer(masks);
    const covers = byLayer.map((R) => coverage(R, { target }));
    const run = layersToFullCoverage(masks, { target });
    return { target, byLayer, covers, run };
  }, [masks]);
  const field = useMemo(() => receptiveField(masks, o, { edges: n <= EDGE_MAX_N }), [masks, o, n]);

  const { target, byLayer, covers, run } = model;
  const rowTarget = target === 'past' ? o + 1 : n;
  const last = covers[covers.length - 1];
  const edgeTotal = field.edgeCounts.reduce((s, c) => s + c, 0);
  const drawEdges = n <= EDGE_MAX_N && edgeTotal <= EDGE_MAX;
  const viewWidth = Math.max(280, width || 600);
  const layout = coneLayout(viewWidth, n, layers);
  const everything = target === 'past' ? 'all of its past' : 'every input';

  useExportData(() => {
    const R = byLayer[byLayer.length - 1];
    const rows: number[][] = [];
    for (let i = 0; i < n; i++) rows.push(Array.from(R.data.subarray(i * n, (i + 1) * n)));
    return {
      name: `receptive-field-${kinds.join('-')}-n${n}-k${k}${causal ? '-causal' : ''}`,
      rows,
      meta: {
        layers: kinds,
        n,
        k,
        causal,
        target,
        output: o,
        reachedByOutputAfterEachLayer: covers.map((c) => c.perRow[o]),
        pairsReached: last.reached,
        pairsPossible: last.possible,
        layersToFullCoverage: run.layers,
        coverageStatus: run.status,
      },
    };
  });

  let statement: string;
  if (run.status === 'full' && run.layers !== null) {
    statement =
      run.layers <= layers
        ? `Covered after layer ${run.layers}: every output sees ${everything}.`
        : `These ${layers} layer${layers > 1 ? 's do' : ' does'} not cover everything; repeated, the stack needs ${run.layers} layers before every output sees ${everything}.`;
  } else if (run.status === 'never') {
    statement = `Never: however often these layers repeat, coverage stops at ${formatNumber(
      (run.reachedByLayer[run.reachedByLayer.length - 1] ?? 0) / Math.max(1, run.possible),
      { style: 'percent', digits: 3 },
    )} of the pairs, so some outputs never see some inputs.`;
  } else {
    statement = `Not decided within ${formatInteger(run.reachedByLayer.length - 1)} layers.`;
  }

  return (
    <div className={styles.widget} data-ready={ready || undefined}>
      <div className={styles.controls}>
        <Slider label="Layers" value={layers} min={1} max={4} onChange={(v) => setParam('layers', v)} />
        <Slider
          label="Sequence length n"
          value={n}
          min={8}
          max={256}
          onChange={(v) => store.getState().setParams({ n: v, out: Math.min(params.out, v - 1) })}
        />
        <Slider label="Window / stride k" value={k} min={1} max={64} onChange={(v) => setParam('k', v)} />
        <Toggle label="Causal" checked={causal} onChange={(v) => setParam('causal', v)} />
      </div>
      <div className={styles.layerControls}>
        {kinds.map((kind, t) => (
          <Select
            key={LAYER_KEYS[t]}
            label={`Layer ${t + 1}`}
            value={kind}
            options={RECEPTIVE_PATTERNS.map((value) => ({ value, label: patternLabels[value] }))}
            onChange={(v) => setParam(LAYER_KEYS[t], v as P[LayerKey])}
          />
        ))}
      </div>
      <div className={styles.outputControl}>
        <Slider label="Output position o" value={o} min={0} max={n - 1} onChange={select} />
        {params.out > n - 1 ? (
          <p className={styles.note} role="status">
            Output {params.out} is past the last position; showing o = {o}.
          </p>
        ) : null}
      </div>
      <fieldset className={styles.presets}>
        <legend>Presets</legend>
        {PRESETS.map((p) => (
          <Button key={p.label} size="sm" onClick={() => store.getState().setParams(p.params)}>
            {p.label}
          </Button>
        ))}
      </fieldset>
      <div className={styles.body}>
        <div className={styles.view} ref={viewRef}>
          <ConeDiagram
            layout={layout}
            field={field}
            kinds={kinds}
            output={o}
            n={n}
            drawEdges={drawEdges}
            onSelect={select}
          />
          <p className={styles.caption}>
            Highlighted: the positions on some path from the inputs to output {o}; click a position (or focus
            the diagram and use the arrow keys) to pick another output.
            {n > EDGE_MAX_N
              ? ` Connections are drawn for n ≤ ${EDGE_MAX_N}.`
              : drawEdges
                ? ''
                : ` Connections hidden: ${formatInteger(edgeTotal)} are too many to draw.`}
          </p>
        </div>
        <div className={styles.side}>
          <dl className={styles.stats} aria-live="polite">
            {covers.map((c, t) => (
              <div key={t} className={styles.layerStat}>
                <dt>
                  Output {o} after layer {t + 1}
                </dt>
                <dd data-testid={`reached-after-${t + 1}`}>
                  {formatInteger(c.perRow[o])} of {formatInteger(rowTarget)}
                </dd>
                <Strip row={byLayer[t].data.subarray(o * n, (o + 1) * n)} n={n} />
              </div>
            ))}
            <div>
              <dt>Pairs covered after layer {layers}</dt>
              <dd data-testid="pairs-covered">
                {formatNumber(last.fraction, { style: 'percent', digits: 3 })}
              </dd>
            </div>
            <div>
              <dt>Layers for full coverage</dt>
              <dd data-testid="layers-to-cover">
                {run.layers !== null ? formatInteger(run.layers) : run.status === 'never' ? 'never' : '—'}
              </dd>
            </div>
          </dl>
          <p
            className={run.status === 'full' ? styles.statement : styles.statementNever}
            data-testid="coverage-statement"
          >
            {statement}
            {target === 'past'
              ? ' Every layer is causal, so the target is each output’s past (inputs i ≤ o).'
              : ''}
          </p>
        </div>
        <div className={styles.matrixBlock}>
          <p className={styles.matrixTitle}>
            Reachability after layer {layers} (row = output, column = input)
          </p>
          <ReachMatrix R={byLayer[byLayer.length - 1]} row={o} size={MATRIX_SIZE} onSelect={select} />
        </div>
      </div>
    </div>
  );
}
