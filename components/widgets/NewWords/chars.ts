/** Validation of the one-character text boxes of the new-words widget. */

const ONE_HAN = /^\p{Script=Han}$/u;

/**
 * The character `text` names (trimmed) when it is exactly one Han character, '' when empty and allowed, else null.
 *
 * @example
 * checkChar(' 神 ', false); // '神'
 * checkChar('ab', false);   // null
 */
export function checkChar(text: string, allowEmpty: boolean): string | null {
  const t = text.trim();
  if (t === '') return allowEmpty ? '' : null;
  return ONE_HAN.test(t) ? t : null;
}

/**
 * The message shown under a character box for `text`, or null when it is valid.
 *
 * @example
 * charError('神术', false); // 'Type one Chinese character (got 2).'
 */
export function charError(text: string, allowEmpty: boolean): string | null {
  if (checkChar(text, allowEmpty) !== null) return null;
  const t = text.trim();
  if (t === '') return 'Type one Chinese character.';
  const n = Array.from(t).length;
  if (n > 1) return `Type one Chinese character (got ${n}).`;
  return `“${t}” is not a Chinese (Han) character.`;
}
