'use client';

/**
 * The geometry widget's own marks, drawn over the plot's scales (plane coordinates): the guides of the
 * square or the triangle, the level sets, the mask outside the triangle and the draggable point.
 */
import { memo, useMemo } from 'react';
import { usePlot } from '@/components/plot';
import type { FieldGrid } from '@/lib/sparsity/geometry';
import { levelSet, SIMPLEX_HEIGHT } from '@/lib/sparsity/geometry';
import styles from './SparsityGeometry.module.css';

/** The simplex's corners e₁, e₂, e₃ in plane coordinates. */
export const TRIANGLE: readonly (readonly [number, number])[] = [
  [0, 0],
  [1, 0],
  [0.5, SIMPLEX_HEIGHT],
];

/** Plane → pixel positions of the enclosing plot. */
function usePixels() {
  const { x, y } = usePlot();
  return {
    px: (X: number) => (x as (v: number) => number)(X),
    py: (Y: number) => (y as (v: number) => number)(Y),
  };
}

/** An SVG path "M…L…" of level-set segments [xa, ya, xb, yb, …] mapped to pixels (one decimal). */
export function segmentsPath(
  segments: Float64Array,
  px: (X: number) => number,
  py: (Y: number) => number,
): string {
  let d = '';
  for (let t = 0; t + 3 < segments.length; t += 4) {
    d += `M${px(segments[t] as number).toFixed(1)},${py(segments[t + 1] as number).toFixed(1)}L${px(
      segments[t + 2] as number,
    ).toFixed(1)},${py(segments[t + 3] as number).toFixed(1)}`;
  }
  return d;
}

/**
 * The plot area's scales span the grid's cells, half a cell beyond its outer points, so that each pixel of
 * the shading sits on its grid point; the frame (the square [−1, 1]² or the triangle's box) then sits
 * `inset` pixels inside the plot's edges, and one plane unit is the same length across and up.
 */
export function fieldFrame(n: 2 | 3, size: number, grid: FieldGrid, inset: number) {
  const k = n === 2 ? (size - 2 * inset) / 2 : size - 2 * inset;
  const height = n === 2 ? size : Math.round(SIMPLEX_HEIGHT * k + 2 * inset + 6);
  const left = n === 2 ? -1 : 0;
  const top = n === 2 ? 1 : SIMPLEX_HEIGHT;
  const gx0 = grid.x0 - grid.dx / 2;
  const gx1 = grid.x0 + (grid.cols - 0.5) * grid.dx;
  const gy0 = grid.y0 - (grid.rows - 0.5) * grid.dy;
  const gy1 = grid.y0 + grid.dy / 2;
  return {
    width: size,
    height,
    x: { domain: [gx0, gx1] },
    y: { domain: [gy0, gy1] },
    margin: {
      left: inset + (gx0 - left) * k,
      right: size - inset - (gx1 - left) * k,
      top: inset + (top - gy1) * k,
      bottom: height - inset - (top - gy0) * k,
    },
  };
}

/** The square's frame, axes and diagonals, and where the sparse and dense vectors lie (n = 2). */
export const PlaneGuides = memo(function PlaneGuides() {
  const { px, py } = usePixels();
  return (
    <g>
      <rect x={px(-1)} y={py(1)} width={px(1) - px(-1)} height={py(-1) - py(1)} className={styles.frame} />
      <line x1={px(-1)} x2={px(1)} y1={py(0)} y2={py(0)} className={styles.axis} />
      <line x1={px(0)} x2={px(0)} y1={py(1)} y2={py(-1)} className={styles.axis} />
      <line x1={px(-1)} x2={px(1)} y1={py(-1)} y2={py(1)} className={styles.diagonal} />
      <line x1={px(-1)} x2={px(1)} y1={py(1)} y2={py(-1)} className={styles.diagonal} />
      <text x={px(1) - 4} y={py(0) - 5} textAnchor="end" className={styles.sparseLabel}>
        x₁ axis: sparse
      </text>
      <text x={px(0) + 5} y={py(1) + 12} className={styles.sparseLabel}>
        x₂ axis: sparse
      </text>
      <text
        x={px(0.5)}
        y={py(0.5) - 5}
        textAnchor="middle"
        className={styles.denseLabel}
        transform={`rotate(-45 ${px(0.5)} ${py(0.5)})`}
      >
        |x₁| = |x₂|: dense
      </text>
    </g>
  );
});

const trianglePath = (px: (X: number) => number, py: (Y: number) => number) =>
  `M${TRIANGLE.map(([X, Y]) => `${px(X)},${py(Y)}`).join('L')}Z`;

/** The triangle, its corners (the sparse one-hot vectors) and its centre (the dense one), n = 3. */
export const SimplexGuides = memo(function SimplexGuides() {
  const { px, py } = usePixels();
  return (
    <g>
      <path d={trianglePath(px, py)} className={styles.frame} />
      <text x={px(0) - 4} y={py(0) + 16} textAnchor="start" className={styles.sparseLabel}>
        (1, 0, 0) sparse
      </text>
      <text x={px(1) + 4} y={py(0) + 16} textAnchor="end" className={styles.sparseLabel}>
        (0, 1, 0) sparse
      </text>
      <text x={px(0.5)} y={py(SIMPLEX_HEIGHT) - 8} textAnchor="middle" className={styles.sparseLabel}>
        (0, 0, 1) sparse
      </text>
      <circle cx={px(0.5)} cy={py(SIMPLEX_HEIGHT / 3)} r={2.5} className={styles.centre} />
      <text x={px(0.5)} y={py(SIMPLEX_HEIGHT / 3) + 14} textAnchor="middle" className={styles.denseLabel}>
        (⅓, ⅓, ⅓) dense
      </text>
    </g>
  );
});

/**
 * Covers the plot outside the triangle with the page colour, so the shading shows the simplex only (the whole
 * plot, not just its inner area, so no sliver of the raster shows at its edges).
 */
export const OutsideTriangle = memo(function OutsideTriangle() {
  const { width, height } = usePlot();
  const { px, py } = usePixels();
  return (
    <path
      d={`M0,0H${width}V${height}H0Z${trianglePath(px, py)}`}
      fillRule="evenodd"
      className={styles.outside}
    />
  );
});

/** The triangle as a clip path, `<clipPath id="<plot id>-simplex">`, for the level sets. */
export const SimplexClip = memo(function SimplexClip() {
  const { id } = usePlot();
  const { px, py } = usePixels();
  return (
    <defs>
      <clipPath id={`${id}-simplex`}>
        <path d={trianglePath(px, py)} />
      </clipPath>
    </defs>
  );
});

/** The clip-path reference of {@link SimplexClip} when `simplex`, else none. */
function useClip(simplex: boolean): string | undefined {
  const { id } = usePlot();
  return simplex ? `url(#${id}-simplex)` : undefined;
}

/** One thin level set, traced in its own render (so a deferred redraw of all of them yields between sets). */
const LevelPath = memo(function LevelPath({ grid, level }: { grid: FieldGrid; level: number }) {
  const { px, py } = usePixels();
  const segments = useMemo(() => levelSet(grid, level), [grid, level]);
  return <path d={segmentsPath(segments, px, py)} className={styles.level} data-level={level} />;
});

/** Evenly spaced level sets, thin (they change with the measure, not with the point). */
export const LevelSets = memo(function LevelSets({
  grid,
  levels,
  simplex,
}: {
  grid: FieldGrid;
  levels: readonly number[];
  simplex: boolean;
}) {
  return (
    <g clipPath={useClip(simplex)}>
      {levels.map((level, i) => (
        <LevelPath key={i} grid={grid} level={level} />
      ))}
    </g>
  );
});

/** The level set through the point, bold; none when the field is constant. */
export const OwnLevel = memo(function OwnLevel({
  grid,
  level,
  constant,
  simplex,
}: {
  grid: FieldGrid;
  level: number;
  constant: boolean;
  simplex: boolean;
}) {
  const { px, py } = usePixels();
  const segments = useMemo(
    () => (constant ? new Float64Array(0) : levelSet(grid, level)),
    [grid, level, constant],
  );
  return (
    <path
      d={segmentsPath(segments, px, py)}
      clipPath={useClip(simplex)}
      className={styles.ownLevel}
      data-testid="own-level"
    />
  );
});

/** The current vector as a point with a halo that lights up while the figure has keyboard focus. */
export const Handle = memo(function Handle({ X, Y }: { X: number; Y: number }) {
  const { px, py } = usePixels();
  return (
    <g className={styles.handle}>
      <circle cx={px(X)} cy={py(Y)} r={14} className={styles.handleHalo} />
      <circle cx={px(X)} cy={py(Y)} r={6.5} className={styles.handleDot} />
    </g>
  );
});
