// The bilstm-train figure's schema starts where the worker's DEFAULT_TAGGER does (a schema cannot import the
// worker core, so the check lives here, where both may be imported). Generic schema checks: catalog.test.ts.
import { describe, expect, it } from 'vitest';
import { defaults } from '@/components/figure/schema';
import { bilstmTrainParams, taggerSettings } from '@/components/widgets/BilstmTrain/params';
import { DEFAULT_TAGGER } from '@/workers/tagger';

describe('bilstmTrainParams', () => {
  it('taggerSettings(defaults) is the worker’s DEFAULT_TAGGER', () => {
    expect(taggerSettings(defaults(bilstmTrainParams))).toEqual(DEFAULT_TAGGER);
  });
});
