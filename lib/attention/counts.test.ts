import { describe, expect, it } from 'vitest';
import { expectedNnz, nnz } from './counts';
import { attentionMask, MASK_KINDS } from './mask';

describe('expectedNnz', () => {
  it('expectedNnz reproduces the counts of the original post', () => {
    // Su Jianlin, kexue.fm/archives/6853 (2019-07-27), via /work/shared/reference/original-posts.md §1.
    expect(expectedNnz('atrous', 16, { k: 4 })).toBe(64);
    expect(expectedNnz('local', 16, { k: 4 })).toBe(124);
    expect(expectedNnz('sparse', 16, { k: 4 })).toBe(148);
    expect(expectedNnz('atrous', 8, { k: 2 })).toBe(32);
    expect(expectedNnz('local', 8, { k: 2 })).toBe(34);
    expect(expectedNnz('sparse', 8, { k: 2 })).toBe(46);
  });

  it("expectedNnz matches the post's formulas: local n(2k+1) − k(k+1), atrous n²/k, sparse local + atrous − (3n − 2k)", () => {
    // Post's formulas (k divides n for atrous and sparse), recomputed independently here.
    for (const [n, k] of [
      [16, 4],
      [8, 2],
      [64, 8],
      [100, 5],
      [1024, 32],
    ] as const) {
      const local = n * (2 * k + 1) - k * (k + 1);
      const atrous = (n * n) / k;
      expect(expectedNnz('local', n, { k })).toBe(local);
      expect(expectedNnz('atrous', n, { k })).toBe(atrous);
      expect(expectedNnz('sparse', n, { k })).toBe(local + atrous - (3 * n - 2 * k));
    }
  });

  it('expectedNnz(kind, n, options) === nnz(attentionMask(kind, n, options)) over many n, k, causal and c', () => {
    let checked = 0;
    for (const kind of MASK_KINDS) {
      for (let n = 0; n <= 40; n++) {
        for (const k of [0, 1, 2, 3, 4, 5, 6, 7, 9, 13, 39, 40, 41, 100]) {
          if (k === 0 && kind !== 'local' && kind !== 'full') continue;
          for (const causal of [false, true]) {
            const cs = kind === 'fixed' ? Array.from({ length: Math.min(k, 4) }, (_, t) => k - t) : [1];
            for (const c of cs) {
              const opts = { k, causal, c };
              const got = expectedNnz(kind, n, opts);
              const want = nnz(attentionMask(kind, n, opts));
              if (got !== want) throw new Error(`${kind} n=${n} ${JSON.stringify(opts)}: ${got} ≠ ${want}`);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('expectedNnz agrees with the mask at larger, non-dividing sizes', () => {
    for (const kind of MASK_KINDS) {
      for (const [n, k] of [
        [257, 16],
        [1000, 31],
        [999, 1],
      ] as const) {
        for (const causal of [false, true]) {
          const opts = { k, causal, c: Math.min(3, k) };
          expect(expectedNnz(kind, n, opts)).toBe(nnz(attentionMask(kind, n, opts)));
        }
      }
    }
  });

  it('expectedNnz gives n², n(n+1)/2 for full and grows like n√n for sparse with k = √n', () => {
    expect(expectedNnz('full', 4096)).toBe(4096 * 4096);
    expect(expectedNnz('full', 4096, { causal: true })).toBe((4096 * 4097) / 2);
    const n = 4096;
    const k = 64;
    // local ≈ 2kn, atrous = n²/k = kn, overlap ≈ 3n: about 3·n·√n.
    expect(expectedNnz('sparse', n, { k })).toBe(n * 129 - 64 * 65 + (n * n) / k - (3 * n - 2 * k));
  });

  it('expectedNnz(kind, 0) is 0 and invalid arguments throw RangeError like attentionMask', () => {
    for (const kind of MASK_KINDS) expect(expectedNnz(kind, 0)).toBe(0);
    expect(() => expectedNnz('atrous', 10, { k: 0 })).toThrow(RangeError);
    expect(() => expectedNnz('full', -3)).toThrow(RangeError);
    expect(() => expectedNnz('fixed', 10, { k: 2, c: 3 })).toThrow(RangeError);
  });
});
