/**
 * Geometry of a lattice picture (a layered graph: columns of candidate states, weighted edges between
 * neighbouring columns, a highlighted path), as a plot frame: the picture's natural size, its margins, and x/y
 * scale specs in which column t sits at x = t and candidate j of a column of k sits at y = j − (k − 1)/2, so
 * every column is centred on the tallest. Pure: tested in Node. The marks are in Lattice.tsx.
 */
import type { Margin } from './Plot';
import type { ScaleSpec } from './scales';

/** Sizes of a lattice picture, in CSS pixels. */
export interface LatticeGeometry {
  nodeWidth: number;
  nodeHeight: number;
  /** Horizontal distance between the left edges of neighbouring columns. */
  columnStep: number;
  /** Vertical gap between the boxes of one column. */
  rowGap: number;
  /** Margin around everything. */
  pad: number;
  /** Room above the boxes for the column headings. */
  header: number;
}

export const DEFAULT_LATTICE_GEOMETRY: LatticeGeometry = {
  nodeWidth: 76,
  nodeHeight: 50,
  columnStep: 132,
  rowGap: 14,
  pad: 8,
  header: 22,
};

/** The frame of a lattice picture: its natural size, margins and scales (data units: columns and rows). */
export interface LatticeFrame {
  width: number;
  height: number;
  margin: Margin;
  x: ScaleSpec;
  y: ScaleSpec;
}

/**
 * The frame of a lattice with columns of `sizes[t]` candidates: width 2·pad + (n − 1)·columnStep + nodeWidth,
 * height 2·pad + header + L·nodeHeight + (L − 1)·rowGap for the tallest column L; the x domain runs from the
 * left edge of column 0's boxes to the right edge of the last column's, the y domain (downwards) from the top
 * edge of the tallest column's first box to the bottom of its last. An empty lattice is just the margins.
 *
 * @example latticeFrame([2, 3]).height; // 2·8 + 22 + 3·50 + 2·14 = 216
 */
export function latticeFrame(
  sizes: readonly number[],
  geometry: LatticeGeometry = DEFAULT_LATTICE_GEOMETRY,
): LatticeFrame {
  const { nodeWidth, nodeHeight, columnStep, rowGap, pad, header } = geometry;
  const n = sizes.length;
  const tallest = Math.max(0, ...sizes);
  // Half a box, in columns and in rows: the domains reach the boxes' outer edges.
  const halfW = nodeWidth / 2 / columnStep;
  const halfH = nodeHeight / 2 / (nodeHeight + rowGap);
  const innerHeight = tallest > 0 ? tallest * nodeHeight + (tallest - 1) * rowGap : 0;
  const top = -(Math.max(1, tallest) - 1) / 2 - halfH;
  return {
    width: n > 0 ? 2 * pad + (n - 1) * columnStep + nodeWidth : 2 * pad,
    height: 2 * pad + header + innerHeight,
    margin: { top: pad + header, right: pad, bottom: pad, left: pad },
    x: { domain: [-halfW, Math.max(0, n - 1) + halfW] },
    y: { domain: [top, -top], reverse: true },
  };
}

/**
 * The row of candidate j in a column of k: j − (k − 1)/2, so a column's boxes are centred on row 0.
 *
 * @example latticeRow(0, 2); // −0.5
 */
export function latticeRow(j: number, k: number): number {
  return j - (k - 1) / 2;
}

/**
 * The path of an edge from (x1, y1) to (x2, y2): a horizontal cubic with both control points halfway across,
 * so edges leave and enter the boxes level.
 *
 * @example edgePath(0, 0, 10, 4); // 'M0,0C5,0 5,4 10,4'
 */
export function edgePath(x1: number, y1: number, x2: number, y2: number): string {
  const mx = (x1 + x2) / 2;
  return `M${x1},${y1}C${mx},${y1} ${mx},${y2} ${x2},${y2}`;
}

/**
 * Stroke width for an edge of weight p (a transition probability): √(p / pMax) of `maxWidth` (area-like, so
 * small weights stay visible), at least `minWidth` for p > 0; 0 for p = 0, NaN or a non-positive pMax.
 *
 * @example edgeWidth(0.25, 1, 8); // 4
 */
export function edgeWidth(p: number, pMax: number, maxWidth = 9, minWidth = 0.75): number {
  if (!(p > 0) || !(pMax > 0)) return 0;
  return Math.max(minWidth, Math.sqrt(Math.min(1, p / pMax)) * maxWidth);
}
