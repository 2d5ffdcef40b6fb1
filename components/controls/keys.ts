// Keyboard map shared by every slider-like control, kept pure so it can be tested in Node.

import { clampToStep, nudge } from '@/lib/parse/number';

/** What a key asks a slider-like control to do: move by whole steps, or jump to an end. */
export type StepAction = { kind: 'steps'; steps: number } | { kind: 'min' } | { kind: 'max' };

/** Options for {@link stepActionForKey}. */
export interface StepKeyOptions {
  /** Also treat ArrowLeft/ArrowRight as value keys (default true); false leaves them for moving focus. */
  horizontal?: boolean;
}

/**
 * Maps a key press to a step action, following the WAI-ARIA slider pattern: ArrowRight/ArrowUp +1 step,
 * ArrowLeft/ArrowDown −1, Shift multiplies arrows by 10, PageUp/PageDown ±10, Home → min, End → max.
 *
 * Returns `null` for any other key so the caller can leave it to the browser.
 *
 * @example stepActionForKey('ArrowUp', true) // { kind: 'steps', steps: 10 }
 */
export function stepActionForKey(
  key: string,
  shiftKey: boolean,
  options: StepKeyOptions = {},
): StepAction | null {
  const horizontal = options.horizontal ?? true;
  const mult = shiftKey ? 10 : 1;
  switch (key) {
    case 'ArrowUp':
      return { kind: 'steps', steps: mult };
    case 'ArrowDown':
      return { kind: 'steps', steps: -mult };
    case 'ArrowRight':
      return horizontal ? { kind: 'steps', steps: mult } : null;
    case 'ArrowLeft':
      return horizontal ? { kind: 'steps', steps: -mult } : null;
    case 'PageUp':
      return { kind: 'steps', steps: 10 };
    case 'PageDown':
      return { kind: 'steps', steps: -10 };
    case 'Home':
      return { kind: 'min' };
    case 'End':
      return { kind: 'max' };
    default:
      return null;
  }
}

/**
 * Applies a step action to `value` within `[min, max]` on the grid `min + k·step`, via `clampToStep`
 * (so the result never drifts and a NaN value restarts from `min`).
 *
 * @example applyStepAction(0.3, { kind: 'steps', steps: -1 }, 0, 1, 0.1) // 0.2
 */
export function applyStepAction(
  value: number,
  action: StepAction,
  min: number,
  max: number,
  step: number,
): number {
  if (action.kind === 'min') return clampToStep(min, min, max, step);
  if (action.kind === 'max') return clampToStep(max, min, max, step);
  const base = Number.isFinite(value) ? value : min;
  return clampToStep(nudge(base, action.steps * step), min, max, step);
}
