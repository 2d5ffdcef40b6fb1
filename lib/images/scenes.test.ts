import { describe, expect, it } from 'vitest';
import { relativeErrorCurve, svd } from '../linalg';
import { IMAGE_SCENES, sceneImage } from './scenes';

describe('sceneImage', () => {
  it('sceneImage(kind, n) is n×n with every pixel in [0, 1], for every scene', () => {
    for (const kind of IMAGE_SCENES) {
      for (const n of [1, 7, 64]) {
        const A = sceneImage(kind, n);
        expect([A.rows, A.cols, A.data.length]).toEqual([n, n, n * n]);
        for (const v of A.data) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('sceneImage is deterministic; the noisy scene changes with its seed and the others ignore it', () => {
    for (const kind of IMAGE_SCENES) expect(sceneImage(kind, 32).data).toEqual(sceneImage(kind, 32).data);
    expect(sceneImage('noisy', 32, 1).data).not.toEqual(sceneImage('noisy', 32, 2).data);
    expect(sceneImage('shapes', 32, 1).data).toEqual(sceneImage('shapes', 32, 2).data);
  });

  it('sceneImage ranks the scenes as intended: at k = 8 smooth < shapes < noisy in relative error', () => {
    const at8 = IMAGE_SCENES.map((kind) => relativeErrorCurve(svd(sceneImage(kind, 96)).S)[8]);
    const [smooth, shapes, noisy] = at8;
    expect(smooth).toBeLessThan(0.02);
    expect(shapes).toBeGreaterThan(3 * smooth);
    expect(noisy).toBeGreaterThan(shapes);
  });

  it('sceneImage("shapes") has sharp edges: neighbouring pixels differ by more than 0.5 somewhere', () => {
    const A = sceneImage('shapes', 128);
    let jump = 0;
    for (let i = 0; i < 128; i++)
      for (let j = 1; j < 128; j++)
        jump = Math.max(jump, Math.abs(A.data[i * 128 + j] - A.data[i * 128 + j - 1]));
    expect(jump).toBeGreaterThan(0.5);
  });

  it('sceneImage throws RangeError for a bad size or an unknown scene', () => {
    expect(() => sceneImage('smooth', 0)).toThrow(RangeError);
    expect(() => sceneImage('smooth', 2.5)).toThrow('size 2.5');
    expect(() => sceneImage('smooth', 2000)).toThrow(RangeError);
    expect(() => sceneImage('cat' as 'smooth', 8)).toThrow("unknown scene 'cat'");
  });
});
