// The generic schema checks (defaults, URL round trip of expressions full of &&, || and %, notices) are
// components/figure/catalog.test.ts.
import { describe, expect, it } from 'vitest';
import { MASK_EXPRESSION_LIMITS } from '@/lib/attention/expression';
import { maskLabParams } from './params';

describe('maskLabParams', () => {
  it('maskLabParams.expr allows exactly the characters the compiler accepts', () => {
    expect(maskLabParams.expr.maxLength).toBe(MASK_EXPRESSION_LIMITS.maxLength);
  });
});
