export type { AttentionOptions, AttentionResult, RowLists } from './attention';
export { attention, maskToRowLists, sparseAttention } from './attention';
export { blockDensity } from './blockDensity';
export type { BlockMaskSummary, BlockState } from './blockMask';
export {
  BLOCK_EMPTY,
  BLOCK_FULL,
  BLOCK_PARTIAL,
  BLOCK_STATE_CODES,
  blockMask,
  blockStateGrid,
} from './blockMask';
export type { RaceCost, RaceExponents, RaceMethod, RaceTiming } from './costModel';
export {
  RACE_METHODS,
  raceBytes,
  raceCost,
  raceExponents,
  raceK,
  raceLooksDisturbed,
  theoryThrough,
} from './costModel';
export { density, expectedNnz, nnz, rowCounts } from './counts';
export type { AttentionExample, QKVName, ResolvedQKV } from './example';
export { ATTENTION_EXAMPLE, exampleAttentionWeights, QKV_NAMES, resolveQKV } from './example';
export type {
  CompiledMaskExpression,
  MaskBinaryOperator,
  MaskExpressionError,
  MaskExpressionNode,
  MaskExpressionResult,
  MaskExpressionType,
  MaskFromExpressionResult,
  MaskFunction,
  MaskUnaryOperator,
  MaskVariable,
} from './expression';
export { compileMaskExpression, MASK_EXPRESSION_LIMITS, maskFromExpression } from './expression';
export type { MaskKind, MaskOptions, ResolvedMaskOptions } from './mask';
export {
  ALWAYS_CAUSAL,
  attentionMask,
  MASK_KIND_LABELS,
  MASK_KINDS,
  MAX_MASK_N,
  resolveMaskOptions,
} from './mask';
export type { AttentionKernel, AttentionMemory, AttentionMemoryOptions } from './memory';
export { attentionMemory } from './memory';
export type { QKV } from './randomQKV';
export { randomQKV } from './randomQKV';
export type { Coverage, CoverageRun, CoverageTarget, ReceptiveField } from './reachability';
export {
  coverage,
  isCausalMask,
  layersToFullCoverage,
  reachability,
  reachabilityByLayer,
  receptiveField,
} from './reachability';
export { attentionRowLengths, attentionRowLists, longestRow } from './rowLists';
export { maskedSoftmax, softmax, softmaxInPlace } from './softmax';
export type { WeightStats } from './weightStats';
export { entropy, rowWeightStats, weightStats } from './weightStats';
