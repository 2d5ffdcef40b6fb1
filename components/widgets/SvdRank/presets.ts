import { randomMatrix } from '@/lib/linalg';
import { createRng } from '@/lib/random';
import { SHEN_MO, SHEN_MO_COLS, SHEN_MO_ROWS } from './params';

export type PresetId = 'shen-mo' | 'chain' | 'low-rank-noise' | 'rank-deficient' | 'identity';

/** The preset menu, in order, with its labels and, where the preset is about one rank, the rank it loads at. */
export const PRESETS: readonly { id: PresetId; label: string; k?: number }[] = [
  { id: 'shen-mo', label: '神/魔 table (the post)' },
  { id: 'chain', label: 'Chain (4×4, 0/1): ReLU helps at k = 2', k: 2 },
  { id: 'low-rank-noise', label: 'Rank 3 + noise (10×12, seeded)' },
  { id: 'rank-deficient', label: 'Rank-deficient (6×6, rank 2)' },
  { id: 'identity', label: 'Identity (6×6)' },
];

/** Seed of the low-rank-plus-noise preset. */
export const NOISE_SEED = 4208;

/**
 * The low-rank-plus-noise preset: G·H with G 10×3 and H 3×12 standard normal, plus N(0, 0.1²) noise, all drawn
 * from createRng(seed) in that order, rounded to 2 decimals (so the URL reproduces it exactly).
 */
export function lowRankPlusNoise(seed = NOISE_SEED, m = 10, n = 12, rank = 3, noise = 0.1): number[][] {
  const rng = createRng(seed);
  const G = randomMatrix(m, rank, rng);
  const H = randomMatrix(rank, n, rng);
  const E = randomMatrix(m, n, rng, { sd: noise });
  return Array.from({ length: m }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      let v = E.data[i * n + j];
      for (let l = 0; l < rank; l++) v += G.data[i * rank + l] * H.data[l * n + j];
      return Math.round(v * 100) / 100 + 0;
    }),
  );
}

/** A 6×6 integer matrix of rank 2: rows 1 and 3 span the others (r₂ = 2r₁, r₄ = r₁ + r₃, r₅ = r₁ + 2r₃, r₆ = r₁ − r₃). */
const RANK_DEFICIENT: readonly (readonly number[])[] = [
  [1, 2, 3, 4, 5, 6],
  [2, 4, 6, 8, 10, 12],
  [1, 0, 1, 0, 1, 0],
  [2, 2, 4, 4, 6, 6],
  [3, 2, 5, 4, 7, 6],
  [0, 2, 2, 4, 4, 6],
];

/**
 * Four rows that each overlap their neighbours, a 0/1 chain: non-negative, yet its best rank-2 fit puts −0.224
 * in the two far corners, so a ReLU visibly lowers the squared error there (0.528 → 0.428).
 */
const CHAIN: readonly (readonly number[])[] = [
  [1, 1, 0, 0],
  [1, 1, 1, 0],
  [0, 1, 1, 1],
  [0, 0, 1, 1],
];

/** The matrix of a preset, freshly copied. */
export function presetMatrix(id: PresetId): number[][] {
  switch (id) {
    case 'shen-mo':
      return SHEN_MO.map((r) => [...r]);
    case 'chain':
      return CHAIN.map((r) => [...r]);
    case 'low-rank-noise':
      return lowRankPlusNoise();
    case 'rank-deficient':
      return RANK_DEFICIENT.map((r) => [...r]);
    case 'identity':
      return Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (_, j) => (i === j ? 1 : 0)));
  }
}

/** The labels each preset is shown with. */
export const presetLabels = (id: PresetId): 'shen-mo' | 'index' => (id === 'shen-mo' ? 'shen-mo' : 'index');

const sameRows = (a: readonly (readonly number[])[], b: readonly (readonly number[])[]) =>
  a.length === b.length && a.every((r, i) => r.length === b[i].length && r.every((x, j) => x === b[i][j]));

/** The preset whose matrix equals M entry for entry, or 'custom'. */
export function matchPreset(M: readonly (readonly number[])[]): PresetId | 'custom' {
  for (const { id } of PRESETS) if (sameRows(M, presetMatrix(id))) return id;
  return 'custom';
}

/** What the widget draws for its parameters: labels, the effective rank and why a parameter was adjusted. */
export interface ResolvedView {
  rowLabels: string[];
  colLabels: string[];
  /** min(m, n): the largest useful k. */
  r: number;
  /** k lowered to r when it is larger. */
  k: number;
  notices: string[];
}

/**
 * Row and column labels (the post's characters only for a 2×5 matrix, else 1-based indices) and k clamped
 * to [0, min(m, n)], with a notice for each adjustment, so a stale URL never breaks the widget.
 */
export function resolveView(M: readonly (readonly number[])[], labels: string, k: number): ResolvedView {
  const m = M.length;
  const n = M[0]?.length ?? 0;
  const r = Math.min(m, n);
  const notices: string[] = [];
  let rowLabels = Array.from({ length: m }, (_, i) => String(i + 1));
  let colLabels = Array.from({ length: n }, (_, j) => String(j + 1));
  if (labels === 'shen-mo') {
    if (m === SHEN_MO_ROWS.length && n === SHEN_MO_COLS.length) {
      rowLabels = [...SHEN_MO_ROWS];
      colLabels = [...SHEN_MO_COLS];
    } else {
      notices.push(
        `labels: the 神/魔 labels need a 2×5 matrix, but M is ${m}×${n}; showing row and column numbers.`,
      );
    }
  }
  let kk = k;
  if (k > r) {
    notices.push(`k: ${k} is above min(m, n) = ${r} for a ${m}×${n} matrix; using ${r}.`);
    kk = r;
  }
  return { rowLabels, colLabels, r, k: kk, notices };
}
