import { describe, expect, it } from 'vitest';
import { attentionMask } from '@/lib/attention';
import { maskFromExpression } from '@/lib/attention/expression';
import type { Mask } from '@/lib/linalg';
import { DEFAULT_EXPRESSION, maskLabParams } from './params';
import { MASK_PRESETS } from './presets';

function maskOf(expr: string, n: number): Mask {
  const r = maskFromExpression(expr, n);
  if (!r.ok) throw new Error(`${expr}: ${r.error.message}`);
  return r.mask;
}

const byDefinition = (n: number, allowed: (q: number, kv: number) => boolean): Mask => {
  const data = new Uint8Array(n * n);
  for (let q = 0; q < n; q++) for (let kv = 0; kv < n; kv++) data[q * n + kv] = allowed(q, kv) ? 1 : 0;
  return { rows: n, cols: n, data };
};

describe('MASK_PRESETS', () => {
  const references: Record<string, (n: number) => Mask> = {
    causal: (n) => attentionMask('full', n, { causal: true }),
    sliding: (n) => attentionMask('local', n, { k: 3 }),
    dilated: (n) => attentionMask('atrous', n, { k: 4 }),
    sparse: (n) => attentionMask('sparse', n, { k: 4 }),
    document: (n) => byDefinition(n, (q, kv) => Math.floor(q / 16) === Math.floor(kv / 16)),
    'causal-document': (n) =>
      byDefinition(n, (q, kv) => Math.floor(q / 16) === Math.floor(kv / 16) && q >= kv),
  };

  it('every preset compiles and equals its library mask or definition for several n', () => {
    expect(MASK_PRESETS.map((p) => p.id).sort()).toEqual(Object.keys(references).sort());
    for (const preset of MASK_PRESETS) {
      for (const n of [4, 17, 64, 100]) {
        expect(Array.from(maskOf(preset.expr, n).data), `${preset.id}, n = ${n}`).toEqual(
          Array.from(references[preset.id](n).data),
        );
      }
    }
  });

  it('the default expression is the post’s sparse preset and fits the parameter’s length limit', () => {
    expect(maskLabParams.expr.default).toBe(DEFAULT_EXPRESSION);
    expect(MASK_PRESETS.find((p) => p.id === 'sparse')?.expr).toBe(DEFAULT_EXPRESSION);
    for (const p of MASK_PRESETS) expect(p.expr.length).toBeLessThanOrEqual(maskLabParams.expr.maxLength);
  });
});
