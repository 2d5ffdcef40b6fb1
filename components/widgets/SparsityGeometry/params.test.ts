// The generic schema checks (defaults, URL round trip, notices) are components/figure/catalog.test.ts.
import { describe, expect, it } from 'vitest';
import { getMeasure } from '@/lib/sparsity/registry';
import { GEOMETRY_MEASURES, sparsityGeometryParams } from './params';

describe('sparsityGeometryParams', () => {
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
});
