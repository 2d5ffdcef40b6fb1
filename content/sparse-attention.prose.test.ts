// The numbers the sparse-attention article types into its prose, and the arithmetic its live equations
// display, recomputed with lib/attention: a change to either side that makes them disagree fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveValue } from '@/components/figure/live';
import { attentionMaskParams } from '@/components/widgets/AttentionMask/params';
import { receptiveFieldParams } from '@/components/widgets/ReceptiveField/params';
import { attentionMask, expectedNnz, raceCost, reachability } from '@/lib/attention';
import { formatInteger } from '@/lib/format';
import { flattenProse } from './prose';
import { bestSparseK, sparseAttentionLive } from './sparse-attention.live';

const text = flattenProse(readFileSync(path.join(__dirname, 'sparse-attention.mdx'), 'utf8'));
const live = (name: string, n: number, k: number) => liveValue(sparseAttentionLive, { n, k }, name);

describe('sparse-attention: typed numbers against lib', () => {
  it("the post's examples: n = 16, k = 4 gives 64, 124, 148; n = 8, k = 2 gives 32, 34, 46", () => {
    const counts = (n: number, k: number) =>
      (['atrous', 'local', 'sparse'] as const).map((kind) => expectedNnz(kind, n, { k }));
    expect(counts(16, 4)).toEqual([64, 124, 148]);
    expect(counts(8, 2)).toEqual([32, 34, 46]);
    expect(text).toContain(
      '$n = 16, k = 4$ gives $64$ atrous, $124$ local and $148$ sparse pairs, and $n=8, k=2$ gives $32$, $34$ and $46$',
    );
    // The reader can set the prose's n and k to both examples.
    for (const v of [8, 16]) expect(v).toBeGreaterThanOrEqual(sparseAttentionLive.vars.n.min);
    expect(sparseAttentionLive.vars.k.max).toBeGreaterThanOrEqual(4);
  });

  it('the live equations show true arithmetic for every n and k the page allows', () => {
    const { n: N, k: K } = sparseAttentionLive.vars;
    for (let n = N.min; n <= 200; n++) {
      for (let k = K.min; k <= K.max; k++) {
        const m = live('window', n, k);
        expect(m).toBe(Math.min(k, n - 1));
        expect(live('local', n, k)).toBe(n * (2 * m + 1) - m * (m + 1));
        const Q = Math.floor((n - 1) / k);
        expect(live('stride', n, k)).toBe(Q);
        expect(live('atrous', n, k)).toBe(n * (2 * Q + 1) - k * Q * (Q + 1));
        expect(live('overlap', n, k)).toBe(k < n ? 3 * n - 2 * k : n);
        expect(live('sparse', n, k)).toBe(live('local', n, k) + live('atrous', n, k) - live('overlap', n, k));
      }
    }
    // The post's n(2k + 1) − k(k + 1) is right while k < n and wrong beyond: the text says so.
    expect(4 * (2 * 5 + 1) - 5 * 6).not.toBe(expectedNnz('local', 4, { k: 5 }));
    expect(text).toContain('$n(2k+1) - k(k+1)$, which holds while $k \\lt n$');
  });

  it('the correction: the fewest pairs at n = 16 are 144 at k = 3 (not 148 at 4), at n = 1024 90,146 at k = 23', () => {
    const at = (n: number, k: number) => formatInteger(expectedNnz('sparse', n, { k }));
    expect([bestSparseK(16), bestSparseK(1024)]).toEqual([3, 23]);
    expect(text).toContain(
      `for $n = 16$ the best $k$ is 3 (${at(16, 3)} pairs), not the post's illustrative 4 (${at(16, 4)}), and for $n = 1024$ it is 23 (${at(1024, 23)} pairs) rather than 32 (${at(1024, 32)})`,
    );
  });

  it('the timing note: n²/nnz at k = round(√n) is 11.0, 15.5 and 21.7 at n = 1024, 2048, 4096', () => {
    const ratios = [1024, 2048, 4096].map((n) => raceCost('sparse', n).speedup.toFixed(1));
    expect(text).toContain(`is ${ratios[0]}, ${ratios[1]} and ${ratios[2]} at $n$ = 1024, 2048 and 4096`);
  });

  it('reachability examples: Local(2) then Atrous(4) at n = 8; causal local under a non-causal stride', () => {
    const narrow = reachability([attentionMask('local', 8, { k: 2 }), attentionMask('atrous', 8, { k: 4 })]);
    expect(narrow.data[3 * 8]).toBe(0); // output 3 never sees input 0
    expect(text).toContain('Local(2) then Atrous(4) at $n = 8$ leaves output 3 unable to see input 0');
    const mixed = reachability([
      attentionMask('local', 8, { k: 4, causal: true }),
      attentionMask('atrous', 8, { k: 4 }),
    ]);
    expect(Array.from(mixed.data.subarray(0, 8))).toEqual([1, 1, 1, 1, 1, 0, 0, 0]);
    expect(text).toContain('output 0 sees inputs 1 to 4 after it and never inputs 5 to 7');
  });

  it('the figures offer what the text promises: n up to 4096, up to four layers', () => {
    expect(attentionMaskParams.n.max).toBe(4096);
    expect(text).toContain('computed for any $n$ up to 4096');
    expect(receptiveFieldParams.layers.max).toBe(4);
    expect(text).toContain('Stack up to four layers');
  });
});
