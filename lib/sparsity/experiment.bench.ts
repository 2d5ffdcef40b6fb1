import { bench, describe } from 'vitest';
import { runCriteriaExperiment } from './experiment';

// The experiment the sparsity-criteria widget runs in its worker: every measure × every criterion.
describe('runCriteriaExperiment, n 2–32', () => {
  bench('500 trials, all 21 measures', () => {
    runCriteriaExperiment({ trials: 500, seed: 1, nMin: 2, nMax: 32 });
  });
  bench('500 trials, Gini only', () => {
    runCriteriaExperiment({ trials: 500, seed: 1, nMin: 2, nMax: 32, measureIds: ['gini'] });
  });
});
