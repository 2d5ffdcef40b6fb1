/**
 * Self-training with agreement filtering, as the BiLSTM entity post did it: train on the labelled sentences and
 * tag the unlabelled pool (round 0); retrain on the labelled sentences plus every pseudo-labelled one and tag the
 * pool again (round 1); from round 2 on keep only the pool sentences whose last two taggings agree, retrain on
 * the labelled sentences plus those, and tag again. Each retraining round weighs labelled : pseudo-labelled
 * sentences by its own pair (the post: 10 : 1, then 5 : 1, then 1 : 1).
 *
 * The pool's gold tags are never trained on; they only score the pseudo-labels (how many kept sentences are
 * entirely right, span precision and recall), which a real unlabelled pool could not. Everything is a
 * deterministic function of the inputs and the seed, run a slice at a time (`createSelfTraining().step`) so a
 * worker can stream progress and stop; `selfTrain` runs it to the end.
 */
import {
  createTagger,
  createTrainer,
  evaluateTagger,
  type PretrainedVectors,
  type TaggedSentence,
  type Tagger,
  type TaggerConfig,
  type TaggerEvaluation,
  type TaggerTrainer,
  tagSentence,
} from './tagger';
import {
  POST_TRANSITIONS,
  type Span,
  type SpanScore,
  spanScore,
  TAGS,
  type Tag,
  type TransitionTable,
  tagsToSpans,
} from './tags';

/** Labelled : pseudo-labelled sentence weight of one retraining round, e.g. [10, 1]. */
export type WeightPair = readonly [labelled: number, pseudo: number];

/** The post's weights for rounds 1, 2 and 3. */
export const POST_WEIGHTS: readonly WeightPair[] = [
  [10, 1],
  [5, 1],
  [1, 1],
];

/** What self-training works on. */
export interface SelfTrainingData {
  /** Sentences with their gold tags, trained on in every round. */
  readonly labelled: readonly TaggedSentence[];
  /** The unlabelled pool; its `tags` (gold) only score the pseudo-labels and are never trained on. */
  readonly pool: readonly TaggedSentence[];
  /** Scored after every round. */
  readonly test: readonly TaggedSentence[];
}

/** How self-training runs. */
export interface SelfTrainingOptions {
  /** The tagger and its initial weights' seed (every round from scratch starts from the same weights). */
  readonly config: TaggerConfig;
  readonly seed: number | string;
  readonly pretrained?: PretrainedVectors;
  /** One pair per retraining round (rounds 1…); default POST_WEIGHTS. Round 0 trains on the labelled alone. */
  readonly weights?: readonly WeightPair[];
  /** Epochs over the round's training set per round; default 2. */
  readonly epochs?: number;
  readonly learningRate: number;
  readonly batchSize?: number;
  /**
   * Go on training the previous round's model (true; a new Adam state each round) or start each round from the
   * same fresh weights, as the post did (default).
   */
  readonly warmStart?: boolean;
  /** Pseudo-labels and test scores decode under this table; default the post's. */
  readonly table?: TransitionTable;
  /** Sentences of work (training, tagging or scoring) per step; default 200. */
  readonly chunk?: number;
}

/** The pseudo-labels a round trained on, scored against the pool's hidden gold tags. */
export interface PseudoLabelScore {
  /** Pool sentences trained on (all of them in round 1, the agreeing ones later) out of the pool. */
  readonly kept: number;
  readonly pool: number;
  /** Kept sentences whose pseudo-tags equal the gold tags at every word. */
  readonly right: number;
  /** Span-level scores of the kept pseudo-labels against gold. */
  readonly spans: SpanScore;
}

/** One finished round. */
export interface SelfTrainingRound {
  readonly round: number;
  /** The weights the round trained with (labelled, pseudo), normalised so labelled = 1; null in round 0. */
  readonly weights: WeightPair | null;
  readonly pseudo: PseudoLabelScore | null;
  /** Sentences in the round's training set (labelled plus kept). */
  readonly trainSize: number;
  /** Mean loss per weighted word after each chunk of training: (sentences into the round, loss). */
  readonly loss: readonly { sentences: number; loss: number }[];
  readonly test: TaggerEvaluation;
}

/** Where a self-training run stands. */
export interface SelfTrainingState {
  readonly round: number;
  readonly rounds: number;
  readonly phase: 'training' | 'scoring' | 'tagging' | 'done';
  /** Epoch of the current round's training (1-based). */
  readonly epoch: number;
  /** Share of the whole run's work done, in [0, 1]. */
  readonly progress: number;
  /** The current round's loss curve so far. */
  readonly loss: readonly { sentences: number; loss: number }[];
  readonly finished: readonly SelfTrainingRound[];
  readonly done: boolean;
}

/** A self-training run advanced a slice at a time. */
export interface SelfTraining {
  /** Does the next slice of work (about `chunk` sentences) and says where the run stands. */
  step(): SelfTrainingState;
  readonly state: SelfTrainingState;
  /** The current model (the last round's once done). */
  readonly model: Tagger;
}

const positive = (v: number) => Number.isFinite(v) && v >= 0;
/** Sentences the trainer counts (it skips empty ones). */
const withWords = (data: readonly TaggedSentence[]) => data.filter((s) => s.words.length > 0).length;

/**
 * The training set and weights of a round: the labelled sentences at weight 1, the pseudo-labelled ones at
 * pseudo / labelled (dropped when that is 0, so a zero weight trains exactly as no pool would).
 * @example
 * roundTrainingSet(labelled, pseudo, [10, 1]).weights; // [1, 1, …, 0.1, 0.1, …]
 */
export function roundTrainingSet(
  labelled: readonly TaggedSentence[],
  pseudo: readonly TaggedSentence[],
  pair: WeightPair,
): { data: TaggedSentence[]; weights: number[] | undefined } {
  const [wl, wp] = pair;
  if (!(positive(wl) && wl > 0 && positive(wp)))
    throw new RangeError(`selfTraining: weights ${wl}:${wp} must be ≥ 0 with the labelled one > 0`);
  const w = wp / wl;
  if (w === 0 || pseudo.length === 0) return { data: labelled.slice(), weights: undefined };
  return {
    data: [...labelled, ...pseudo],
    weights: [...labelled.map(() => 1), ...pseudo.map(() => w)],
  };
}

/**
 * The pool indices whose two taggings agree at every word (the post's filter between rounds).
 * @example
 * agreeing([[0, 1], [0, 0]], [[0, 1], [0, 2]]); // [0]
 */
export function agreeing(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[] {
  if (a.length !== b.length) throw new RangeError(`agreeing: ${a.length} and ${b.length} taggings`);
  const out: number[] = [];
  a.forEach((x, i) => {
    const y = b[i] as readonly number[];
    if (x.length === y.length && x.every((k, t) => k === y[t])) out.push(i);
  });
  return out;
}

/**
 * Pseudo-labels (tag indices per pool sentence, `indices` of the pool) scored against the pool's gold tags.
 * @example
 * scorePseudoLabels(pool, tags, [0, 3]).right; // kept sentences tagged entirely right
 */
export function scorePseudoLabels(
  pool: readonly TaggedSentence[],
  tags: readonly (readonly number[])[],
  indices: readonly number[],
): PseudoLabelScore {
  const toSpans = (k: ArrayLike<number>): Span[] => tagsToSpans(Array.from(k, (i) => TAGS[i] as Tag));
  let right = 0;
  const gold: Span[][] = [];
  const pred: Span[][] = [];
  for (const i of indices) {
    const g = (pool[i] as TaggedSentence).tags;
    const p = tags[i] as readonly number[];
    if (p.length === g.length && p.every((k, t) => k === g[t])) right += 1;
    gold.push(toSpans(g));
    pred.push(toSpans(p));
  }
  return { kept: indices.length, pool: pool.length, right, spans: spanScore(gold, pred) };
}

/**
 * A self-training run over `data` with `options`, advanced by `step()` (about `chunk` sentences of work each):
 * per round, training (epochs over labelled + kept pseudo-labelled sentences), scoring on the test set, and
 * tagging the pool with Viterbi under the table. Rounds = 1 + weights.length. Throws RangeError on an empty
 * labelled set or bad weights, epochs or chunk.
 * @example
 * const run = createSelfTraining(data, { config, seed: 1, learningRate: 0.01 });
 * while (!run.step().done) {}
 * run.state.finished.at(-1)?.test.viterbi.f1;
 */
export function createSelfTraining(data: SelfTrainingData, options: SelfTrainingOptions): SelfTraining {
  const { labelled, pool, test } = data;
  const weights = options.weights ?? POST_WEIGHTS;
  const epochs = options.epochs ?? 2;
  const chunk = options.chunk ?? 200;
  const table = options.table ?? POST_TRANSITIONS;
  if (labelled.length === 0) throw new RangeError('selfTraining: no labelled sentences');
  if (!(Number.isSafeInteger(epochs) && epochs >= 1)) throw new RangeError(`selfTraining: epochs ${epochs}`);
  if (!(Number.isSafeInteger(chunk) && chunk >= 1)) throw new RangeError(`selfTraining: chunk ${chunk}`);
  for (const p of weights) roundTrainingSet([], [], p);
  const rounds = weights.length + 1;
  const fresh = () => createTagger(options.config, options.seed, options.pretrained);

  let model = fresh();
  let round = 0;
  let phase: SelfTrainingState['phase'] = 'training';
  let trainer: TaggerTrainer;
  let trainSize = 0;
  let pair: WeightPair | null = null;
  let pseudo: PseudoLabelScore | null = null;
  let total = 0;
  let trained = 0;
  let loss: { sentences: number; loss: number }[] = [];
  let position = 0;
  let tagged: number[][] = [];
  // The pool's taggings of the last two rounds.
  let previous: number[][] | null = null;
  let latest: number[][] | null = null;
  const finished: SelfTrainingRound[] = [];
  let work = 0;
  let evaluation: TaggerEvaluation | null = null;

  // Work in sentences per round: training, scoring, tagging. Later rounds are planned with the whole pool kept
  // and re-planned once the agreement is known.
  const roundWork = (kept: number) => (labelled.length + kept) * epochs + test.length + pool.length;
  let plannedWork = roundWork(0) + (rounds - 1) * roundWork(pool.length);

  const begin = () => {
    if (round > 0) {
      pair = weights[round - 1] as WeightPair;
      const labels = latest as number[][];
      const kept = round === 1 ? pool.map((_, i) => i) : agreeing(labels, previous as number[][]);
      pseudo = scorePseudoLabels(pool, labels, kept);
      const set = roundTrainingSet(
        labelled,
        kept.map((i) => ({ ...(pool[i] as TaggedSentence), tags: labels[i] as number[] })),
        pair,
      );
      if (!options.warmStart) model = fresh();
      trainer = createTrainer(model, set.data, trainerOptions(round), set.weights);
      trainSize = withWords(set.data);
      plannedWork += roundWork(trainSize - labelled.length) - roundWork(pool.length);
    } else {
      trainer = createTrainer(model, labelled, trainerOptions(0));
      trainSize = withWords(labelled);
    }
    total = trainSize * epochs;
    trained = 0;
    loss = [];
    phase = 'training';
  };
  const trainerOptions = (r: number) => ({
    learningRate: options.learningRate,
    batchSize: options.batchSize,
    seed: `${options.seed}:round${r}`,
  });

  const state = (): SelfTrainingState => ({
    round: Math.min(round, rounds - 1),
    rounds,
    phase,
    epoch: phase === 'training' ? Math.min(epochs, Math.floor(trained / Math.max(1, trainSize)) + 1) : epochs,
    progress: phase === 'done' ? 1 : Math.min(1, work / Math.max(1, plannedWork)),
    loss: loss.slice(),
    finished: finished.slice(),
    done: phase === 'done',
  });

  begin();
  return {
    get state() {
      return state();
    },
    get model() {
      return model;
    },
    step() {
      if (phase === 'training') {
        const p = trainer.step(Math.min(chunk, total - trained));
        trained += p.sentences;
        work += p.sentences;
        // Only sentences of positive weight count, so `trained` reaches `total` exactly at the epochs' end.
        loss.push({ sentences: trained, loss: p.loss });
        if (trained >= total) {
          phase = 'scoring';
          position = 0;
        }
      } else if (phase === 'scoring') {
        // Scored in one go: the evaluation's F1 is over the whole test set.
        evaluation = evaluateTagger(model, test, table);
        work += test.length;
        phase = 'tagging';
        position = 0;
        tagged = [];
      } else if (phase === 'tagging') {
        const start = position;
        const end = Math.min(pool.length, position + chunk);
        for (; position < end; position++) {
          const s = tagSentence(model, pool[position] as TaggedSentence, 'viterbi', table);
          tagged.push(s.tags.map((t) => TAGS.indexOf(t)));
        }
        work += end - start;
        if (position >= pool.length) {
          finished.push({
            round,
            weights: pair ? [1, pair[1] / pair[0]] : null,
            pseudo,
            trainSize,
            loss: loss.slice(),
            test: evaluation as TaggerEvaluation,
          });
          previous = latest;
          latest = tagged;
          round += 1;
          if (round >= rounds) phase = 'done';
          else begin();
        }
      }
      return state();
    },
  };
}

/**
 * Self-training run to the end (createSelfTraining stepped until done): one report per round.
 * @example
 * const rounds = selfTrain({ labelled, pool, test }, { config, seed: 1, learningRate: 0.02 });
 * rounds[0].test.viterbi.f1; // before; rounds.at(-1).test.viterbi.f1: after
 */
export function selfTrain(data: SelfTrainingData, options: SelfTrainingOptions): SelfTrainingRound[] {
  const run = createSelfTraining(data, options);
  let s = run.state;
  while (!s.done) s = run.step();
  return s.finished.slice();
}

/** The most retraining rounds parseWeightPairs accepts. */
export const MAX_WEIGHT_ROUNDS = 6;

/**
 * Weight pairs typed as "labelled:pseudo" separated by commas or spaces, e.g. "10:1, 5:1, 1:1" — one pair per
 * retraining round, 1 to MAX_WEIGHT_ROUNDS of them, each number finite and ≥ 0 with the labelled one > 0.
 * Returns the pairs or a message naming the first bad part.
 * @example
 * parseWeightPairs('10:1, 5:1'); // { ok: true, pairs: [[10, 1], [5, 1]] }
 * parseWeightPairs('10:x'); // { ok: false, error: '“10:x” is not labelled:pseudo …' }
 */
export function parseWeightPairs(
  text: string,
): { ok: true; pairs: WeightPair[] } | { ok: false; error: string } {
  const parts = text.split(/[\s,;]+/).filter((p) => p.length > 0);
  if (parts.length === 0) return { ok: false, error: 'no weights: type pairs like 10:1, 5:1, 1:1' };
  if (parts.length > MAX_WEIGHT_ROUNDS)
    return { ok: false, error: `${parts.length} pairs: at most ${MAX_WEIGHT_ROUNDS} rounds` };
  const pairs: WeightPair[] = [];
  for (const part of parts) {
    const m = /^(\d+(?:\.\d*)?|\.\d+):(\d+(?:\.\d*)?|\.\d+)$/.exec(part);
    const l = m ? Number(m[1]) : Number.NaN;
    const p = m ? Number(m[2]) : Number.NaN;
    if (!(Number.isFinite(l) && Number.isFinite(p)))
      return { ok: false, error: `“${part}” is not labelled:pseudo with two numbers ≥ 0, like 10:1` };
    if (!(l > 0)) return { ok: false, error: `“${part}”: the labelled weight must be above 0` };
    pairs.push([l, p]);
  }
  return { ok: true, pairs };
}
