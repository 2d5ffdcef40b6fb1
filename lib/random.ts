/**
 * Seeded pseudo-random numbers: the only source of randomness in this project.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state, from
 * PractRand), seeded by splitmix32 for integer seeds and by the cyrb128 string hash otherwise. Both use
 * only 32-bit integer arithmetic (`Math.imul`, `>>>`), so a seed gives the same stream on every platform,
 * in the browser, in a Worker and in Node. Never use `Math.random` in this project: server HTML and client
 * hydration must agree, and tests must be reproducible.
 */

/** A seeded random number generator; every method advances the same underlying stream. */
export interface Rng {
  /** The seed this generator was created with, exactly as given to {@link createRng}. */
  readonly seed: number | string;
  /** Uniform float in [0, 1) with 32 bits of resolution. */
  next(): number;
  /** Uniform unsigned 32-bit integer in [0, 2³² − 1]. */
  uint32(): number;
  /**
   * Uniform integer in [lo, hiInclusive], without modulo bias (rejection sampling).
   * Throws RangeError unless both bounds are safe integers, lo ≤ hiInclusive, and the range holds at most 2³² values.
   */
  int(lo: number, hiInclusive: number): number;
  /** Normal variate N(mean, sd²) by the Box–Muller transform (the second variate of each pair is cached). */
  normal(mean?: number, sd?: number): number;
  /** A new array with the elements of `arr` in uniformly random order (Fisher–Yates); `arr` is not modified. */
  shuffle<T>(arr: readonly T[]): T[];
}

const TWO_POW_32 = 4294967296;

/** splitmix32 step: returns the next 32-bit output for a state advanced by the golden-ratio increment. */
function splitmix32(state: number): number {
  let z = state | 0;
  z = (z ^ (z >>> 16)) | 0;
  z = Math.imul(z, 0x21f0aaad);
  z = z ^ (z >>> 15);
  z = Math.imul(z, 0x735a2d97);
  z = z ^ (z >>> 15);
  return z >>> 0;
}

/** cyrb128: a fast, well-mixed 128-bit string hash (bryc, public domain), used to seed from strings. */
function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** The four 32-bit words of sfc32's initial state for a seed. */
function seedState(seed: number | string): [number, number, number, number] {
  if (typeof seed === 'number') {
    if (!Number.isFinite(seed))
      throw new RangeError(`createRng: seed must be a finite number or a string, got ${seed}`);
    if (Number.isInteger(seed) && seed >= 0 && seed < TWO_POW_32) {
      // splitmix32 turns consecutive integers (0, 1, 2, …) into unrelated states.
      let s = seed | 0;
      const words: [number, number, number, number] = [0, 0, 0, 0];
      for (let w = 0; w < 4; w++) {
        s = (s + 0x9e3779b9) | 0;
        words[w] = splitmix32(s);
      }
      return words;
    }
    // Negative, fractional or huge seeds: hash the exact decimal string (ECMAScript fixes Number→String).
    return cyrb128(`number:${String(seed)}`);
  }
  return cyrb128(seed);
}

/**
 * Creates a seeded generator: the same seed gives the same sequence on every platform and run.
 *
 * Integer seeds in [0, 2³²) are expanded by splitmix32; any other finite number is hashed through its
 * decimal string, so −1, 1.5 and 2⁴⁰ all give distinct streams; strings are hashed by cyrb128 (the empty
 * string is a valid seed). A non-finite number throws RangeError.
 *
 * @example
 * const rng = createRng(42);
 * rng.next();        // 0 ≤ x < 1
 * rng.int(1, 6);     // a die roll
 * rng.normal(0, 1);  // a standard normal variate
 * createRng('attention').shuffle([1, 2, 3]);
 */
export function createRng(seed: number | string): Rng {
  let [a, b, c, d] = seedState(seed);
  let spare = Number.NaN;

  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };

  // Discard the first outputs so weak seeds (e.g. nearly all-zero words) are well mixed.
  for (let i = 0; i < 15; i++) uint32();

  const next = (): number => uint32() / TWO_POW_32;

  const int = (lo: number, hiInclusive: number): number => {
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hiInclusive) || lo > hiInclusive) {
      throw new RangeError(`rng.int: need safe integers lo ≤ hi, got lo = ${lo}, hi = ${hiInclusive}`);
    }
    const range = hiInclusive - lo + 1;
    if (range > TWO_POW_32) throw new RangeError(`rng.int: range of ${range} values exceeds 2^32`);
    // Reject the top sliver of [0, 2³²) that does not split into whole copies of the range.
    const limit = TWO_POW_32 - (TWO_POW_32 % range);
    let u = uint32();
    while (u >= limit) u = uint32();
    return lo + (u % range);
  };

  const normal = (mean = 0, sd = 1): number => {
    let z: number;
    if (Number.isNaN(spare)) {
      // 1 − next() lies in (0, 1], so the logarithm is finite.
      const u1 = 1 - next();
      const u2 = next();
      const r = Math.sqrt(-2 * Math.log(u1));
      const theta = 2 * Math.PI * u2;
      z = r * Math.cos(theta);
      spare = r * Math.sin(theta);
    } else {
      z = spare;
      spare = Number.NaN;
    }
    return mean + sd * z;
  };

  const shuffle = <T>(arr: readonly T[]): T[] => {
    const out = arr.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  };

  return { seed, next, uint32, int, normal, shuffle };
}
