/**
 * A stable key for a worker task's input, so a widget never assembles one by hand: two inputs get the same key
 * exactly when they hold the same values (plain objects by sorted keys, arrays and typed arrays element by
 * element). Typed arrays are hashed once per array object (FNV-1a over their bytes) and remembered, since lib
 * returns new arrays instead of changing old ones. Pure: no DOM.
 */

const typedHashes = new WeakMap<ArrayBufferView, string>();

function fnv1a(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function typedKey(view: ArrayBufferView): string {
  let hash = typedHashes.get(view);
  if (hash === undefined) {
    hash = fnv1a(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    typedHashes.set(view, hash);
  }
  return `${view.constructor.name}(${view.byteLength}:${hash})`;
}

/**
 * The key of `value`: JSON-like text with object keys sorted, `undefined` and functions left out, numbers
 * written so that NaN, ±Infinity and −0 stay distinct, and typed arrays as `Type(bytes:hash)`.
 * Example: `taskKey({ n: 16, kind: 'sparse' }) === taskKey({ kind: 'sparse', n: 16 })`.
 */
export function taskKey(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return `${value}n`;
    case 'undefined':
    case 'function':
    case 'symbol':
      return 'undefined';
  }
  if (ArrayBuffer.isView(value)) return typedKey(value);
  if (Array.isArray(value)) return `[${value.map(taskKey).join(',')}]`;
  if (value instanceof Map)
    return `Map{${[...value].map(([k, v]) => `${taskKey(k)}:${taskKey(v)}`).join(',')}}`;
  if (value instanceof Set) return `Set{${[...value].map(taskKey).join(',')}}`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${taskKey(v)}`).join(',')}}`;
}
