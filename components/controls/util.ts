import { useId } from 'react';
import { formatNumber } from '@/lib/parse/number';

/**
 * Joins class names, skipping falsy ones: `cx('a', false, 'b')` is `'a b'`.
 */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/**
 * Returns the caller's `id`, or a stable generated one (React `useId`) so labels can point at controls.
 */
export function useControlId(id?: string): string {
  const generated = useId();
  return id ?? `c${generated.replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/**
 * Formats `value` with the caller's formatter, but never shows NaN or Infinity: those become `'—'`.
 * A formatter that throws or returns a non-string also gives `'—'`.
 *
 * @example safeFormat(NaN) // '—'
 */
export function safeFormat(value: number, format?: (v: number) => string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  if (!format) return formatNumber(value);
  try {
    const s = format(value);
    return typeof s === 'string' && !/NaN/.test(s) ? s : '—';
  } catch {
    return '—';
  }
}
