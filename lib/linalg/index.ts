export type { Csr, CsrBlock } from './csr';
export {
  csrFromTriplets,
  csrSquaredNorm,
  csrSubmatrix,
  csrTimesDense,
  csrToDense,
  csrTransposeTimesDense,
  denseToCsr,
} from './csr';
export { add, hadamard, scale, sub } from './elementwise';
export {
  clipNegative,
  type LowRankStorage,
  lowRankStorage,
  relativeErrorCurve,
  squaredDistance,
} from './lowRankError';
export type { Mask } from './mask';
export { matmul, matvec } from './matmul';
export type { Matrix } from './matrix';
export { assertShape, fromFunction, fromRows, get, identity, matrix, shapeOf, toRows, zeros } from './matrix';
export { frobeniusNorm, maxAbs } from './norms';
export { principalAngles } from './principalAngles';
export type { Qr } from './qr';
export { qr } from './qr';
export type { RandomMatrixOptions } from './randomMatrix';
export { randomMatrix } from './randomMatrix';
export { type KnownRank, reachRank } from './rankShift';
export { rowSums } from './rowSums';
export type { Svd } from './svd';
export { lowRank, lowRankFromSvd, svd, tailEnergy } from './svd';
export { transpose } from './transpose';
export type { TruncatedSvdOptions } from './truncatedSvd';
export { truncatedSvd } from './truncatedSvd';
