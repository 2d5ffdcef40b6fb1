import { describe, expect, it } from 'vitest';
import { defaults, parseQuery, serializeQuery } from '@/components/figure/schema';
import { getMeasure } from '@/lib/sparsity/registry';
import { GEOMETRY_MEASURES, sparsityGeometryParams } from './params';

describe('sparsityGeometryParams', () => {
  it('defaults: n = 2, S*_q,p with q 1 and p 2, the point (0.8, 0.3) and weights (0.6, 0.3, 0.1)', () => {
    expect(defaults(sparsityGeometryParams)).toEqual({
      dim: '2',
      measure: 'sStar',
      q: 1,
      p: 2,
      x1: 0.8,
      x2: 0.3,
      b1: 0.6,
      b2: 0.3,
      b3: 0.1,
    });
  });

  it('every measure option other than l1l2 is a registry measure', () => {
    for (const id of GEOMETRY_MEASURES) if (id !== 'l1l2') expect(getMeasure(id)?.id).toBe(id);
  });

  it('the q and p ranges are the registry’s S*_q,p ranges', () => {
    const sStar = getMeasure('sStar');
    const q = sStar?.params.find((m) => m.id === 'q');
    const p = sStar?.params.find((m) => m.id === 'p');
    expect([sparsityGeometryParams.q.min, sparsityGeometryParams.q.max]).toEqual([q?.min, q?.max]);
    expect([sparsityGeometryParams.p.min, sparsityGeometryParams.p.max]).toEqual([p?.min, p?.max]);
  });

  it('serializeQuery then parseQuery round-trips every measure in both dimensions', () => {
    for (const measure of GEOMETRY_MEASURES) {
      for (const dim of ['2', '3'] as const) {
        const values = { ...defaults(sparsityGeometryParams), dim, measure, x1: -0.25, b3: 0.9 };
        const parsed = parseQuery(
          sparsityGeometryParams,
          serializeQuery(sparsityGeometryParams, values, 'geometry'),
          'geometry',
        );
        expect(parsed.values).toEqual(values);
        expect(parsed.notices).toEqual([]);
      }
    }
  });

  it('parseQuery replaces an unknown measure and clamps a point outside the square, with notices', () => {
    const parsed = parseQuery(sparsityGeometryParams, 'geometry.measure=nope&geometry.x1=3', 'geometry');
    expect(parsed.values.measure).toBe('sStar');
    expect(parsed.values.x1).toBe(1);
    expect(parsed.notices).toHaveLength(2);
  });
});
