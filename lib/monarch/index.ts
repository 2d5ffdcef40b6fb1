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
export type { MatvecCounts, MatvecTiming } from './timing';
export { countsThrough, DENSE_MATVEC_MAX_N, MATVEC_TIMING_ORDERS, matvecCounts } from './timing';
