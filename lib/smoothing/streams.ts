/**
 * Streams of occurrences for the memory model of the forgetting hypothesis (kexue.fm/archives/4182), and what
 * a trace over one says: an item that occurs F times in N tokens, at regular intervals, at random, in bursts,
 * or where a real word occurs in a text. A stream is a Uint8Array x with x_t = 1 where the item occurs at
 * token t (t = 0 … N − 1). Random streams take a seeded generator (lib/random), so a seed gives one stream.
 */
import type { Rng } from '@/lib/random';
import { forgettingCount } from './forgetting';
import { memoryTrace } from './memory';

function checkLength(fn: string, length: number): void {
  if (!Number.isSafeInteger(length) || length < 0)
    throw new RangeError(`${fn}: the length must be an integer ≥ 0, got ${length}`);
}

function checkRate(fn: string, rate: number): void {
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`${fn}: the rate must lie in [0, 1], got ${rate}`);
}

function checkDecay(fn: string, beta: number): void {
  if (!(beta >= 0 && beta <= 1)) throw new RangeError(`${fn}: the decay β must lie in [0, 1], got ${beta}`);
}

function checkPeriod(fn: string, period: number): void {
  if (!(period >= 1 && Number.isFinite(period)))
    throw new RangeError(`${fn}: the period must be finite and ≥ 1, got ${period}`);
}

/**
 * One occurrence every `period` tokens, the first at token 0: x_t = 1 when t mod p = 0, so ⌈N/p⌉ occurrences.
 * Throws RangeError unless the length is an integer ≥ 0 and the period an integer ≥ 1.
 * @example
 * periodicStream(7, 3); // [1, 0, 0, 1, 0, 0, 1]
 */
export function periodicStream(length: number, period: number): Uint8Array {
  checkLength('periodicStream', length);
  if (!Number.isSafeInteger(period) || period < 1)
    throw new RangeError(`periodicStream: the period must be an integer ≥ 1, got ${period}`);
  const out = new Uint8Array(length);
  for (let t = 0; t < length; t += period) out[t] = 1;
  return out;
}

/**
 * Independent occurrences: each token is the item with probability `rate` (a Bernoulli process, the
 * discrete Poisson process; the gaps are geometric with mean 1/rate). Draws one `rng.next()` per token.
 * Throws RangeError unless the length is an integer ≥ 0 and the rate lies in [0, 1].
 * @example
 * bernoulliStream(5, 1, createRng(1)); // [1, 1, 1, 1, 1]
 */
export function bernoulliStream(length: number, rate: number, rng: Rng): Uint8Array {
  checkLength('bernoulliStream', length);
  checkRate('bernoulliStream', rate);
  const out = new Uint8Array(length);
  for (let t = 0; t < length; t++) if (rng.next() < rate) out[t] = 1;
  return out;
}

/** The two constants of a bursty stream (see burstyStream). */
export interface BurstOptions {
  /** How many times the mean rate the item occurs inside a burst (≥ 1; 1 is no clustering). */
  factor: number;
  /** The mean length of a burst in tokens (≥ 1). */
  burstLength: number;
}

/** The transition and emission probabilities of the bursty model for a mean rate and its options. */
export interface BurstModel {
  /** The probability of an occurrence at a token inside a burst, q = min(1, factor·rate). */
  inBurst: number;
  /** The share of tokens inside bursts, π = rate/q, so the mean rate π·q is `rate`. */
  share: number;
  /** The probability that a burst ends after a token, 1/L (L raised to π/(1 − π) when shorter). */
  leave: number;
  /** The probability that a burst starts after a quiet token, π·(1/L)/(1 − π) (1 when π = 1). */
  enter: number;
}

/**
 * The bursty model of `burstyStream`: a two-state Markov chain (burst, quiet) that keeps the mean rate.
 * A burst length L shorter than π/(1 − π) cannot keep the share π with an entry probability ≤ 1, so L is
 * raised to it (only for factors near 1 and bursts of a few tokens). rate = 0 gives no bursts.
 * Throws RangeError unless rate ∈ [0, 1], factor ≥ 1 and burstLength ≥ 1 (finite).
 * @example
 * burstModel(0.02, { factor: 10, burstLength: 100 }); // { inBurst: 0.2, share: 0.1, leave: 0.01, enter: 0.00111… }
 */
export function burstModel(rate: number, options: BurstOptions): BurstModel {
  checkRate('burstModel', rate);
  const { factor, burstLength } = options;
  if (!(factor >= 1 && Number.isFinite(factor)))
    throw new RangeError(`burstModel: the factor must be finite and ≥ 1, got ${factor}`);
  if (!(burstLength >= 1 && Number.isFinite(burstLength)))
    throw new RangeError(`burstModel: the burst length must be finite and ≥ 1, got ${burstLength}`);
  if (rate === 0) return { inBurst: 0, share: 0, leave: 1 / burstLength, enter: 0 };
  const inBurst = Math.min(1, factor * rate);
  const share = rate / inBurst;
  if (share >= 1) return { inBurst, share: 1, leave: 0, enter: 1 };
  const leave = 1 / Math.max(burstLength, share / (1 - share));
  return { inBurst, share, leave, enter: Math.min(1, (share * leave) / (1 - share)) };
}

/**
 * Occurrences in bursts, with the same mean rate as `bernoulliStream`: a Markov-modulated Bernoulli process.
 * A hidden state is either inside a burst, where the item occurs at each token with probability
 * q = min(1, factor·rate), or quiet, where it never occurs. A burst ends after each token with probability
 * 1/L (bursts last L tokens on average, geometrically) and starts after each quiet token with probability
 * π/(L(1 − π)), so the chain spends the share π = rate/q of its tokens in bursts and the mean rate is π·q =
 * rate (see burstModel). The first state is drawn from that stationary share, so the stream is stationary from
 * token 0. factor = 1 is the Bernoulli process; larger factors cluster the same number of occurrences into
 * fewer, denser stretches. Draws two `rng.next()` per token.
 * Throws RangeError as burstModel does, or unless the length is an integer ≥ 0.
 * @example
 * burstyStream(10_000, 0.02, { factor: 10, burstLength: 100 }, createRng(1)); // ≈ 200 ones, in clumps
 */
export function burstyStream(length: number, rate: number, options: BurstOptions, rng: Rng): Uint8Array {
  checkLength('burstyStream', length);
  const { inBurst, share, leave, enter } = burstModel(rate, options);
  const out = new Uint8Array(length);
  let burst = rng.next() < share;
  for (let t = 0; t < length; t++) {
    if (burst && rng.next() < inBurst) out[t] = 1;
    burst = burst ? rng.next() >= leave : rng.next() < enter;
  }
  return out;
}

/**
 * The stream of a list of token positions (a word's places in a text): x_t = 1 at each position below
 * `length`; positions at or past the end are left out. Order and repeats do not matter.
 * Throws RangeError unless the length is an integer ≥ 0 and every position an integer ≥ 0.
 * @example
 * streamFromPositions([0, 3, 9], 5); // [1, 0, 0, 1, 0]
 */
export function streamFromPositions(positions: ArrayLike<number>, length: number): Uint8Array {
  checkLength('streamFromPositions', length);
  const out = new Uint8Array(length);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] as number;
    if (!Number.isSafeInteger(p) || p < 0)
      throw new RangeError(`streamFromPositions: position ${i} is ${p}; positions are integers ≥ 0`);
    if (p < length) out[p] = 1;
  }
  return out;
}

/**
 * The decay over one period of p tokens, βᵖ (the post's per-period β = α^{N/F} for a per-token α), as
 * exp(p·log1p(β − 1)). 0ᵖ = 0 and 1ᵖ = 1.
 * Throws RangeError unless β ∈ [0, 1] and p is finite and ≥ 1.
 * @example
 * periodDecay(0.98, 50); // 0.3641696…
 */
export function periodDecay(beta: number, period: number): number {
  checkDecay('periodDecay', beta);
  checkPeriod('periodDecay', period);
  if (beta === 0) return 0;
  return Math.exp(period * Math.log1p(beta - 1));
}

/**
 * The level just after an occurrence once a periodic stream has settled, 1/(1 − βᵖ) (the post's A = 1/(1 − β)
 * with its per-period β = α^{N/F}), as −1/expm1(p·log β) so β near 1 loses no digits; Infinity at β = 1.
 * Throws RangeError unless β ∈ [0, 1] and p is finite and ≥ 1.
 * @example
 * periodicPeak(0.98, 50); // 1.5727…
 */
export function periodicPeak(beta: number, period: number): number {
  checkDecay('periodicPeak', beta);
  checkPeriod('periodicPeak', period);
  if (beta === 1) return Number.POSITIVE_INFINITY;
  if (beta === 0) return 1;
  return -1 / Math.expm1(period * Math.log1p(beta - 1));
}

/**
 * The long-run time-average of A over a stationary stream with rate r = F/N: E[A] = r/(1 − β), since
 * E[A_t] = β·E[A_{t−1}] + r. Linear in F, whatever the arrangement of the occurrences (periodic, random,
 * bursty); Infinity at β = 1 when r > 0.
 * Throws RangeError unless β ∈ [0, 1] and r ∈ [0, 1].
 * @example
 * memoryMean(0.02, 0.98); // 1
 */
export function memoryMean(rate: number, beta: number): number {
  checkRate('memoryMean', rate);
  checkDecay('memoryMean', beta);
  if (rate === 0) return 0;
  return beta === 1 ? Number.POSITIVE_INFINITY : rate / (1 - beta);
}

/**
 * The mean level just after an occurrence when occurrences are independent (a stationary Bernoulli stream of
 * rate r): 1 + β·r/(1 − β), since A_t = β·A_{t−1} + 1 there and A_{t−1} does not depend on x_t. Scaled by
 * N(1 − β) it is N(1 − β) + βF ≈ F + γ with γ = N(1 − β): add-γ, where the periodic stream gives
 * F + γ/2 + … . Infinity at β = 1 when r > 0; 1 when r = 0.
 * Throws RangeError unless β ∈ [0, 1] and r ∈ [0, 1].
 * @example
 * bernoulliPeakMean(0.02, 0.98); // 1.98
 */
export function bernoulliPeakMean(rate: number, beta: number): number {
  const mean = memoryMean(rate, beta);
  return mean === 0 ? 1 : 1 + beta * mean;
}

/** What a trace over a stream says (see traceSummary). */
export interface TraceSummary {
  /** A_t = β·A_{t−1} + x_t, t = 1 … N (memoryTrace). */
  trace: Float64Array;
  /** N, the stream's length in tokens. */
  length: number;
  /** F, the number of occurrences (the sum of the stream). */
  count: number;
  /** Where the item occurs: the tokens t with x_t > 0, ascending. */
  positions: Uint32Array;
  /** The level just after each occurrence, A at each of `positions`. */
  peaks: Float64Array;
  /** The mean of `peaks` (NaN without occurrences). */
  meanPeak: number;
  /** N/F, the mean number of tokens per occurrence (Infinity without occurrences, NaN for an empty stream). */
  period: number;
  /** The time-average of A over the N tokens (NaN for an empty stream). */
  mean: number;
  /** The stationary mean (F/N)/(1 − β) at the stream's rate (memoryMean; NaN for an empty stream). */
  meanTheory: number;
  /**
   * N(1 − β)·mean = Σ x_s(1 − β^{N−s}): F less what the last occurrences have not yet accumulated, so the
   * time-average gives back the plain count F (linear), never a smoothed one.
   */
  countFromMean: number;
  /**
   * The post's normalised F̂ = N(1 − β)/(1 − β^{N/F}) (forgettingCount with γ = N(1 − β)), which scales the
   * settled level just after an occurrence of a periodic stream, 1/(1 − β^{N/F}), by N(1 − β); F = 0 gives
   * its limit N(1 − β). NaN for an empty stream.
   */
  normalisedCount: number;
  /**
   * The mean level just after an occurrence were the occurrences independent at the stream's rate F/N,
   * 1 + β(F/N)/(1 − β) (bernoulliPeakMean; NaN for an empty stream or a rate above 1).
   */
  peakIfIndependent: number;
  /** N(1 − β)·peakIfIndependent = N(1 − β) + βF: the count that level gives, add-γ with γ = N(1 − β). */
  countIfIndependent: number;
}

/**
 * The trace of a stream under the per-token decay β, with the numbers that compare it with the post's model:
 * the count F, the levels just after each occurrence, the time-average of A against (F/N)/(1 − β), and the
 * normalised count F̂ = N(1 − β)/(1 − β^{N/F}). A stream with counts above 1 at a token counts them all.
 * Throws RangeError as memoryTrace does.
 * @example
 * traceSummary(periodicStream(6, 2), 0.5).peaks; // [1, 1.25, 1.3125]
 */
export function traceSummary(stream: ArrayLike<number>, beta: number): TraceSummary {
  const trace = memoryTrace(stream, beta);
  const length = stream.length;
  let count = 0;
  let events = 0;
  let sum = 0;
  let peakSum = 0;
  for (let t = 0; t < length; t++) {
    const x = stream[t] as number;
    count += x;
    if (x > 0) events++;
    sum += trace[t] as number;
  }
  const positions = new Uint32Array(events);
  const peaks = new Float64Array(events);
  for (let t = 0, k = 0; t < length; t++) {
    if ((stream[t] as number) > 0) {
      positions[k] = t;
      peaks[k++] = trace[t] as number;
      peakSum += trace[t] as number;
    }
  }
  const known = {
    trace,
    length,
    count,
    positions,
    peaks,
    meanPeak: events > 0 ? peakSum / events : Number.NaN,
  };
  if (length === 0) {
    const nan = Number.NaN;
    return {
      ...known,
      period: nan,
      mean: nan,
      meanTheory: nan,
      countFromMean: nan,
      normalisedCount: nan,
      peakIfIndependent: nan,
      countIfIndependent: nan,
    };
  }
  const mean = sum / length;
  const rate = count / length;
  const peakIfIndependent = rate <= 1 ? bernoulliPeakMean(rate, beta) : Number.NaN;
  return {
    ...known,
    period: count > 0 ? length / count : Number.POSITIVE_INFINITY,
    mean,
    meanTheory: rate <= 1 ? memoryMean(rate, beta) : rate / (1 - beta),
    countFromMean: length * (1 - beta) * mean,
    normalisedCount: count <= length ? forgettingCount(count, length, length * (1 - beta)) : Number.NaN,
    peakIfIndependent,
    countIfIndependent: length * (1 - beta) * peakIfIndependent,
  };
}
