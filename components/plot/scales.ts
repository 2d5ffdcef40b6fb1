/**
 * Scales of the plot kit: a declarative spec (type, domain, options) turned into a d3 scale over a pixel
 * range, and the ticks an axis draws for it. Pure: no React, no DOM; tested in Node.
 */
import {
  type ScaleBand,
  type ScaleLinear,
  type ScaleLogarithmic,
  type ScalePower,
  scaleBand,
  scaleLinear,
  scaleLog,
  scaleSqrt,
} from 'd3-scale';
import { formatNumber, superscript } from '@/lib/format';

/** What a plot says about one of its axes. */
export interface ScaleSpec {
  /** Default 'linear'. A 'log' domain must be positive; 'band' takes discrete values (bar positions). */
  type?: 'linear' | 'log' | 'sqrt' | 'band';
  domain: readonly (number | string)[];
  /** Extend a continuous domain to round values (d3's `nice`). */
  nice?: boolean;
  /** Clamp values outside the domain to its ends. */
  clamp?: boolean;
  /** Run the range the other way (a y axis whose first value is at the top). */
  reverse?: boolean;
  /** Band scales: the share of each step left empty between bars (0–1, default 0.1). */
  padding?: number;
}

export type ContinuousScale =
  | ScaleLinear<number, number>
  | ScaleLogarithmic<number, number>
  | ScalePower<number, number>;
export type BandScale = ScaleBand<string | number>;
export type PlotScale = ContinuousScale | BandScale;

export function isBand(scale: PlotScale): scale is BandScale {
  return 'bandwidth' in scale;
}

const finite = (xs: readonly (number | string)[]) =>
  xs.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

/**
 * A d3 scale for `spec` over the pixel `range`. Degenerate domains are widened instead of producing NaN:
 * an empty or non-finite domain becomes [0, 1] (log: [1, 10]); a single value v becomes [v − 1, v + 1]
 * (log: [v/10, v·10]); non-positive values are dropped from a log domain.
 * Example: `createScale({ type: 'log', domain: [1, 1000] }, [0, 300])(10)` → 100.
 */
export function createScale(spec: ScaleSpec, range: readonly [number, number]): PlotScale {
  const r: [number, number] = spec.reverse ? [range[1], range[0]] : [range[0], range[1]];
  if (spec.type === 'band') {
    return scaleBand<string | number>()
      .domain(spec.domain)
      .range(r)
      .padding(spec.padding ?? 0.1);
  }
  let values = finite(spec.domain);
  if (spec.type === 'log') values = values.filter((v) => v > 0);
  let lo = values.length > 0 ? Math.min(...values) : Number.NaN;
  let hi = values.length > 0 ? Math.max(...values) : Number.NaN;
  if (!Number.isFinite(lo)) [lo, hi] = spec.type === 'log' ? [1, 10] : [0, 1];
  else if (lo === hi) [lo, hi] = spec.type === 'log' ? [lo / 10, hi * 10] : [lo - 1, hi + 1];
  // Keep the caller's orientation (a domain given high-to-low runs that way).
  const first = finite(spec.domain).filter((v) => spec.type !== 'log' || v > 0)[0];
  const descending = first !== undefined && values.length > 1 && first === hi && lo !== hi;
  const domain = descending ? [hi, lo] : [lo, hi];
  const scale: ContinuousScale =
    spec.type === 'log'
      ? scaleLog().domain(domain).range(r)
      : spec.type === 'sqrt'
        ? scaleSqrt().domain(domain).range(r)
        : scaleLinear().domain(domain).range(r);
  if (spec.nice) scale.nice();
  if (spec.clamp) scale.clamp(true);
  return scale;
}

export interface Tick {
  value: number | string;
  label: string;
}

/** A power of ten as text: 1, 10 and 100 plainly, others as 10ⁿ (10⁻³, 10⁶). */
export function formatPowerOfTen(exponent: number): string {
  if (exponent >= 0 && exponent <= 2) return String(10 ** exponent);
  return `10${superscript(exponent)}`;
}

/**
 * The ticks an axis draws: d3's ticks (about `count`) for linear and sqrt scales; for a log scale, the
 * decades inside the domain (every other decade, or sparser, when there are more than `count`), or d3's
 * 1–2–5 ticks when the domain spans less than two decades; every domain value of a band scale (or every
 * k-th, to keep about `count`). Labels use the site's number format unless `format` is given.
 * Example: `axisTicks(createScale({ type: 'log', domain: [1, 1e4] }, [0, 100]), 5).map((t) => t.label)`
 * → ['1', '10', '100', '10³', '10⁴'].
 */
export function axisTicks(scale: PlotScale, count = 5, format?: (value: number | string) => string): Tick[] {
  const fmt =
    format ?? ((v: number | string) => (typeof v === 'number' ? formatNumber(v, { digits: 3 }) : v));
  if (isBand(scale)) {
    const domain = scale.domain();
    const every = Math.max(1, Math.ceil(domain.length / Math.max(1, count)));
    return domain.filter((_, i) => i % every === 0).map((v) => ({ value: v, label: fmt(v) }));
  }
  const [d0, d1] = scale.domain() as [number, number];
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  if ('base' in scale) {
    const e0 = Math.ceil(Math.log10(lo) - 1e-9);
    const e1 = Math.floor(Math.log10(hi) + 1e-9);
    if (e1 - e0 >= 1) {
      const span = e1 - e0 + 1;
      const every = Math.max(1, Math.ceil(span / Math.max(2, count)));
      const ticks: Tick[] = [];
      for (let e = e0; e <= e1; e++) {
        if ((e - e0) % every !== 0) continue;
        ticks.push({ value: 10 ** e, label: format ? format(10 ** e) : formatPowerOfTen(e) });
      }
      return ticks;
    }
    return scale.ticks(count).map((v) => ({ value: v, label: fmt(v) }));
  }
  return scale.ticks(count).map((v) => ({ value: v, label: fmt(v) }));
}

/** The pixel position of a value (the middle of its band for a band scale); NaN when it has none. */
export function position(scale: PlotScale, value: number | string): number {
  if (isBand(scale)) {
    const p = scale(value);
    return p === undefined ? Number.NaN : p + scale.bandwidth() / 2;
  }
  if (typeof value !== 'number') return Number.NaN;
  const p = scale(value);
  return p === undefined || !Number.isFinite(p) ? Number.NaN : p;
}

/**
 * A log axis's domain around positive values: widened to at least a factor of 4, then by `pad` either side,
 * so no point sits on the frame; `fallback` when no value has a logarithm.
 */
export function paddedLogDomain(
  values: readonly number[],
  fallback: readonly [number, number],
  pad: number,
): [number, number] {
  const finite = values.filter((v) => v > 0 && Number.isFinite(v));
  let lo = finite.length ? Math.min(...finite) : fallback[0];
  let hi = finite.length ? Math.max(...finite) : fallback[1];
  if (hi / lo < 4) {
    const mid = Math.sqrt(lo * hi);
    lo = mid / 2;
    hi = mid * 2;
  }
  return [lo / pad, hi * pad];
}
