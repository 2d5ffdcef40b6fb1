/**
 * The sparse-attention article's running example: the Q, K and V the masked-attention figure starts from
 * (seeded, or edited by the reader), and the attention weights they give. The measuring-sparsity article
 * reuses those weights as real attention rows, so both read this one declaration.
 */
import { fromRows, type Matrix } from '../linalg/matrix';
import { attention } from './attention';
import { attentionMask, type MaskKind } from './mask';
import { randomQKV } from './randomQKV';

/** The example's settings: n queries and keys of dimension d drawn from `seed`, temperature t, the mask. */
export interface AttentionExample {
  n: number;
  d: number;
  seed: number;
  t: number;
  pattern: MaskKind;
  k: number;
  causal: boolean;
}

/** The masked-attention figure's starting point: 8 positions, d = 4, seed 1, t = 1, local mask with k = 2. */
export const ATTENTION_EXAMPLE: Readonly<AttentionExample> = {
  n: 8,
  d: 4,
  seed: 1,
  t: 1,
  pattern: 'local',
  k: 2,
  causal: false,
};

/** The name of one input of attention: queries Q, keys K or values V (the keys of an edit in `resolveQKV`). */
export type QKVName = 'Q' | 'K' | 'V';
/** Every `QKVName`, in the order `randomQKV` draws them: Q, K, V. */
export const QKV_NAMES: readonly QKVName[] = ['Q', 'K', 'V'];

/** Q, K and V, which of them the reader edited, and one sentence per edit that could not be used. */
export interface ResolvedQKV {
  Q: Matrix;
  K: Matrix;
  V: Matrix;
  edited: Record<QKVName, boolean>;
  notices: string[];
}

/**
 * Q, K and V (each n×d): `randomQKV(n, d, seed)`, except where an edited matrix (rows) of shape n×d is given.
 * An empty edit means "not edited"; an edit of another shape is ignored with a notice naming both shapes, so
 * a stale link never breaks the figure.
 *
 * @example resolveQKV({ n: 2, d: 1, seed: 3, Q: [[1], [2]], K: [], V: [] }).edited // { Q: true, K: false, V: false }
 */
export function resolveQKV({
  n,
  d,
  seed,
  ...edits
}: { n: number; d: number; seed: number } & Record<QKVName, readonly (readonly number[])[]>): ResolvedQKV {
  const seeded = randomQKV(n, d, seed);
  const out: Record<QKVName, Matrix> = { ...seeded };
  const edited: Record<QKVName, boolean> = { Q: false, K: false, V: false };
  const notices: string[] = [];
  for (const name of QKV_NAMES) {
    const rows = edits[name];
    if (rows.length === 0) continue;
    const cols = rows[0]?.length ?? 0;
    if (rows.length === n && rows.every((r) => r.length === d)) {
      out[name] = fromRows(rows.map((r) => [...r]));
      edited[name] = true;
    } else {
      notices.push(
        `${name}: the edited matrix is ${rows.length}×${cols}, but n = ${n} and d = ${d} need ${n}×${d}; using the ${name} drawn from seed ${seed}.`,
      );
    }
  }
  return { ...out, edited, notices };
}

/**
 * The n×n attention weights of an example with seeded Q, K, V: masked softmax of QKᵀ/(√d·t); every row sums
 * to 1 and masked keys are exactly 0.
 *
 * @example exampleAttentionWeights().rows // 8
 */
export function exampleAttentionWeights(example: AttentionExample = ATTENTION_EXAMPLE): Matrix {
  const { n, d, seed, t, pattern, k, causal } = example;
  const { Q, K, V } = randomQKV(n, d, seed);
  return attention(Q, K, V, attentionMask(pattern, n, { k, causal }), { temperature: t }).weights;
}
