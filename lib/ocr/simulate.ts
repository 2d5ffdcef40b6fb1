/**
 * A seeded simulated OCR: an image model that reads each character right or, with probability `noise`, as one
 * of its visually confusable characters, and reports a few candidates with probabilities, as the post's CNN
 * does (kexue.fm/archives/3842: 柳 0.87838, 视 0.12148, 规 0.00012). Its probabilities are calibrated: a
 * candidate reported with probability W is the true character a fraction W of the time, so the less noise, the
 * surer it is, and at noise 0 it is certain.
 */

import { createRng } from '../random';
import type { Candidate, Lattice } from '../viterbi';
import type { ConfusionSets } from './asset';

/** The largest noise {@link simulateOcr} accepts: its reading always keeps at least half the probability. */
export const MAX_NOISE = 0.5;

/** Options of {@link simulateOcr}. */
export interface SimulateOptions {
  /** Probability in [0, ½] that a character with confusables is misread (its top candidate is wrong). */
  noise: number;
  /** Seed of the randomness; position i draws from createRng(`${seed}/${i}`). */
  seed: number | string;
  /** Candidates per position, the true character included (default 4, clamped to [1, 1 + confusables]). */
  candidates?: number;
  /** Similarity scale τ: a misread picks a confusable with weight exp(−(1 − similarity)/τ) (default 0.05). */
  temperature?: number;
}

/** A simulated reading of a text. */
export interface SimulatedOcr {
  /** The text's characters (code points). */
  truth: string[];
  /** Candidates per position, sorted by image probability (descending), natural-log probabilities. */
  lattice: Lattice;
  /** The image model alone: the top candidate at every position, joined. */
  imageReading: string;
  /** Positions whose top candidate is not the true character. */
  misread: number[];
  /** Index of the true character in each lattice column. */
  truthIndex: number[];
}

/**
 * The image model's doubt about one box, ε = ½(1 − u^(2·noise/(1 − 2·noise))) for u uniform on [0, 1): in
 * [0, ½], with mean `noise` (ε/½ follows Beta(1, β) with β = (1 − 2·noise)/(2·noise)), 0 at noise 0, ½ at noise ½,
 * and for a fixed u increasing in noise.
 */
function doubt(u: number, noise: number): number {
  if (noise === 0) return 0;
  return 0.5 * (1 - u ** ((2 * noise) / (1 - 2 * noise)));
}

/**
 * Simulates an image model reading `text`, one position per code point.
 *
 * A character without confusables (punctuation, Latin, characters outside the confusion sets) is read
 * exactly: one candidate with log-probability 0. Otherwise the candidates are the character and its first
 * m = `candidates − 1` confusables, in m + 1 slots with probabilities
 *   q₀ = 1 − ε (the character the model reads), q_j = ε·g_j / Σg (j = 1 … m), g_j = exp(−2(j − 1) + ½z_j),
 * where ε ∈ [0, ½] is the box's doubt (mean `noise`) and z_j are standard normal. The true character goes to
 * slot j with probability q_j (drawn with w uniform): slot 0 means read right, with the confusables in slots
 * 1 … m, most similar first; any other slot is a misread, where slot 0 holds a confusable chosen with weight
 * exp(−(1 − similarity)/τ) and the rest keep their order. So the reported probabilities are calibrated by
 * construction (P(truth in slot j | q) = q_j), a box is misread with probability E[ε] = noise, and the misread
 * boxes are the doubtful ones. Slots of probability 0 (ε = 0: noise 0) are left out, so at noise 0 every
 * position has one sure candidate. Draws come from createRng(`${seed}/${i}`) in a fixed order (u, w, the
 * confusable pick, then z_j), so the result is deterministic for a seed, position i does not depend on other
 * characters, and raising `noise` only adds misreads (ε grows with noise for the same draws). RangeError for
 * noise outside [0, ½], a non-positive temperature or fewer than 1 candidate.
 *
 * @example
 * const confusions = new Map([['干', [{ char: '于', similarity: 0.93 }]]]);
 * simulateOcr('速干', confusions, { noise: 0, seed: 1 }).lattice[1]; // [{ token: '干', logProb: 0 }]
 */
export function simulateOcr(text: string, confusions: ConfusionSets, options: SimulateOptions): SimulatedOcr {
  const { noise, seed, candidates = 4, temperature = 0.05 } = options;
  if (!(noise >= 0 && noise <= MAX_NOISE)) {
    throw new RangeError(`simulateOcr: noise must be in [0, ${MAX_NOISE}], got ${noise}`);
  }
  if (!(temperature > 0)) throw new RangeError(`simulateOcr: temperature must be > 0, got ${temperature}`);
  if (!(candidates >= 1)) throw new RangeError(`simulateOcr: candidates must be ≥ 1, got ${candidates}`);
  const truth = Array.from(text);
  const lattice: Candidate[][] = [];
  const misread: number[] = [];
  const truthIndex: number[] = [];
  const reading: string[] = [];
  truth.forEach((ch, i) => {
    const similar = (confusions.get(ch) ?? []).slice(0, Math.floor(candidates) - 1);
    if (similar.length === 0) {
      lattice.push([{ token: ch, logProb: 0 }]);
      truthIndex.push(0);
      reading.push(ch);
      return;
    }
    const rng = createRng(`${seed}/${i}`);
    const u = rng.next();
    const w = rng.next();
    const pick = rng.next();
    const g = similar.map((_, j) => Math.exp(-2 * j + 0.5 * rng.normal()));
    const eps = doubt(u, noise);
    const gSum = g.reduce((s, x) => s + x, 0);
    const q = [1 - eps, ...g.map((x) => (eps * x) / gSum)];
    // The truth's slot: the first j whose cumulative probability exceeds w.
    let slot = 0;
    let acc = q[0] as number;
    while (slot < q.length - 1 && w >= acc) {
      slot += 1;
      acc += q[slot] as number;
    }
    const look = similar.map((c) => c.char);
    let tokens: string[];
    if (slot === 0) tokens = [ch, ...look];
    else {
      const weights = similar.map((c) => Math.exp(-(1 - c.similarity) / temperature));
      const total = weights.reduce((s, x) => s + x, 0);
      let chosen = 0;
      let cum = weights[0] as number;
      while (chosen < weights.length - 1 && pick * total >= cum) {
        chosen += 1;
        cum += weights[chosen] as number;
      }
      const rest = look.filter((_, j) => j !== chosen);
      tokens = [look[chosen] as string];
      for (let j = 1; j < q.length; j++) tokens.push(j === slot ? ch : (rest.shift() as string));
    }
    const order = q
      .map((_, k) => k)
      .filter((k) => (q[k] as number) > 0)
      .sort((a, b) => (q[b] as number) - (q[a] as number) || a - b);
    lattice.push(order.map((k) => ({ token: tokens[k] as string, logProb: Math.log(q[k] as number) })));
    truthIndex.push(order.indexOf(slot));
    reading.push(tokens[order[0] as number] as string);
    if (order[0] !== slot) misread.push(i);
  });
  return { truth, lattice, imageReading: reading.join(''), misread, truthIndex };
}
