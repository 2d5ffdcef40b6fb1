import { describe, expect, it } from 'vitest';
import { defaults, mergeQuery, parseQuery, serializeQuery } from '@/components/figure/schema';
import { MASK_EXPRESSION_LIMITS } from '@/lib/attention/expression';
import { maskLabParams } from './params';

describe('maskLabParams in the URL', () => {
  it('maskLabParams.expr allows exactly the characters the compiler accepts', () => {
    expect(maskLabParams.expr.maxLength).toBe(MASK_EXPRESSION_LIMITS.maxLength);
  });

  const tricky = [
    'abs(q - kv) <= 3 || (q - kv) % 8 == 0 && q >= kv',
    'q+kv>=n&&!(q%2==1)',
    'q / 16 == kv / 16 && q >= kv',
    '  q >= kv  ',
    'q >= kv # ≥ 😀 & | = ? + %',
  ];

  it('serializeQuery → parseQuery round-trips expressions with &&, ||, %, +, spaces and unicode', () => {
    for (const expr of tricky) {
      const values = { ...defaults(maskLabParams), expr, n: 100, B: 16 };
      const query = serializeQuery(maskLabParams, values);
      const parsed = parseQuery(maskLabParams, query);
      expect(parsed.values).toEqual(values);
      expect(parsed.notices).toEqual([]);
      // URLSearchParams escapes & | % + (and writes spaces as +), so the expression never splits the query.
      expect(query.split('&').filter((kv) => kv.startsWith('expr='))).toHaveLength(1);
    }
    const query = serializeQuery(maskLabParams, { ...defaults(maskLabParams), expr: 'q>=kv && q%8|0' });
    expect(query).toBe('expr=q%3E%3Dkv+%26%26+q%258%7C0');
  });

  it('mergeQuery keeps another figure’s keys and writes this figure’s expression under its prefix', () => {
    const values = { ...defaults(maskLabParams), expr: 'q >= kv && kv % 4 == 0' };
    const merged = mergeQuery('mask.n=32&lab.n=7', maskLabParams, values, 'lab');
    const parsed = new URLSearchParams(merged);
    expect(parsed.get('mask.n')).toBe('32');
    expect(parsed.get('lab.n')).toBeNull(); // back to its default, so dropped
    expect(parsed.get('lab.expr')).toBe('q >= kv && kv % 4 == 0');
  });

  it('parseQuery refuses an expression over 500 characters with a notice and keeps the default', () => {
    const parsed = parseQuery(maskLabParams, `expr=${'q'.repeat(501)}&n=2000&B=0`);
    expect(parsed.values.expr).toBe(maskLabParams.expr.default);
    expect(parsed.values.n).toBe(1024);
    expect(parsed.values.B).toBe(1);
    expect(parsed.notices).toEqual([
      'expr: longer than 500 characters; using the default.',
      'n: “2000” is above 1024; using 1024.',
      'B: “0” is below 1; using 1.',
    ]);
  });
});
