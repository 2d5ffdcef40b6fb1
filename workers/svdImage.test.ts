import { describe, expect, it } from 'vitest';
import { sceneImage } from '@/lib/images';
import { lowRankFromSvd, svd } from '@/lib/linalg';
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

  it('passes sceneImage’s RangeError through for a bad size', () => {
    expect(() =>
      tasks['svd-image']({ scene: 'smooth', size: 0 }, { progress: () => {}, cancelled: () => false }),
    ).toThrow(RangeError);
  });
});
