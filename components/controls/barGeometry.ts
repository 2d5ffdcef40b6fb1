// Geometry and painting rules for the VectorBarEditor, kept pure for tests.

/** A bar and the value the pointer gave it. */
export interface BarPoint {
  index: number;
  value: number;
}

/**
 * Index of the bar under horizontal position `x` when `n` equal slots fill `[left, right]`:
 * `floor((x − left) / ((right − left) / n))`, clamped to `[0, n − 1]` so a drag past either end keeps
 * painting the end bar. Returns −1 when `n < 1` or the slot width is not positive.
 *
 * @example barIndexAt(55, 10, 110, 4) // 1
 */
export function barIndexAt(x: number, left: number, right: number, n: number): number {
  const slot = (right - left) / n;
  if (!(n >= 1) || !(slot > 0)) return -1;
  const i = Math.floor((x - left) / slot);
  if (Number.isNaN(i)) return 0;
  return Math.min(n - 1, Math.max(0, i));
}

/**
 * Value where bars start: 0 when it lies in `[min, max]` (so negative values hang below a zero line),
 * otherwise the end of the range nearest to 0.
 *
 * @example barBaseline(-1, 1) // 0
 * @example barBaseline(2, 5) // 2
 */
export function barBaseline(min: number, max: number): number {
  return Math.min(max, Math.max(min, 0));
}

/**
 * Step used when the caller gives none: the power of ten at or below a hundredth of the range, so
 * `[0, 1]` moves by 0.01 and `[0, 50]` by 0.1. Degenerate ranges give 1.
 *
 * @example defaultBarStep(0, 1) // 0.01
 */
export function defaultBarStep(min: number, max: number): number {
  const span = max - min;
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  return 10 ** Math.floor(Math.log10(span / 100) + 1e-9);
}

/**
 * Paints a drag from `from` to `to`: sets bar `to.index` to `to.value` and every bar strictly between the
 * two indices to the straight-line interpolation of the two values, so a fast drag across several bars
 * leaves no gaps. Each painted value passes through `snap` (clamping and step rounding). With `from` null
 * (the press itself) only `to` is painted. Returns a new array; indices outside the array are ignored.
 *
 * @example paintBars([0, 0, 0, 0], { index: 0, value: 0 }, { index: 3, value: 0.3 }, (v) => v) // [0, 0.1, 0.2, 0.3] (up to rounding)
 */
export function paintBars(
  values: readonly number[],
  from: BarPoint | null,
  to: BarPoint,
  snap: (v: number) => number,
): number[] {
  const next = values.slice();
  const set = (i: number, v: number) => {
    if (i >= 0 && i < next.length) next[i] = snap(v);
  };
  if (from && from.index !== to.index) {
    const dir = to.index > from.index ? 1 : -1;
    const span = to.index - from.index;
    for (let i = from.index + dir; i !== to.index; i += dir) {
      const t = (i - from.index) / span;
      set(i, from.value + t * (to.value - from.value));
    }
  }
  set(to.index, to.value);
  return next;
}
