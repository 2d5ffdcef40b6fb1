// Dense vs sparse attention with the post's 'sparse' pattern (local ∪ atrous), k = round(√n), d = dv = 32,
// at n = 1024, 2048, 4096 (the Performance section). Besides vitest's own table, each size prints
// the measured speed-up of the sparse kernel over dense masked attention (medians of interleaved rounds),
// the theoretical ratio n²/nnz of the pairs each visits, and their quotient (goal: ≥ 80%). Run it when the
// machine is quiet (the load average is printed with the table): `npx vitest bench --run lib/attention`.
import { loadavg } from 'node:os';
import { bench, describe } from 'vitest';
import { randomMatrix } from '../linalg';
import { createRng } from '../random';
import { median } from '../stats';
import { attention, maskToRowLists, sparseAttention } from './attention';
import { attentionMask } from './mask';
import { attentionRowLists } from './rowLists';

/** ms per call of `fn`, run `batch` times in a row. */
function timeOf(fn: () => unknown, batch = 1): number {
  const t0 = performance.now();
  for (let b = 0; b < batch; b++) fn();
  return (performance.now() - t0) / batch;
}

for (const n of [1024, 2048, 4096]) {
  const d = 32;
  const k = Math.round(Math.sqrt(n));
  const rng = createRng(`bench-${n}`);
  const Q = randomMatrix(n, d, rng);
  const K = randomMatrix(n, d, rng);
  const V = randomMatrix(n, d, rng);
  const mask = attentionMask('sparse', n, { k });
  const lists = attentionRowLists('sparse', n, { k });
  const nnz = lists.indices.length;
  const theory = (n * n) / nnz;
  // Dense at 4096 takes about a second a call: a fixed, small number of runs instead of vitest's 500 ms budget.
  const slow = {
    iterations: n >= 4096 ? 4 : n >= 2048 ? 6 : 10,
    time: 0,
    warmupIterations: 1,
    warmupTime: 0,
  };
  const fast = { iterations: 30, time: 0, warmupIterations: 3, warmupTime: 0 };

  // The speed-up table times the three kernels in turn, round after round, so a machine that slows down
  // or speeds up during the run (other jobs, frequency changes) affects all three alike.
  const report = () => {
    const rounds = n >= 4096 ? 3 : 5;
    const batch = Math.max(1, Math.round(n / 256));
    const times = { dense: [] as number[], unmasked: [] as number[], sparse: [] as number[] };
    for (let r = 0; r < rounds; r++) {
      times.dense.push(timeOf(() => attention(Q, K, V, mask)));
      times.unmasked.push(timeOf(() => attention(Q, K, V)));
      times.sparse.push(timeOf(() => sparseAttention(Q, K, V, lists), batch));
    }
    const dense = median(times.dense);
    const unmasked = median(times.unmasked);
    const sparse = median(times.sparse);
    const speedup = dense / sparse;
    const vsUnmasked = unmasked / sparse;
    const pct = (x: number) => `${((100 * x) / theory).toFixed(0)}%`;
    console.log(
      [
        `n = ${n}, k = ${k}, d = ${d}: nnz = ${nnz}, theoretical n²/nnz = ${theory.toFixed(2)} (${rounds} interleaved rounds)`,
        `  medians: dense + mask ${dense.toFixed(1)} ms, dense no mask ${unmasked.toFixed(1)} ms, sparse ${sparse.toFixed(2)} ms`,
        `  speed-up over dense + mask ${speedup.toFixed(2)}× = ${pct(speedup)} of theoretical`,
        `  speed-up over dense, no mask ${vsUnmasked.toFixed(2)}× = ${pct(vsUnmasked)} of theoretical`,
        `  load average ${loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')} (2 cores; the bench itself adds about 1: more means other jobs were running)`,
      ].join('\n'),
    );
  };

  describe(`attention, n = ${n}, d = ${d}, sparse pattern k = ${k} (nnz ${nnz}, n²/nnz ${theory.toFixed(2)})`, () => {
    bench(
      'dense attention(Q, K, V, mask)',
      () => {
        attention(Q, K, V, mask);
      },
      slow,
    );
    bench(
      'dense attention(Q, K, V), no mask',
      () => {
        attention(Q, K, V);
      },
      slow,
    );
    bench(
      'sparseAttention(Q, K, V, rowLists) (CSR from attentionRowLists)',
      () => {
        sparseAttention(Q, K, V, lists);
      },
      fast,
    );
    bench(
      'sparseAttention(Q, K, V, mask) (includes the O(n²) mask scan)',
      () => {
        sparseAttention(Q, K, V, mask);
      },
      fast,
    );
    bench(
      'maskToRowLists(mask) (the O(n²) scan alone)',
      () => {
        maskToRowLists(mask);
      },
      fast,
    );
    // The speed-up table is measured and printed once the last task of this size has run.
    bench(
      'attentionRowLists(pattern) (O(n + nnz))',
      () => {
        attentionRowLists('sparse', n, { k });
      },
      {
        ...fast,
        teardown: (_task, mode) => {
          if (mode === 'run') report();
        },
      },
    );
  });
}
