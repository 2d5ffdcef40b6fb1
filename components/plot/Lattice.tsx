'use client';

/**
 * Marks for a lattice (a layered graph): columns of candidate states drawn as boxes with a label and a small
 * number, weighted edges between neighbouring columns (wider = heavier, dashed = impossible), and a path or
 * backpointers highlighted by state. What a Viterbi decoder shows, whatever its states are (characters of an
 * OCR reading, tags of a sequence labeller). Positions come from the enclosing plot's scales as laid out by
 * {@link latticeFrame}; `LatticePlot` is the whole picture at its natural size, scrolling sideways inside its
 * own box when it is wider than the page.
 */
import { memo, type ReactNode, useMemo } from 'react';
import styles from './lattice.module.css';
import {
  DEFAULT_LATTICE_GEOMETRY,
  edgePath,
  type LatticeGeometry,
  latticeFrame,
  latticeRow,
} from './latticeLayout';
import { Plot, usePlot } from './Plot';
import { position } from './scales';

/** How a candidate box is drawn: not yet reached, the newest, on the best path, unreachable, or plain. */
export type LatticeNodeState = 'idle' | 'pending' | 'active' | 'best' | 'dead';
/** How an edge is drawn: ordinary, impossible (dashed), on the best path, a backpointer, or faint. */
export type LatticeEdgeState = 'normal' | 'zero' | 'best' | 'back' | 'faint';

/** One candidate box: its label, a number under it, and how to draw it. */
export interface LatticeNode {
  label: string;
  sub?: string;
  state?: LatticeNodeState;
  /** Tooltip and accessible text. */
  title?: string;
}

/** An edge from candidate `from` of column `col` to candidate `to` of column `col + 1`. */
export interface LatticeEdge {
  col: number;
  from: number;
  to: number;
  /** Stroke width in px (see edgeWidth); 0 draws a thin dashed line. */
  width: number;
  state?: LatticeEdgeState;
  title?: string;
}

const EDGE_ORDER: Record<LatticeEdgeState, number> = { zero: 0, faint: 1, normal: 2, back: 3, best: 4 };

/** The pixel centre of candidate j of column t (in a column of `size`). */
function useCentre() {
  const { x, y } = usePlot();
  return (t: number, j: number, size: number) => [position(x, t), position(y, latticeRow(j, size))] as const;
}

/**
 * The edges, heavier states on top; each path carries `data-edge="col-from-to"` and `data-state`. `sizes` are
 * the column sizes (to centre each column), `nodeWidth` where the edges leave and enter the boxes.
 */
export const LatticeEdges = memo(function LatticeEdges({
  sizes,
  edges,
  nodeWidth,
}: {
  sizes: readonly number[];
  edges: readonly LatticeEdge[];
  nodeWidth: number;
}) {
  const centre = useCentre();
  const sorted = useMemo(
    () => [...edges].sort((a, b) => EDGE_ORDER[a.state ?? 'normal'] - EDGE_ORDER[b.state ?? 'normal']),
    [edges],
  );
  return (
    <g fill="none">
      {sorted.map((e) => {
        const state = e.state ?? 'normal';
        const [x1, y1] = centre(e.col, e.from, sizes[e.col] ?? 0);
        const [x2, y2] = centre(e.col + 1, e.to, sizes[e.col + 1] ?? 0);
        const id = `${e.col}-${e.from}-${e.to}`;
        return (
          <path
            key={id}
            d={edgePath(x1 + nodeWidth / 2, y1, x2 - nodeWidth / 2, y2)}
            className={`${styles.edge} ${styles[`edge-${state}`]}`}
            strokeWidth={e.width > 0 ? e.width : 1}
            strokeDasharray={e.width > 0 ? undefined : '3 3'}
            data-edge={id}
            data-state={state}
          >
            {e.title ? <title>{e.title}</title> : null}
          </path>
        );
      })}
    </g>
  );
});

/** The candidate boxes, column by column; each carries `data-node="t-j"` and `data-state`. */
export const LatticeNodes = memo(function LatticeNodes({
  columns,
  nodeWidth: w,
  nodeHeight: h,
}: {
  columns: readonly (readonly LatticeNode[])[];
  nodeWidth: number;
  nodeHeight: number;
}) {
  const centre = useCentre();
  return (
    <g>
      {columns.map((col, t) =>
        col.map((node, j) => {
          const state = node.state ?? 'idle';
          const [cx, cy] = centre(t, j, col.length);
          const top = cy - h / 2;
          return (
            <g
              key={`${t}-${j}`}
              className={`${styles.node} ${styles[`node-${state}`]}`}
              data-node={`${t}-${j}`}
              data-state={state}
            >
              {node.title ? <title>{node.title}</title> : null}
              <rect x={cx - w / 2} y={top} width={w} height={h} rx={6} />
              <text className={styles.label} x={cx} y={top + (node.sub ? h * 0.46 : h * 0.62)}>
                {node.label}
              </text>
              {node.sub ? (
                <text className={styles.sub} x={cx} y={top + h * 0.82}>
                  {node.sub}
                </text>
              ) : null}
            </g>
          );
        }),
      )}
    </g>
  );
});

/** A heading above each column (in the frame's top margin). */
export const LatticeHeadings = memo(function LatticeHeadings({ headings }: { headings: readonly string[] }) {
  const { x, margin } = usePlot();
  return (
    <g className={styles.heading}>
      {headings.map((text, t) => (
        <text key={t} x={position(x, t)} y={margin.top - 10}>
          {text}
        </text>
      ))}
    </g>
  );
});

export interface LatticePlotProps {
  columns: readonly (readonly LatticeNode[])[];
  edges: readonly LatticeEdge[];
  headings?: readonly string[];
  /** Accessible name of the picture. */
  label: string;
  geometry?: LatticeGeometry;
  testId?: string;
  exportView?: boolean;
  /** Children drawn on top (extra marks in the same frame). */
  children?: ReactNode;
}

/**
 * A lattice at its natural pixel size ({@link latticeFrame}), scrolling sideways inside its own box when it
 * is wider than its container. Pass memoised `columns` and `edges`: each mark repaints only when its own
 * data changes.
 */
export function LatticePlot({
  columns,
  edges,
  headings,
  label,
  geometry = DEFAULT_LATTICE_GEOMETRY,
  testId,
  exportView,
  children,
}: LatticePlotProps) {
  const sizesKey = columns.map((c) => c.length).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the sizes are compared by value (their key).
  const sizes = useMemo(() => columns.map((c) => c.length), [sizesKey]);
  const frame = useMemo(() => latticeFrame(sizes, geometry), [sizes, geometry]);
  return (
    <div className={styles.scroll} data-scroll-box={label}>
      <Plot
        label={label}
        x={frame.x}
        y={frame.y}
        width={frame.width}
        height={frame.height}
        margin={frame.margin}
        testId={testId}
        exportView={exportView}
      >
        {headings ? <LatticeHeadings headings={headings} /> : null}
        <LatticeEdges sizes={sizes} edges={edges} nodeWidth={geometry.nodeWidth} />
        <LatticeNodes columns={columns} nodeWidth={geometry.nodeWidth} nodeHeight={geometry.nodeHeight} />
        {children}
      </Plot>
    </div>
  );
}
