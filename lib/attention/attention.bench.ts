// Dense vs sparse attention with the post's 'sparse' pattern (local ∪ atrous), k = round(√n), d = dv = 32,
// at n = 1024, 2048, 4096 (the Performance section). Besides vitest's own table, each size prints
// the measured speed-up of the sparse kernel over dense masked attention (medians of the runs timed here),
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

/** Wraps `fn` so every call's duration (ms) is recorded for the speed-up table. */
function timed(samples: number[], fn: () => void): () => void {
  return () => {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  };
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
  const times = { dense: [] as number[], unmasked: [] as number[], sparse: [] as number[] };
  // Dense at 4096 takes about a second a call: a fixed, small number of runs instead of vitest's 500 ms budget.
  const slow = {
    iterations: n >= 4096 ? 4 : n >= 2048 ? 6 : 10,
    time: 0,
    warmupIterations: 1,
    warmupTime: 0,
  };
  const fast = { iterations: 30, time: 0, warmupIterations: 3, warmupTime: 0 };

  const report = () => {
    // vitest runs the warm-up through the same function: drop those samples.
    const dense = median(times.dense.slice(slow.warmupIterations));
    const unmasked = median(times.unmasked.slice(slow.warmupIterations));
    const sparse = median(times.sparse.slice(fast.warmupIterations));
    const speedup = dense / sparse;
    const vsUnmasked = unmasked / sparse;
    const pct = (x: number) => `${((100 * x) / theory).toFixed(0)}%`;
    console.log(
      [
        `n = ${n}, k = ${k}, d = ${d}: nnz = ${nnz}, theoretical n²/nnz = ${theory.toFixed(2)}`,
        `  medians: dense + mask ${dense.toFixed(1)} ms, dense no mask ${unmasked.toFixed(1)} ms, sparse ${sparse.toFixed(2)} ms`,
        `  speed-up over dense + mask ${speedup.toFixed(2)}× = ${pct(speedup)} of theoretical`,
        `  speed-up over dense, no mask ${vsUnmasked.toFixed(2)}× = ${pct(vsUnmasked)} of theoretical`,
        `  load average ${loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')} (2 cores: numbers are noisy above ~0.5)`,
      ].join('\n'),
    );
  };

  describe(`attention, n = ${n}, d = ${d}, sparse pattern k = ${k} (nnz ${nnz}, n²/nnz ${theory.toFixed(2)})`, () => {
    bench(
      'dense attention(Q, K, V, mask)',
      timed(times.dense, () => {
        attention(Q, K, V, mask);
      }),
      slow,
    );
    bench(
      'dense attention(Q, K, V), no mask',
      timed(times.unmasked, () => {
        attention(Q, K, V);
      }),
      slow,
    );
    bench(
      'sparseAttention(Q, K, V, rowLists) (CSR from attentionRowLists)',
      timed(times.sparse, () => {
        sparseAttention(Q, K, V, lists);
      }),
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
    // The table is printed once the last task of this size has run.
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
