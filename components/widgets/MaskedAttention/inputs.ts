import { createRng } from '@/lib/random';

/** Rows rounded to `digits` decimals: what an edited matrix keeps, so the URL reproduces it exactly. */
export function roundRows(rows: readonly (readonly number[])[], digits: number): number[][] {
  return rows.map((r) => r.map((x) => Number(x.toFixed(digits))));
}

/**
 * The seed the "New seed" button moves to from `seed`: an integer in [0, max] drawn from a stream keyed by
 * the current seed (so the sequence of seeds is reproducible), never `seed` itself.
 */
export function nextSeed(seed: number, max: number): number {
  const s = createRng(`new-seed:${seed}`).int(0, max);
  return s === seed ? (seed + 1) % (max + 1) : s;
}

/**
 * The index of the stop nearest to `t` on a log scale (the temperature slider's position for any t,
 * including values from a URL that are not stops).
 */
export function nearestStop(stops: readonly number[], t: number): number {
  let best = 0;
  for (let s = 1; s < stops.length; s++) {
    if (Math.abs(Math.log(stops[s] / t)) < Math.abs(Math.log(stops[best] / t))) best = s;
  }
  return best;
}
