import { formatEditable, parseNumber } from './number';

/** Limits for {@link parseVectorText}. */
export interface VectorTextLimits {
  minLength: number;
  maxLength: number;
  min: number;
  max: number;
}

/**
 * Reads a vector typed as text: numbers separated by commas, semicolons or white space, with optional
 * surrounding brackets (`[0.1, 0.5, 1]`, `0.1 0.5 1`, `−0.5; 1`). Each entry must be a plain decimal number
 * (parseNumber: `1e-3` and the typeset minus are fine, `abc` and `NaN` are not) inside [min, max], and the count
 * must be within [minLength, maxLength]. Never throws: returns the vector, or a message naming the first
 * problem (entry number and text) for display next to the input.
 *
 * @example parseVectorText('[1, 0, 0]', { minLength: 2, maxLength: 64, min: -1, max: 1 }) // { ok: true, values: [1, 0, 0] }
 */
export function parseVectorText(
  text: string,
  limits: VectorTextLimits,
): { ok: true; values: number[] } | { ok: false; message: string } {
  const body = text.trim().replace(/^\[/, '').replace(/\]$/, '').trim();
  if (body === '') return { ok: false, message: 'Type some numbers, separated by commas.' };
  const parts = body.split(/\s*[,;]\s*|\s+/);
  const values: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === '') return { ok: false, message: `Entry ${i + 1} is empty.` };
    const v = parseNumber(part);
    if (v === null) return { ok: false, message: `Entry ${i + 1}: “${part.slice(0, 16)}” is not a number.` };
    if (v < limits.min || v > limits.max) {
      return { ok: false, message: `Entry ${i + 1}: ${part} is outside [${limits.min}, ${limits.max}].` };
    }
    values.push(v);
  }
  if (values.length < limits.minLength || values.length > limits.maxLength) {
    return {
      ok: false,
      message: `${values.length} ${values.length === 1 ? 'entry' : 'entries'}: the vector needs ${limits.minLength}–${limits.maxLength}.`,
    };
  }
  return { ok: true, values };
}

/** A vector as editable text, `0.25, 0.5, 1`, each entry written exactly (shortest round-trip form). */
export function formatVectorText(values: readonly number[]): string {
  return values.map((v) => formatEditable(v)).join(', ');
}
