import { type ScaleLogarithmic, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { formatNumber } from '@/lib/format';

/** Plot box in CSS pixels: outer size and the margins that hold the axes. */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const frameFor = (width: number, height = 210): Frame => ({
  width,
  height,
  left: 50,
  right: 12,
  top: 10,
  bottom: 36,
});

/** A log scale over [lo, hi] widened to whole decades' neighbours so points never sit on the frame. */
export function logScale(
  values: readonly number[],
  range: [number, number],
  fallback: [number, number],
  pad = 1.6,
): ScaleLogarithmic<number, number> {
  const finite = values.filter((v) => v > 0 && Number.isFinite(v));
  let lo = finite.length ? Math.min(...finite) : fallback[0];
  let hi = finite.length ? Math.max(...finite) : fallback[1];
  if (hi / lo < 4) {
    const mid = Math.sqrt(lo * hi);
    lo = mid / 2;
    hi = mid * 2;
  }
  return scaleLog()
    .domain([lo / pad, hi * pad])
    .range(range);
}

/** Tick values at powers of ten inside the domain; with fewer than two, also 2× and 5× steps. */
export function decadeTicks(scale: ScaleLogarithmic<number, number>): number[] {
  const [a, b] = scale.domain() as [number, number];
  const ticks: number[] = [];
  for (let e = Math.ceil(Math.log10(a)); e <= Math.floor(Math.log10(b)); e++) ticks.push(10 ** e);
  if (ticks.length >= 2) return ticks;
  return scale.ticks(4).filter((t) => {
    const m = t / 10 ** Math.floor(Math.log10(t) + 1e-9);
    return Math.abs(m - 1) < 1e-6 || Math.abs(m - 2) < 1e-6 || Math.abs(m - 5) < 1e-6;
  });
}

/** "0.1", "10", "1,000": milliseconds on an axis or in the table. */
export const formatMs = (ms: number) => formatNumber(ms, { digits: ms < 1 ? 2 : 3 });

/** Bytes in decimal units: "800 B", "12 kB", "3.1 MB", "285 MB", "1.1 GB". */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'kB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${formatNumber(bytes / size, { digits: 3 })} ${unit}`;
  }
  return `${formatNumber(bytes, { digits: 3 })} B`;
}

/** The SVG path through (x, y) pairs, skipping pairs without a logarithm. */
export function pathThrough(
  points: readonly (readonly [number, number])[],
  x: (v: number) => number,
  y: (v: number) => number,
): string {
  const valid = points.filter(([a, b]) => a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b));
  return (
    line<readonly [number, number]>()
      .x((p) => x(p[0]))
      .y((p) => y(p[1]))(valid) ?? ''
  );
}
