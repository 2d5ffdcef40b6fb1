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
export type { MonarchCell, MonarchEntryPath } from './factors';
export {
  monarchBlock,
  monarchEntryPath,
  monarchProductCheck,
  monarchStages,
  withMonarchBlock,
} from './factors';
export {
  blockDiagonalMatrix,
  blockDiagonalMatvec,
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
