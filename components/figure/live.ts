/**
 * Live prose: the variables an article shares between its text and its widgets (Idyll-style reactive state).
 * An article declares them in `content/<slug>.live.ts`; `<Var>`, `<Draggable>`, `<LiveEquation>` and figures
 * bound with `bind={{ param: 'var' }}` read and write them. Pure definitions: no React here.
 */
import { formatInteger, formatNumber } from '@/lib/format';
import type { IntSpec, NumberSpec } from './schema';

export interface LiveVarSpec {
  label: string;
  default: number;
  min: number;
  max: number;
  step: number;
  /** Digits shown; integers are grouped (16,384). */
  digits?: number;
}

export interface LiveDefinition<V extends string = string> {
  vars: Record<V, LiveVarSpec>;
  /**
   * Upper bounds that depend on the other variables (a rank is at most min(m, n)), by variable: applied to the
   * defaults and after every change, so the prose never states an impossible combination.
   */
  limits?: Partial<Record<V, (vars: Record<V, number>) => number>>;
  /** Values computed from the variables, by name; shown with `<Var name>` and `\live{name}`. */
  derived?: Record<string, { label: string; compute: (vars: Record<V, number>) => number; digits?: number }>;
}

/**
 * A live variable declared by a figure parameter: its label, default and range come from the widget's params
 * schema, so a variable bound to that parameter (`<Figure bind={{ k: 'k' }}>`) cannot disagree with it.
 * `overrides` may narrow the range or change the default for this article (never widen it).
 * Example: `vars: { k: fromParam(attentionMaskParams.k) }`.
 */
export function fromParam(spec: IntSpec | NumberSpec, overrides: Partial<LiveVarSpec> = {}): LiveVarSpec {
  const min = Math.max(spec.min, overrides.min ?? spec.min);
  const max = Math.min(spec.max, overrides.max ?? spec.max);
  const step =
    overrides.step ??
    spec.step ??
    (spec.type === 'int' ? 1 : 10 ** Math.floor(Math.log10((max - min) / 100)));
  const fallback = Math.min(max, Math.max(min, spec.default));
  return {
    label: overrides.label ?? spec.label,
    default: overrides.default ?? fallback,
    min,
    max,
    step,
    digits: overrides.digits ?? (spec.type === 'number' ? spec.digits : undefined),
  };
}

export function defineLive<V extends string>(def: LiveDefinition<V>): LiveDefinition<V> {
  return def;
}

export function liveDefaults(def: LiveDefinition): Record<string, number> {
  return applyLimits(def, Object.fromEntries(Object.entries(def.vars).map(([k, v]) => [k, v.default])));
}

/** The largest value variable `name` may take now: its spec's max, lowered by its limit (see `limits`). */
export function liveMax(def: LiveDefinition, name: string, vars: Record<string, number>): number {
  const spec = def.vars[name];
  if (!spec) return Number.NaN;
  const limit = def.limits?.[name]?.(vars);
  return limit === undefined || !Number.isFinite(limit)
    ? spec.max
    : Math.max(spec.min, Math.min(spec.max, limit));
}

/**
 * The variables with each limited one lowered to its current limit (never below its min), in the order the
 * limits are declared. Example: with `limits: { k: ({ m, n }) => Math.min(m, n) }`, `{ m: 3, n: 5, k: 20 }` →
 * `{ m: 3, n: 5, k: 3 }`.
 */
export function applyLimits(def: LiveDefinition, vars: Record<string, number>): Record<string, number> {
  if (!def.limits) return vars;
  const out = { ...vars };
  for (const name of Object.keys(def.limits)) {
    const value = out[name];
    if (value !== undefined) out[name] = Math.min(value, liveMax(def, name, out));
  }
  return out;
}

/** The value of a variable or derived quantity, or NaN when the name is unknown. */
export function liveValue(def: LiveDefinition, vars: Record<string, number>, name: string): number {
  if (Object.hasOwn(def.vars, name)) return vars[name] ?? def.vars[name].default;
  const d = def.derived?.[name];
  if (!d) return Number.NaN;
  try {
    return d.compute(vars);
  } catch {
    return Number.NaN;
  }
}

/** The text a reader sees for a live value: grouped integers, trimmed decimals, '—' for non-finite. */
export function formatLive(def: LiveDefinition, name: string, value: number): string {
  const digits = def.vars[name]?.digits ?? def.derived?.[name]?.digits;
  if (Number.isInteger(value) && digits === undefined) return formatInteger(value);
  return formatNumber(value, { digits: digits ?? 4 });
}

/** Replaces each `\live{name}` in a TeX template with the current formatted value. */
export function fillTemplate(def: LiveDefinition, vars: Record<string, number>, template: string): string {
  return template.replace(/\\live\{([A-Za-z_][\w]*)\}/g, (_, name: string) => {
    const text = formatLive(def, name, liveValue(def, vars, name));
    // Thousands separators must be braced, or TeX spaces them as punctuation.
    return `{${text.replace(/,/g, '{,}').replace(/\u2212/g, '-')}}`;
  });
}

/** Snaps a value to a variable's range and step. */
export function clampLive(spec: LiveVarSpec, value: number): number {
  if (!Number.isFinite(value)) return spec.default;
  const snapped = spec.min + Math.round((value - spec.min) / spec.step) * spec.step;
  const decimals = (String(spec.step).split('.')[1] ?? '').length;
  return Math.min(spec.max, Math.max(spec.min, Number(snapped.toFixed(decimals))));
}
