import { useId } from 'react';
import { formatNumber } from '@/lib/format';

/**
 * Joins class names, skipping falsy ones.
 *
 * @example cx(styles.button, primary && styles.primary) // 'button primary' or 'button'
 */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/**
 * Returns the caller's `id`, or a stable generated one (React `useId`, with the colons removed so it also
 * works in CSS selectors) so labels and messages can point at controls. Same value on server and client.
 *
 * @example const id = useControlId(props.id); // 'cr3' when props.id is undefined
 */
export function useControlId(id?: string): string {
  const generated = useId();
  return id ?? `c${generated.replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/**
 * Formats `value` for display with the caller's formatter, or by default with the site's `formatNumber`
 * at 12 significant digits (typographic minus, no float noise), but never shows NaN or Infinity: those
 * become `'—'`. A formatter that throws, or returns a non-string or text containing NaN, also gives `'—'`.
 *
 * @example safeFormat(NaN) // '—'
 */
export function safeFormat(value: number, format?: (v: number) => string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  if (!format) return formatNumber(value, { digits: 12 });
  try {
    const s = format(value);
    return typeof s === 'string' && !/NaN/.test(s) ? s : '—';
  } catch {
    return '—';
  }
}

/**
 * `inputMode` for a number field: the decimal (or numeric) pad when negatives are impossible, otherwise
 * the full keyboard, because iOS's decimal pad has no minus key.
 *
 * @example numberInputMode(0, true) // 'numeric'
 */
export function numberInputMode(
  min: number | undefined,
  integer: boolean | undefined,
): 'numeric' | 'decimal' | 'text' {
  if (min === undefined || min < 0) return 'text';
  return integer ? 'numeric' : 'decimal';
}

/**
 * Percentage for a progress fraction: clamps into [0, 1] (NaN → 0) and rounds 100·x to an integer.
 *
 * @example progressPercent(0.456) // 46
 */
export function progressPercent(value: number): number {
  const v = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  return Math.round(v * 100);
}
