import { divisors, nearestDivisor } from '@/lib/monarch';

export interface ResolvedBlocks {
  /** The divisors of n, ascending: the block sizes the widget offers. */
  choices: number[];
  /** b if it divides n, else the nearest divisor. */
  b: number;
  notices: string[];
}

/**
 * The block size the widget draws: b when it divides n, else (a stale or hand-written URL) the nearest divisor,
 * with a notice that says so, so a bad b never breaks the figure.
 */
export function resolveBlocks(n: number, b: number): ResolvedBlocks {
  const choices = divisors(n);
  if (choices.includes(b)) return { choices, b, notices: [] };
  const snapped = nearestDivisor(b, n);
  return {
    choices,
    b: snapped,
    notices: [`b: ${b} does not divide n = ${n}; using ${snapped}, the nearest divisor.`],
  };
}

/** True when n is a power of two (1, 2, 4, …): the sizes a butterfly comes in. */
export function isPowerOfTwo(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 1 && (n & (n - 1)) === 0;
}

/** The power of two nearest n ≥ 1 (ties, as 12 between 8 and 16, go up): where "use a butterfly size" goes. */
export function nearestPowerOfTwo(n: number): number {
  const low = 2 ** Math.floor(Math.log2(n));
  return n - low < 2 * low - n ? low : 2 * low;
}
