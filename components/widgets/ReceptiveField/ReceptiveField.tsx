'use client';

import { type KeyboardEvent, memo, type ReactNode, useCallback, useMemo, useRef } from 'react';
import { Button, ParamSelect, ParamSlider, ParamToggle } from '@/components/controls';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetStoreApi } from '@/components/figure/store';
import {
  AxisX,
  Dot,
  Heatmap,
  Plot,
  type PlotPointer,
  Rect,
  shareColor,
  TextMark,
  useElementWidth,
  usePlotTheme,
} from '@/components/plot';
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
import { CONE_MARGIN, ConeEdges, coneHeight, DOT_MAX_N, dotRadius, LevelLabels, LevelRuns } from './draw';
import type { receptiveFieldParams } from './params';
import styles from './ReceptiveField.module.css';

type P = ParamValues<typeof receptiveFieldParams>;
type LayerKey = 'p1' | 'p2' | 'p3' | 'p4';
const LAYER_KEYS: readonly LayerKey[] = ['p1', 'p2', 'p3', 'p4'];

/** Side length of the reachability heatmap, in CSS pixels (fits the side column and a 360 px phone). */
const MATRIX_SIZE = 220;
/** Connections are drawn up to this n, and only when there are at most EDGE_MAX of them. */
const EDGE_MAX_N = 64;
const EDGE_MAX = 1500;
const NO_MARGIN = { top: 0, right: 0, bottom: 0, left: 0 };
const NO_EDGES: readonly Int32Array[] = [];

const PRESETS: { label: string; params: Partial<P> }[] = [
  { label: 'Local then Atrous (the post)', params: { layers: 2, p1: 'local', p2: 'atrous', causal: false } },
  { label: 'Atrous twice', params: { layers: 2, p1: 'atrous', p2: 'atrous', causal: false } },
  {
    label: 'Local ×4',
    params: { layers: 4, p1: 'local', p2: 'local', p3: 'local', p4: 'local', causal: false },
  },
  { label: 'Strided (causal)', params: { layers: 2, p1: 'strided', p2: 'strided', causal: true } },
];

const indices = (n: number) => Array.from({ length: n }, (_, i) => i);
const bands = (n: number) => ({ type: 'band' as const, domain: indices(n), padding: 0 });

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

interface Position {
  i: number;
  l: number;
  className: string;
}
const positionClass = (d: Position) => d.className;

/** How many inputs output o reaches through the whole stack. */
const reachedBy = (field: Field) => field.levels[0]?.reduce((s, v) => s + v, 0) ?? 0;

/**
 * The diagram as a slider: the arrow keys step the live output (`value`), and the picture, memoised, draws
 * the output of `field` once it has caught up.
 */
function ConeDiagram({
  value,
  valueText,
  n,
  onSelect,
  children,
}: {
  value: number;
  valueText: string;
  n: number;
  onSelect: (o: number) => void;
  children: ReactNode;
}) {
  return (
    // The picture is the slider's face: a click picks the position under it, arrow keys step.
    <div
      className={styles.cone}
      role="slider"
      tabIndex={0}
      aria-label="Receptive field diagram: output position"
      aria-valuemin={0}
      aria-valuemax={n - 1}
      aria-valuenow={value}
      aria-valuetext={valueText}
      onKeyDown={(e) => outputKey(e, value, n, onSelect)}
    >
      {children}
    </div>
  );
}

/** The stack as levels of positions, the output's receptive field marked. */
const ConePlot = memo(function ConePlot({
  field,
  kinds,
  output,
  n,
  width,
  drawEdges,
  onSelect,
}: {
  field: Field;
  kinds: MaskKind[];
  output: number;
  n: number;
  width: number;
  drawEdges: boolean;
  onSelect: (o: number) => void;
}) {
  const L = kinds.length;
  const reached = reachedBy(field);
  const x = useMemo(() => bands(n), [n]);
  const y = useMemo(() => ({ domain: [0, L] }), [L]);
  const step = (width - CONE_MARGIN.left - CONE_MARGIN.right) / n;
  const radius = n <= DOT_MAX_N ? dotRadius(step) : 0;
  const positions = useMemo<Position[]>(() => {
    if (n > DOT_MAX_N) return [];
    return field.levels.flatMap((marks, l) =>
      indices(n).map((i) => ({
        i,
        l,
        className: marks[i] !== 0 ? (l === L ? styles.chosen : styles.on) : styles.off,
      })),
    );
  }, [field, n, L]);
  const outLabel = useMemo(() => [{ i: output, l: L }], [output, L]);
  return (
    <Plot
      label={`Receptive field of output ${output} through ${L} layer${L > 1 ? 's' : ''}: ${reached} of ${n} inputs reach it`}
      x={x}
      y={y}
      height={coneHeight(width, L)}
      margin={CONE_MARGIN}
      exportView
      onClick={(p: PlotPointer) => {
        if (typeof p.x === 'number') onSelect(p.x);
      }}
    >
      <AxisX tickValues={[0, n - 1]} label="input position →" line={false} />
      <ConeEdges edges={drawEdges ? field.edges : NO_EDGES} />
      <LevelLabels kinds={kinds} />
      {radius > 0 ? (
        <Dot data={positions} x="i" y="l" r={radius} classOf={positionClass} />
      ) : (
        <LevelRuns levels={field.levels} />
      )}
      <TextMark
        data={outLabel}
        x="i"
        y="l"
        text={() => `o = ${output}`}
        dy={-Math.max(radius, 6) - 5}
        baseline="bottom"
        fontSize={11}
        className={styles.outLabel}
      />
    </Plot>
  );
});

/** One row of n cells: the inputs that output o reaches after a layer. */
const Strip = memo(function Strip({
  row,
  layer,
  output,
}: {
  row: Uint8Array;
  layer: number;
  output: number;
}) {
  const { tokens } = usePlotTheme();
  const color = useMemo(() => shareColor(tokens['surface-2'], tokens.accent), [tokens]);
  return (
    <div className={styles.strip}>
      <Plot
        label={`Inputs output ${output} reaches after layer ${layer}`}
        x={{ domain: [0, 1] }}
        y={{ domain: [0, 1] }}
        height={8}
        margin={NO_MARGIN}
      >
        <Heatmap values={row} rows={1} cols={row.length} color={color} svgLimit={0} />
      </Plot>
    </div>
  );
});

/**
 * The reachability matrix after the last layer (rows = outputs), with the drawn output's `row` outlined; a
 * slider whose arrow keys step the live output `value`.
 */
const ReachMatrix = memo(function ReachMatrix({
  R,
  row,
  value,
  onSelect,
}: {
  R: Mask;
  row: number;
  value: number;
  onSelect: (o: number) => void;
}) {
  const { tokens } = usePlotTheme();
  const color = useMemo(() => shareColor(tokens['surface-2'], tokens.accent), [tokens]);
  const n = R.rows;
  const axis = useMemo(() => bands(n), [n]);
  return (
    <div
      className={styles.matrix}
      role="slider"
      tabIndex={0}
      aria-label="Reachability matrix: output row"
      aria-orientation="vertical"
      aria-valuemin={0}
      aria-valuemax={n - 1}
      aria-valuenow={value}
      aria-valuetext={`row ${value}`}
      onKeyDown={(e) => outputKey(e, value, n, onSelect)}
    >
      <Plot
        label={`Reachability of ${n} outputs (rows) from ${n} inputs (columns)`}
        x={axis}
        y={axis}
        width={MATRIX_SIZE}
        height={MATRIX_SIZE}
        margin={NO_MARGIN}
        onClick={(p) => {
          if (typeof p.y === 'number') onSelect(p.y);
        }}
      >
        <Heatmap values={R.data} rows={n} cols={n} color={color} svgLimit={0} />
        <Rect y1={row} stroke="var(--fg)" />
      </Plot>
    </div>
  );
});

/**
 * The receptive-field explorer: a stack of up to four attention layers in; which inputs reach a chosen output
 * after each layer, the whole reachability matrix and the number of layers until everything is covered out.
 */
export default function ReceptiveField() {
  // A new stack (layers, patterns, n, k, causal) or output is drawn in a deferred render, so the control that
  // changed is painted first; the arrow keys step from the live output.
  const [params, live, setParam] = useDeferredWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const viewRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef);
  const { layers, n, k, causal } = params;
  const o = Math.min(params.out, n - 1);
  const liveOut = Math.min(live.out, n - 1);
  const select = useCallback((v: number) => setParam('out', v), [setParam]);

  const kindsKey = LAYER_KEYS.slice(0, layers)
    .map((key) => params[key])
    .join(',');
  // One array per stack, so the diagram is not redrawn while only live values change.
  const kinds = useMemo(() => kindsKey.split(',') as MaskKind[], [kindsKey]);
  // One mask object per distinct pattern, so repeated layers are converted once by the coverage run.
  const masks = useMemo(() => {
    const made = new Map<MaskKind, Mask>();
    return kinds.map((kind) => {
      const known = made.get(kind);
      if (known) return known;
      const m = attentionMask(kind, n, { k, causal });
      made.set(kind, m);
      return m;
    });
  }, [kinds, n, k, causal]);

  const model = useMemo(() => {
    const target: CoverageTarget = masks.every(isCausalMask) ? 'past' : 'all';
    const byLayer = reachabilityByLayer(masks);
    const covers = byLayer.map((R) => coverage(R, { target }));
    const run = layersToFullCoverage(masks, { target });
    return { target, byLayer, covers, run };
  }, [masks]);
  const field = useMemo(() => receptiveField(masks, o, { edges: n <= EDGE_MAX_N }), [masks, o, n]);
  const strips = useMemo(() => model.byLayer.map((R) => R.data.subarray(o * n, (o + 1) * n)), [model, o, n]);

  const { target, byLayer, covers, run } = model;
  const rowTarget = target === 'past' ? o + 1 : n;
  const last = covers[covers.length - 1];
  const edgeTotal = field.edgeCounts.reduce((s, c) => s + c, 0);
  const drawEdges = n <= EDGE_MAX_N && edgeTotal <= EDGE_MAX;
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
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSlider name="layers" />
        <ParamSlider name="n" />
        <ParamSlider name="k" />
        <ParamToggle name="causal" />
      </div>
      <div className={styles.layerControls}>
        {LAYER_KEYS.slice(0, live.layers).map((key) => (
          <ParamSelect key={key} name={key} />
        ))}
      </div>
      <div className={styles.outputControl}>
        <ParamSlider name="out" max={live.n - 1} />
        {live.out > n - 1 ? (
          <p className={styles.note} role="status">
            Output {live.out} is past the last position; showing o = {o}.
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
            value={liveOut}
            valueText={
              liveOut === o ? `output ${o} reaches ${reachedBy(field)} of ${n} inputs` : `output ${liveOut}`
            }
            n={n}
            onSelect={select}
          >
            <ConePlot
              field={field}
              kinds={kinds}
              output={o}
              n={n}
              width={Math.max(280, width || 600)}
              drawEdges={drawEdges}
              onSelect={select}
            />
          </ConeDiagram>
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
              <div key={t}>
                <dt>
                  Output {o} after layer {t + 1}
                </dt>
                <dd data-testid={`reached-after-${t + 1}`}>
                  {formatInteger(c.perRow[o])} of {formatInteger(rowTarget)}
                </dd>
                <dd className={styles.strip}>
                  <Strip row={strips[t] as Uint8Array} layer={t + 1} output={o} />
                </dd>
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
          <ReachMatrix R={byLayer[byLayer.length - 1]} row={o} value={liveOut} onSelect={select} />
        </div>
      </div>
    </div>
  );
}
