import { describe, expect, it } from 'vitest';
import { compileMaskExpression } from '@/lib/attention/expression';
import { errorExcerpt } from './excerpt';

describe('errorExcerpt', () => {
  it('errorExcerpt marks the offending characters of a short source', () => {
    expect(errorExcerpt('x > 1', 1, 1)).toEqual({ before: '', at: 'x', after: ' > 1' });
    expect(errorExcerpt('q > 1 && xy < 2', 10, 2)).toEqual({ before: 'q > 1 && ', at: 'xy', after: ' < 2' });
  });

  it('errorExcerpt points past the end when the input ended too early', () => {
    expect(errorExcerpt('q >= kv &&', 11, 1)).toEqual({ before: 'q >= kv &&', at: '', after: '' });
  });

  it('errorExcerpt keeps a window of radius characters around the column, with ellipses where it cuts', () => {
    const source = `${'a'.repeat(40)}X${'b'.repeat(40)}`;
    expect(errorExcerpt(source, 41, 1, 5)).toEqual({ before: '…aaaaa', at: 'X', after: 'bbbbb…' });
    const long = 'q'.repeat(10_000);
    const e = errorExcerpt(long, 501, 1);
    expect(e.before).toBe(`…${'q'.repeat(16)}`);
    expect(e.after).toBe(`${'q'.repeat(16)}…`);
  });

  it('errorExcerpt counts columns in characters, as the compiler does, and shows invisible ones', () => {
    const source = 'q > 😀 kv';
    const r = compileMaskExpression(source);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(errorExcerpt(source, r.error.column, r.error.length)).toEqual({
      before: 'q > ',
      at: '😀',
      after: ' kv',
    });
    expect(errorExcerpt('q\u200b> 1', 2, 1)).toEqual({ before: 'q', at: '\uFFFD', after: '> 1' });
    expect(errorExcerpt('q\t>=\nkv', 3, 2)).toEqual({ before: 'q ', at: '>=', after: ' kv' });
  });

  it('errorExcerpt shows at most 12 marked characters', () => {
    expect(errorExcerpt('9'.repeat(30), 1, 30, 0).at).toBe('9'.repeat(12));
  });
});
