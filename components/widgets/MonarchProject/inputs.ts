/**
 * What the monarch-project widget sends to the worker and how its slice grid answers the keyboard. Pure:
 * tested in Node.
 */
import type { TaskInput } from '@/components/figure/worker';
import type { ProjectInput } from '@/lib/monarch/compare';

/** The parameters the projection depends on. */
export interface ProjectParams {
  input: ProjectInput;
  m: number;
  density: number;
  noise: number;
  rank: number;
  seed: number;
}

const SEEDED: readonly ProjectInput[] = ['dense', 'sparse', 'low-rank', 'monarch'];

/** Which controls an input reads besides m: density, noise, rank, seed. */
export function inputControls(input: ProjectInput): {
  density: boolean;
  noise: boolean;
  rank: boolean;
  seed: boolean;
} {
  return {
    density: input === 'sparse',
    noise: input === 'low-rank' || input === 'monarch',
    rank: input === 'low-rank',
    seed: SEEDED.includes(input),
  };
}

/**
 * The worker's input for these parameters, with the values the input does not read fixed (density 1, noise
 * 0, rank 1, seed 1), so moving a control that does not apply starts no computation (the task is keyed by
 * its input's value). The rank is clamped to n = m².
 * Example: `projectTaskInput({ input: 'dense', m: 4, density: 0.2, noise: 0.5, rank: 9, seed: 3 })` →
 * `{ kind: 'dense', m: 4, density: 1, noise: 0, rank: 1, seed: 3 }`.
 */
export function projectTaskInput(p: ProjectParams): TaskInput<'monarch-project'> {
  const uses = inputControls(p.input);
  return {
    kind: p.input,
    m: p.m,
    density: uses.density ? p.density : 1,
    noise: uses.noise ? p.noise : 0,
    rank: uses.rank ? Math.min(p.rank, p.m * p.m) : 1,
    seed: uses.seed ? p.seed : 1,
  };
}

/**
 * The slice (i, b) selected on an m×m grid after a key press, as i·m + b, or null for a key the grid leaves
 * to the browser: arrows move one cell (stopping at the edges), Home/End go to the first/last cell of the
 * row, PageUp/PageDown to the first/last row. `slice` is clamped to the grid first.
 * Example: `sliceAfterKey(0, 8, 'ArrowDown')` → 8 (slice (1, 0)).
 */
export function sliceAfterKey(slice: number, m: number, key: string): number | null {
  const s = Math.max(0, Math.min(m * m - 1, Math.floor(slice) || 0));
  const i = Math.floor(s / m);
  const b = s % m;
  const at = (r: number, c: number) => Math.max(0, Math.min(m - 1, r)) * m + Math.max(0, Math.min(m - 1, c));
  switch (key) {
    case 'ArrowUp':
      return at(i - 1, b);
    case 'ArrowDown':
      return at(i + 1, b);
    case 'ArrowLeft':
      return at(i, b - 1);
    case 'ArrowRight':
      return at(i, b + 1);
    case 'Home':
      return at(i, 0);
    case 'End':
      return at(i, m - 1);
    case 'PageUp':
      return at(0, b);
    case 'PageDown':
      return at(m - 1, b);
    default:
      return null;
  }
}
