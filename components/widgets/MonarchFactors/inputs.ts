import type { MonarchCell } from '@/lib/monarch';
import { randomMonarch, withMonarchBlock } from '@/lib/monarch';
import { createRng } from '@/lib/random';

export type Factor = 'L' | 'R';

export interface Factors {
  L: Float64Array;
  R: Float64Array;
  /** The block the editor shows (block clamped to m − 1). */
  block: number;
  /** Whether the edit was applied. */
  edited: boolean;
  notices: string[];
}

/** L and R drawn from the seed, with the edited block (when it fits m) put in its place. */
export function resolveFactors(
  m: number,
  seed: number,
  factor: Factor,
  block: number,
  edit: number[][],
): Factors {
  const drawn = randomMonarch(m, createRng(seed));
  const notices: string[] = [];
  const b = Math.min(block, m - 1);
  if (b !== block) notices.push(`block: ${block} is not a block of m = ${m} (0 to ${m - 1}); using ${b}.`);
  if (edit.length === 0) return { ...drawn, block: b, edited: false, notices };
  try {
    const replaced = withMonarchBlock(drawn[factor], m, b, edit);
    return { ...drawn, [factor]: replaced, block: b, edited: true, notices };
  } catch (e) {
    const why = (e as Error).message.replace(/^withMonarchBlock: /, '');
    notices.push(`edit: ${why}, so the edit is ignored and ${factor} block ${b} is drawn from seed ${seed}.`);
    return { ...drawn, block: b, edited: false, notices };
  }
}

/** The arrow keys' move of the selected entry of M (n × n): a cell, a block of m (Page keys), an edge. */
export function moveCell(key: string, [row, col]: MonarchCell, n: number, m: number): MonarchCell | null {
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, v));
  switch (key) {
    case 'ArrowUp':
      return [clamp(row - 1), col];
    case 'ArrowDown':
      return [clamp(row + 1), col];
    case 'ArrowLeft':
      return [row, clamp(col - 1)];
    case 'ArrowRight':
      return [row, clamp(col + 1)];
    case 'PageUp':
      return [clamp(row - m), col];
    case 'PageDown':
      return [clamp(row + m), col];
    case 'Home':
      return [row, 0];
    case 'End':
      return [row, n - 1];
    default:
      return null;
  }
}
