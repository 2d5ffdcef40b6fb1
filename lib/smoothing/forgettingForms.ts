/**
 * The forgetting formula's forms side by side, for tables and plots of F̂ against F: the exact form at
 * corpus length N, its large-N limit, add-γ/2 (the series to first order), the series to γ²/(12F) and to a
 * higher order, and the post's printed expansion, each with its difference from the limit computed without
 * cancellation (forgettingCountExcess, forgettingSeriesRemainder, postPrintedRemainder).
 */
import { logSpace } from '../sparsity/temperature';
import {
  FORGETTING_SERIES_MAX_ORDER,
  forgettingCount,
  forgettingCountExcess,
  forgettingCountLimit,
  forgettingSeries,
  forgettingSeriesRemainder,
  postPrintedRemainder,
  postPrintedSeries,
} from './forgetting';

/** The forms compared, in the order a table lists them. */
export const FORGETTING_FORMS = ['exact', 'limit', 'addHalf', 'series', 'higher', 'printed'] as const;
/** One of FORGETTING_FORMS. */
export type ForgettingForm = (typeof FORGETTING_FORMS)[number];

/** The series order of the form `series` (the post's γ²/(12F) term; order 3 adds nothing, B₃ = 0). */
export const FORGETTING_SERIES_ORDER = 2;

/** Every form's F̂ at one count F, and its difference from the limit. */
export interface ForgettingForms {
  F: number;
  /** F̂ of each form; NaN where it has no value (exact beyond F > N or γ > N, series beyond order 1 at F = 0). */
  value: Record<ForgettingForm, number>;
  /** value − limit, accurate to full relative precision; 0 for the limit itself, NaN where value is. */
  error: Record<ForgettingForm, number>;
}

/**
 * The forms of F̂ at count F for corpus length N, pseudo-count γ and a higher series order: `exact`
 * forgettingCount(F, N, γ), `limit` forgettingCountLimit(F, γ), `addHalf` F + γ/2, `series` the series to
 * γ²/(12F), `higher` the series to `higherOrder`, `printed` the post's F + γ/2 + γ²/(12F²). The exact form is
 * NaN (not an error) where it is undefined (F > N, γ > N), and so are the series beyond first order at F = 0;
 * the limit, F̂(0) = γ, is defined everywhere.
 * Throws RangeError for F or γ negative or not finite, N not > 0, or an order outside 0..8.
 * @example
 * forgettingForms(10, 1e6, 1, 4).value.limit; // 10.5083319… (the post's 10.50833)
 * forgettingForms(10, 1e6, 1, 4).error.printed; // −0.0074986…: the typo
 */
export function forgettingForms(F: number, N: number, gamma: number, higherOrder: number): ForgettingForms {
  if (!(N > 0 && Number.isFinite(N)))
    throw new RangeError(`forgettingForms: N must be finite and > 0, got ${N}`);
  if (!Number.isInteger(higherOrder) || higherOrder < 0 || higherOrder > FORGETTING_SERIES_MAX_ORDER)
    throw new RangeError(`forgettingForms: the order must be an integer in 0..8, got ${higherOrder}`);
  const limit = forgettingCountLimit(F, gamma);
  const exactDefined = F <= N && gamma <= N;
  const value = {
    exact: exactDefined ? forgettingCount(F, N, gamma) : Number.NaN,
    limit,
    addHalf: forgettingSeries(F, gamma, 1),
    series: F > 0 ? forgettingSeries(F, gamma, FORGETTING_SERIES_ORDER) : Number.NaN,
    higher: F > 0 || higherOrder < 2 ? forgettingSeries(F, gamma, higherOrder) : Number.NaN,
    printed: F > 0 ? postPrintedSeries(F, gamma) : Number.NaN,
  };
  const error = {
    exact: exactDefined ? forgettingCountExcess(F, N, gamma) : Number.NaN,
    limit: 0,
    addHalf: -forgettingSeriesRemainder(F, gamma, 1),
    series: F > 0 ? -forgettingSeriesRemainder(F, gamma, FORGETTING_SERIES_ORDER) : Number.NaN,
    higher: F > 0 || higherOrder < 2 ? -forgettingSeriesRemainder(F, gamma, higherOrder) : Number.NaN,
    printed: F > 0 ? -postPrintedRemainder(F, gamma) : Number.NaN,
  };
  return { F, value, error };
}

/** The counts a plot of F̂ covers: [lo, hi] within (0, N], and whether N cut the requested range. */
export interface ForgettingRange {
  lo: number;
  hi: number;
  /** The requested upper end exceeded N, so the range stops at N (no count exceeds the corpus length). */
  capped: boolean;
}

/**
 * The range of counts to plot for a requested [from, to] (either order) and corpus length N: equal ends are
 * widened to the decade around them, the upper end is capped at N, and when the lower end reaches it too the
 * range becomes the two decades below N.
 * Throws RangeError unless from, to and N are finite and > 0.
 * @example
 * forgettingPlotRange(0.01, 1000, 10); // { lo: 0.01, hi: 10, capped: true }
 */
export function forgettingPlotRange(from: number, to: number, N: number): ForgettingRange {
  for (const [name, v] of [
    ['from', from],
    ['to', to],
    ['N', N],
  ] as const) {
    if (!(v > 0 && Number.isFinite(v)))
      throw new RangeError(`forgettingPlotRange: ${name} must be finite and > 0, got ${v}`);
  }
  let lo = Math.min(from, to);
  let hi = Math.max(from, to);
  if (lo === hi) {
    lo /= Math.sqrt(10);
    hi *= Math.sqrt(10);
  }
  if (hi <= N) return { lo, hi, capped: false };
  return { lo: lo < N ? lo : N / 100, hi: N, capped: true };
}

/**
 * forgettingForms at `samples` counts spaced evenly in log F over [lo, hi] (both included).
 * Throws RangeError unless 0 < lo ≤ hi are finite and samples ≥ 2, or as forgettingForms does.
 * @example
 * forgettingCurves(0.01, 100, 1e6, 1, 4, 201)[100].F; // 1 (the middle of four decades)
 */
export function forgettingCurves(
  lo: number,
  hi: number,
  N: number,
  gamma: number,
  higherOrder: number,
  samples: number,
): ForgettingForms[] {
  if (!(lo <= hi)) throw new RangeError(`forgettingCurves: need lo ≤ hi, got ${lo} and ${hi}`);
  if (!(Number.isInteger(samples) && samples >= 2))
    throw new RangeError(`forgettingCurves: samples must be an integer ≥ 2, got ${samples}`);
  return Array.from(logSpace(lo, hi, samples), (F) => forgettingForms(F, N, gamma, higherOrder));
}

/** Relative errors above this are not drawn: the form has stopped approximating F̂ at all. */
export const FORGETTING_ERROR_CEILING = 10;
/** Relative errors below this are not drawn, so an error axis spans at most about 21 decades. */
export const FORGETTING_ERROR_FLOOR = 1e-20;

/**
 * The size of a form's error as an error plot draws it: |error|, or |error|/limit when `relative`; NaN (a gap
 * in the curve) when the form has no value, when the error is 0 (the limit itself), or when the relative error
 * lies outside [FORGETTING_ERROR_FLOOR, FORGETTING_ERROR_CEILING].
 * @example
 * plottedError(forgettingForms(10, 1e6, 1, 4), 'series', true); // 1.3214×10⁻⁷
 */
export function plottedError(forms: ForgettingForms, form: ForgettingForm, relative: boolean): number {
  const size = Math.abs(forms.error[form]);
  const limit = forms.value.limit;
  const rel = size / limit;
  if (!(rel >= FORGETTING_ERROR_FLOOR && rel <= FORGETTING_ERROR_CEILING)) return Number.NaN;
  return relative ? rel : size;
}
