/**
 * A seeded simulated OCR: an image model that reads each character right or, with probability `noise`, as one
 * of its visually confusable characters, and reports a few candidates with probabilities, as the post's CNN
 * does (kexue.fm/archives/3842: 柳 0.87838, 视 0.12148, 规 0.00012).
 */

import { createRng } from '../random';
import type { Candidate, Lattice } from '../viterbi';
import type { ConfusionSets } from './asset';

/** Options of {@link simulateOcr}. */
export interface SimulateOptions {
  /** Probability in [0, 1] that a character with confusables is misread (its top candidate is wrong). */
  noise: number;
  /** Seed of the randomness; position i draws from createRng(`${seed}/${i}`). */
  seed: number | string;
  /** Candidates per position, the true character included (default 4, clamped to [1, 1 + confusables]). */
  candidates?: number;
  /** Similarity scale τ of the confusables' logits −(1 − similarity)/τ (default 0.05). */
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
 * Simulates an image model reading `text`, one position per code point.
 *
 * A character without confusables (punctuation, Latin, characters outside the confusion sets) is read
 * exactly: one candidate with log-probability 0. Otherwise the candidates are the character and its first
 * `candidates − 1` confusables, scored by logits and a softmax over them:
 * - read right (u ≥ noise): truth 0; each confusable −(2 + 2v) − (1 − similarity)/τ + 0.5z, capped at −0.05;
 * - misread (u < noise): a confusable chosen with weight exp(−(1 − similarity)/τ) gets 0, the truth
 *   −(0.2 + 2.3v′) (a strong runner-up, like 视 behind 柳), the others as above;
 * with u, v, v′ uniform on [0, 1) and z standard normal, drawn from createRng(`${seed}/${i}`) in a fixed
 * order, so the result is deterministic for a seed, position i does not depend on other characters, and
 * raising `noise` only adds misreads (the draws do not depend on it). RangeError for noise outside [0, 1],
 * a non-positive temperature or fewer than 1 candidate.
 *
 * @example
 * const confusions = new Map([['干', [{ char: '于', similarity: 0.93 }]]]);
 * simulateOcr('速干', confusions, { noise: 1, seed: 1 }).imageReading; // '速于'
 */
export function simulateOcr(text: string, confusions: ConfusionSets, options: SimulateOptions): SimulatedOcr {
  const { noise, seed, candidates = 4, temperature = 0.05 } = options;
  if (!(noise >= 0 && noise <= 1)) throw new RangeError(`simulateOcr: noise must be in [0, 1], got ${noise}`);
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
    const vTruth = rng.next();
    const pick = rng.next();
    const confusableLogits = similar.map((c) => {
      const v = rng.next();
      const z = rng.normal();
      return Math.min(-0.05, -(2 + 2 * v) - (1 - c.similarity) / temperature + 0.5 * z);
    });
    let truthLogit = 0;
    if (u < noise) {
      const weights = similar.map((c) => Math.exp(-(1 - c.similarity) / temperature));
      const total = weights.reduce((s, w) => s + w, 0);
      let chosen = 0;
      let acc = weights[0] as number;
      while (chosen < weights.length - 1 && pick * total >= acc) {
        chosen += 1;
        acc += weights[chosen] as number;
      }
      confusableLogits[chosen] = 0;
      truthLogit = -(0.2 + 2.3 * vTruth);
    }
    const tokens = [ch, ...similar.map((c) => c.char)];
    const logits = [truthLogit, ...confusableLogits];
    const max = Math.max(...logits);
    const logZ = max + Math.log(logits.reduce((s, l) => s + Math.exp(l - max), 0));
    const order = tokens
      .map((_, k) => k)
      .sort((a, b) => (logits[b] as number) - (logits[a] as number) || a - b);
    lattice.push(order.map((k) => ({ token: tokens[k] as string, logProb: (logits[k] as number) - logZ })));
    truthIndex.push(order.indexOf(0));
    reading.push(tokens[order[0] as number] as string);
    if (order[0] !== 0) misread.push(i);
  });
  return { truth, lattice, imageReading: reading.join(''), misread, truthIndex };
}
