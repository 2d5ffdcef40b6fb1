/**
 * How a schema-bound slider maps a parameter's value to the position of its thumb and back. Pure: tested in
 * Node. Linear parameters move in steps of their own units; log parameters (`scale: 'log'`) move in steps of
 * a fraction of a decade (adjusted so that the range is whole steps), and a log parameter whose `min` is 0
 * gets one extra notch below its smallest positive value (`logMin`) that means exactly 0.
 */
import type { IntSpec, NumberSpec } from '@/components/figure/schema';
import { clampToStep } from '@/lib/parse/number';

export interface SliderScale {
  /** Thumb range and step, in thumb units. */
  min: number;
  max: number;
  step: number;
  /** Thumb position of a value (clamped into the range). */
  toPosition: (value: number) => number;
  /** The value at a thumb position, snapped to the step and rounded to a readable value. */
  toValue: (position: number) => number;
}

/** The default step of a linear number parameter: a power of ten near a hundredth of its range. */
export function defaultStep(min: number, max: number): number {
  const span = max - min;
  if (!(span > 0)) return 1;
  return 10 ** Math.floor(Math.log10(span / 100));
}

/**
 * The slider scale of an int or number spec, optionally over a narrower `[min, max]` (a bound that depends on
 * the data, such as a rank no larger than the matrix).
 * Example: `sliderScale({ type: 'number', min: 0.01, max: 100, scale: 'log', … }).toValue(0)` → 1.
 */
export function sliderScale(
  spec: IntSpec | NumberSpec,
  range: { min?: number; max?: number } = {},
): SliderScale {
  const lo = Math.max(spec.min, range.min ?? spec.min);
  const hi = Math.max(lo, Math.min(spec.max, range.max ?? spec.max));
  if (spec.scale !== 'log') {
    const step = spec.step ?? (spec.type === 'int' ? 1 : defaultStep(lo, hi));
    return {
      min: lo,
      max: hi,
      step,
      toPosition: (v) => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : lo),
      toValue: (p) => {
        const v = clampToStep(p, lo, hi, step);
        return spec.type === 'int' ? Math.round(v) : v;
      },
    };
  }
  const zeroNotch = lo <= 0;
  const positiveLo = zeroNotch ? (spec.logMin ?? hi / 1e6) : lo;
  const a = Math.log10(positiveLo);
  const b = Math.log10(hi);
  // The span in whole steps (the nearest to the declared step), so Home and End reach both ends exactly: a
  // native range snaps its max down to the last notch of the grid.
  const wanted = spec.step ?? 0.01;
  const step = b > a ? (b - a) / Math.max(1, Math.round((b - a) / wanted)) : wanted;
  const bottom = zeroNotch ? a - step : a;
  const round = (v: number) => {
    const r = Number(v.toPrecision(4));
    return spec.type === 'int' ? Math.round(r) : r;
  };
  return {
    min: bottom,
    max: b,
    step,
    toPosition: (v) => {
      if (!Number.isFinite(v)) return bottom;
      if (zeroNotch && v <= 0) return bottom;
      return Math.min(b, Math.max(a, Math.log10(v)));
    },
    toValue: (p) => {
      const q = clampToStep(p, bottom, b, step);
      if (zeroNotch && q < a - step / 2) return 0;
      return Math.min(hi, Math.max(positiveLo, round(10 ** Math.max(a, q))));
    },
  };
}
