export type { ButterflyFactor } from './butterfly';
export {
  butterflyFactorMatrix,
  butterflyMatrix,
  butterflyMatvec,
  butterflyParameterCount,
  butterflyToGeneralMonarch,
  butterflyToMonarch,
  hadamard,
  hadamardButterfly,
  randomButterfly,
} from './butterfly';
export type { BudgetComparison, ProjectInput, ProjectInputOptions, SweepPoint } from './compare';
export {
  budgetFits,
  compareMonarchLowRank,
  densitySweepPoint,
  lowRankPlusNoise,
  monarchPlusNoise,
  PROJECT_INPUTS,
  projectInputMatrix,
  SWEEP_DENSITIES,
  SWEEP_SEEDS,
  sparseGaussian,
} from './compare';
export type { MonarchCell, MonarchEntryPath } from './factors';
export {
  monarchBlock,
  monarchEntryPath,
  monarchProductCheck,
  monarchStages,
  withMonarchBlock,
} from './factors';
export {
  bestMonarchBlocks,
  blockDiagonalMatrix,
  blockDiagonalMatvec,
  countNonzeros,
  divisors,
  generalMonarchMatrix,
  generalMonarchMatvec,
  monarchNonzeros,
  nearestDivisor,
  permutationMatrix,
  randomGeneralMonarch,
} from './general';
export {
  monarchMatrix,
  monarchMatvec,
  monarchParameterCount,
  randomMonarch,
} from './monarch';
export { applyPermutation, monarchPermutation, stridePermutation } from './permutation';
export type { MonarchProjection } from './project';
export { monarchProject, monarchSlice } from './project';
export type { MatvecCounts, MatvecTiming } from './timing';
export { countsThrough, DENSE_MATVEC_MAX_N, MATVEC_TIMING_ORDERS, matvecCounts } from './timing';
