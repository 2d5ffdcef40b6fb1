/**
 * Geometry of a lattice picture (columns of candidate boxes joined by transition curves): pure, so it is
 * tested in Node. Shared by the ocr-two-chars, viterbi-stepper and smoothing-lab widgets.
 */

/** Sizes of a lattice picture, in CSS pixels. */
export interface LatticeGeometry {
  nodeWidth: number;
  nodeHeight: number;
  /** Horizontal distance between the left edges of neighbouring columns. */
  columnStep: number;
  /** Vertical gap between boxes of one column. */
  rowGap: number;
  /** Margin around everything; the top margin also holds the column headings. */
  pad: number;
  header: number;
}

export const DEFAULT_GEOMETRY: LatticeGeometry = {
  nodeWidth: 76,
  nodeHeight: 50,
  columnStep: 132,
  rowGap: 14,
  pad: 8,
  header: 22,
};

/** Where each candidate box sits: top-left corners by column and candidate, and the picture's size. */
export interface LatticeLayout {
  width: number;
  height: number;
  /** x of column i's boxes (left edge). */
  x: number[];
  /** y of box j in column i (top edge); each column is centred vertically. */
  y: number[][];
  geometry: LatticeGeometry;
}

/**
 * Lays out columns of `sizes[i]` boxes: column i at x = pad + i·columnStep, its boxes stacked with `rowGap`
 * and centred on the tallest column. An empty `sizes` gives a picture of just the margins.
 *
 * @example latticeLayout([2, 3]).y[0] // two boxes centred against three
 */
export function latticeLayout(
  sizes: readonly number[],
  geometry: LatticeGeometry = DEFAULT_GEOMETRY,
): LatticeLayout {
  const { nodeWidth, nodeHeight, columnStep, rowGap, pad, header } = geometry;
  const tallest = Math.max(0, ...sizes);
  const columnHeight = (k: number) => (k > 0 ? k * nodeHeight + (k - 1) * rowGap : 0);
  const inner = columnHeight(tallest);
  const x = sizes.map((_, i) => pad + i * columnStep);
  const y = sizes.map((k) => {
    const top = pad + header + (inner - columnHeight(k)) / 2;
    return Array.from({ length: k }, (_, j) => top + j * (nodeHeight + rowGap));
  });
  const width = sizes.length > 0 ? 2 * pad + (sizes.length - 1) * columnStep + nodeWidth : 2 * pad;
  return { width, height: 2 * pad + header + inner, x, y, geometry };
}

/**
 * The path string of a transition from box (i, a) to box (i + 1, b): a horizontal cubic from the right
 * middle of the first box to the left middle of the second, control points halfway across.
 */
export function edgePath(layout: LatticeLayout, i: number, a: number, b: number): string {
  const { nodeWidth, nodeHeight } = layout.geometry;
  const x1 = layout.x[i] + nodeWidth;
  const y1 = layout.y[i][a] + nodeHeight / 2;
  const x2 = layout.x[i + 1];
  const y2 = layout.y[i + 1][b] + nodeHeight / 2;
  const mx = (x1 + x2) / 2;
  return `M${x1},${y1}C${mx},${y1} ${mx},${y2} ${x2},${y2}`;
}

/**
 * Stroke width for a transition probability p: √(p / pMax) of `maxWidth` (area-like, so small probabilities
 * stay visible), at least `minWidth` for p > 0; 0 for p = 0, NaN or a non-positive pMax.
 */
export function edgeWidth(p: number, pMax: number, maxWidth = 9, minWidth = 0.75): number {
  if (!(p > 0) || !(pMax > 0)) return 0;
  return Math.max(minWidth, Math.sqrt(Math.min(1, p / pMax)) * maxWidth);
}
