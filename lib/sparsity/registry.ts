/**
 * Every sparsity measure as data: id, name, KaTeX formula, which direction is sparser, where it comes
 * from, its parameters with slider ranges, how to compute it and its extreme values for a length n.
 * Widgets list `measures` to build tables; the criteria experiment loops over it.
 */

import {
  energyEntropy,
  energyEntropyPrime,
  gaussianEntropy,
  gini,
  hoyer,
  kappa4,
  l0,
  l0Eps,
  l2OverL1,
  negL1,
  negLog,
  negLp,
  negLpMinus,
  negTanh,
  pqMean,
  renyiEntropy,
  s0,
  s1p,
  shannonEntropy,
  sStar,
  sStarBounds,
  uTheta,
} from './measures';

/** Which way is sparser: 'lower' (the post's measures, entropies) or 'higher' (Hurley & Rickard's orientation). */
export type Direction = 'lower' | 'higher';

/** One numeric parameter of a measure, with the range a slider should offer. */
export interface MeasureParam {
  id: string;
  label: string;
  tex: string;
  min: number;
  max: number;
  step: number;
  default: number;
}

/** A sparsity measure described as data (see the module comment). */
export interface SparsityMeasure {
  /** 's0','s1p','sStar','gini','hoyer','shannon','renyi','l0','l0eps','negL1','negLp','l2l1','negTanh','negLog','kappa4','uTheta','negLpMinus','hg','hs','hsPrime','pqMean' */
  id: string;
  /** Short human name, e.g. 'S*₁,ₚ' or 'Gini index'. */
  name: string;
  /** KaTeX formula. */
  tex: string;
  direction: Direction;
  source: 'post' | 'hurley-rickard' | 'entropy';
  params: readonly MeasureParam[];
  /** The measure of x; missing or invalid params take their defaults. */
  compute(x: ArrayLike<number>, params?: Readonly<Record<string, number>>): number;
  /** Least- and most-sparse values over non-zero, non-negative vectors of length n, or null if unbounded. */
  bounds(n: number, params?: Readonly<Record<string, number>>): { dense: number; sparse: number } | null;
}

type Params = Readonly<Record<string, number>> | undefined;

/** The value of parameter `id` in `params`, or its declared default. */
function get(params: Params, spec: readonly MeasureParam[], id: string): number {
  const v = params?.[id];
  if (v !== undefined && !Number.isNaN(v)) return v;
  const s = spec.find((p) => p.id === id);
  return s ? s.default : Number.NaN;
}

function p(
  id: string,
  label: string,
  tex: string,
  min: number,
  max: number,
  step: number,
  def: number,
): MeasureParam {
  return { id, label, tex, min, max, step, default: def };
}

/** A length for bounds: a positive integer (n < 1 is read as 1). */
function len(n: number): number {
  return n >= 1 ? Math.floor(n) : 1;
}

/** The ordered pair (small, large) of two positive exponents for S*-type ratios (the measures' swap rule). */
function ordered(a: number, b: number, da: number, db: number): [number, number] {
  const x = a > 0 ? a : da;
  const y = b > 0 ? b : db;
  return x <= y ? [x, y] : [y, x];
}

/**
 * The parameters of S*_{q,p} (q, then p) with their slider ranges: the ranges the widgets' q and p take,
 * declared once here.
 */
export const S_STAR_PARAMS = [p('q', 'q', 'q', 0.1, 4, 0.1, 1), p('p', 'p', 'p', 0.2, 8, 0.1, 2)] as const;
const sStarParams = S_STAR_PARAMS;
const s1pParams = [p('p', 'p', 'p', 1, 8, 0.1, 2)] as const;
const renyiParams = [p('alpha', 'α', '\\alpha', 0, 8, 0.1, 2)] as const;
const l0EpsParams = [p('eps', 'ε', '\\varepsilon', 0, 1, 0.001, 0.01)] as const;
const negLpParams = [p('p', 'p', 'p', 0.05, 0.95, 0.05, 0.5)] as const;
const tanhParams = [p('a', 'a', 'a', 0.1, 10, 0.1, 1), p('b', 'b', 'b', 0.1, 4, 0.1, 1)] as const;
const uThetaParams = [p('theta', 'θ', '\\theta', 0.05, 1, 0.05, 0.5)] as const;
const negLpMinusParams = [p('p', 'p', 'p', -4, -0.05, 0.05, -1)] as const;
const pqParams = [p('p', 'p', 'p', 0.1, 4, 0.1, 1), p('q', 'q', 'q', 0.2, 8, 0.1, 2)] as const;

/** Every measure, in the order a table should list them: the post's, then Hurley & Rickard's, then entropies. */
export const measures: readonly SparsityMeasure[] = [
  {
    id: 's0',
    name: 'S₀',
    tex: 'S_0(x)=\\frac{\\operatorname{mean}_i |x_i|}{\\max_i |x_i|}',
    direction: 'lower',
    source: 'post',
    params: [],
    compute: (x) => s0(x),
    bounds: (n) => ({ dense: 1, sparse: 1 / len(n) }),
  },
  {
    id: 's1p',
    name: 'S₁,ₚ',
    tex: 'S_{1,p}(x)=\\frac{\\lVert x\\rVert_1/n}{\\lVert x\\rVert_p}',
    direction: 'lower',
    source: 'post',
    params: s1pParams,
    compute: (x, ps) => s1p(x, get(ps, s1pParams, 'p')),
    bounds: (n, ps) => {
      const pp = get(ps, s1pParams, 'p');
      const k = len(n);
      const dense = k ** (-1 / (pp > 0 ? pp : 2));
      // For p < 1 the constant vector is the sparse end and one-hot the dense end.
      return dense >= 1 / k ? { dense, sparse: 1 / k } : { dense: 1 / k, sparse: dense };
    },
  },
  {
    id: 'sStar',
    name: 'S*_q,ₚ',
    tex: 'S^*_{q,p}(x)=n^{1/p-1/q}\\,\\frac{\\lVert x\\rVert_q}{\\lVert x\\rVert_p}',
    direction: 'lower',
    source: 'post',
    params: sStarParams,
    compute: (x, ps) => sStar(x, get(ps, sStarParams, 'q'), get(ps, sStarParams, 'p')),
    bounds: (n, ps) => sStarBounds(n, get(ps, sStarParams, 'q'), get(ps, sStarParams, 'p')),
  },
  {
    id: 'l0',
    name: 'ℓ⁰',
    tex: '\\ell^0(x)=\\#\\{i: x_i = 0\\}',
    direction: 'higher',
    source: 'hurley-rickard',
    params: [],
    compute: (x) => l0(x),
    bounds: (n) => ({ dense: 0, sparse: len(n) - 1 }),
  },
  {
    id: 'l0eps',
    name: 'ℓ⁰_ε',
    tex: '\\ell^0_\\varepsilon(x)=\\#\\{i: |x_i| \\le \\varepsilon\\}',
    direction: 'higher',
    source: 'hurley-rickard',
    params: l0EpsParams,
    compute: (x, ps) => l0Eps(x, get(ps, l0EpsParams, 'eps')),
    // A non-zero vector may lie entirely within ε of 0 (all n entries count) or entirely outside it.
    bounds: (n) => ({ dense: 0, sparse: len(n) }),
  },
  {
    id: 'negL1',
    name: '−ℓ¹',
    tex: '-\\ell^1(x)=-\\sum_i |x_i|',
    direction: 'higher',
    source: 'hurley-rickard',
    params: [],
    compute: (x) => negL1(x),
    bounds: () => null,
  },
  {
    id: 'negLp',
    name: '−ℓᵖ',
    tex: '-\\ell^p(x)=-\\Big(\\sum_i |x_i|^p\\Big)^{1/p},\\ 0<p<1',
    direction: 'higher',
    source: 'hurley-rickard',
    params: negLpParams,
    compute: (x, ps) => negLp(x, get(ps, negLpParams, 'p')),
    bounds: () => null,
  },
  {
    id: 'l2l1',
    name: 'ℓ²/ℓ¹',
    tex: '\\frac{\\ell^2}{\\ell^1}(x)=\\frac{\\lVert x\\rVert_2}{\\lVert x\\rVert_1}',
    direction: 'higher',
    source: 'hurley-rickard',
    params: [],
    compute: (x) => l2OverL1(x),
    bounds: (n) => ({ dense: 1 / Math.sqrt(len(n)), sparse: 1 }),
  },
  {
    id: 'negTanh',
    name: '−tanh_a,b',
    tex: '-\\tanh_{a,b}(x)=-\\sum_i \\tanh\\big((a|x_i|)^b\\big)',
    direction: 'higher',
    source: 'hurley-rickard',
    params: tanhParams,
    compute: (x, ps) => negTanh(x, get(ps, tanhParams, 'a'), get(ps, tanhParams, 'b')),
    bounds: () => null,
  },
  {
    id: 'negLog',
    name: '−log',
    tex: '-\\log(x)=-\\sum_i \\log(1+x_i^2)',
    direction: 'higher',
    source: 'hurley-rickard',
    params: [],
    compute: (x) => negLog(x),
    bounds: () => null,
  },
  {
    id: 'kappa4',
    name: 'κ₄',
    tex: '\\kappa_4(x)=\\frac{\\sum_i x_i^4}{\\big(\\sum_i x_i^2\\big)^2}',
    direction: 'higher',
    source: 'hurley-rickard',
    params: [],
    compute: (x) => kappa4(x),
    bounds: (n) => ({ dense: 1 / len(n), sparse: 1 }),
  },
  {
    id: 'uTheta',
    name: 'u_θ',
    tex: 'u_\\theta(x)=1-\\frac{\\min_i\\,(c_{(i+\\lceil\\theta N\\rceil-1)}-c_{(i)})}{c_{(N)}-c_{(1)}}',
    direction: 'higher',
    source: 'hurley-rickard',
    params: uThetaParams,
    compute: (x, ps) => uTheta(x, get(ps, uThetaParams, 'theta')),
    bounds: (n, ps) => {
      const N = len(n);
      const th = get(ps, uThetaParams, 'theta');
      const t = th > 0 && th <= 1 ? th : 0.5;
      const k = Math.max(1, Math.min(N, Math.ceil(t * N - 1e-9)));
      return { dense: 0, sparse: k < N ? 1 : 0 };
    },
  },
  {
    id: 'negLpMinus',
    name: '−ℓᵖ₋',
    tex: '-\\ell^p_-(x)=-\\sum_{x_i\\neq 0} |x_i|^p,\\ p<0',
    direction: 'higher',
    source: 'hurley-rickard',
    params: negLpMinusParams,
    compute: (x, ps) => negLpMinus(x, get(ps, negLpMinusParams, 'p')),
    bounds: () => null,
  },
  {
    id: 'hg',
    name: 'H_G',
    tex: 'H_G(x)=-\\sum_{x_i\\neq 0} \\log x_i^2',
    direction: 'higher',
    source: 'hurley-rickard',
    params: [],
    compute: (x) => gaussianEntropy(x),
    bounds: () => null,
  },
  {
    id: 'hs',
    name: 'H_S',
    tex: 'H_S(x)=-\\sum_i \\tilde c_i \\log \\tilde c_i,\\ \\tilde c_i = \\frac{x_i^2}{\\lVert x\\rVert_2^2}',
    direction: 'lower',
    source: 'hurley-rickard',
    params: [],
    compute: (x) => energyEntropy(x),
    bounds: (n) => ({ dense: Math.log(len(n)), sparse: 0 }),
  },
  {
    id: 'hsPrime',
    name: 'H′_S',
    tex: "H'_S(x)=-\\sum_i x_i^2 \\log x_i^2",
    direction: 'lower',
    source: 'hurley-rickard',
    params: [],
    compute: (x) => energyEntropyPrime(x),
    bounds: () => null,
  },
  {
    id: 'hoyer',
    name: 'Hoyer',
    tex: '\\mathrm{Hoyer}(x)=\\frac{\\sqrt n-\\lVert x\\rVert_1/\\lVert x\\rVert_2}{\\sqrt n-1}',
    direction: 'higher',
    source: 'hurley-rickard',
    params: [],
    compute: (x) => hoyer(x),
    bounds: (n) => (len(n) <= 1 ? { dense: 0, sparse: 0 } : { dense: 0, sparse: 1 }),
  },
  {
    id: 'pqMean',
    name: 'pq-mean',
    tex: '-\\Big(\\tfrac1N\\sum_i |x_i|^p\\Big)^{1/p}\\Big(\\tfrac1N\\sum_i |x_i|^q\\Big)^{-1/q},\\ p<q',
    direction: 'higher',
    source: 'hurley-rickard',
    params: pqParams,
    compute: (x, ps) => pqMean(x, get(ps, pqParams, 'p'), get(ps, pqParams, 'q')),
    bounds: (n, ps) => {
      const [pp, q] = ordered(get(ps, pqParams, 'p'), get(ps, pqParams, 'q'), 1, 2);
      return { dense: -1, sparse: -(len(n) ** (1 / q - 1 / pp)) };
    },
  },
  {
    id: 'gini',
    name: 'Gini index',
    tex: 'G(x)=1-2\\sum_{k=1}^N \\frac{c_{(k)}}{\\lVert c\\rVert_1}\\,\\frac{N-k+\\frac12}{N}',
    direction: 'higher',
    source: 'hurley-rickard',
    params: [],
    compute: (x) => gini(x),
    bounds: (n) => ({ dense: 0, sparse: 1 - 1 / len(n) }),
  },
  {
    id: 'shannon',
    name: 'Shannon entropy',
    tex: 'H(x)=-\\sum_i p_i \\log p_i,\\ p_i = \\frac{|x_i|}{\\lVert x\\rVert_1}',
    direction: 'lower',
    source: 'entropy',
    params: [],
    compute: (x) => shannonEntropy(x),
    bounds: (n) => ({ dense: Math.log(len(n)), sparse: 0 }),
  },
  {
    id: 'renyi',
    name: 'Rényi entropy',
    tex: 'H_\\alpha(x)=\\frac{1}{1-\\alpha}\\log\\sum_i p_i^\\alpha,\\ p_i = \\frac{|x_i|}{\\lVert x\\rVert_1}',
    direction: 'lower',
    source: 'entropy',
    params: renyiParams,
    compute: (x, ps) => renyiEntropy(x, get(ps, renyiParams, 'alpha')),
    bounds: (n) => ({ dense: Math.log(len(n)), sparse: 0 }),
  },
];

const byId = new Map(measures.map((m) => [m.id, m]));

/**
 * The measure with this id, or undefined.
 *
 * @example
 * getMeasure('gini')?.compute([1, 0, 0, 0]); // 0.75
 */
export function getMeasure(id: string): SparsityMeasure | undefined {
  return byId.get(id);
}

/**
 * A measure's value oriented so that larger = sparser: the value itself for 'higher' measures, its
 * negation for 'lower' ones. Use it to compare "is this sparser?" across measures.
 *
 * @example
 * sparsityScore(getMeasure('sStar')!, 0.5); // -0.5
 */
export function sparsityScore(m: SparsityMeasure, value: number): number {
  return m.direction === 'higher' ? value : -value;
}

/**
 * Where `value` lies between a measure's least-sparse (`dense`) and most-sparse (`sparse`) values for its n,
 * as a fraction in [0, 1] (0 = as dense as possible, 1 = as sparse as possible), whichever way the measure
 * runs. Values a little outside the bounds (rounding) are clamped. NaN when there are no bounds, when they
 * coincide (n = 1) or when any input is not finite.
 *
 * @example
 * boundsFraction(0.75, { dense: 1, sparse: 0.5 }); // 0.5
 */
export function boundsFraction(value: number, bounds: { dense: number; sparse: number } | null): number {
  if (!bounds) return Number.NaN;
  const { dense, sparse } = bounds;
  if (![value, dense, sparse].every(Number.isFinite) || dense === sparse) return Number.NaN;
  const t = (value - dense) / (sparse - dense);
  return Math.min(1, Math.max(0, t));
}

/** The two orders a reader sets for the whole registry at once (the p and q of S*_{q,p}). */
export interface MeasureOrders {
  p: number;
  q: number;
}

/**
 * Which order drives which measure parameter: S_{1,p} and S*_{q,p} take p (and q); Rényi's order α follows p,
 * because S*_{1,p} = exp(−(p−1)/p·(log n − H_p)) pairs them; −ℓ_p takes p when p is inside its own range
 * (0 < p < 1). The pq-mean's p < q is the opposite convention to S*'s q < p, so it keeps its own defaults.
 */
const DRIVEN: Readonly<Record<string, Readonly<Record<string, keyof MeasureOrders>>>> = {
  s1p: { p: 'p' },
  sStar: { p: 'p', q: 'q' },
  renyi: { alpha: 'p' },
  negLp: { p: 'p' },
};

/**
 * The parameter values to evaluate `m` with at the orders p and q: each parameter's registry default, replaced
 * by the order it follows (see above) when that order lies inside the parameter's [min, max]. `driven` lists
 * the parameter ids that took an order.
 *
 * @example
 * measureParams(getMeasure('sStar')!, { p: 3, q: 1 }); // { values: { q: 1, p: 3 }, driven: ['q', 'p'] }
 * measureParams(getMeasure('negLp')!, { p: 2, q: 1 }); // { values: { p: 0.5 }, driven: [] } (p outside (0, 1))
 */
export function measureParams(
  m: SparsityMeasure,
  orders: MeasureOrders,
): { values: Record<string, number>; driven: string[] } {
  const values: Record<string, number> = {};
  const driven: string[] = [];
  const map = DRIVEN[m.id] ?? {};
  for (const param of m.params) {
    const from = map[param.id];
    const v = from ? orders[from] : undefined;
    if (v !== undefined && Number.isFinite(v) && v >= param.min && v <= param.max) {
      values[param.id] = v;
      driven.push(param.id);
    } else {
      values[param.id] = param.default;
    }
  }
  return { values, driven };
}
