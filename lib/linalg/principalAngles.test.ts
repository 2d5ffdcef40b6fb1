import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { matmul } from './matmul';
import { fromFunction, fromRows, zeros } from './matrix';
import { principalAngles } from './principalAngles';
import { randomMatrix } from './randomMatrix';

describe('principalAngles', () => {
  it('principalAngles(e₁, e₁ + e₂) is π/4', () => {
    expectClose(principalAngles(fromRows([[1], [0]]), fromRows([[1], [1]])), [Math.PI / 4], { rtol: 1e-14 });
  });

  it('principalAngles of the planes (e₁, e₂) and (e₁, cos t·e₂ + sin t·e₃) are 0 and t', () => {
    for (const t of [1e-9, 1e-4, 0.3, 1.2, Math.PI / 2]) {
      const A = fromRows([
        [1, 0],
        [0, 1],
        [0, 0],
      ]);
      const B = fromRows([
        [1, 0],
        [0, Math.cos(t)],
        [0, Math.sin(t)],
      ]);
      // Small angles come from the sine branch: accurate in relative terms, not just to 1e-8.
      expectClose(principalAngles(A, B), [0, t], { rtol: 1e-10, atol: 1e-15 });
    }
  });

  it('principalAngles between one-dimensional spaces is acos(|a·b| / (‖a‖·‖b‖)) on seeded vectors', () => {
    const rng = createRng('angles-1d');
    for (let trial = 0; trial < 20; trial++) {
      const a = randomMatrix(5, 1, rng);
      const b = randomMatrix(5, 1, rng);
      let dot = 0;
      let na = 0;
      let nb = 0;
      for (let i = 0; i < 5; i++) {
        dot += (a.data[i] as number) * (b.data[i] as number);
        na += (a.data[i] as number) ** 2;
        nb += (b.data[i] as number) ** 2;
      }
      expectClose(principalAngles(a, b), [Math.acos(Math.abs(dot) / Math.sqrt(na * nb))], { rtol: 1e-10 });
    }
  });

  it('principalAngles(A, A·G) is 0 for any invertible G: the angles see only the column space', () => {
    const rng = createRng('angles-basis');
    const A = randomMatrix(9, 3, rng);
    const G = randomMatrix(3, 3, rng);
    const angles = principalAngles(A, matmul(A, G));
    expect(angles.length).toBe(3);
    for (const x of angles) expect(x).toBeLessThan(1e-12);
  });

  it('principalAngles(A, B) is symmetric, ascending, in [0, π/2], and has min(a, b) entries', () => {
    const rng = createRng('angles-random');
    for (const [n, a, b] of [
      [6, 2, 3],
      [6, 3, 2],
      [10, 4, 4],
      [3, 3, 3],
    ] as const) {
      const A = randomMatrix(n, a, rng);
      const B = randomMatrix(n, b, rng);
      const ab = principalAngles(A, B);
      expect(ab.length).toBe(Math.min(a, b));
      expectClose(principalAngles(B, A), ab, { rtol: 1e-10, atol: 1e-14 });
      for (let i = 0; i < ab.length; i++) {
        expect(ab[i]).toBeGreaterThanOrEqual(0);
        expect(ab[i]).toBeLessThanOrEqual(Math.PI / 2);
        if (i > 0) expect(ab[i]).toBeGreaterThanOrEqual(ab[i - 1] as number);
      }
    }
  });

  it('principalAngles of orthogonal subspaces are all π/2', () => {
    const A = fromFunction(5, 2, (i, j) => (i === j ? 1 : 0));
    const B = fromFunction(5, 2, (i, j) => (i === j + 2 ? 1 : 0));
    expectClose(principalAngles(A, B), [Math.PI / 2, Math.PI / 2], { rtol: 1e-15 });
  });

  it('principalAngles throws an Error naming both shapes when the row counts differ, and is empty for no columns', () => {
    expect(() => principalAngles(zeros(3, 2), zeros(4, 2))).toThrow('principalAngles: shapes 3×2 and 4×2');
    expect(principalAngles(zeros(3, 0), zeros(3, 2)).length).toBe(0);
  });
});
