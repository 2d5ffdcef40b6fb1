'use client';

import {
  Fragment,
  memo,
  useCallback,
  useEffect,
  useId,
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
  useParamSpec,
} from '@/components/controls';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import { ParamNotice } from '@/components/figure/Notice';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetStore, useWidgetStoreApi } from '@/components/figure/store';
import {
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
import { formatInteger, formatNumber } from '@/lib/format';
import { type Matrix, maxAbs, toRows } from '@/lib/linalg';
import {
  blockDiagonalMatrix,
  type MonarchCell,
  monarchBlock,
  monarchEntryPath,
  monarchMatrix,
  monarchParameterCount,
  monarchPermutation,
  permutationMatrix,
} from '@/lib/monarch';
import { roundTo } from '@/lib/parse/number';
import { type Factor, moveCell, resolveFactors } from './inputs';
import styles from './MonarchFactors.module.css';
import { BLOCK_DIGITS, type monarchFactorsParams } from './params';
import { VectorSteps } from './VectorSteps';

type P = ParamValues<typeof monarchFactorsParams>;

/**
 * Up to this many cells M's heatmap is SVG (m ≤ 4), each cell carrying its value; above it, and for the four
 * factors at every m, one raster canvas: at m = 4 the factors' 1,024 SVG cells took most of a redraw.
 */
const SVG_CELLS = 256;
/** The width an operator (·, =) takes between two panels. */
const OP_W = 18;
const SUB = '₀₁₂₃₄₅₆₇₈₉';
const sub = (k: number) => String(k).replace(/\d/g, (d) => SUB[Number(d)] as string);
const fmt = (v: number) => formatNumber(v, { digits: 4 });
/** A factor in a product: negatives in parentheses, l × (−r). */
const fmtFactor = (v: number) => (v < 0 ? `(${fmt(v)})` : fmt(v));
const fmtLegend = (v: number) => formatNumber(v, { digits: 2 });

/** A run of cells of a panel: columns x1…x2, rows y1…y2. */
interface Strip {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}
const NO_STRIPS: readonly Strip[] = [];
const cellData = (v: number, i: number, j: number) => ({ 'data-cell': `${i}-${j}`, 'data-value': String(v) });

/** An outlined cell, with a halo in the page colour so it shows on dark and light cells alike. */
function CellOutline({ cell, testId }: { cell: MonarchCell; testId?: string }) {
  return (
    <>
      <Rect x1={cell[1]} y1={cell[0]} stroke="var(--bg)" strokeWidth={4} />
      <Rect x1={cell[1]} y1={cell[0]} stroke="var(--fg)" strokeWidth={2} testId={testId} />
    </>
  );
}

/**
 * One term of the equation P · L · P · R = M: an n × n heatmap of `size` px with the cell on the selected
 * entry's path outlined (and, for L and R, the block it lies in dashed).
 */
const FactorPanel = memo(function FactorPanel({
  name,
  label,
  matrix,
  size,
  color,
  cell,
  block,
  strips,
  onCell,
  dataCells,
  testId,
  exportView,
}: {
  name: string;
  label: string;
  matrix: Matrix;
  size: number;
  color: ColorScale;
  cell: MonarchCell;
  /** First row (= column) and side of a diagonal block to dash around. */
  block?: { start: number; side: number };
  /** Runs of cells (inclusive row and column ranges) outlined as the selected entry's rank-1 slice. */
  strips: readonly Strip[];
  onCell?: (c: Cell | null) => void;
  /** Give each SVG cell its index and value as data attributes (M only: a thousand fewer per redraw). */
  dataCells?: boolean;
  testId: string;
  exportView?: boolean;
}) {
  const n = matrix.rows;
  const band = useMemo(
    () => ({ type: 'band' as const, domain: Array.from({ length: n }, (_, k) => k), padding: 0 }),
    [n],
  );
  return (
    <div className={styles.panel} data-testid={testId}>
      <span className={styles.panelName}>{name}</span>
      <Plot
        label={label}
        x={band}
        y={band}
        width={size}
        height={size}
        margin={{ top: 2, right: 2, bottom: 2, left: 2 }}
        exportView={exportView}
      >
        <Heatmap
          values={matrix.data}
          rows={n}
          cols={n}
          color={color}
          svgLimit={dataCells ? SVG_CELLS : 0}
          cellAttrs={dataCells ? cellData : undefined}
          onCell={onCell}
        />
        {block ? (
          <Rect
            x1={block.start}
            x2={block.start + block.side - 1}
            y1={block.start}
            y2={block.start + block.side - 1}
            stroke="var(--fg-muted)"
            dash="3 2"
          />
        ) : null}
        {strips.map((r, k) => (
          <Rect key={k} x1={r.x1} x2={r.x2} y1={r.y1} y2={r.y2} stroke="var(--accent)" strokeWidth={1.5} />
        ))}
        <CellOutline cell={cell} testId={`${testId}-mark`} />
      </Plot>
    </div>
  );
});

/**
 * A Monarch matrix built factor by factor: the heatmaps of P, L, P, R and their product M, the one entry of
 * L and of R behind any entry of M, an editable block, a vector stepped through the four factors, and the
 * parameter count 2m³ against n².
 */
export default function MonarchFactors() {
  const [params, live] = useDeferredWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const { m, seed, edit } = params;
  const factor = params.factor as Factor;
  const n = m * m;
  const theme = usePlotTheme();
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(boxRef);
  const [picked, setPicked] = useState<MonarchCell | null>(null);
  const [editNote, setEditNote] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState('');
  const [editing, setEditing] = useState(false);
  const editSpec = useParamSpec('edit', ['matrix']);
  const entryId = useId();

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each reset of the store.
  useEffect(() => {
    setPicked(null);
    setEditNote(null);
  }, [generation]);

  // An edit belongs to the block it was made in: a new m, factor or block drops it (a new seed keeps it,
  // redrawing every other block), before the frame is painted.
  const before = useRef(live);
  useLayoutEffect(() => {
    const prev = before.current;
    before.current = live;
    // A smaller m keeps the chosen block in range (a URL's block out of range gets a notice instead).
    if (live.m !== prev.m && live.block > live.m - 1) store.getState().setParams({ block: live.m - 1 });
    if (prev.edit.length === 0 || prev.edit !== live.edit) return;
    const moved = live.m !== prev.m || live.factor !== prev.factor || live.block !== prev.block;
    if (!moved) return;
    store.getState().setParams({ edit: [] });
    setEditNote(
      `The edit of ${prev.factor} block ${Math.min(prev.block, prev.m - 1)} was dropped: it belongs to that block${
        live.m !== prev.m ? ` of m = ${prev.m}` : ''
      }.`,
    );
  }, [live, store]);

  const factors = useMemo(
    () => resolveFactors(m, seed, factor, params.block, edit),
    [m, seed, factor, params.block, edit],
  );
  const { L, R } = factors;
  const P = useMemo(() => permutationMatrix(monarchPermutation(m)), [m]);
  const Ld = useMemo(() => blockDiagonalMatrix(m, m, L), [m, L]);
  const Rd = useMemo(() => blockDiagonalMatrix(m, m, R), [m, R]);
  const M = useMemo(() => monarchMatrix(L, R), [L, R]);
  const factorMax = Math.max(maxAbs(Ld), maxAbs(Rd));
  const productMax = maxAbs(M);
  const factorColor = useMemo(() => divergingColor(factorMax, theme), [factorMax, theme]);
  const productColor = useMemo(() => divergingColor(productMax, theme), [productMax, theme]);

  const fallback = useMemo<MonarchCell>(() => [Math.min(n - 1, m + 1), 2], [n, m]);
  const sel: MonarchCell = picked && picked[0] < n && picked[1] < n ? picked : fallback;
  const path = useMemo(() => monarchEntryPath(m, sel[0], sel[1]), [m, sel[0], sel[1]]);
  const onCell = useCallback((c: Cell | null) => {
    if (c) setPicked([c.i, c.j]);
  }, []);

  const blockRows = useMemo(() => monarchBlock(factors[factor], m, factors.block), [factors, factor, m]);
  const onEdit = useCallback(
    (rows: number[][]) => {
      setEditNote(null);
      const digits = editSpec.digits ?? BLOCK_DIGITS;
      store.getState().setParams({ edit: rows.map((r) => r.map((v) => roundTo(v, digits))) });
    },
    [store, editSpec.digits],
  );

  // Equal panels, five to a row where they fit and three on a phone (the row wraps at an operator).
  const perRow = width >= 600 ? 5 : 3;
  const size = Math.max(60, Math.min(200, Math.floor((width - (perRow - 1) * OP_W - 4) / perRow)));
  const count = monarchParameterCount(m);
  const dense = n * n;

  useExportData(() => ({
    name: `monarch-M-m${m}-seed${seed}${factors.edited ? `-edited-${factor}${factors.block}` : ''}`,
    rows: toRows(M),
    meta: {
      m,
      n,
      seed,
      edited: factors.edited ? { factor, block: factors.block, rows: edit } : null,
      L: Array.from(L),
      R: Array.from(R),
      parameters: count,
      denseParameters: dense,
      convention: 'M = P·L·P·R; block b of L or R at b·m² + i·m + j',
    },
  }));

  const lv = L[path.lIndex] as number;
  const rv = R[path.rIndex] as number;
  const mv = M.data[sel[0] * n + sel[1]] as number;
  const entryText = `M(${sel[0]}, ${sel[1]}) = L${sub(path.i)}(${path.a}, ${path.b}) × R${sub(path.b)}(${path.i}, ${path.j}) = ${fmt(lv)} × ${fmtFactor(rv)} = ${fmt(mv)}`;
  const noticeKey = factors.notices.join('\n');
  const lBlock = useMemo(() => ({ start: path.i * m, side: m }), [path.i, m]);
  const rBlock = useMemo(() => ({ start: path.b * m, side: m }), [path.b, m]);
  // The slice (i, b) of M, rows i, m + i, … and columns b·m … b·m + m − 1, is column b of L's block i times
  // row i of R's block b: outline all three.
  const { i: si, b: sb } = path;
  const strips = useMemo(() => {
    const last = m - 1;
    return {
      L: [{ x1: si * m + sb, x2: si * m + sb, y1: si * m, y2: si * m + last }],
      R: [{ x1: sb * m, x2: sb * m + last, y1: sb * m + si, y2: sb * m + si }],
      M: Array.from({ length: m }, (_, a) => ({
        x1: sb * m,
        x2: sb * m + last,
        y1: a * m + si,
        y2: a * m + si,
      })),
    };
  }, [m, si, sb]);

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSlider name="m" />
        <ParamSeed button="Randomise" />
      </div>
      <ParamNotice
        notices={noticeKey === dismissed ? [] : factors.notices}
        onDismiss={() => setDismissed(noticeKey)}
      />

      <Readout
        label="Parameter count"
        items={[
          { label: 'n = m²', value: formatInteger(n), testId: 'n' },
          { label: 'Monarch 2m³', value: formatInteger(count), testId: 'params-monarch' },
          { label: 'Dense n²', value: formatInteger(dense), testId: 'params-dense' },
          {
            label: 'n² / 2m³',
            value: `${formatNumber(dense / count, { digits: 3 })}× fewer`,
            testId: 'params-ratio',
          },
        ]}
      />

      <div className={styles.equation} ref={boxRef}>
        {[
          {
            name: 'P',
            label: `P: the ${n}×${n} stride permutation (one 1 per row)`,
            matrix: P,
            cell: path.left,
            strips: NO_STRIPS,
            testId: 'panel-P1',
          },
          {
            name: 'L',
            label: `L: ${m} diagonal blocks of ${m}×${m}`,
            matrix: Ld,
            cell: path.l,
            block: lBlock,
            strips: strips.L,
            testId: 'panel-L',
          },
          {
            name: 'P',
            label: 'P again: P·P = I',
            matrix: P,
            cell: path.middle,
            strips: NO_STRIPS,
            testId: 'panel-P2',
          },
          {
            name: 'R',
            label: `R: ${m} diagonal blocks of ${m}×${m}`,
            matrix: Rd,
            cell: path.r,
            block: rBlock,
            strips: strips.R,
            testId: 'panel-R',
          },
        ].map((panel, k) => (
          <Fragment key={panel.testId}>
            {k > 0 ? (
              <span className={styles.op} aria-hidden="true">
                ·
              </span>
            ) : null}
            <FactorPanel {...panel} size={size} color={factorColor} />
          </Fragment>
        ))}
        <span className={styles.op} aria-hidden="true">
          =
        </span>
        <div
          className={styles.pick}
          tabIndex={0}
          role="slider"
          aria-label={`Entry of M (${n}×${n}): arrow keys move it by a row or column, Page Up/Down by a block, Home/End to the row's ends`}
          aria-valuemin={0}
          aria-valuemax={n * n - 1}
          aria-valuenow={sel[0] * n + sel[1]}
          aria-valuetext={entryText}
          aria-describedby={entryId}
          data-testid="pick-M"
          onKeyDown={(e) => {
            const next = moveCell(e.key, sel, n, m);
            if (!next) return;
            e.preventDefault();
            setPicked(next);
          }}
        >
          <FactorPanel
            name="M"
            label={`M = P·L·P·R, ${n}×${n}, dense`}
            matrix={M}
            size={size}
            color={productColor}
            cell={sel}
            strips={strips.M}
            onCell={onCell}
            dataCells
            testId="panel-M"
            exportView
          />
        </div>
      </div>
      <div className={styles.legends}>
        <RampLegend
          color={factorColor}
          lo={-factorMax}
          hi={factorMax}
          caption="P, L, R entries"
          labels={[fmtLegend(-factorMax), '0', fmtLegend(factorMax)]}
        />
        <RampLegend
          color={productColor}
          lo={-productMax}
          hi={productMax}
          caption="M entries"
          labels={[fmtLegend(-productMax), '0', fmtLegend(productMax)]}
        />
      </div>
      <p className={styles.entry} id={entryId} aria-live="polite" data-testid="entry">
        {entryText}
      </p>
      <p className={styles.hint}>
        Hover M, or focus it and use the arrow keys: entry (a·m + i, b·m + j) is the single product of row a,
        column b of L’s block i and row i, column j of R’s block b (black outlines; blocks dashed); the two
        P’s only route it there. Its slice, the m×m entries in rows i, m + i, … of column block b (blue), is
        column b of L’s block i times row i of R’s block b: a rank-1 matrix.
      </p>

      <details className={styles.edit} onToggle={(e) => setEditing(e.currentTarget.open)}>
        <summary>
          Edit a block{' '}
          <span className={styles.hint} data-testid="edit-status">
            {factors.edited
              ? `(${factor} block ${factors.block} edited)`
              : `(every block drawn from seed ${seed})`}
          </span>
        </summary>
        {editing ? (
          <div className={styles.editBody}>
            <div className={styles.controls}>
              <ParamSelect name="factor" />
              <ParamSlider name="block" max={live.m - 1} />
            </div>
            <MatrixEditor
              label={`${factor} block ${factors.block}${factors.edited ? ' (edited)' : ''}`}
              value={blockRows}
              onChange={onEdit}
              min={editSpec.min}
              max={editSpec.max}
              digits={editSpec.digits}
              allowResize={false}
            />
            <p className={styles.hint}>
              Type into a cell and press Enter: M changes at once, and the edit stays in the link. A new seed
              redraws the other blocks; a new m, factor or block drops the edit.
            </p>
            <Button
              size="sm"
              disabled={live.edit.length === 0}
              onClick={() => {
                store.getState().setParams({ edit: [] });
                setEditNote(null);
              }}
            >
              Use the seeded block
            </Button>
          </div>
        ) : null}
      </details>
      {editNote ? (
        <p className={styles.hint} role="status">
          {editNote}
        </p>
      ) : null}

      <VectorSteps m={m} L={L} R={R} />
    </div>
  );
}
