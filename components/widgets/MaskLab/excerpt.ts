/** A window of source text around an error, split so a view can mark the offending characters. */
export interface ErrorExcerpt {
  /** Text before the error column ('…' first when cut). */
  before: string;
  /** The offending characters (empty when the error is at the end of the text). */
  at: string;
  /** Text after them ('…' last when cut). */
  after: string;
}

/** Whitespace shows as a plain space; invisible and control characters as U+FFFD, so a caret can point at them. */
function visible(c: string): string {
  if (/^\s$/u.test(c)) return ' ';
  return /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]$/u.test(c) ? '\uFFFD' : c;
}

/**
 * Cuts `source` to at most `radius` characters either side of the 1-based `column` (counted in characters,
 * as compileMaskExpression counts them) and marks `length` characters there (at most 12 shown), for an
 * excerpt with a caret line under it. Columns past the end give an empty `at`.
 *
 * @example errorExcerpt('q >= kv &&', 11, 1) // { before: 'q >= kv &&', at: '', after: '' }
 */
export function errorExcerpt(source: string, column: number, length = 1, radius = 16): ErrorExcerpt {
  const chars = Array.from(source, visible);
  const at = Math.max(0, Math.min(chars.length, column - 1));
  const end = Math.min(chars.length, at + Math.max(1, Math.min(length, 12)));
  const from = Math.max(0, at - radius);
  const to = Math.min(chars.length, end + radius);
  return {
    before: (from > 0 ? '…' : '') + chars.slice(from, at).join(''),
    at: chars.slice(at, end).join(''),
    after: chars.slice(end, to).join('') + (to < chars.length ? '…' : ''),
  };
}
