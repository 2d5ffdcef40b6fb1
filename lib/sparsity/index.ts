export type {
  BillGatesCheck,
  Criterion,
  CriterionApplication,
  CriterionCheck,
  CriterionId,
  CriterionOptions,
  CriterionOutcome,
} from './criteria';
export {
  applyCriterion,
  BILL_GATES_ALPHAS,
  BILL_GATES_BETAS,
  CRITERION_IDS,
  CRITERION_OUTCOMES,
  checkBillGates,
  checkCriterion,
  criteria,
  criterionOutcome,
  demandedChange,
  SAME_ATOL,
  SAME_RTOL,
  STRICT_RTOL,
} from './criteria';
export type {
  CellResult,
  CriteriaExperimentRun,
  ExperimentOptions,
  ExperimentResult,
  VectorFamily,
} from './experiment';
export {
  createCriteriaExperiment,
  randomCriterionOptions,
  randomVector,
  runCriteriaExperiment,
  VECTOR_FAMILIES,
} from './experiment';
export type { FieldGrid } from './geometry';
export {
  evenLevels,
  fieldRange,
  L1_OVER_L2,
  l1OverL2,
  levelSet,
  planeToSimplex,
  projectToSimplex,
  SIMPLEX_HEIGHT,
  sampleSimplex,
  sampleSquare,
  shadingEnds,
  simplexPoint,
  simplexToPlane,
} from './geometry';
export { lorenzCurve } from './lorenz';
export {
  energyEntropy,
  energyEntropyPrime,
  gaussianEntropy,
  gini,
  hoyer,
  kappa4,
  l0,
  l0Eps,
  l2OverL1,
  negL1,
  negLog,
  negLp,
  negLpMinus,
  negTanh,
  pqMean,
  renyiEntropy,
  s0,
  s1p,
  shannonEntropy,
  sStar,
  sStarBounds,
  uTheta,
} from './measures';
export { lpNorm, magnitudes, powerMean } from './norms';
export {
  attentionRowVector,
  gaussianNoiseVector,
  oneHotVector,
  powerLawVector,
  scaleToMax,
  scaleToSum,
  softmaxLogitsVector,
  uniformVector,
} from './presets';
export type { Direction, MeasureOrders, MeasureParam, SparsityMeasure } from './registry';
export {
  boundsFraction,
  getMeasure,
  measureParams,
  measures,
  S_STAR_PARAMS,
  sparsityScore,
} from './registry';
export type { RenyiIdentityCheck, TemperaturePath } from './temperature';
export {
  logSpace,
  renyiIdentity,
  renyiIdentityCurve,
  seededLogits,
  softmaxAtTemperature,
  sStarFromRenyi,
  temperaturePath,
} from './temperature';
