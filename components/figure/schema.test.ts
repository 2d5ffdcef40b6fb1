import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/random';
import { defaults, defineParams, mergeQuery, parseQuery, serializeQuery, validateParams } from './schema';

const schema = defineParams({
  pattern: { type: 'enum', label: 'Pattern', options: ['full', 'local', 'atrous'], default: 'local' },
  n: { type: 'int', label: 'n', min: 4, max: 4096, default: 16 },
  t: { type: 'number', label: 'Temperature', min: 0.1, max: 10, default: 1, digits: 3 },
  causal: { type: 'boolean', label: 'Causal', default: false },
  expr: { type: 'string', label: 'Expression', default: 'q >= kv', maxLength: 40 },
  x: { type: 'vector', label: 'x', default: [1, 2, 3], minLength: 2, maxLength: 5, min: -10, max: 10 },
  M: {
    type: 'matrix',
    label: 'M',
    default: [
      [1, 0],
      [0, 1],
    ],
    maxRows: 3,
    maxCols: 3,
    min: -100,
    max: 100,
  },
});

describe('parseQuery(schema, search)', () => {
  it('returns the defaults and no notices for an empty query', () => {
    const r = parseQuery(schema, '');
    expect(r.values).toEqual(defaults(schema));
    expect(r.notices).toEqual([]);
  });

  it('reads every parameter type', () => {
    const r = parseQuery(schema, 'pattern=atrous&n=64&t=2.5&causal=1&expr=q%3D%3Dkv&x=1,-2&M=1,2;3,4');
    expect(r.values).toEqual({
      pattern: 'atrous',
      n: 64,
      t: 2.5,
      causal: true,
      expr: 'q==kv',
      x: [1, -2],
      M: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(r.notices).toEqual([]);
  });

  it('clamps out-of-range numbers and says so', () => {
    const r = parseQuery(schema, 'n=99999&t=-3');
    expect(r.values.n).toBe(4096);
    expect(r.values.t).toBe(0.1);
    expect(r.notices).toHaveLength(2);
    expect(r.notices[0]).toMatch(/n: .*above 4096; using 4096/);
  });

  it('rounds a fractional int and reports it', () => {
    const r = parseQuery(schema, 'n=20.6');
    expect(r.values.n).toBe(21);
    expect(r.notices[0]).toMatch(/whole number/);
  });

  it('replaces garbage with defaults and reports each bad key', () => {
    const r = parseQuery(schema, 'pattern=banana&n=abc&causal=maybe&x=1,b&M=1,2;3&t=0x10&n=');
    expect(r.values.pattern).toBe('local');
    expect(r.values.causal).toBe(false);
    expect(r.values.x).toEqual([1, 2, 3]);
    expect(r.values.M).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(r.values.t).toBe(1);
    expect(r.notices.length).toBeGreaterThanOrEqual(5);
    expect(r.notices.join(' ')).toMatch(/pattern: “banana” is not one of full, local, atrous; using local/);
  });

  it('ignores unknown keys silently', () => {
    const r = parseQuery(schema, 'zzz=1&__proto__=x&constructor=1');
    expect(r.values).toEqual(defaults(schema));
    expect(r.notices).toEqual([]);
  });

  it('reads only its own prefixed keys', () => {
    const r = parseQuery(schema, 'a.n=32&b.n=64&n=8', 'b');
    expect(r.values.n).toBe(64);
  });

  it('refuses over-long strings and oversized vectors and matrices', () => {
    const r = parseQuery(
      schema,
      `expr=${'x'.repeat(41)}&x=${Array(6).fill(1).join(',')}&M=${Array(4).fill('1,1').join(';')}`,
    );
    expect(r.values.expr).toBe('q >= kv');
    expect(r.values.x).toEqual([1, 2, 3]);
    expect(r.values.M).toEqual(defaults(schema).M);
    expect(r.notices).toHaveLength(3);
  });

  it('clamps vector and matrix entries into range', () => {
    const r = parseQuery(schema, 'x=100,-100&M=1000,0;0,1');
    expect(r.values.x).toEqual([10, -10]);
    expect(r.values.M[0][0]).toBe(100);
    expect(r.notices).toHaveLength(2);
  });

  it('reads an empty matrix as itself only where the default is empty', () => {
    const none = defineParams({ E: { type: 'matrix', label: 'E', default: [], maxRows: 2, maxCols: 2 } });
    expect(parseQuery(none, 'E=')).toMatchObject({ values: { E: [] }, notices: [] });
    expect(validateParams(none, { E: [] })).toMatchObject({ values: { E: [] }, notices: [] });
    expect(parseQuery(none, serializeQuery(none, { E: [] }, '', { E: [[1]] }))).toMatchObject({
      values: { E: [] },
      notices: [],
    });
    const r = parseQuery(schema, 'M=');
    expect(r.values.M).toEqual(defaults(schema).M);
    expect(r.notices).toHaveLength(1);
  });

  it('reads percent-encoded spaces (as encodeURIComponent writes them) like +', () => {
    expect(parseQuery(schema, 'expr=q%20%3E%3D%20kv').values.expr).toBe('q >= kv');
    expect(parseQuery(schema, 'expr=q+%3E%3D+kv').values.expr).toBe('q >= kv');
  });

  it('accepts the unicode minus sign', () => {
    expect(parseQuery(schema, 'x=%E2%88%922,3').values.x).toEqual([-2, 3]);
  });
});

describe('serializeQuery(schema, values)', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeQuery(schema, defaults(schema))).toBe('');
  });

  it('writes only the parameters that differ, with the prefix', () => {
    const v = { ...defaults(schema), n: 32, causal: true };
    expect(serializeQuery(schema, v, 'fig')).toBe('fig.n=32&fig.causal=1');
  });

  it('escapes & | % + > = in text and writes spaces as +, so text never splits the query', () => {
    const q = serializeQuery(schema, { ...defaults(schema), expr: 'q>=kv && q%8|0' });
    expect(q).toBe('expr=q%3E%3Dkv+%26%26+q%258%7C0');
  });

  it('round-trips seeded random values through parseQuery', () => {
    const rng = createRng(7);
    for (let trial = 0; trial < 200; trial++) {
      const v = {
        pattern: (['full', 'local', 'atrous'] as const)[rng.int(0, 2)],
        n: rng.int(4, 4096),
        t: Number((0.1 + rng.next() * 9.9).toFixed(3)),
        causal: rng.next() < 0.5,
        expr: `q - kv <= ${rng.int(0, 9)} && kv % 2 == 0`,
        x: Array.from({ length: rng.int(2, 5) }, () => rng.int(-10, 10)),
        M: Array.from({ length: rng.int(1, 3) }, () => [rng.int(-100, 100), rng.int(-100, 100)]),
      };
      const back = parseQuery(schema, serializeQuery(schema, v, 'f'), 'f');
      expect(back.notices).toEqual([]);
      expect(back.values).toEqual(v);
    }
  });
});

describe('mergeQuery(current, schema, values, prefix)', () => {
  it('keeps other figures’ keys and unrelated parameters', () => {
    const q = mergeQuery('a.n=8&b.n=64&utm=x', schema, { ...defaults(schema), n: 128 }, 'b');
    const p = new URLSearchParams(q);
    expect(p.get('a.n')).toBe('8');
    expect(p.get('b.n')).toBe('128');
    expect(p.get('utm')).toBe('x');
  });

  it('removes a figure’s keys when it returns to its defaults', () => {
    expect(mergeQuery('b.n=64', schema, defaults(schema), 'b')).toBe('');
  });
});

describe('validateParams(schema, props)', () => {
  it('accepts typed MDX props and reports bad ones', () => {
    const r = validateParams(schema, { n: 64, causal: true, pattern: 'nope' });
    expect(r.values.n).toBe(64);
    expect(r.values.causal).toBe(true);
    expect(r.values.pattern).toBe('local');
    expect(r.present).toEqual(['pattern', 'n', 'causal']);
    expect(r.notices).toHaveLength(1);
  });

  it('never shares default arrays between calls', () => {
    const a = defaults(schema);
    a.x[0] = 99;
    expect(defaults(schema).x[0]).toBe(1);
  });

  it('treats NaN and Infinity props as bad values', () => {
    const r = validateParams(schema, { n: Number.NaN, t: Number.POSITIVE_INFINITY });
    expect(r.values.n).toBe(16);
    expect(r.values.t).toBe(1);
    expect(r.notices).toHaveLength(2);
  });
});

describe('serializeQuery and parseQuery relative to a figure’s initial values', () => {
  it('writes a return to the schema default when the figure started elsewhere', () => {
    const base = { ...defaults(schema), n: 64 };
    const q = serializeQuery(schema, { ...base, n: 16 }, 'f', base);
    expect(q).toBe('f.n=16');
    expect(parseQuery(schema, q, 'f', base).values.n).toBe(16);
    expect(parseQuery(schema, '', 'f', base).values.n).toBe(64);
  });
});
