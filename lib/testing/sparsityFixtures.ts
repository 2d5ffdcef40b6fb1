/**
 * Test fixtures for lib/sparsity: which registry measures are ratios (scale-free, with the least-sparse value
 * for the zero vector), written down once for the edge tests and the whole-range property tests.
 */

/** The registry's ratio measures: m(αx) = m(x) for every α > 0, and the zero vector reads as a constant one. */
export const RATIO_MEASURE_IDS: readonly string[] = [
  's0',
  's1p',
  'sStar',
  'gini',
  'hoyer',
  'shannon',
  'renyi',
  'l2l1',
  'kappa4',
  'uTheta',
  'hs',
  'pqMean',
];
