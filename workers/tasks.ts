/**
 * The heavy computations widgets hand to the Web Worker, by name. Each task is a pure function of its input
 * (it calls lib/ and nothing else), so it runs the same in the worker, in a Node test and inline as a fallback.
 * A long task reports progress in [0, 1] and checks `cancelled()` between steps.
 */
import { attentionMask, blockDensity, type MaskKind, nnz, type RaceCost, raceCost } from '@/lib/attention';
import { type BlockMaskSummary, blockMask } from '@/lib/attention/blockMask';
import { maskFromExpression } from '@/lib/attention/expression';
import { type ImageScene, sceneImage } from '@/lib/images/scenes';
import { fromRows, type Matrix } from '@/lib/linalg/matrix';
import { type Svd, svd } from '@/lib/linalg/svd';
import {
  createCriteriaExperiment,
  type ExperimentOptions,
  type ExperimentResult,
} from '@/lib/sparsity/experiment';
import { autoencoderTrain } from './autoencoderTrain';
import { brownTraces } from './brownTraces';
import { embeddingsMap, embeddingsSlice } from './cooccurrenceSvd';
import { costRace } from './costRace';
import { queryModel, svdModel } from './embeddings';
import { keepNewest } from './keep';
import { monarchProject, monarchSweep } from './monarchProject';
import { monarchTiming } from './monarchTiming';
import { newWordsAsset, newWordsSvd, newWordsTop } from './newWords';
import { ocrAccuracy } from './ocrAccuracy';
import { ocrRead } from './ocrRead';
import { type TaskContext, type TaskResult, yieldToEventLoop } from './protocol';
import { selfTrainingTask } from './selfTraining';
import { sgnsTrain } from './sgnsTrain';
import { smoothingBakeoff, smoothingCorpus, smoothingLearningCurve } from './smoothingBakeoff';
import { taggerEnsure, taggerEvaluate, taggerInfluence, taggerQuery, taggerTrain } from './tagger';
import { wordProbeScores, wordProbeSgns } from './wordProbe';

export type { TaskContext, TaskResult } from './protocol';

/** Images whose factors the svd-image task keeps (all three scenes at the widget's one size: about 4.7 MB). */
const SVD_IMAGES_KEPT = 3;
const svdImages = new Map<string, { image: Matrix; svd: Svd }>();

export const tasks = {
  /** An attention mask reduced to size×size block densities, with its exact count of allowed pairs. */
  maskDensity(input: { kind: MaskKind; n: number; k: number; causal: boolean; size: number }): TaskResult<{
    density: Float32Array;
    size: number;
    nnz: number;
  }> {
    const mask = attentionMask(input.kind, input.n, { k: input.k, causal: input.causal });
    const size = Math.max(1, Math.min(input.size, input.n));
    const density = blockDensity(mask, size);
    return { value: { density, size, nnz: nnz(mask) }, transfer: [density.buffer] };
  },
  /**
   * The mask of a mask-lab expression (see maskFromExpression) with its B×B block summary (blockMask) and its
   * densities on a size×size grid for drawing. A bad expression rejects with the compiler's message.
   */
  expressionMask(input: { source: string; n: number; B: number; size: number }): TaskResult<{
    source: string;
    n: number;
    mask: Uint8Array;
    blocks: BlockMaskSummary;
    density: Float32Array;
    size: number;
  }> {
    const built = maskFromExpression(input.source, input.n);
    if (!built.ok) throw new Error(built.error.message);
    const blocks = blockMask(built.mask, input.B);
    const size = Math.max(1, Math.min(input.size, input.n));
    const density = blockDensity(built.mask, size);
    const mask = built.mask.data;
    return {
      value: { source: input.source, n: input.n, mask, blocks, density, size },
      transfer: [mask.buffer, blocks.states.buffer, density.buffer],
    };
  },
  /**
   * Times dense attention (with and without the mask) and sparseAttention for each n of `sizes`, with the
   * bytes of score storage and pairs visited; async, yields between samples and stops when cancelled.
   */
  costRace,
  /**
   * The cost race's theory per size (raceCost: pairs in closed form, bytes from the longest row of the mask,
   * which is built row by row: tens of ms at n = 4096); the inputs come back so the page can match them.
   */
  'race-costs'(input: { kind: MaskKind; sizes: number[]; causal: boolean }): TaskResult<{
    kind: MaskKind;
    sizes: number[];
    causal: boolean;
    costs: RaceCost[];
  }> {
    const costs = input.sizes.map((n) => raceCost(input.kind, n, { causal: input.causal }));
    return { value: { ...input, costs } };
  },
  /**
   * Hurley & Rickard's six criteria checked against every sparsity measure on seeded random vectors, in chunks
   * of trials with a yield to the event loop between them, so progress flows and a cancel stops the run at the
   * next chunk (the result is then dropped by the worker).
   */
  async 'sparsity-experiment'(
    input: ExperimentOptions,
    ctx: TaskContext,
  ): Promise<TaskResult<ExperimentResult>> {
    const run = createCriteriaExperiment(input);
    const chunk = Math.max(1, Math.ceil(run.total / 100));
    while (run.completed < run.total && !ctx.cancelled()) {
      run.advance(chunk);
      ctx.progress(run.completed / run.total);
      await yieldToEventLoop();
    }
    return { value: run.result() };
  },
  /** The new-words widget's word matrix, fetched and decoded off the page's main thread. */
  'new-words-asset': newWordsAsset,
  /** The leading singular triplets of the new-words matrix (truncatedSvd of a CSR matrix), with progress. */
  'new-words-svd': newWordsSvd,
  /** The word2vec article's SVD word vectors (co-occurrence → PMI family → truncated SVD), stored in the worker. */
  'embeddings-svd': svdModel,
  /** Neighbours, similarity or an analogy on a model stored in the worker (SVD or skip-gram), by key. */
  'embeddings-query': queryModel,
  /** The transformed co-occurrence matrix on chosen words (the cooccurrence-svd figure's heatmap). */
  'embeddings-slice': embeddingsSlice,
  /** Chosen words of a stored model in 2-D: their own principal components and the leading coordinates. */
  'embeddings-map': embeddingsMap,
  /** The word-probe figure's skip-gram model (one epoch, WORD_PROBE_SGNS), trained once per worker, stored. */
  'word-probe-sgns': wordProbeSgns,
  /** A stored model's scores on the probe list of lib/embeddings (analogy accuracy@1/@5, Spearman's ρ). */
  'word-probe-scores': wordProbeScores,
  /**
   * Skip-gram with negative sampling on the Brown running text, in chunks, resumable (the trainer stays in the
   * worker): each chunk's loss, tokens/s and the Levy–Goldberg check streamed; the vectors stored under sgnsKey.
   */
  'sgns-train': sgnsTrain,
  /**
   * The BiLSTM article's word tagger trained on the Brown entity tags, in chunks, resumable (the trainer stays
   * in the worker): loss and dev-set span F1 (greedy and Viterbi) streamed; the model stored under taggerKey.
   */
  'tagger-train': taggerTrain,
  /** A stored tagger's reading of typed text or a dev/test sentence: probabilities, decodings, spans, influence. */
  'tagger-query': taggerQuery,
  /** A stored tagger's span scores on the test (or dev) sentences. */
  'tagger-evaluate': taggerEvaluate,
  /**
   * Self-training on the Brown entity tags: a tagger trained on n labelled sentences, retrained round by round
   * with pseudo-labels of the next m (agreement-filtered, weighted); per-round loss, test F1 and pseudo-label
   * scores streamed; stops at the next slice when cancelled.
   */
  'self-training': selfTrainingTask,
  /** The stored tagger of some settings, trained to the end first (with progress) when it is not stored yet. */
  'tagger-ensure': taggerEnsure,
  /** A stored tagger's word influence over a split: shares before, at and after each position, and by offset. */
  'tagger-influence': taggerInfluence,
  /** The unseen pairs with the highest rank-k reconstruction (all, or of one character) and the errors at k. */
  'new-words-top': newWordsTop,
  /**
   * Trains a linear autoencoder at a paced rate, streaming new loss/angle points and a resumable snapshot
   * as progress partials (see workers/autoencoderTrain.ts); a cancel stops it at the next ~50 ms slice.
   */
  autoencoderTrain,
  /**
   * A procedural grayscale scene (sceneImage) and its thin SVD, once per image and worker: the image-compress
   * widget then rebuilds any rank k from the factors on the page. The last SVD_IMAGES_KEPT images' factors stay
   * in the worker, even from a cancelled run, so going back to an image answers at once (with copies: the page
   * gets its buffers transferred). Progress: 0.1 once the image is drawn, 1 at the end (the decomposition
   * itself is one call and cannot report in between; a cancel drops its result); a kept image reports only 1.
   */
  'svd-image'(
    input: { scene: ImageScene; size: number },
    ctx: TaskContext,
  ): TaskResult<{ scene: ImageScene; image: Matrix; svd: Svd }> {
    const key = `${input.scene}:${input.size}`;
    let kept = svdImages.get(key);
    if (!kept) {
      const image = sceneImage(input.scene, input.size);
      ctx.progress(0.1);
      kept = { image, svd: svd(image) };
      keepNewest(svdImages, key, kept, SVD_IMAGES_KEPT);
    }
    ctx.progress(1);
    const image = { ...kept.image, data: kept.image.data.slice() };
    const { U, S, V } = kept.svd;
    const f = { U: { ...U, data: U.data.slice() }, S: S.slice(), V: { ...V, data: V.data.slice() } };
    return {
      value: { scene: input.scene, image, svd: f },
      transfer: [image.data.buffer, f.U.data.buffer, f.S.buffer, f.V.data.buffer],
    };
  },
  /**
   * The thin SVD of a matrix given by its rows (the svd-rank widget's edited or pasted matrices, up to 32×32:
   * a tenth of a second or more on the page), with the rows it belongs to, so the page can tell a result for
   * the matrix on screen from one for a newer matrix.
   */
  'svd-rows'(input: { rows: number[][] }): TaskResult<{ rows: number[][]; svd: Svd }> {
    const f = svd(fromRows(input.rows));
    return {
      value: { rows: input.rows, svd: f },
      transfer: [f.U.data.buffer, f.S.buffer, f.V.data.buffer],
    };
  },
  /**
   * Times the fast Monarch product against a dense matvec of the same matrix for each n = m² (the dense one
   * up to n = 4096), with the largest difference of their results, streaming each size's point as progress;
   * async, yields between samples and stops when cancelled.
   */
  monarchTiming,
  /** The ocr-correct widget's accuracy over the asset's held-out words and sentences (simulated OCR + corrector). */
  'ocr-accuracy': ocrAccuracy,
  /**
   * One reading of the ocr-correct widget: simulated OCR, correction, statuses and the reasons for each change,
   * on the worker's copy of the OCR asset, so the page never decodes it.
   */
  'ocr-read': ocrRead,
  /** The monarch-project widget's matrix projected onto Monarch and onto rank m, both fits and both errors. */
  'monarch-project': monarchProject,
  /** Monarch against rank m over densities of sparse Gaussian matrices, streaming one point per density. */
  'monarch-sweep': monarchSweep,
  /** The Brown corpus loaded in the worker, summarised for the smoothing bake-off (sizes, tokens per training prefix). */
  'smoothing-corpus': smoothingCorpus,
  /** The smoothing bake-off at one training size: constants fitted on dev, every rule scored on test. */
  'smoothing-bakeoff': smoothingBakeoff,
  /** Test bits per token of every rule against training size, streaming one point per size, with cancel. */
  'smoothing-learning-curve': smoothingLearningCurve,
  /** The memory-trace widget's real words: the Brown corpus's opening tokens and a few words' positions in them. */
  'brown-traces': brownTraces,
} satisfies Record<string, (input: never, ctx: never) => TaskResult<unknown> | Promise<TaskResult<unknown>>>;

export type Tasks = typeof tasks;
export type TaskName = keyof Tasks;
export type TaskInput<N extends TaskName> = Parameters<Tasks[N]>[0];
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<Tasks[N]>>['value'];
/** What a streaming task attaches to its progress reports (`unknown` for tasks that attach nothing). */
export type TaskPartial<N extends TaskName> =
  Parameters<Tasks[N]> extends [unknown, TaskContext<infer P>, ...unknown[]] ? P : never;

/** Runs one task; shared by the worker entry point and the inline fallback. */
export async function runTaskInline(
  task: string,
  input: unknown,
  ctx: TaskContext,
): Promise<TaskResult<unknown>> {
  const fn = (tasks as Record<string, unknown>)[task] as (
    input: unknown,
    ctx: TaskContext,
  ) => TaskResult<unknown> | Promise<TaskResult<unknown>>;
  if (!fn) throw new Error(`Unknown task “${String(task)}”`);
  return fn(input, ctx);
}
