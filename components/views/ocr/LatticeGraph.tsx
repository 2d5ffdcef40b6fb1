'use client';

import { cx } from '@/components/controls/util';
import { DEFAULT_GEOMETRY, edgePath, type LatticeGeometry, latticeLayout } from './layout';
import styles from './ocrLattice.module.css';

/** How a candidate box is drawn. */
export type NodeState = 'idle' | 'pending' | 'active' | 'best' | 'dead';
/** How a transition is drawn: ordinary, impossible (probability 0, dashed), on the best path, a backpointer, or faint. */
export type EdgeState = 'normal' | 'zero' | 'best' | 'back' | 'faint';

/** One candidate box: the character, a number under it, and how to draw it. */
export interface GraphNode {
  token: string;
  sub?: string;
  state?: NodeState;
  title?: string;
}

/** One transition between column `col` (candidate `from`) and column `col + 1` (candidate `to`). */
export interface GraphEdge {
  col: number;
  from: number;
  to: number;
  /** Stroke width in px (see edgeWidth); 0 draws a thin dashed line. */
  width: number;
  state?: EdgeState;
  title?: string;
}

/** Props of {@link LatticeGraph}. */
export interface LatticeGraphProps {
  columns: readonly (readonly GraphNode[])[];
  edges: readonly GraphEdge[];
  headings?: readonly string[];
  /** Accessible description of the picture. */
  label: string;
  geometry?: LatticeGeometry;
  testId?: string;
  exportView?: boolean;
}

const order: Record<EdgeState, number> = { zero: 0, faint: 1, normal: 2, back: 3, best: 4 };

/**
 * A lattice of OCR candidates: one column of boxes per character position, curves for the transitions
 * (wider = likelier), the best path or the backpointers highlighted. Natural pixel size; wide lattices
 * scroll inside their own box. Boxes carry `data-node="i-j"` and `data-state` for tests.
 */
export function LatticeGraph({
  columns,
  edges,
  headings,
  label,
  geometry = DEFAULT_GEOMETRY,
  testId,
  exportView,
}: LatticeGraphProps) {
  const layout = latticeLayout(
    columns.map((c) => c.length),
    geometry,
  );
  const { nodeWidth: w, nodeHeight: h, pad } = geometry;
  const sorted = [...edges].sort((a, b) => order[a.state ?? 'normal'] - order[b.state ?? 'normal']);
  return (
    <div className={styles.scroll}>
      <svg
        className={styles.graph}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={label}
        data-testid={testId}
        data-export={exportView ? '' : undefined}
      >
        {headings?.map((t, i) => (
          <text key={i} className={styles.heading} x={layout.x[i] + w / 2} y={pad + 12} textAnchor="middle">
            {t}
          </text>
        ))}
        <g fill="none">
          {sorted.map((e) => {
            const state = e.state ?? 'normal';
            return (
              <path
                key={`${e.col}-${e.from}-${e.to}`}
                d={edgePath(layout, e.col, e.from, e.to)}
                className={cx(styles.edge, styles[`edge-${state}`])}
                strokeWidth={e.width > 0 ? e.width : 1}
                strokeDasharray={e.width > 0 ? undefined : '3 3'}
                data-edge={`${e.col}-${e.from}-${e.to}`}
                data-state={state}
              >
                {e.title ? <title>{e.title}</title> : null}
              </path>
            );
          })}
        </g>
        {columns.map((col, i) =>
          col.map((node, j) => {
            const state = node.state ?? 'idle';
            const x = layout.x[i];
            const y = layout.y[i][j];
            return (
              <g
                key={`${i}-${j}`}
                className={cx(styles.node, styles[`node-${state}`])}
                data-node={`${i}-${j}`}
                data-state={state}
              >
                {node.title ? <title>{node.title}</title> : null}
                <rect x={x} y={y} width={w} height={h} rx={6} />
                <text className={styles.token} x={x + w / 2} y={y + (node.sub ? h * 0.46 : h * 0.62)}>
                  {node.token}
                </text>
                {node.sub ? (
                  <text className={styles.sub} x={x + w / 2} y={y + h * 0.82}>
                    {node.sub}
                  </text>
                ) : null}
              </g>
            );
          }),
        )}
      </svg>
    </div>
  );
}
