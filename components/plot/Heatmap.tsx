'use client';

/**
 * A grid of values as coloured cells, filling the plot's inner area (or its band scales' bands). Small grids
 * are SVG rects (crisp, with optional text and hatched masked cells); above `svgLimit` cells it paints one
 * canvas through the kit's raster painter, in the plot's raster layer. Pointer moves and clicks report the
 * cell under the pointer either way.
 */
import { memo, type ReactNode, useLayoutEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { type ColorScale, textOn } from './color';
import { usePlot } from './Plot';
import styles from './plot.module.css';
import { paintRaster } from './raster';
import { isBand, type PlotScale } from './scales';
import { usePlotTheme } from './theme';

export interface Cell {
  i: number;
  j: number;
}

export interface HeatmapProps {
  /** Row-major values: cell (i, j) is values[i·cols + j]. */
  values: ArrayLike<number>;
  rows: number;
  cols: number;
  color: ColorScale;
  /** Cells left out of the computation (masked): hatched instead of coloured. */
  masked?: (i: number, j: number) => boolean;
  /** Text written in each cell when cells are at least `textMin` pixels (and the grid is SVG). */
  cellText?: (value: number, i: number, j: number) => string;
  textMin?: number;
  /** Gap between SVG cells in pixels (default: 1 while cells are ≥ 8 px, else 0). */
  gap?: number;
  /** Above this many cells the grid is one canvas (default 4096). */
  svgLimit?: number;
  /** Smooth the canvas between cells (a sampled continuous field) instead of crisp blocks. */
  smooth?: boolean;
  /** Data attributes per SVG cell (for tests). */
  cellAttrs?: (value: number, i: number, j: number) => Record<string, string | number | boolean | undefined>;
  onCell?: (cell: Cell | null) => void;
  onCellClick?: (cell: Cell) => void;
  testId?: string;
}

/** The pixel edges of n equal cells over [a, b], or of a band scale's bands. */
function edges(
  scale: PlotScale,
  n: number,
  a: number,
  b: number,
): { start: (k: number) => number; size: number } {
  if (isBand(scale) && scale.domain().length === n) {
    const domain = scale.domain();
    return { start: (k) => scale(domain[k]) ?? Number.NaN, size: scale.step() };
  }
  const size = (b - a) / Math.max(1, n);
  return { start: (k) => a + k * size, size };
}

function RasterCanvas({
  layer,
  left,
  top,
  width,
  height,
  paint,
}: {
  layer: HTMLDivElement;
  left: number;
  top: number;
  width: number;
  height: number;
  paint: (ctx: CanvasRenderingContext2D, w: number, h: number) => void;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas || width <= 0 || height <= 0) return;
    const dpr = Math.min(3, window.devicePixelRatio || 1);
    // Setting a canvas's size reallocates it even when the size is unchanged: only a new size does.
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    paint(ctx, width, height);
  }, [width, height, paint]);
  return createPortal(
    <canvas ref={ref} className={styles.raster} style={{ left, top, width, height }} />,
    layer,
  );
}

export const Heatmap = memo(function Heatmap(props: HeatmapProps): ReactNode {
  const plot = usePlot();
  const theme = usePlotTheme();
  const { values, rows, cols, color, masked, cellText } = props;
  const { margin, width, height } = plot;
  const xs = useMemo(
    () => edges(plot.x, cols, margin.left, width - margin.right),
    [plot.x, cols, margin, width],
  );
  const ys = useMemo(
    () => edges(plot.y, rows, margin.top, height - margin.bottom),
    [plot.y, rows, margin, height],
  );
  const left = xs.start(0);
  const top = ys.start(0);
  const gridW = xs.size * cols;
  const gridH = ys.size * rows;
  const canvas = rows * cols > (props.svgLimit ?? 4096);
  const hatch = `${plot.id}-hatch`;

  const cells = useMemo(() => {
    if (canvas) return null;
    const gap = props.gap ?? (Math.min(xs.size, ys.size) >= 8 ? 1 : 0);
    const showText = cellText && Math.min(xs.size, ys.size) >= (props.textMin ?? 28);
    const out: ReactNode[] = [];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const v = values[i * cols + j];
        const m = masked?.(i, j) ?? false;
        const fill = m ? `url(#${hatch})` : Number.isFinite(v) ? color(v) : 'none';
        const x = xs.start(j);
        const y = ys.start(i);
        out.push(
          <g key={i * cols + j} {...props.cellAttrs?.(v, i, j)}>
            <rect x={x + gap / 2} y={y + gap / 2} width={xs.size - gap} height={ys.size - gap} fill={fill} />
            {showText ? (
              <text
                x={x + xs.size / 2}
                y={y + ys.size / 2}
                dy="0.32em"
                textAnchor="middle"
                className={m ? styles.cellTextMuted : styles.cellText}
                style={m ? undefined : { fill: textOn(fill, theme) }}
              >
                {cellText(v, i, j)}
              </text>
            ) : null}
          </g>,
        );
      }
    }
    return out;
  }, [
    canvas,
    values,
    rows,
    cols,
    color,
    masked,
    cellText,
    theme,
    xs,
    ys,
    hatch,
    props.gap,
    props.textMin,
    props.cellAttrs,
  ]);

  const paint = useMemo(
    () => (ctx: CanvasRenderingContext2D, w: number, h: number) =>
      paintRaster(ctx, values, rows, cols, color, w, h, props.smooth),
    [values, rows, cols, color, props.smooth],
  );

  const { onCell, onCellClick } = props;
  const locate = (e: React.MouseEvent<SVGRectElement>): Cell | null => {
    const r = e.currentTarget.getBoundingClientRect();
    const j = Math.floor(((e.clientX - r.left) / Math.max(1, r.width)) * cols);
    const i = Math.floor(((e.clientY - r.top) / Math.max(1, r.height)) * rows);
    return i >= 0 && i < rows && j >= 0 && j < cols ? { i, j } : null;
  };

  return (
    <g className={styles.heatmap} data-testid={props.testId} data-renderer={canvas ? 'canvas' : 'svg'}>
      {masked && !canvas ? (
        <defs>
          <pattern
            id={hatch}
            width={6}
            height={6}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={6} height={6} className={styles.hatchBack} />
            <line x1={0} y1={0} x2={0} y2={6} className={styles.hatchLine} />
          </pattern>
        </defs>
      ) : null}
      {cells}
      {canvas && plot.rasterLayer ? (
        <RasterCanvas
          layer={plot.rasterLayer}
          left={left}
          top={top}
          width={gridW}
          height={gridH}
          paint={paint}
        />
      ) : null}
      {onCell || onCellClick ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; widgets offer the same choice with a labelled control.
        <rect
          className={styles.hit}
          x={left}
          y={top}
          width={Math.max(0, gridW)}
          height={Math.max(0, gridH)}
          onPointerMove={onCell ? (e) => onCell(locate(e)) : undefined}
          onPointerLeave={onCell ? () => onCell(null) : undefined}
          onClick={
            onCellClick
              ? (e) => {
                  const c = locate(e);
                  if (c) onCellClick(c);
                }
              : undefined
          }
        />
      ) : null}
    </g>
  );
});
