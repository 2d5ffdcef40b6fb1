/**
 * Widget parameter schemas: one declaration per widget drives its MDX props, its URL state, its embed page
 * and the validation of all three. Pure TypeScript (no React), so it is unit-tested in Node.
 *
 * Parsing never throws: unknown keys are ignored, bad values are clamped or replaced by the default, and each
 * change is reported as a human-readable notice that the widget shows next to itself.
 */

interface BaseSpec {
  /** Human label used by the embed gallery and notices. */
  label: string;
  /** One sentence for the embed gallery. */
  description?: string;
}

/** How a bound control shows a number: its unit and how many significant digits (see lib/format). */
interface NumericDisplay {
  /** Written after the value in the control's readout: 'ms', '%', '×'. */
  unit?: string;
  /**
   * 'log': the control moves in equal ratios (min must be > 0), for temperatures, learning rates and weights
   * that span decades. Default 'linear'.
   */
  scale?: 'linear' | 'log';
  /** With `scale: 'log'` and `min: 0`: the smallest positive value; the control's first notch is exactly 0. */
  logMin?: number;
}

export interface IntSpec extends BaseSpec, NumericDisplay {
  type: 'int';
  min: number;
  max: number;
  default: number;
  /** Step of a bound control (default 1). */
  step?: number;
}

export interface NumberSpec extends BaseSpec, NumericDisplay {
  type: 'number';
  min: number;
  max: number;
  default: number;
  /**
   * Step of a bound control: in the value's units, or in decades when `scale` is 'log' (default: a hundredth
   * of the range, or 0.01 decades).
   */
  step?: number;
  /** Values are rounded to this many decimals when written to a URL; also the readout's decimals. */
  digits?: number;
}

export interface EnumSpec<O extends string = string> extends BaseSpec {
  type: 'enum';
  options: readonly O[];
  /** What a bound select shows for each option (default: the option itself). */
  optionLabels?: Readonly<Partial<Record<O, string>>>;
  default: O;
}

export interface BooleanSpec extends BaseSpec {
  type: 'boolean';
  default: boolean;
}

export interface StringSpec extends BaseSpec {
  type: 'string';
  default: string;
  maxLength: number;
}

export interface VectorSpec extends BaseSpec {
  type: 'vector';
  default: readonly number[];
  minLength: number;
  maxLength: number;
  min?: number;
  max?: number;
  digits?: number;
}

export interface MatrixSpec extends BaseSpec {
  type: 'matrix';
  default: readonly (readonly number[])[];
  maxRows: number;
  maxCols: number;
  min?: number;
  max?: number;
  digits?: number;
}

export type ParamSpec = IntSpec | NumberSpec | EnumSpec | BooleanSpec | StringSpec | VectorSpec | MatrixSpec;
export type ParamsSchema = Readonly<Record<string, ParamSpec>>;

/** The value type a spec describes. */
export type ValueOf<S extends ParamSpec> =
  S extends EnumSpec<infer O>
    ? O
    : S extends BooleanSpec
      ? boolean
      : S extends StringSpec
        ? string
        : S extends VectorSpec
          ? number[]
          : S extends MatrixSpec
            ? number[][]
            : number;

/** The parameter values a schema describes. */
export type ParamValues<S extends ParamsSchema> = { [K in keyof S]: ValueOf<S[K]> };

/** Declares a schema while keeping its literal types (enum options, keys). */
export function defineParams<const S extends ParamsSchema>(schema: S): S {
  return schema;
}

/** The default values of a schema, freshly copied (vectors and matrices are never shared). */
export function defaults<S extends ParamsSchema>(schema: S): ParamValues<S> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(schema)) out[key] = copyValue(spec.default);
  return out as ParamValues<S>;
}

function copyValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(copyValue);
  return v;
}

export interface Coerced<T> {
  value: T;
  /** Why the input was changed; absent when it was accepted as is. */
  notice?: string;
}

const show = (raw: unknown): string => {
  const s = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw));
  return s.length > 24 ? `“${s.slice(0, 24)}…”` : `“${s}”`;
};

function toNumber(raw: unknown): number {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return Number.NaN;
  const t = raw.trim().replace(/\u2212/g, '-');
  // Number('') is 0 and Number('0x10') is 16: accept plain decimal notation only.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number.NaN;
  return Number(t);
}

function clampNumber(spec: IntSpec | NumberSpec, key: string, raw: unknown): Coerced<number> {
  let x = toNumber(raw);
  if (!Number.isFinite(x)) {
    return { value: spec.default, notice: `${key}: ${show(raw)} is not a number; using ${spec.default}.` };
  }
  let notice: string | undefined;
  if (spec.type === 'int' && !Number.isInteger(x)) {
    const r = Math.round(x);
    notice = `${key}: ${show(raw)} is not a whole number; using ${r}.`;
    x = r;
  }
  if (x < spec.min)
    return { value: spec.min, notice: `${key}: ${show(raw)} is below ${spec.min}; using ${spec.min}.` };
  if (x > spec.max)
    return { value: spec.max, notice: `${key}: ${show(raw)} is above ${spec.max}; using ${spec.max}.` };
  return { value: x, notice };
}

function parseNumberList(raw: unknown): number[] | null {
  if (Array.isArray(raw)) {
    const xs = raw.map(toNumber);
    return xs.every(Number.isFinite) ? xs : null;
  }
  if (typeof raw !== 'string') return null;
  if (raw.trim() === '') return [];
  const xs = raw.split(',').map(toNumber);
  return xs.every(Number.isFinite) ? xs : null;
}

function clampEntries(xs: number[], min = -Infinity, max = Infinity): { xs: number[]; clamped: boolean } {
  let clamped = false;
  const out = xs.map((x) => {
    const y = Math.min(max, Math.max(min, x));
    if (y !== x) clamped = true;
    return y;
  });
  return { xs: out, clamped };
}

/**
 * Coerces one raw value (a URL string, an MDX prop, a stored value) to what `spec` allows.
 * Never throws; returns the default with a notice when the value cannot be used.
 */
export function coerce(spec: ParamSpec, key: string, raw: unknown): Coerced<unknown> {
  switch (spec.type) {
    case 'int':
    case 'number':
      return clampNumber(spec, key, raw);
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      const t = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
      if (t === '1' || t === 'true' || t === 'yes' || t === 'on' || t === 1) return { value: true };
      if (t === '0' || t === 'false' || t === 'no' || t === 'off' || t === 0) return { value: false };
      return {
        value: spec.default,
        notice: `${key}: ${show(raw)} is not on/off; using ${spec.default ? 1 : 0}.`,
      };
    }
    case 'enum': {
      if (typeof raw === 'string' && spec.options.includes(raw)) return { value: raw };
      return {
        value: spec.default,
        notice: `${key}: ${show(raw)} is not one of ${spec.options.join(', ')}; using ${spec.default}.`,
      };
    }
    case 'string': {
      if (typeof raw !== 'string')
        return { value: spec.default, notice: `${key}: not text; using the default.` };
      if (raw.length > spec.maxLength) {
        return {
          value: spec.default,
          notice: `${key}: longer than ${spec.maxLength} characters; using the default.`,
        };
      }
      return { value: raw };
    }
    case 'vector': {
      const xs = parseNumberList(raw);
      if (!xs)
        return {
          value: copyValue(spec.default),
          notice: `${key}: ${show(raw)} is not a list of numbers; using the default.`,
        };
      if (xs.length < spec.minLength || xs.length > spec.maxLength) {
        return {
          value: copyValue(spec.default),
          notice: `${key}: needs ${spec.minLength}–${spec.maxLength} numbers, got ${xs.length}; using the default.`,
        };
      }
      const { xs: ys, clamped } = clampEntries(xs, spec.min, spec.max);
      return {
        value: ys,
        notice: clamped ? `${key}: values clamped to [${spec.min}, ${spec.max}].` : undefined,
      };
    }
    case 'matrix': {
      // An empty default means "none" (e.g. no edited matrix): then [] and '' (its URL form) are values too.
      if (spec.default.length === 0 && (raw === '' || (Array.isArray(raw) && raw.length === 0)))
        return { value: [] };
      let rows: number[][] | null = null;
      if (Array.isArray(raw)) {
        const parsed = raw.map(parseNumberList);
        rows = parsed.every((r): r is number[] => r !== null) ? parsed : null;
      } else if (typeof raw === 'string') {
        const parts = raw.split(';').map(parseNumberList);
        rows = parts.every((r): r is number[] => r !== null) ? parts : null;
      }
      const bad = (why: string): Coerced<unknown> => ({
        value: copyValue(spec.default),
        notice: `${key}: ${why}; using the default.`,
      });
      if (!rows || rows.length === 0 || rows[0].length === 0)
        return bad(`${show(raw)} is not a matrix of numbers`);
      if (rows.some((r) => r.length !== rows[0].length)) return bad('rows have different lengths');
      if (rows.length > spec.maxRows || rows[0].length > spec.maxCols) {
        return bad(`at most ${spec.maxRows}×${spec.maxCols} is allowed`);
      }
      let anyClamped = false;
      const out = rows.map((r) => {
        const { xs, clamped } = clampEntries(r, spec.min, spec.max);
        anyClamped ||= clamped;
        return xs;
      });
      return {
        value: out,
        notice: anyClamped ? `${key}: values clamped to [${spec.min}, ${spec.max}].` : undefined,
      };
    }
  }
}

export interface ParsedParams<S extends ParamsSchema> {
  values: ParamValues<S>;
  notices: string[];
  /** Keys that were present in the input (accepted or corrected). */
  present: (keyof S)[];
}

/**
 * Validates an object of raw values (MDX props, a decoded query) against `schema`, starting from `base`
 * (the defaults unless given). Keys not in the schema are ignored.
 */
export function validateParams<S extends ParamsSchema>(
  schema: S,
  raw: Readonly<Record<string, unknown>>,
  base: ParamValues<S> = defaults(schema),
): ParsedParams<S> {
  const values = { ...base } as Record<string, unknown>;
  const notices: string[] = [];
  const present: (keyof S)[] = [];
  for (const [key, spec] of Object.entries(schema)) {
    if (!Object.hasOwn(raw, key) || raw[key] === undefined) continue;
    const { value, notice } = coerce(spec, key, raw[key]);
    values[key] = value;
    present.push(key);
    if (notice) notices.push(notice);
  }
  return { values: values as ParamValues<S>, notices, present };
}

/**
 * Reads a widget's parameters from a query string. With a `prefix` (an article figure's id) only keys
 * `prefix.name` are read, so two figures on one page never collide; an embed page uses no prefix.
 */
export function parseQuery<S extends ParamsSchema>(
  schema: S,
  search: string | URLSearchParams,
  prefix = '',
  base: ParamValues<S> = defaults(schema),
): ParsedParams<S> {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    params = new URLSearchParams();
  }
  const raw: Record<string, string> = {};
  const head = prefix ? `${prefix}.` : '';
  for (const [k, v] of params) {
    if (head && !k.startsWith(head)) continue;
    const key = k.slice(head.length);
    if (Object.hasOwn(schema, key)) raw[key] = v;
  }
  return validateParams(schema, raw, base);
}

function formatNumberForUrl(x: number, digits?: number): string {
  if (digits === undefined) return String(x);
  return String(Number(x.toFixed(digits)));
}

/** Writes one value as it appears in a query string (before URL encoding). */
export function encodeValue(spec: ParamSpec, value: unknown): string {
  switch (spec.type) {
    case 'int':
      return String(value);
    case 'number':
      return formatNumberForUrl(value as number, spec.digits);
    case 'boolean':
      return value ? '1' : '0';
    case 'enum':
    case 'string':
      return String(value);
    case 'vector':
      return (value as number[]).map((x) => formatNumberForUrl(x, spec.digits)).join(',');
    case 'matrix':
      return (value as number[][])
        .map((r) => r.map((x) => formatNumberForUrl(x, spec.digits)).join(','))
        .join(';');
  }
}

/** True when two parameter values are equal (deep for vectors and matrices). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  return Object.is(a, b);
}

/**
 * The short query entries of `values`: only parameters that differ from `base` (a figure's initial values,
 * by default the schema's defaults), keyed `prefix.name` (or `name` without a prefix), in schema order.
 */
export function toQueryEntries<S extends ParamsSchema>(
  schema: S,
  values: ParamValues<S>,
  prefix = '',
  base: ParamValues<S> = defaults(schema),
): [string, string][] {
  const head = prefix ? `${prefix}.` : '';
  const out: [string, string][] = [];
  for (const [key, spec] of Object.entries(schema)) {
    const v = (values as Record<string, unknown>)[key];
    if (sameValue(v, (base as Record<string, unknown>)[key])) continue;
    out.push([head + key, encodeValue(spec, v)]);
  }
  return out;
}

/** A query string (without '?') for `values`, only the parameters that differ from `base`. */
export function serializeQuery<S extends ParamsSchema>(
  schema: S,
  values: ParamValues<S>,
  prefix = '',
  base: ParamValues<S> = defaults(schema),
): string {
  return new URLSearchParams(toQueryEntries(schema, values, prefix, base)).toString();
}

/**
 * Replaces one figure's keys in an existing query string, leaving other figures' keys (and unrelated
 * parameters) where they were.
 */
export function mergeQuery<S extends ParamsSchema>(
  current: string,
  schema: S,
  values: ParamValues<S>,
  prefix = '',
  base: ParamValues<S> = defaults(schema),
): string {
  const params = new URLSearchParams(current);
  const head = prefix ? `${prefix}.` : '';
  for (const key of Object.keys(schema)) params.delete(head + key);
  for (const [k, v] of toQueryEntries(schema, values, prefix, base)) params.set(k, v);
  return params.toString();
}
