/**
 * Tolerance comparison for tests: numbers, arrays, typed arrays, matrices and plain objects of them.
 */

/** Tolerances of {@link expectClose}: a pair passes when |actual − expected| ≤ atol + rtol·|expected|. */
export interface CloseOptions {
  /** Relative tolerance (default 1e-9). */
  rtol?: number;
  /** Absolute tolerance (default 1e-12). */
  atol?: number;
}

/**
 * Whether two numbers agree: |a − e| ≤ atol + rtol·|e| (NumPy's `isclose` rule, asymmetric in e).
 *
 * Non-finite values match only themselves: NaN matches NaN, ∞ matches ∞, −∞ matches −∞.
 *
 * @example
 * isClose(1 + 1e-12, 1); // true
 * isClose(Number.NaN, Number.NaN); // true
 * isClose(Infinity, 1e308); // false
 */
export function isClose(actual: number, expected: number, options: CloseOptions = {}): boolean {
  const { rtol = 1e-9, atol = 1e-12 } = options;
  if (Number.isNaN(actual) || Number.isNaN(expected)) return Number.isNaN(actual) && Number.isNaN(expected);
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return actual === expected;
  return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
}

interface MatrixLike {
  rows: number;
  cols: number;
  data: ArrayLike<number>;
}

interface Mismatch {
  path: string;
  actual: number;
  expected: number;
}

function isArrayLike(x: unknown): x is ArrayLike<unknown> {
  return Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));
}

function isMatrixLike(x: unknown): x is MatrixLike {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Partial<MatrixLike>;
  return typeof m.rows === 'number' && typeof m.cols === 'number' && isArrayLike(m.data);
}

function kindOf(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return `array of length ${x.length}`;
  if (ArrayBuffer.isView(x))
    return `${x.constructor.name} of length ${(x as unknown as ArrayLike<unknown>).length}`;
  if (isMatrixLike(x)) return `${x.rows}×${x.cols} matrix`;
  if (typeof x === 'number') return String(x);
  return typeof x;
}

function where(path: string): string {
  return path === '' ? 'the value' : path;
}

class Walker {
  readonly mismatches: Mismatch[] = [];
  constructor(private readonly options: CloseOptions) {}

  fail(path: string, what: string): never {
    throw new Error(`expectClose: at ${where(path)}: ${what}`);
  }

  number(path: string, a: unknown, e: number): void {
    if (typeof a !== 'number') this.fail(path, `actual is ${kindOf(a)}, expected the number ${e}`);
    if (!isClose(a, e, this.options)) this.mismatches.push({ path, actual: a, expected: e });
  }

  walk(path: string, a: unknown, e: unknown): void {
    if (typeof e === 'number') {
      this.number(path, a, e);
      return;
    }
    if (isMatrixLike(e)) {
      this.matrix(path, a, e);
      return;
    }
    if (isArrayLike(e)) {
      if (isMatrixLike(a) && Array.isArray(e)) {
        this.matrixVsRows(path, a, e);
        return;
      }
      if (!isArrayLike(a)) this.fail(path, `actual is ${kindOf(a)}, expected ${kindOf(e)}`);
      if (a.length !== e.length)
        this.fail(path, `actual has length ${a.length}, expected length ${e.length}`);
      for (let i = 0; i < e.length; i++) this.walk(`${path}[${i}]`, a[i], e[i]);
      return;
    }
    if (typeof e === 'object' && e !== null) {
      if (typeof a !== 'object' || a === null || isArrayLike(a)) {
        this.fail(path, `actual is ${kindOf(a)}, expected an object`);
      }
      const aKeys = Object.keys(a).sort();
      const eKeys = Object.keys(e).sort();
      if (aKeys.join(',') !== eKeys.join(',')) {
        this.fail(path, `actual has keys {${aKeys.join(', ')}}, expected {${eKeys.join(', ')}}`);
      }
      for (const key of eKeys) {
        this.walk(`${path}.${key}`, (a as Record<string, unknown>)[key], (e as Record<string, unknown>)[key]);
      }
      return;
    }
    if (!Object.is(a, e)) this.fail(path, `actual ${String(a)} is not ${String(e)}`);
  }

  matrix(path: string, a: unknown, e: MatrixLike): void {
    if (!isMatrixLike(a)) this.fail(path, `actual is ${kindOf(a)}, expected a ${e.rows}×${e.cols} matrix`);
    if (a.rows !== e.rows || a.cols !== e.cols) {
      this.fail(path, `actual has shape ${a.rows}×${a.cols}, expected shape ${e.rows}×${e.cols}`);
    }
    if (a.data.length !== e.data.length) {
      this.fail(path, `actual data has length ${a.data.length}, expected ${e.data.length}`);
    }
    for (let k = 0; k < e.data.length; k++) {
      const i = e.cols === 0 ? 0 : Math.floor(k / e.cols);
      const j = k - i * e.cols;
      this.number(`${path}[${i}][${j}] (data[${k}])`, a.data[k], e.data[k] as number);
    }
  }

  matrixVsRows(path: string, a: MatrixLike, e: readonly unknown[]): void {
    if (a.rows !== e.length) this.fail(path, `actual has ${a.rows} rows, expected ${e.length}`);
    for (let i = 0; i < e.length; i++) {
      const row = e[i];
      if (!isArrayLike(row)) this.fail(`${path}[${i}]`, `expected row is ${kindOf(row)}, not an array`);
      if (row.length !== a.cols) {
        this.fail(`${path}[${i}]`, `actual row has length ${a.cols}, expected length ${row.length}`);
      }
      for (let j = 0; j < row.length; j++) {
        this.walk(`${path}[${i}][${j}]`, a.data[i * a.cols + j], row[j]);
      }
    }
  }
}

/**
 * Asserts that `actual` equals `expected` within tolerance, walking numbers, arrays, typed arrays,
 * matrices (`{ rows, cols, data }`, shape compared first) and plain objects of these.
 *
 * Each number pair must satisfy |actual − expected| ≤ atol + rtol·|expected| (defaults rtol = 1e-9,
 * atol = 1e-12); non-finite values match only themselves (NaN matches NaN). A matrix may also be compared
 * with an array of rows. On failure it throws an Error that names the first mismatching index
 * (`[2][3]`, or `[1][2] (data[5])` inside a matrix), the actual and expected values, the difference and
 * the tolerance, and how many entries mismatched in all; shape and type differences throw at once.
 *
 * @example
 * expectClose(0.1 + 0.2, 0.3);
 * expectClose(softmax([0, 0]), [0.5, 0.5]);
 * expectClose(matmul(A, identity(3)), A, { rtol: 0, atol: 0 });
 * expectClose(M, [[1, 0], [0, 1]], { atol: 1e-6 });
 */
export function expectClose(actual: unknown, expected: unknown, options: CloseOptions = {}): void {
  const { rtol = 1e-9, atol = 1e-12 } = options;
  if (!(rtol >= 0) || !(atol >= 0)) {
    throw new RangeError(
      `expectClose: rtol and atol must be non-negative, got rtol = ${rtol}, atol = ${atol}`,
    );
  }
  const walker = new Walker({ rtol, atol });
  walker.walk('', actual, expected);
  const { mismatches } = walker;
  const first = mismatches[0];
  if (first === undefined) return;
  const tolerance = atol + rtol * Math.abs(first.expected);
  const diff = Math.abs(first.actual - first.expected);
  const more = mismatches.length > 1 ? ` (${mismatches.length} entries differ in all)` : '';
  throw new Error(
    `expectClose: at ${where(first.path)}: actual ${first.actual}, expected ${first.expected}, ` +
      `|difference| ${diff} > tolerance ${tolerance} (atol ${atol} + rtol ${rtol}·|expected|)${more}`,
  );
}
