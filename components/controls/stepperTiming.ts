// Pure arithmetic behind the Stepper's readout and timer.

/**
 * Milliseconds between automatic steps at `speed` steps per second: `1000 / speed`, with non-positive or
 * non-finite speeds treated as 1 step/s and the delay kept between 16 ms and 10 s.
 *
 * @example stepDelayMs(4) // 250
 */
export function stepDelayMs(speed: number): number {
  const s = speed > 0 && Number.isFinite(speed) ? speed : 1;
  return Math.min(10_000, Math.max(16, 1000 / s));
}

/**
 * Fraction of the run completed, `step / total`, clamped to `[0, 1]`; 0 when `total ≤ 0` or either is NaN.
 *
 * @example progressFraction(3, 12) // 0.25
 */
export function progressFraction(step: number, total: number): number {
  if (!(total > 0) || !Number.isFinite(step)) return 0;
  return Math.min(1, Math.max(0, step / total));
}

/**
 * Text of the Stepper readout, `step k / total`, with `—` in place of a non-finite number.
 *
 * @example stepReadout(3, 12) // 'step 3 / 12'
 */
export function stepReadout(step: number, total: number): string {
  const show = (x: number) => (Number.isFinite(x) ? String(Math.round(x)) : '—');
  return `step ${show(step)} / ${show(total)}`;
}

/**
 * The speeds offered by the speed menu: the given list, plus the current speed if it is missing from it,
 * sorted ascending with duplicates and non-positive values removed.
 *
 * @example speedOptions([1, 2], 3) // [1, 2, 3]
 */
export function speedOptions(speeds: readonly number[], current: number): number[] {
  const all = [...speeds, current].filter((s) => s > 0 && Number.isFinite(s));
  return [...new Set(all)].sort((a, b) => a - b);
}
