import { scaleLinear } from 'd3-scale';
import { interpolatePuBu } from 'd3-scale-chromatic';
import { rgbBytes } from '@/components/plot/color';
import type { FieldGrid } from '@/lib/sparsity/geometry';

/**
 * The shading of the geometry widget: t = 0 is the sparse end of the measure, t = 1 the dense end. Sparse
 * stands out on either theme (deep blue on a light page, light blue on a dark one) and dense fades towards
 * the page colour.
 */
export function sparsityRamp(dark: boolean): (t: number) => string {
  const scale = dark
    ? scaleLinear<string>()
        .domain([0, 0.5, 1])
        .range([interpolatePuBu(0.2), interpolatePuBu(0.75), '#18202b'])
    : scaleLinear<string>()
        .domain([0, 1])
        .range([interpolatePuBu(0.95), interpolatePuBu(0.04)]);
  scale.clamp(true);
  return (t) => scale(t);
}

/** Where a grid's plane rectangle lands on the canvas: plane (X, Y) ↦ (left + (X − x0)·k, top + (yTop − Y)·k). */
export interface PlaneBox {
  left: number;
  top: number;
  /** Pixels per plane unit. */
  k: number;
  x0: number;
  yTop: number;
}

/**
 * Paints a field as an image, one source pixel per grid point (scaled smoothly), coloured by `ramp(toT(v))`;
 * non-finite values stay transparent. `clip` (plane polygon) limits the painting, e.g. to the simplex.
 */
export function paintField(
  ctx: CanvasRenderingContext2D,
  grid: FieldGrid,
  toT: (v: number) => number,
  ramp: (t: number) => string,
  box: PlaneBox,
  clip?: readonly (readonly [number, number])[],
) {
  const lut: [number, number, number, number][] = Array.from({ length: 256 }, (_, i) =>
    rgbBytes(ramp(i / 255)),
  );
  const image = new ImageData(grid.cols, grid.rows);
  for (let i = 0; i < grid.values.length; i++) {
    const v = grid.values[i] as number;
    const t = toT(v);
    if (!Number.isFinite(t)) continue;
    const c = lut[Math.round(Math.min(1, Math.max(0, t)) * 255)] as [number, number, number, number];
    image.data[4 * i] = c[0];
    image.data[4 * i + 1] = c[1];
    image.data[4 * i + 2] = c[2];
    image.data[4 * i + 3] = 255;
  }
  const buffer = document.createElement('canvas');
  buffer.width = grid.cols;
  buffer.height = grid.rows;
  buffer.getContext('2d')?.putImageData(image, 0, 0);
  const px = (X: number) => box.left + (X - box.x0) * box.k;
  const py = (Y: number) => box.top + (box.yTop - Y) * box.k;
  ctx.save();
  if (clip && clip.length > 2) {
    ctx.beginPath();
    for (const [i, [X, Y]] of clip.entries()) {
      if (i === 0) ctx.moveTo(px(X), py(Y));
      else ctx.lineTo(px(X), py(Y));
    }
    ctx.closePath();
    ctx.clip();
  }
  ctx.imageSmoothingEnabled = true;
  // Each source pixel is centred on its grid point, so the image spans half a cell beyond the outer points.
  ctx.drawImage(
    buffer,
    px(grid.x0 - grid.dx / 2),
    py(grid.y0 + grid.dy / 2),
    grid.cols * grid.dx * box.k,
    grid.rows * grid.dy * box.k,
  );
  ctx.restore();
}

/** An SVG path "M…L…" of level-set segments [xa, ya, xb, yb, …] mapped to pixels. */
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
