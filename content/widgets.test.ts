import { describe, expect, it } from 'vitest';
import { catalog } from '@/components/figure/catalog';
import { allWidgets } from './widgets';

describe('allWidgets', () => {
  it('has the code of every catalog widget and of nothing else (figures.test.ts checks each article’s table)', () => {
    expect(Object.keys(allWidgets).sort()).toEqual(catalog.map((w) => w.id).sort());
    for (const load of Object.values(allWidgets)) expect(load).toBeTypeOf('function');
  });
});
