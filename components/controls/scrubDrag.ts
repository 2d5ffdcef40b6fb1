// Pixel-to-value mapping for the inline draggable number (Scrub), kept pure for tests.

import { clampToStep } from '@/lib/parse/number';

/** Horizontal distance, in CSS pixels, over which a drag can sweep the whole range. */
export const SCRUB_RANGE_PX = 300;
/** Pixels per step when the range is small enough (a comfortable, precise drag). */
export const SCRUB_MAX_PX_PER_STEP = 4;
/** Pointer travel below which a press counts as a click, not a drag. */
export const SCRUB_CLICK_SLOP_PX = 3;

/**
 * Pixels of horizontal drag per step: 4 px while the range has at most 75 steps, fewer beyond that so that
 * the whole range `[min, max]` fits in a 300 px drag. `pxPerStep = min(4, 300 / ((max − min) / step))`.
 *
 * Degenerate ranges (`max ≤ min`, `step ≤ 0`, non-finite) give 4.
 *
 * @example scrubPixelsPerStep(0, 10, 1) // 4
 * @example scrubPixelsPerStep(0, 1000, 1) // 0.3
 */
export function scrubPixelsPerStep(min: number, max: number, step: number): number {
  const steps = (max - min) / step;
  if (!(steps > 0) || !Number.isFinite(steps)) return SCRUB_MAX_PX_PER_STEP;
  return Math.min(SCRUB_MAX_PX_PER_STEP, SCRUB_RANGE_PX / steps);
}

/**
 * Value after dragging `dx` pixels from a press at `startValue`: `startValue + round(dx / pxPerStep)·step`,
 * clamped and snapped with `clampToStep`. Positive `dx` (rightwards) increases the value.
 *
 * A NaN `startValue` starts from `min`.
 *
 * @example scrubValue(5, 8, { min: 0, max: 10, step: 1 }) // 7
 */
export function scrubValue(
  startValue: number,
  dx: number,
  range: { min: number; max: number; step: number },
): number {
  const { min, max, step } = range;
  const base = Number.isFinite(startValue) ? startValue : min;
  const steps = Math.round((Number.isFinite(dx) ? dx : 0) / scrubPixelsPerStep(min, max, step));
  return clampToStep(base + steps * step, min, max, step);
}
