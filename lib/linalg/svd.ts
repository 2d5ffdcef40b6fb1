/**
 * The singular value decomposition and the best low-rank approximations it gives (Eckart–Young).
 *
 * Algorithm (Golub & Kahan 1965; Golub & Reinsch 1970; the iteration follows JAMA's port of LINPACK's
 * dsvdc): the matrix is scaled by its largest entry, reduced to upper bidiagonal form B = Uᵀ·A·V by
 * Householder reflections from both sides, and B is diagonalised by implicit-shift QR sweeps with Givens
 * rotations. Everything runs on flat Float64Arrays laid out so that every inner loop walks contiguous
 * memory: A is held column by column, and U and V are held transposed (one singular vector per row).
 * U and V are accumulated from reflections and rotations, so they are orthonormal to rounding even when
 * A is zero or rank-deficient: the columns for zero singular values complete an orthonormal basis.
 * For speed (svd.bench.ts, against ml-matrix), each bidiagonalisation step makes two passes over the
 * trailing columns instead of four, and each QR sweep's rotations reach U and V three at a time. The QR
 * iteration is capped at 75·r + 100 sweeps as a guard (never reached in the tests); past it the values
 * are returned as they stand.
 */
import type { Matrix } from './matrix';

/** A thin SVD A = U·diag(S)·Vᵀ of an m×n matrix, with r = min(m, n). */
export interface Svd {
  /** m×r, orthonormal columns (the left singular vectors). */
  readonly U: Matrix;
  /** The r singular values, descending, all ≥ 0. */
  readonly S: Float64Array;
  /** n×r, orthonormal columns (the right singular vectors), sign-fixed: see {@link svd}. */
  readonly V: Matrix;
}

const EPS = 2 ** -52;
const TINY = 2 ** -966;

/** √(a² + b²) without overflow or harmful underflow. */
function hypot(a: number, b: number): number {
  const x = Math.abs(a);
  const y = Math.abs(b);
  const big = Math.max(x, y);
  const small = Math.min(x, y);
  if (big < 1e150 && small > 1e-150) return Math.sqrt(x * x + y * y);
  if (big === 0) return 0;
  const r = small / big;
  return big * Math.sqrt(1 + r * r);
}

/**
 * Builds the Householder reflection H = I − τ·v·vᵀ (v₀ = 1) with H·x = β·e₁ for x = a[off .. off+len−1],
 * LAPACK's dlarfg: overwrites a[off+1 ..] with v₁.. and returns τ (0 when x is already a multiple of e₁,
 * then H = I), leaving β in `householderBeta`.
 */
let householderBeta = 0;
function householder(a: Float64Array, off: number, len: number): number {
  const alpha = a[off] as number;
  let scale = 0;
  for (let i = off + 1; i < off + len; i++) {
    const v = Math.abs(a[i] as number);
    if (v > scale) scale = v;
  }
  if (scale === 0) {
    householderBeta = alpha;
    return 0;
  }
  // Sum of squares of the scaled tail: no overflow, and tiny tails do not vanish.
  let ss = 0;
  for (let i = off + 1; i < off + len; i++) {
    const v = (a[i] as number) / scale;
    ss += v * v;
  }
  const xnorm = scale * Math.sqrt(ss);
  const beta = alpha >= 0 ? -hypot(alpha, xnorm) : hypot(alpha, xnorm);
  const denom = alpha - beta; // |denom| = |alpha| + |beta| > 0: no cancellation
  for (let i = off + 1; i < off + len; i++) a[i] = (a[i] as number) / denom;
  householderBeta = beta;
  return (beta - alpha) / beta;
}

/** Applies the plane rotation [c s; −s c] to rows `ra` and `rb` (each `len` long) of a flat array. */
function rotateRows(a: Float64Array, len: number, ra: number, rb: number, c: number, s: number): void {
  for (let i = 0; i < len; i++) {
    const x = a[ra + i] as number;
    const y = a[rb + i] as number;
    a[ra + i] = c * x + s * y;
    a[rb + i] = c * y - s * x;
  }
}

/**
 * Applies the rotations [cⱼ sⱼ; −sⱼ cⱼ] to rows (j, j+1) for j = k … p−2 in turn, three at a time: one
 * contiguous pass over four rows does three rotations, loading and storing each entry once instead of up
 * to three times (the sweep's rotations are collected first, then applied to U and V).
 */
function rotateSweep(
  a: Float64Array,
  len: number,
  k: number,
  p: number,
  cs: Float64Array,
  sn: Float64Array,
): void {
  let j = k;
  for (; j + 2 < p - 1; j += 3) {
    const c0 = cs[j] as number;
    const s0 = sn[j] as number;
    const c1 = cs[j + 1] as number;
    const s1 = sn[j + 1] as number;
    const c2 = cs[j + 2] as number;
    const s2 = sn[j + 2] as number;
    const r0 = j * len;
    const r1 = r0 + len;
    const r2 = r1 + len;
    const r3 = r2 + len;
    for (let i = 0; i < len; i++) {
      const x0 = a[r0 + i] as number;
      const x1 = a[r1 + i] as number;
      const x2 = a[r2 + i] as number;
      const x3 = a[r3 + i] as number;
      a[r0 + i] = c0 * x0 + s0 * x1;
      const y1 = c0 * x1 - s0 * x0;
      a[r1 + i] = c1 * y1 + s1 * x2;
      const y2 = c1 * x2 - s1 * y1;
      a[r2 + i] = c2 * y2 + s2 * x3;
      a[r3 + i] = c2 * x3 - s2 * y2;
    }
  }
  for (; j < p - 1; j++) rotateRows(a, len, j * len, (j + 1) * len, cs[j] as number, sn[j] as number);
}

/** Swaps rows `ra` and `rb` (each `len` long) of a flat array. */
function swapRows(a: Float64Array, len: number, ra: number, rb: number): void {
  for (let i = 0; i < len; i++) {
    const t = a[ra + i] as number;
    a[ra + i] = a[rb + i] as number;
    a[rb + i] = t;
  }
}

interface TallSvd {
  /** n×m row-major: row j is the j-th left singular vector. */
  Ut: Float64Array;
  s: Float64Array;
  /** n×n row-major: row j is the j-th right singular vector. */
  Vt: Float64Array;
}

/**
 * The SVD of a tall m×n matrix (m ≥ n ≥ 1) given column by column in W (n×m row-major, W[j·m + i] = Aᵢⱼ;
 * overwritten), with entries of magnitude ≤ 1. Singular values come back unsorted and possibly negative.
 */
function svdTall(W: Float64Array, m: number, n: number): TallSvd {
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  const tauL = new Float64Array(n);
  const tauR = new Float64Array(n);
  const R = new Float64Array(n * n); // row k: the right reflection of step k on indices k+1 .. n−1
  const work = new Float64Array(m);

  // 1. Householder bidiagonalisation: A = H₀…H_{n−1} · B · (G₀…G_{n−3})ᵀ. Two passes over the trailing
  //    columns per step: (a) the left reflection's update fused with the products A·w the right reflection
  //    needs; (b) the right reflection's rank-1 update fused with the next left reflection's dot products.
  //    dots[j] = τ·(vᵀ·column j) for the current left reflection (v, τ) of column k.
  const dots = new Float64Array(n);
  tauL[0] = householder(W, 0, m);
  d[0] = householderBeta;
  for (let j = 1; j < n; j++) {
    let s = W[j * m] as number;
    for (let i = 1; i < m; i++) s += (W[i] as number) * (W[j * m + i] as number);
    dots[j] = (tauL[0] as number) * s;
  }
  for (let k = 0; k + 1 < n; k++) {
    const ck = k * m;
    const rk = k * n;
    // Row k (right of the diagonal) after the left reflection, gathered into R's row k.
    for (let j = k + 1; j < n; j++) R[rk + j] = (W[j * m + k] as number) - (dots[j] as number);
    const tr = householder(R, rk + k + 1, n - k - 1);
    tauR[k] = tr;
    e[k] = householderBeta;
    // (a) Rows below k: apply the left reflection; work[i] = Σⱼ Aᵢⱼ·wⱼ in the same pass.
    for (let i = k + 1; i < m; i++) work[i] = 0;
    for (let j = k + 1; j < n; j++) {
      const cj = j * m;
      const s = dots[j] as number;
      const wj = j === k + 1 ? 1 : (R[rk + j] as number);
      for (let i = k + 1; i < m; i++) {
        const x = (W[cj + i] as number) - s * (W[ck + i] as number);
        W[cj + i] = x;
        work[i] = (work[i] as number) + wj * x;
      }
    }
    // (b) Column k+1 gets the right reflection first and yields the next left reflection; every later
    //     column gets the right reflection and, while it is in cache, its dot product with the new v.
    const h = k + 1;
    const ch = h * m;
    for (let i = h; i < m; i++) W[ch + i] = (W[ch + i] as number) - tr * (work[i] as number);
    const tau = householder(W, ch + h, m - h);
    tauL[h] = tau;
    d[h] = householderBeta;
    for (let j = h + 1; j < n; j++) {
      const cj = j * m;
      const f = tr * (R[rk + j] as number);
      const x0 = (W[cj + h] as number) - f * (work[h] as number);
      W[cj + h] = x0;
      let s = x0;
      for (let i = h + 1; i < m; i++) {
        const x = (W[cj + i] as number) - f * (work[i] as number);
        W[cj + i] = x;
        s += (W[ch + i] as number) * x;
      }
      dots[j] = tau * s;
    }
  }

  // 2. Accumulate U = H₀…H_{n−1}·I[:, :n] backwards; only columns j ≥ k of rows ≥ k change at step k.
  const Ut = new Float64Array(n * m);
  for (let j = 0; j < n; j++) Ut[j * m + j] = 1;
  for (let k = n - 1; k >= 0; k--) {
    const tau = tauL[k] as number;
    if (tau === 0) continue;
    const ck = k * m;
    for (let j = k; j < n; j++) {
      const uj = j * m;
      let s = Ut[uj + k] as number;
      for (let i = k + 1; i < m; i++) s += (W[ck + i] as number) * (Ut[uj + i] as number);
      s *= tau;
      Ut[uj + k] = (Ut[uj + k] as number) - s;
      for (let i = k + 1; i < m; i++) Ut[uj + i] = (Ut[uj + i] as number) - s * (W[ck + i] as number);
    }
  }

  // 3. Accumulate V = G₀…G_{n−2} the same way (G_k acts on indices k+1 .. n−1).
  const Vt = new Float64Array(n * n);
  for (let j = 0; j < n; j++) Vt[j * n + j] = 1;
  for (let k = n - 2; k >= 0; k--) {
    const tau = tauR[k] as number;
    if (tau === 0) continue;
    const rk = k * n;
    const h = k + 1;
    for (let j = h; j < n; j++) {
      const vj = j * n;
      let s = Vt[vj + h] as number;
      for (let i = h + 1; i < n; i++) s += (R[rk + i] as number) * (Vt[vj + i] as number);
      s *= tau;
      Vt[vj + h] = (Vt[vj + h] as number) - s;
      for (let i = h + 1; i < n; i++) Vt[vj + i] = (Vt[vj + i] as number) - s * (R[rk + i] as number);
    }
  }

  // 4. Implicit-shift QR on the bidiagonal (d on the diagonal, e above it), as in JAMA / LINPACK dsvdc.
  const s = d;
  const csV = new Float64Array(n);
  const snV = new Float64Array(n);
  const csU = new Float64Array(n);
  const snU = new Float64Array(n);
  let p = n;
  let iterations = 0;
  const maxIterations = 75 * n + 100; // never reached in practice; a guard so the loop always ends
  while (p > 0 && iterations < maxIterations) {
    let k: number;
    let kase: number;
    for (k = p - 2; k >= 0; k--) {
      if (
        Math.abs(e[k] as number) <=
        TINY + EPS * (Math.abs(s[k] as number) + Math.abs(s[k + 1] as number))
      ) {
        e[k] = 0;
        break;
      }
    }
    if (k === p - 2) {
      kase = 4;
    } else {
      let ks: number;
      for (ks = p - 1; ks > k; ks--) {
        const t =
          (ks !== p ? Math.abs(e[ks] as number) : 0) + (ks !== k + 1 ? Math.abs(e[ks - 1] as number) : 0);
        if (Math.abs(s[ks] as number) <= TINY + EPS * t) {
          s[ks] = 0;
          break;
        }
      }
      if (ks === k) {
        kase = 3;
      } else if (ks === p - 1) {
        kase = 1;
      } else {
        kase = 2;
        k = ks;
      }
    }
    k++;

    if (kase === 1) {
      // s[p−1] is negligible: chase e[p−2] up and out with rotations from the right.
      let f = e[p - 2] as number;
      e[p - 2] = 0;
      for (let j = p - 2; j >= k; j--) {
        const t = hypot(s[j] as number, f);
        const cs = t === 0 ? 1 : (s[j] as number) / t;
        const sn = t === 0 ? 0 : f / t;
        s[j] = t;
        if (j !== k) {
          f = -sn * (e[j - 1] as number);
          e[j - 1] = cs * (e[j - 1] as number);
        }
        rotateRows(Vt, n, j * n, (p - 1) * n, cs, sn);
      }
    } else if (kase === 2) {
      // s[k−1] is negligible: split there, chasing e[k−1] down with rotations from the left.
      let f = e[k - 1] as number;
      e[k - 1] = 0;
      for (let j = k; j < p; j++) {
        const t = hypot(s[j] as number, f);
        const cs = t === 0 ? 1 : (s[j] as number) / t;
        const sn = t === 0 ? 0 : f / t;
        s[j] = t;
        f = -sn * (e[j] as number);
        e[j] = cs * (e[j] as number);
        rotateRows(Ut, m, j * m, (k - 1) * m, cs, sn);
      }
    } else if (kase === 3) {
      // One QR sweep on the block k .. p−1 with the Wilkinson-like shift of its trailing 2×2.
      const scale = Math.max(
        Math.abs(s[p - 1] as number),
        Math.abs(s[p - 2] as number),
        Math.abs(e[p - 2] as number),
        Math.abs(s[k] as number),
        Math.abs(e[k] as number),
      );
      const sp = (s[p - 1] as number) / scale;
      const spm1 = (s[p - 2] as number) / scale;
      const epm1 = (e[p - 2] as number) / scale;
      const sk = (s[k] as number) / scale;
      const ek = (e[k] as number) / scale;
      const b = ((spm1 + sp) * (spm1 - sp) + epm1 * epm1) / 2;
      const c = sp * epm1 * (sp * epm1);
      let shift = 0;
      if (b !== 0 || c !== 0) {
        shift = Math.sqrt(b * b + c);
        if (b < 0) shift = -shift;
        shift = c / (b + shift);
      }
      let f = (sk + sp) * (sk - sp) + shift;
      let g = sk * ek;
      for (let j = k; j < p - 1; j++) {
        let t = hypot(f, g);
        let cs = t === 0 ? 1 : f / t;
        let sn = t === 0 ? 0 : g / t;
        if (j !== k) e[j - 1] = t;
        f = cs * (s[j] as number) + sn * (e[j] as number);
        e[j] = cs * (e[j] as number) - sn * (s[j] as number);
        g = sn * (s[j + 1] as number);
        s[j + 1] = cs * (s[j + 1] as number);
        csV[j] = cs;
        snV[j] = sn;
        t = hypot(f, g);
        cs = t === 0 ? 1 : f / t;
        sn = t === 0 ? 0 : g / t;
        s[j] = t;
        f = cs * (e[j] as number) + sn * (s[j + 1] as number);
        s[j + 1] = -sn * (e[j] as number) + cs * (s[j + 1] as number);
        g = sn * (e[j + 1] as number);
        e[j + 1] = cs * (e[j + 1] as number);
        csU[j] = cs;
        snU[j] = sn;
      }
      e[p - 2] = f;
      rotateSweep(Vt, n, k, p, csV, snV);
      rotateSweep(Ut, m, k, p, csU, snU);
      iterations++;
    } else {
      // s[p−1] has converged.
      p--;
    }
  }
  return { Ut, s, Vt };
}

/** Throws RangeError naming the first non-finite entry of A. */
function assertFinite(fn: string, A: Matrix): void {
  const a = A.data;
  for (let q = 0; q < a.length; q++) {
    if (!Number.isFinite(a[q] as number)) {
      const i = Math.floor(q / A.cols);
      throw new RangeError(`${fn}: entry (${i}, ${q - i * A.cols}) is ${a[q]}; the SVD needs finite entries`);
    }
  }
}

/**
 * The thin singular value decomposition A = U·diag(S)·Vᵀ of an m×n matrix, r = min(m, n).
 *
 * Shapes: U is m×r with UᵀU = I, S holds r values σ₁ ≥ σ₂ ≥ … ≥ σ_r ≥ 0, V is n×r with VᵀV = I.
 * Sign convention: in every column of V the entry of largest magnitude is positive (on an exact tie, the
 * first such entry), and the matching column of U is flipped with it, so A = U·diag(S)·Vᵀ still holds.
 * For a repeated singular value the singular vectors are any orthonormal basis of their subspace.
 *
 * Edges: a zero-size matrix gives r = 0 (U m×0, S empty, V n×0); the zero matrix gives S = 0 with U and V
 * the first r columns of the identity; for rank-deficient matrices the columns of U and V belonging to
 * σ = 0 complete orthonormal bases. The matrix is scaled by its largest entry first, so entries near
 * 1e±300 work; a singular value larger than Number.MAX_VALUE is returned as Infinity. Wide matrices
 * (m < n) are decomposed through their transpose. Never returns NaN for finite input; throws RangeError
 * naming the entry when A contains NaN or ±∞.
 *
 * @example
 * const { U, S, V } = svd(fromRows([[1, 1, 1, 1, 0], [1, 1, 1, 1, 1]])); // 2×5, the post's 神/魔 table
 * S; // Float64Array [2.9208…, 0.6847…]
 * U.rows; V.rows; // 2, 5 (both with 2 columns)
 */
export function svd(A: Matrix): Svd {
  assertFinite('svd', A);
  const { rows: m, cols: n } = A;
  const r = Math.min(m, n);
  if (r === 0) {
    return {
      U: { rows: m, cols: 0, data: new Float64Array(0) },
      S: new Float64Array(0),
      V: { rows: n, cols: 0, data: new Float64Array(0) },
    };
  }
  const a = A.data;
  let amax = 0;
  for (let q = 0; q < a.length; q++) {
    const v = Math.abs(a[q] as number);
    if (v > amax) amax = v;
  }
  const scale = amax === 0 ? 1 : amax;
  const wide = m < n;
  const mt = wide ? n : m; // rows of the tall problem
  const nt = r; // its columns
  // The tall problem's columns, one after another: for a tall A that is Aᵀ; for a wide A (we decompose
  // Aᵀ, which is tall) the columns of Aᵀ are the rows of A, so A's own row-major data.
  const W = new Float64Array(mt * nt);
  if (wide) {
    for (let q = 0; q < a.length; q++) W[q] = (a[q] as number) / scale;
  } else {
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) W[j * m + i] = (a[i * n + j] as number) / scale;
  }
  const { Ut, s, Vt } = svdTall(W, mt, nt);

  // Make σ ≥ 0 (flip the right vector), then order descending.
  for (let j = 0; j < nt; j++) {
    if ((s[j] as number) < 0) {
      s[j] = -(s[j] as number);
      for (let i = 0; i < nt; i++) Vt[j * nt + i] = -(Vt[j * nt + i] as number);
    } else if (Object.is(s[j], -0)) {
      s[j] = 0;
    }
  }
  for (let j = 0; j < nt - 1; j++) {
    let best = j;
    for (let q = j + 1; q < nt; q++) if ((s[q] as number) > (s[best] as number)) best = q;
    if (best !== j) {
      const t = s[j] as number;
      s[j] = s[best] as number;
      s[best] = t;
      swapRows(Ut, mt, j * mt, best * mt);
      swapRows(Vt, nt, j * nt, best * nt);
    }
  }

  // In terms of A: left vectors are rows of (wide ? Vt : Ut), right vectors rows of (wide ? Ut : Vt).
  const left = wide ? Vt : Ut;
  const right = wide ? Ut : Vt;
  // Sign convention on the right vectors (each of length n), carried over to the left ones (length m).
  for (let j = 0; j < r; j++) {
    let best = 0;
    let bestAbs = -1;
    for (let i = 0; i < n; i++) {
      const v = Math.abs(right[j * n + i] as number);
      if (v > bestAbs) {
        bestAbs = v;
        best = i;
      }
    }
    if ((right[j * n + best] as number) < 0) {
      for (let i = 0; i < n; i++) right[j * n + i] = -(right[j * n + i] as number);
      for (let i = 0; i < m; i++) left[j * m + i] = -(left[j * m + i] as number);
    }
  }

  const U = new Float64Array(m * r);
  for (let j = 0; j < r; j++) for (let i = 0; i < m; i++) U[i * r + j] = left[j * m + i] as number;
  const V = new Float64Array(n * r);
  for (let j = 0; j < r; j++) for (let i = 0; i < n; i++) V[i * r + j] = right[j * n + i] as number;
  const S = new Float64Array(r);
  for (let j = 0; j < r; j++) S[j] = (s[j] as number) * scale;
  return { U: { rows: m, cols: r, data: U }, S, V: { rows: n, cols: r, data: V } };
}

/**
 * The rank-k matrix U_k·diag(S_k)·V_kᵀ from the first k singular triplets of an SVD (k clamped to [0, r]).
 *
 * Shapes: {U m×r, S r, V n×r} → m×n. k ≤ 0 (or NaN) gives the m×n zero matrix; k ≥ r rebuilds A itself;
 * fractional k rounds down. Use it to redraw a figure for many k without decomposing again. If some σ is
 * Infinity (A near 1e308, see {@link svd}) the products overflow: use {@link lowRank}, which rescales.
 *
 * @example
 * const f = svd(A);
 * lowRankFromSvd(f, 1); // the best rank-1 approximation of A
 */
export function lowRankFromSvd(f: Svd, k: number): Matrix {
  const { U, S, V } = f;
  const m = U.rows;
  const n = V.rows;
  const r = S.length;
  const kk = Number.isNaN(k) ? 0 : Math.max(0, Math.min(r, Math.floor(k)));
  const out = new Float64Array(m * n);
  const u = U.data;
  const v = V.data;
  for (let i = 0; i < m; i++) {
    const row = i * n;
    for (let l = 0; l < kk; l++) {
      const c = (u[i * r + l] as number) * (S[l] as number);
      if (c === 0) continue;
      for (let j = 0; j < n; j++) out[row + j] = (out[row + j] as number) + c * (v[j * r + l] as number);
    }
  }
  return { rows: m, cols: n, data: out };
}

/**
 * The best rank-k approximation of A in the Frobenius and spectral norms (Eckart–Young):
 * A_k = U_k·diag(σ₁ … σ_k)·V_kᵀ, with k clamped to [0, min(m, n)].
 *
 * Shapes: m×n → m×n. k ≤ 0 gives zeros, k ≥ min(m, n) gives A back (to rounding), fractional k rounds
 * down. When σ_k = σ_{k+1} the best approximation is not unique and this returns one of them.
 * ‖A − A_k‖²_F = tailEnergy(S, k). A is decomposed divided by its largest entry, so entries near 1e308
 * still give finite results. Throws RangeError naming the entry for NaN or ±∞ in A.
 *
 * @example
 * lowRank(fromRows([[1, 1, 1, 1, 0], [1, 1, 1, 1, 1]]), 1); // entry (0, 4), the post's 神术, ≈ 0.4961
 */
export function lowRank(A: Matrix, k: number): Matrix {
  // Decompose A / max|Aᵢⱼ| and scale back at the end: near 1e308, σ₁ itself may not be representable.
  assertFinite('lowRank', A);
  const a = A.data;
  let c = 0;
  for (let q = 0; q < a.length; q++) c = Math.max(c, Math.abs(a[q] as number));
  if (c === 0 || c === 1) return lowRankFromSvd(svd(A), k);
  const scaled = new Float64Array(a.length);
  for (let q = 0; q < a.length; q++) scaled[q] = (a[q] as number) / c;
  const out = lowRankFromSvd(svd({ rows: A.rows, cols: A.cols, data: scaled }), k);
  for (let q = 0; q < out.data.length; q++) out.data[q] = (out.data[q] as number) * c;
  return out;
}

/**
 * The energy left out by a rank-k truncation, Σ_{i>k} σᵢ² (1-based i): by Eckart–Young, the least possible
 * squared Frobenius error ‖A − B‖²_F over all B of rank ≤ k.
 *
 * k is clamped to [0, S.length] (NaN counts as 0), so tailEnergy(S, 0) = ‖A‖²_F and k ≥ r gives 0;
 * a sum beyond Number.MAX_VALUE (σ above about 1e154) is Infinity.
 *
 * @example
 * tailEnergy(Float64Array.of(3, 2, 1), 1); // 2² + 1² = 5
 */
export function tailEnergy(S: ArrayLike<number>, k: number): number {
  const kk = Number.isNaN(k) ? 0 : Math.max(0, Math.min(S.length, Math.floor(k)));
  let total = 0;
  // Smallest first, so the small terms are not lost against the large ones.
  for (let i = S.length - 1; i >= kk; i--) {
    const v = S[i] as number;
    total += v * v;
  }
  return total;
}
