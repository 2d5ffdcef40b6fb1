import { describe, expect, it } from 'vitest';
import { maskByDefinition } from '../testing';
import { density, expectedNnz, nnz, rowCounts } from './counts';
import {
  ALWAYS_CAUSAL,
  attentionMask,
  MASK_KIND_LABELS,
  MASK_KINDS,
  type MaskKind,
  resolveMaskOptions,
} from './mask';

const SIZES = [0, 1, 2, 3, 5, 8, 13, 16, 17, 31, 64];
const KS = [1, 2, 3, 4, 5, 7, 16, 40];

/** Every (kind, k, causal, c) combination that is valid for a given kind. */
function* combos(kind: MaskKind): Generator<{ k: number; causal: boolean; c: number }> {
  const ks = kind === 'local' ? [0, ...KS] : KS;
  for (const k of ks) {
    for (const causal of [false, true]) {
      if (kind === 'fixed') for (let c = 1; c <= k; c++) yield { k, causal, c };
      else yield { k, causal, c: 1 };
    }
  }
}

function isSameMask(a: { data: Uint8Array }, b: { data: Uint8Array }): boolean {
  if (a.data.length !== b.data.length) return false;
  for (let t = 0; t < a.data.length; t++) if (a.data[t] !== b.data[t]) return false;
  return true;
}

describe('attentionMask', () => {
  it('attentionMask(kind, n, options) equals the cell-by-cell definition for every kind, n, k, causal, c', () => {
    let checked = 0;
    for (const kind of MASK_KINDS) {
      for (const n of SIZES) {
        for (const opts of combos(kind)) {
          const fast = attentionMask(kind, n, opts);
          const ref = maskByDefinition(kind, n, {
            ...opts,
            causal: opts.causal || kind === 'strided' || kind === 'fixed',
          });
          if (!isSameMask(fast, ref)) throw new Error(`mismatch: ${kind} n=${n} ${JSON.stringify(opts)}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('attentionMask reproduces the counts of the original post (n = 16, k = 4 and n = 8, k = 2)', () => {
    // Su Jianlin, kexue.fm/archives/6853 (2019-07-27), via /work/shared/reference/original-posts.md §1:
    // n = 16, k = 4: Atrous 64, Local 124, Sparse 148; n = 8, k = 2: Atrous 32, Local 34, Sparse 46.
    expect(nnz(attentionMask('atrous', 16, { k: 4 }))).toBe(64);
    expect(nnz(attentionMask('local', 16, { k: 4 }))).toBe(124);
    expect(nnz(attentionMask('sparse', 16, { k: 4 }))).toBe(148);
    expect(nnz(attentionMask('atrous', 8, { k: 2 }))).toBe(32);
    expect(nnz(attentionMask('local', 8, { k: 2 }))).toBe(34);
    expect(nnz(attentionMask('sparse', 8, { k: 2 }))).toBe(46);
  });

  it("attentionMask('local', 5, { k: 1 }) is the tridiagonal band", () => {
    expect(Array.from(attentionMask('local', 5, { k: 1 }).data)).toEqual([
      1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1,
    ]);
  });

  it("attentionMask('fixed', 6, { k: 3, c: 1 }) keeps the own block and the last column of earlier blocks", () => {
    // Rows 0–2: own block so far; rows 3–5: column 2 (summary of block 0) plus own block so far.
    expect(Array.from(attentionMask('fixed', 6, { k: 3, c: 1 }).data)).toEqual([
      1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1,
      1,
    ]);
  });

  it('attentionMask(kind, n, { causal: true }) has no entry above the diagonal; strided and fixed never do', () => {
    for (const kind of MASK_KINDS) {
      for (const causal of [true, false]) {
        if (!causal && kind !== 'strided' && kind !== 'fixed') continue;
        const n = 37;
        const M = attentionMask(kind, n, { k: 5, causal, c: 2 });
        for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(M.data[i * n + j]).toBe(0);
      }
    }
  });

  it('attentionMask(kind, n) lets every query attend to itself', () => {
    for (const kind of MASK_KINDS) {
      for (const causal of [false, true]) {
        const n = 29;
        const M = attentionMask(kind, n, { k: 6, causal, c: 3 });
        for (let i = 0; i < n; i++) expect(M.data[i * n + i]).toBe(1);
      }
    }
  });

  it('attentionMask is symmetric for full, local, atrous and sparse when not causal', () => {
    for (const kind of ['full', 'local', 'atrous', 'sparse'] as const) {
      for (const k of [1, 3, 8]) {
        const n = 33;
        const M = attentionMask(kind, n, { k });
        for (let i = 0; i < n; i++)
          for (let j = 0; j < i; j++) expect(M.data[i * n + j]).toBe(M.data[j * n + i]);
      }
    }
  });

  it("attentionMask('sparse') is local ∪ atrous cell-wise, and 'strided' is causal sparse", () => {
    for (const n of [1, 10, 50]) {
      for (const k of [1, 2, 4, 9, 60]) {
        for (const causal of [false, true]) {
          const S = attentionMask('sparse', n, { k, causal });
          const L = attentionMask('local', n, { k, causal });
          const A = attentionMask('atrous', n, { k, causal });
          for (let t = 0; t < n * n; t++)
            expect(S.data[t]).toBe((L.data[t] as number) | (A.data[t] as number));
        }
        expect(
          isSameMask(attentionMask('strided', n, { k }), attentionMask('sparse', n, { k, causal: true })),
        ).toBe(true);
      }
    }
  });

  it('attentionMask degenerates correctly: local k = 0 is the identity, k ≥ n − 1 is full, atrous k ≥ n is the diagonal', () => {
    const n = 12;
    const eye = attentionMask('full', n);
    eye.data.fill(0);
    for (let i = 0; i < n; i++) eye.data[i * n + i] = 1;
    expect(isSameMask(attentionMask('local', n, { k: 0 }), eye)).toBe(true);
    expect(isSameMask(attentionMask('atrous', n, { k: n }), eye)).toBe(true);
    expect(isSameMask(attentionMask('atrous', n, { k: 1000 }), eye)).toBe(true);
    expect(isSameMask(attentionMask('local', n, { k: n - 1 }), attentionMask('full', n))).toBe(true);
    expect(isSameMask(attentionMask('sparse', n, { k: 50 }), attentionMask('full', n))).toBe(true);
    expect(isSameMask(attentionMask('atrous', n, { k: 1 }), attentionMask('full', n))).toBe(true);
  });

  it("attentionMask('fixed', n, { k, c: k }) is causal full attention", () => {
    for (const k of [1, 3, 5]) {
      expect(
        isSameMask(attentionMask('fixed', 17, { k, c: k }), attentionMask('full', 17, { causal: true })),
      ).toBe(true);
    }
  });

  it('attentionMask(kind, 0) is 0×0 and attentionMask(kind, 1) is [[1]]', () => {
    for (const kind of MASK_KINDS) {
      expect(attentionMask(kind, 0)).toEqual({ rows: 0, cols: 0, data: new Uint8Array(0) });
      expect(Array.from(attentionMask(kind, 1).data)).toEqual([1]);
    }
  });

  it('attentionMask at n = 4096 matches the closed-form count for every kind', () => {
    for (const kind of MASK_KINDS) {
      const opts = { k: 64, c: 8 };
      expect(nnz(attentionMask(kind, 4096, opts))).toBe(expectedNnz(kind, 4096, opts));
    }
  });

  it('attentionMask throws RangeError for invalid n, k, c and kind', () => {
    for (const n of [-1, 1.5, 8193, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => attentionMask('full', n)).toThrow(RangeError);
    }
    expect(() => attentionMask('local', 10, { k: -1 })).toThrow(/k must be an integer ≥ 0, got -1/);
    expect(() => attentionMask('local', 10, { k: 2.5 })).toThrow(RangeError);
    for (const kind of ['atrous', 'sparse', 'strided', 'fixed'] as const) {
      expect(() => attentionMask(kind, 10, { k: 0 })).toThrow(/k must be an integer ≥ 1, got 0/);
    }
    expect(() => attentionMask('fixed', 10, { k: 4, c: 0 })).toThrow(/c must be an integer in \[1, k\]/);
    expect(() => attentionMask('fixed', 10, { k: 4, c: 5 })).toThrow(RangeError);
    expect(() => attentionMask('diagonal' as MaskKind, 10)).toThrow(/unknown kind 'diagonal'/);
  });

  it('resolveMaskOptions fills defaults, forces causal for strided and fixed, and accepts n = 8192', () => {
    expect(resolveMaskOptions('local', 10)).toEqual({ k: 4, causal: false, c: 1 });
    expect(resolveMaskOptions('strided', 10, { causal: false })).toEqual({ k: 4, causal: true, c: 1 });
    expect(resolveMaskOptions('fixed', 10, { k: 8, c: 3 })).toEqual({ k: 8, causal: true, c: 3 });
    expect(resolveMaskOptions('full', 8192, { k: 0 }).causal).toBe(false);
  });
});

describe('nnz, density and rowCounts', () => {
  it('rowCounts(local, n = 5, k = 1) is [2, 3, 3, 3, 2] and sums to nnz', () => {
    const M = attentionMask('local', 5, { k: 1 });
    expect(Array.from(rowCounts(M))).toEqual([2, 3, 3, 3, 2]);
    expect(nnz(M)).toBe(13);
  });

  it('density is nnz/n², 1 for full, 0.5625 for causal full at n = 8, 0 for an empty mask', () => {
    expect(density(attentionMask('full', 7))).toBe(1);
    expect(density(attentionMask('full', 8, { causal: true }))).toBe(36 / 64);
    expect(density(attentionMask('full', 0))).toBe(0);
    expect(nnz(attentionMask('full', 0))).toBe(0);
    expect(rowCounts(attentionMask('full', 0)).length).toBe(0);
  });

  it('nnz counts any nonzero byte as allowed, and rowCounts handles rectangular masks', () => {
    const M = { rows: 2, cols: 3, data: new Uint8Array([0, 2, 255, 1, 0, 0]) };
    expect(nnz(M)).toBe(3);
    expect(Array.from(rowCounts(M))).toEqual([2, 1]);
    expect(density(M)).toBe(0.5);
  });

  it('rowCounts of a causal atrous mask is ⌊i/k⌋ + 1', () => {
    const k = 3;
    const counts = rowCounts(attentionMask('atrous', 20, { k, causal: true }));
    counts.forEach((c, i) => {
      expect(c).toBe(Math.floor(i / k) + 1);
    });
  });
});

describe('ALWAYS_CAUSAL', () => {
  it('holds exactly the kinds whose masks never allow j > i without the causal option', () => {
    const causalByConstruction = MASK_KINDS.filter((kind) =>
      [5, 16, 33].every((n) =>
        [1, 3, 4].every((k) => {
          const m = attentionMask(kind, n, { k, causal: false });
          for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (m.data[i * n + j]) return false;
          return true;
        }),
      ),
    );
    expect([...ALWAYS_CAUSAL].sort()).toEqual([...causalByConstruction].sort());
  });
});

describe('MASK_KIND_LABELS', () => {
  it('MASK_KIND_LABELS names every kind (capitalised) with its rule, and says which ones are causal', () => {
    expect(Object.keys(MASK_KIND_LABELS).sort()).toEqual([...MASK_KINDS].sort());
    for (const kind of MASK_KINDS) {
      const label = MASK_KIND_LABELS[kind];
      expect(label.toLowerCase().startsWith(kind)).toBe(true);
      expect(label.includes('causal')).toBe(ALWAYS_CAUSAL.has(kind));
      expect(label.includes('k')).toBe(kind !== 'full' && kind !== 'sparse');
    }
  });
});
