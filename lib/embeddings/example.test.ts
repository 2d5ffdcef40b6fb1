import { describe, expect, it } from 'vitest';
import { EXAMPLE_VOCABULARIES, resolveEmbedding, seededEmbedding } from './example';
import { countVector } from './oneHot';
import { segment } from './segment';

describe('the one-hot example', () => {
  it('each example sentence is made of its vocabulary only; the post’s gives (1, 1, 1, 1, 0, 0)', () => {
    for (const v of Object.values(EXAMPLE_VOCABULARIES)) {
      expect(segment(v.sentence, v.words, v.mode).every((s) => s.index >= 0)).toBe(true);
    }
    const post = EXAMPLE_VOCABULARIES.post;
    const pieces = segment(post.sentence, post.words, post.mode);
    expect(
      Array.from(
        countVector(
          pieces.map((s) => s.index),
          post.words.length,
        ),
      ),
    ).toEqual([1, 1, 1, 1, 0, 0]);
  });
  it('seededEmbedding(V, n, seed) is reproducible, in [−1, 1], and has two decimals', () => {
    const W = seededEmbedding(6, 4, 3);
    expect(Array.from(seededEmbedding(6, 4, 3).data)).toEqual(Array.from(W.data));
    expect(Array.from(seededEmbedding(6, 4, 4).data)).not.toEqual(Array.from(W.data));
    for (const w of W.data) {
      expect(Math.abs(w)).toBeLessThanOrEqual(1);
      expect(Math.round(w * 100) / 100).toBe(w);
    }
  });
  it('resolveEmbedding keeps a V×n edit, and ignores another shape with a notice naming both', () => {
    expect(
      resolveEmbedding(2, 2, 1, [
        [1, 2],
        [3, 4],
      ]),
    ).toMatchObject({ edited: true });
    expect(
      Array.from(
        resolveEmbedding(2, 2, 1, [
          [1, 2],
          [3, 4],
        ]).W.data,
      ),
    ).toEqual([1, 2, 3, 4]);
    const stale = resolveEmbedding(2, 3, 1, [
      [1, 2],
      [3, 4],
    ]);
    expect(stale.edited).toBe(false);
    expect(stale.notice).toMatch(/2×2, but 2 words and n = 3 need 2×3/);
    expect(Array.from(stale.W.data)).toEqual(Array.from(seededEmbedding(2, 3, 1).data));
    expect(resolveEmbedding(2, 2, 1, []).edited).toBe(false);
    expect(resolveEmbedding(2, 2, 1, []).notice).toBeUndefined();
  });
});
