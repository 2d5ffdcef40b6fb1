export type { ButterflyFactor } from './butterfly';
export {
  butterflyMatrix,
  butterflyMatvec,
  butterflyParameterCount,
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
export {
  blockDiagonalMatrix,
  divisors,
  generalMonarchMatrix,
  generalMonarchMatvec,
  monarchNonzeros,
  permutationMatrix,
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
