import { describe, expect, it } from 'vitest';
import { sceneImage } from '@/lib/images';
import { fromRows, lowRankFromSvd, svd } from '@/lib/linalg';
import { expectClose } from '@/lib/testing';
import { tasks } from './tasks';

describe("tasks['svd-image'](input, ctx)", () => {
  it('returns the scene and its SVD, reports progress 0.1 then 1, and transfers the four buffers', () => {
    const progress: number[] = [];
    const { value, transfer } = tasks['svd-image'](
      { scene: 'shapes', size: 40 },
      { progress: (f) => progress.push(f), cancelled: () => false },
    );
    const A = sceneImage('shapes', 40);
    expect(value.scene).toBe('shapes');
    expect(value.image.data).toEqual(A.data);
    expectClose(value.svd.S, svd(A).S, { rtol: 1e-12, atol: 1e-14 });
    expectClose(lowRankFromSvd(value.svd, 40).data, A.data, { atol: 1e-12 });
    expect(progress).toEqual([0.1, 1]);
    expect(transfer).toEqual([
      value.image.data.buffer,
      value.svd.U.data.buffer,
      value.svd.S.buffer,
      value.svd.V.data.buffer,
    ]);
  });

  it('answers an image it has decomposed from what it kept, with fresh buffers to transfer', () => {
    const ctx = (progress: number[]) => ({
      progress: (f: number) => progress.push(f),
      cancelled: () => false,
    });
    const first = tasks['svd-image']({ scene: 'noisy', size: 24 }, ctx([]));
    const progress: number[] = [];
    const again = tasks['svd-image']({ scene: 'noisy', size: 24 }, ctx(progress));
    expect(progress).toEqual([1]);
    expect(again.value.image.data).toEqual(first.value.image.data);
    expect(again.value.svd.S).toEqual(first.value.svd.S);
    expect(again.value.svd.U.data).toEqual(first.value.svd.U.data);
    expect(again.value.svd.V.data).toEqual(first.value.svd.V.data);
    for (let i = 0; i < 4; i++) expect(again.transfer?.[i]).not.toBe(first.transfer?.[i]);
  });

  it('passes sceneImage’s RangeError through for a bad size', () => {
    expect(() =>
      tasks['svd-image']({ scene: 'smooth', size: 0 }, { progress: () => {}, cancelled: () => false }),
    ).toThrow(RangeError);
  });
});

describe("tasks['svd-rows'](input)", () => {
  it('returns the rows with exactly lib’s svd of them, and transfers the three factor buffers', () => {
    const rows = Array.from({ length: 32 }, (_, i) =>
      Array.from({ length: 32 }, (_, j) => Number((1000 * Math.sin(1.7 * i + 0.31 * j * j)).toFixed(4))),
    );
    const { value, transfer } = tasks['svd-rows']({ rows });
    const f = svd(fromRows(rows));
    expect(value.rows).toBe(rows);
    expect(value.svd.S).toEqual(f.S);
    expect(value.svd.U.data).toEqual(f.U.data);
    expect(value.svd.V.data).toEqual(f.V.data);
    expect(transfer).toEqual([value.svd.U.data.buffer, value.svd.S.buffer, value.svd.V.data.buffer]);
  });

  it('passes fromRows’s error through for ragged rows', () => {
    expect(() => tasks['svd-rows']({ rows: [[1, 2], [3]] })).toThrow();
  });
});
