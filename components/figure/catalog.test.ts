// One table over the whole widget catalog: every widget's schema is well formed, its defaults validate, every
// parameter survives a URL round trip at its edges and in between, and every kind of bad value of every
// parameter gives exactly one notice and a usable value. Widget-specific facts stay beside their widget
// (components/widgets/*/params.test.ts); whether the MDX's figures match the catalog is content/figures.test.ts.
import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import {
  coerce,
  defaults,
  encodeValue,
  type ParamSpec,
  type ParamsSchema,
  parseQuery,
  serializeQuery,
  validateParams,
} from './schema';

/** Rounds to the decimals a URL keeps for the spec (none: as is), without a negative zero. */
const keep = (x: number, digits?: number) => (digits === undefined ? x : Number(x.toFixed(digits))) + 0;

/** `count` numbers spread evenly over [lo, hi], rounded as the URL keeps them. */
function spread(count: number, lo: number, hi: number, digits?: number): number[] {
  return Array.from({ length: count }, (_, i) =>
    keep(count === 1 ? lo : lo + ((hi - lo) * i) / (count - 1), digits),
  );
}

/** Text with the characters a query string must escape, and Chinese and an astral character, cut to `max`. */
function awkwardText(max: number): string {
  let out = '';
  for (const ch of 'q >= kv && a|b % 2 + c=d #稀疏 😀?;,') {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * Valid values of a parameter that a reader can reach: its ends, a value between them, every option, the
 * shortest and longest lists, text full of characters a URL must escape. Each must survive a URL round trip.
 */
function goodValues(spec: ParamSpec): unknown[] {
  switch (spec.type) {
    case 'int':
      return [spec.min, spec.max, Math.round((spec.min + spec.max) / 2)];
    case 'number': {
      const mid =
        spec.scale === 'log' && spec.min > 0 ? Math.sqrt(spec.min * spec.max) : (spec.min + spec.max) / 2;
      return [spec.min, spec.max, keep(mid, spec.digits)];
    }
    case 'enum':
      return [...spec.options];
    case 'boolean':
      return [true, false];
    case 'string':
      return ['', awkwardText(spec.maxLength), 'x&'.repeat(spec.maxLength).slice(0, spec.maxLength)];
    case 'vector': {
      const lo = spec.min ?? -1000;
      const hi = spec.max ?? 1000;
      return [spec.minLength, spec.maxLength].filter((n) => n > 0).map((n) => spread(n, lo, hi, spec.digits));
    }
    case 'matrix': {
      const lo = spec.min ?? -1000;
      const hi = spec.max ?? 1000;
      const shape = (rows: number, cols: number) => {
        const xs = spread(rows * cols, lo, hi, spec.digits);
        return Array.from({ length: rows }, (_, r) => xs.slice(r * cols, (r + 1) * cols));
      };
      return [shape(1, 1), shape(spec.maxRows, spec.maxCols), shape(Math.min(2, spec.maxRows), spec.maxCols)];
    }
  }
}

/** Widget-specific values that must also survive the URL (e.g. expressions full of &&, || and %). */
const EXTRA_VALUES: Readonly<Record<string, Readonly<Record<string, readonly unknown[]>>>> = {
  'mask-lab': {
    expr: [
      'abs(q - kv) <= 3 || (q - kv) % 8 == 0 && q >= kv',
      'q+kv>=n&&!(q%2==1)',
      'q / 16 == kv / 16 && q >= kv',
      '  q >= kv  ',
      'q >= kv # ≥ 😀 & | = ? + %',
      'q>=kv && q%8|0',
    ],
  },
};

/** A bad raw URL value, and what its one notice says (a RegExp over the whole notice). */
interface BadValue {
  raw: string;
  notice: RegExp;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const list = (xs: number[]) => xs.join(',');

/** A bad value of every kind for a parameter, each with the notice it must give. */
function badValues(key: string, spec: ParamSpec): BadValue[] {
  const k = esc(key);
  const quoted = (raw: string) => `“${esc(raw.length > 24 ? `${raw.slice(0, 24)}…` : raw)}”`;
  const notNumber = (raw: string) => ({
    raw,
    notice: new RegExp(`^${k}: ${quoted(raw)} is not a number; using ${esc(String(spec.default))}\\.$`),
  });
  switch (spec.type) {
    case 'int':
    case 'number': {
      const bad: BadValue[] = ['abc', '', '0x10', 'NaN', 'Infinity', '1e999', '1,5'].map(notNumber);
      const below = String(spec.min - 1);
      const above = String(spec.max + 1);
      bad.push(
        {
          raw: below,
          notice: new RegExp(`^${k}: ${quoted(below)} is below ${esc(String(spec.min))}; using`),
        },
        {
          raw: above,
          notice: new RegExp(`^${k}: ${quoted(above)} is above ${esc(String(spec.max))}; using`),
        },
      );
      if (spec.type === 'int' && spec.min < spec.max) {
        const frac = String(spec.min + 0.25);
        bad.push({
          raw: frac,
          notice: new RegExp(`^${k}: ${quoted(frac)} is not a whole number; using ${spec.min}\\.$`),
        });
      }
      return bad;
    }
    case 'enum':
      return ['no-such-option', '', ` ${spec.default}`].map((raw) => ({
        raw,
        notice: new RegExp(`^${k}: ${quoted(raw)} is not one of ${esc(spec.options.join(', '))}; using`),
      }));
    case 'boolean':
      return ['maybe', '2', ''].map((raw) => ({
        raw,
        notice: new RegExp(`^${k}: ${quoted(raw)} is not on/off; using ${spec.default ? 1 : 0}\\.$`),
      }));
    case 'string':
      return [
        {
          raw: 'x'.repeat(spec.maxLength + 1),
          notice: new RegExp(`^${k}: longer than ${spec.maxLength} characters; using the default\\.$`),
        },
      ];
    case 'vector': {
      const notList = (raw: string) => ({
        raw,
        notice: new RegExp(`^${k}: ${quoted(raw)} is not a list of numbers; using the default\\.$`),
      });
      const length = (n: number) => ({
        raw: list(Array(n).fill(0)),
        notice: new RegExp(
          `^${k}: needs ${spec.minLength}–${spec.maxLength} numbers, got ${n}; using the default\\.$`,
        ),
      });
      const bad = [notList('a'), notList('1,,2'), notList('1;2'), length(spec.maxLength + 1)];
      if (spec.minLength > 1) bad.push(length(spec.minLength - 1));
      const clamped = new RegExp(
        `^${k}: values clamped to \\[${esc(String(spec.min))}, ${esc(String(spec.max))}\\]\\.$`,
      );
      const n = Math.max(1, spec.minLength);
      if (spec.min !== undefined) bad.push({ raw: list(Array(n).fill(spec.min - 1)), notice: clamped });
      if (spec.max !== undefined) bad.push({ raw: list(Array(n).fill(spec.max + 1)), notice: clamped });
      return bad;
    }
    case 'matrix': {
      const bad = (raw: string, why: string) => ({
        raw,
        notice: new RegExp(`^${k}: ${why}; using the default\\.$`),
      });
      const size = `at most ${spec.maxRows}×${spec.maxCols} is allowed`;
      const clamped = new RegExp(
        `^${k}: values clamped to \\[${esc(String(spec.min))}, ${esc(String(spec.max))}\\]\\.$`,
      );
      const out = [
        bad('a', `${quoted('a')} is not a matrix of numbers`),
        bad('1,2;3', 'rows have different lengths'),
        bad(
          Array(spec.maxRows + 1)
            .fill('0')
            .join(';'),
          size,
        ),
        bad(list(Array(spec.maxCols + 1).fill(0)), size),
      ];
      // '' is the empty matrix, a value where the default is empty (see schema.ts).
      if (spec.default.length > 0) out.push(bad('', `${quoted('')} is not a matrix of numbers`));
      if (spec.min !== undefined) out.push({ raw: String(spec.min - 1), notice: clamped });
      if (spec.max !== undefined) out.push({ raw: String(spec.max + 1), notice: clamped });
      return out;
    }
  }
}

/** What is wrong with a spec's declaration, or [] (ranges hold their default, options their labels, …). */
function specProblems(spec: ParamSpec): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, why: string) => {
    if (!ok) problems.push(why);
  };
  check(spec.label.trim() !== '', 'label is empty');
  const inRange = (x: number, min = -Infinity, max = Infinity) => Number.isFinite(x) && x >= min && x <= max;
  switch (spec.type) {
    case 'int':
    case 'number':
      check(Number.isFinite(spec.min) && Number.isFinite(spec.max), 'min and max are finite');
      check(spec.min <= spec.default && spec.default <= spec.max, `min ≤ default ≤ max`);
      if (spec.type === 'int')
        check(
          [spec.min, spec.max, spec.default].every(Number.isInteger),
          'int bounds and default are integers',
        );
      if (spec.type === 'number' && spec.digits !== undefined)
        for (const x of [spec.min, spec.max, spec.default])
          check(keep(x, spec.digits) === x, `${x} keeps its value at ${spec.digits} decimals in a URL`);
      check(spec.step === undefined || spec.step > 0, 'step > 0');
      if (spec.scale === 'log')
        check(
          spec.min > 0 || (spec.logMin !== undefined && spec.logMin > 0 && spec.logMin < spec.max),
          "scale 'log' needs min > 0, or logMin in (0, max)",
        );
      else check(spec.logMin === undefined, "logMin only with scale 'log'");
      break;
    case 'enum':
      check(spec.options.length > 0, 'has options');
      check(new Set(spec.options).size === spec.options.length, 'options are unique');
      check(spec.options.includes(spec.default), 'default is an option');
      for (const key of Object.keys(spec.optionLabels ?? {}))
        check(spec.options.includes(key), `optionLabels key “${key}” is an option`);
      break;
    case 'boolean':
      break;
    case 'string':
      check(spec.default.length <= spec.maxLength, 'default fits maxLength');
      break;
    case 'vector':
      check(spec.minLength <= spec.maxLength, 'minLength ≤ maxLength');
      check(
        spec.default.length >= spec.minLength && spec.default.length <= spec.maxLength,
        'default length in [minLength, maxLength]',
      );
      check(
        spec.default.every((x) => inRange(x, spec.min, spec.max)),
        'default entries in [min, max]',
      );
      break;
    case 'matrix':
      check(spec.default.length <= spec.maxRows, 'default rows ≤ maxRows');
      check(
        spec.default.every((r) => r.length === spec.default[0]?.length && r.length <= spec.maxCols),
        'default is rectangular with cols ≤ maxCols',
      );
      check(
        spec.default.every((r) => r.every((x) => inRange(x, spec.min, spec.max))),
        'default entries in [min, max]',
      );
      break;
  }
  return problems;
}

/** A URL round trip of `values` through the figure prefix `fig` and through an embed page's bare keys. */
function roundTrip(schema: ParamsSchema, values: Record<string, unknown>) {
  const full = values as ReturnType<typeof defaults<ParamsSchema>>;
  const figure = parseQuery(schema, serializeQuery(schema, full, 'fig'), 'fig');
  const embed = parseQuery(schema, serializeQuery(schema, full));
  return { figure, embed };
}

describe.each(catalog.map((w) => [w.id, w] as const))('%s', (id, widget) => {
  const schema = widget.params;
  const entries = Object.entries(schema);

  it('has at least one parameter', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it('declares every parameter consistently (ranges hold the default, log scales stay positive, labels name options)', () => {
    for (const [key, spec] of entries) expect(specProblems(spec), key).toEqual([]);
  });

  it('validates its defaults with no notice; written out in full they read back the same', () => {
    const d = defaults(schema);
    const validated = validateParams(schema, d);
    expect(validated.notices).toEqual([]);
    expect(validated.values).toEqual(d);
    expect(serializeQuery(schema, d, 'fig')).toBe('');
    expect(parseQuery(schema, '', 'fig')).toEqual({ values: d, notices: [], present: [] });
    // Every default written explicitly (as a figure that started elsewhere writes a return to it) reads back.
    const explicit = entries.map(([key, spec]) => [key, encodeValue(spec, spec.default)]);
    const parsed = parseQuery(schema, new URLSearchParams(explicit));
    expect(parsed.notices).toEqual([]);
    expect(parsed.values).toEqual(d);
  });

  it('round-trips a changed value of every parameter through the URL (figure prefix and embed page)', () => {
    const d = defaults(schema) as Record<string, unknown>;
    const allChanged: Record<string, unknown> = { ...d };
    for (const [key, spec] of entries) {
      const values = [...goodValues(spec), ...(EXTRA_VALUES[id]?.[key] ?? [])];
      for (const value of values) {
        expect(coerce(spec, key, value).notice, `${key} = ${JSON.stringify(value)} is valid`).toBeUndefined();
        const { figure, embed } = roundTrip(schema, { ...d, [key]: value });
        expect(figure.notices, `${key} = ${JSON.stringify(value)}`).toEqual([]);
        expect(figure.values[key], `${key} = ${JSON.stringify(value)} via fig.${key}`).toEqual(value);
        expect(embed.notices).toEqual([]);
        expect(embed.values[key], `${key} = ${JSON.stringify(value)} via ${key}`).toEqual(value);
      }
      const changed = values.find((v) => JSON.stringify(v) !== JSON.stringify(d[key]));
      if (changed !== undefined) allChanged[key] = changed;
    }
    // All at once: no parameter's text spills into another's.
    const { figure, embed } = roundTrip(schema, allChanged);
    expect(figure).toMatchObject({ values: allChanged, notices: [] });
    expect(embed).toMatchObject({ values: allChanged, notices: [] });
  });

  it('gives one notice per bad URL value of every parameter and a value its schema allows', () => {
    const worst: [string, string][] = [];
    for (const [key, spec] of entries) {
      const bad = badValues(key, spec);
      expect(bad.length).toBeGreaterThan(0);
      for (const { raw, notice } of bad) {
        const query = new URLSearchParams([[`fig.${key}`, raw]]).toString();
        const parsed = parseQuery(schema, query, 'fig');
        expect(parsed.notices, `${key} = ${JSON.stringify(raw)}`).toHaveLength(1);
        expect(parsed.notices[0]).toMatch(notice);
        expect(
          coerce(spec, key, parsed.values[key]).notice,
          `${key} falls back to a valid value`,
        ).toBeUndefined();
        for (const [other] of entries)
          if (other !== key) expect(parsed.values[other]).toEqual(defaults(schema)[other]);
      }
      worst.push([key, bad[0]?.raw ?? '']);
    }
    // Every parameter bad at once: one notice each, in schema order.
    const parsed = parseQuery(schema, new URLSearchParams(worst));
    expect(parsed.notices.map((n) => n.slice(0, n.indexOf(':')))).toEqual(entries.map(([key]) => key));
  });
});
