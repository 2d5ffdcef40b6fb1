/**
 * Lattices for the Viterbi stepper: the post's 电视 example with its own counts, two sentences built from the
 * post's other corrections (研友→研发 and 围像→图像, 速于→速干) with made-up but plausible image probabilities
 * and a small made-up count table, and seeded random lattices.
 */

import { createRng } from '@/lib/random';
import { type BigramCounts, bigramModel, type Lattice, type LogTransition, POST_COUNTS } from '@/lib/viterbi';
import { viterbiStepperParams } from './params';

/** The stepper's lattice and its transition model, with what the reader should know about them. */
export interface StepperLattice {
  lattice: Lattice;
  logTransition: LogTransition;
  /** The text the image shows (for presets), '' for random lattices. */
  truth: string;
  /** One sentence on where the numbers come from. */
  source: string;
}

/** The lattices the stepper offers (declared, with their labels, in params.ts). */
export const PRESET_IDS = viterbiStepperParams.preset.options;
export type PresetId = (typeof PRESET_IDS)[number];

type Column = readonly (readonly [string, number])[];

/**
 * Made-up counts in the spirit of the post's corpus (tens of thousands for common characters, a few for rare
 * pairs), over the post's V = 3062 classes; pairs not listed count 0. They only have to be plausible: common
 * words (研发, 图像, 速干, 衣服) are frequent, the misreadings (研友, 围像, 速于) rare.
 */
export const MADE_UP_COUNTS: BigramCounts = {
  unigram: new Map([
    ['研', 3000],
    ['砑', 20],
    ['妍', 150],
    ['友', 9000],
    ['发', 40000],
    ['岌', 30],
    ['围', 6000],
    ['图', 12000],
    ['国', 60000],
    ['像', 15000],
    ['象', 7000],
    ['豫', 400],
    ['速', 8000],
    ['逮', 300],
    ['迷', 2500],
    ['于', 50000],
    ['干', 9000],
    ['千', 11000],
    ['衣', 7000],
    ['农', 9000],
    ['表', 20000],
    ['服', 15000],
    ['股', 10000],
    ['报', 18000],
  ]),
  bigram: new Map([
    ['研发', 1800],
    ['研友', 5],
    ['妍友', 1],
    ['发图', 40],
    ['发围', 3],
    ['发国', 90],
    ['友图', 2],
    ['友围', 1],
    ['友国', 30],
    ['图像', 4000],
    ['图象', 300],
    ['围像', 2],
    ['国像', 20],
    ['国象', 10],
    ['速干', 120],
    ['速于', 15],
    ['迷于', 40],
    ['干衣', 60],
    ['于衣', 10],
    ['于农', 30],
    ['干农', 2],
    ['于表', 60],
    ['千表', 1],
    ['衣服', 3000],
    ['农服', 3],
    ['表服', 2],
    ['表报', 5],
    ['衣报', 1],
    ['农报', 10],
  ]),
  vocabulary: 3062,
};

const SENTENCES: Record<'yanfa' | 'sugan', { truth: string; columns: Column[] }> = {
  yanfa: {
    truth: '研发图像',
    columns: [
      [
        ['研', 0.92],
        ['砑', 0.05],
        ['妍', 0.03],
      ],
      [
        ['友', 0.58],
        ['发', 0.39],
        ['岌', 0.03],
      ],
      [
        ['围', 0.61],
        ['图', 0.36],
        ['国', 0.03],
      ],
      [
        ['像', 0.83],
        ['象', 0.15],
        ['豫', 0.02],
      ],
    ],
  },
  sugan: {
    truth: '速干衣服',
    columns: [
      [
        ['速', 0.9],
        ['逮', 0.07],
        ['迷', 0.03],
      ],
      [
        ['于', 0.62],
        ['干', 0.35],
        ['千', 0.03],
      ],
      [
        ['衣', 0.75],
        ['农', 0.22],
        ['表', 0.03],
      ],
      [
        ['服', 0.88],
        ['股', 0.09],
        ['报', 0.03],
      ],
    ],
  },
};

const toLattice = (columns: readonly Column[]): Lattice =>
  columns.map((c) => c.map(([token, p]) => ({ token, logProb: Math.log(p) })));

/** Characters the random lattices draw their candidates from. */
export const RANDOM_POOL = '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年';

/**
 * A seeded random lattice: n positions with l distinct candidates each drawn from {@link RANDOM_POOL}, image
 * probabilities softmax(1.5·z) of standard normals z, and a random bigram table over the pool (each row
 * softmax(2·z), about one pair in five impossible, log P = −∞). Same seed, same lattice.
 */
export function randomStepperLattice(seed: number, n: number, l: number): StepperLattice {
  const rng = createRng(`viterbi-stepper:${seed}`);
  const pool = Array.from(RANDOM_POOL);
  const m = pool.length;
  const table = new Map<string, number>();
  for (const a of pool) {
    const raw = pool.map(() => (rng.next() < 0.2 ? 0 : Math.exp(2 * rng.normal())));
    const sum = raw.reduce((s, x) => s + x, 0);
    pool.forEach((b, j) => {
      table.set(a + b, sum > 0 ? Math.log(raw[j] / sum) : Number.NEGATIVE_INFINITY);
    });
  }
  const lattice: Lattice = Array.from({ length: n }, () => {
    const tokens = rng.shuffle(pool).slice(0, Math.min(l, m));
    const raw = tokens.map(() => Math.exp(1.5 * rng.normal()));
    const sum = raw.reduce((s, x) => s + x, 0);
    return tokens
      .map((token, k) => ({ token, logProb: Math.log(raw[k] / sum) }))
      .sort((a, b) => b.logProb - a.logProb);
  });
  return {
    lattice,
    logTransition: (a, b) => table.get(a + b) ?? Number.NEGATIVE_INFINITY,
    truth: '',
    source: `Seeded random lattice (seed ${seed}): image probabilities and a bigram table drawn at random, about one transition in five impossible.`,
  };
}

/** The lattice and transition model of a preset; `seed`, `n` and `l` only matter for 'random'. */
export function stepperLattice(preset: PresetId, seed: number, n: number, l: number): StepperLattice {
  if (preset === 'random') return randomStepperLattice(seed, n, l);
  if (preset === 'dianshi') {
    const model = bigramModel(POST_COUNTS, { kind: 'mle' });
    return {
      lattice: toLattice([
        [
          ['电', 0.99996],
          ['宙', 0.00004],
        ],
        [
          ['柳', 0.87838],
          ['视', 0.12148],
          ['规', 0.00012],
        ],
      ]),
      logTransition: (a, b) => model.logProb(a, b),
      truth: '电视',
      source:
        'The post’s numbers: image probabilities, and maximum-likelihood transitions from its counts (unseen pairs have probability 0, log P = −∞).',
    };
  }
  const s = SENTENCES[preset];
  const model = bigramModel(MADE_UP_COUNTS, { kind: 'add', alpha: 1 });
  return {
    lattice: toLattice(s.columns),
    logTransition: (a, b) => model.logProb(a, b),
    truth: s.truth,
    source:
      'Made-up image probabilities (the misreading on top, as in the post) and a small made-up count table, add-1 smoothed over V = 3062 classes.',
  };
}
