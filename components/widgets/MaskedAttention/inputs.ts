import { randomQKV } from '@/lib/attention';
import { fromRows, type Matrix } from '@/lib/linalg';
import { createRng } from '@/lib/random';

export type MatrixName = 'Q' | 'K' | 'V';
export const MATRIX_NAMES: readonly MatrixName[] = ['Q', 'K', 'V'];

/** The parameters that decide Q, K and V. */
export interface InputParams {
  n: number;
  d: number;
  seed: number;
  Q: number[][];
  K: number[][];
  V: number[][];
}

/** The matrices attention runs on, which of them the reader edited, and why an edit was ignored. */
export interface ResolvedInputs {
  Q: Matrix;
  K: Matrix;
  V: Matrix;
  edited: Record<MatrixName, boolean>;
  /** One sentence per edited matrix whose shape is not n×d (it is replaced by the seeded one). */
  notices: string[];
}

/**
 * Q, K and V (each n×d): the seeded ones from `randomQKV(n, d, seed)`, except where an edited matrix of the
 * right shape is given. An empty edited matrix means "not edited"; one of another shape is ignored with a
 * notice, so a stale URL never breaks the widget.
 */
export function resolveInputs({ n, d, seed, ...edits }: InputParams): ResolvedInputs {
  const seeded = randomQKV(n, d, seed);
  const out: Record<MatrixName, Matrix> = { ...seeded };
  const edited: Record<MatrixName, boolean> = { Q: false, K: false, V: false };
  const notices: string[] = [];
  for (const name of MATRIX_NAMES) {
    const rows = edits[name];
    if (rows.length === 0) continue;
    const cols = rows[0]?.length ?? 0;
    if (rows.length === n && rows.every((r) => r.length === d)) {
      out[name] = fromRows(rows);
      edited[name] = true;
    } else {
      notices.push(
        `${name}: the edited matrix is ${rows.length}×${cols}, but n = ${n} and d = ${d} need ${n}×${d}; using the ${name} drawn from seed ${seed}.`,
      );
    }
  }
  return { ...out, edited, notices };
}

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
