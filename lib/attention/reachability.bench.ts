import { bench, describe } from 'vitest';
import { attentionMask } from './mask';
import { layersToFullCoverage, reachability, reachabilityByLayer } from './reachability';

// Boolean products over bitset rows: one layer costs O(nnz(M) · ⌈n/32⌉) word ORs.
for (const n of [256, 1024]) {
  const k = Math.sqrt(n);
  const local = attentionMask('local', n, { k });
  const atrous = attentionMask('atrous', n, { k });
  const sparse = attentionMask('sparse', n, { k });
  const full = attentionMask('full', n);
  describe(`reachability, n = ${n}, k = √n = ${k}`, () => {
    bench('local then atrous (2 layers)', () => {
      reachability([local, atrous]);
    });
    bench('local ×4', () => {
      reachability([local, local, local, local]);
    });
    bench('sparse ×4', () => {
      reachability([sparse, sparse, sparse, sparse]);
    });
    bench('full ×2 (densest case)', () => {
      reachability([full, full]);
    });
    bench('reachabilityByLayer, local, atrous, local, atrous', () => {
      reachabilityByLayer([local, atrous, local, atrous]);
    });
  });
}

// The widget's worst cases at its largest n = 256 (the whole coverage run happens on every input change).
describe('layersToFullCoverage, the widget at n = 256', () => {
  const n = 256;
  const local1 = attentionMask('local', n, { k: 1 });
  const atrous4 = attentionMask('atrous', n, { k: 4 });
  const fixed = attentionMask('fixed', n, { k: 64 });
  bench('local k = 1 ×4 cycle (255 layers to cover)', () => {
    layersToFullCoverage([local1, local1, local1, local1]);
  });
  bench('atrous k = 4 ×4 cycle (never; detected after 2 cycles)', () => {
    layersToFullCoverage([atrous4, atrous4, atrous4, atrous4]);
  });
  bench("fixed k = 64 ×4 cycle, target 'past'", () => {
    layersToFullCoverage([fixed, fixed, fixed, fixed], { target: 'past' });
  });
});

describe('layersToFullCoverage at n = 1024, k = 32', () => {
  const n = 1024;
  const local = attentionMask('local', n, { k: 32 });
  const atrous = attentionMask('atrous', n, { k: 32 });
  bench('local alone (32 layers)', () => {
    layersToFullCoverage([local]);
  });
  bench('local then atrous (2 layers)', () => {
    layersToFullCoverage([local, atrous]);
  });
});
