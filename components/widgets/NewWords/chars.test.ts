import { describe, expect, it } from 'vitest';
import { charError, checkChar } from './chars';

describe('chars', () => {
  it('checkChar(text) accepts exactly one Han character, trimmed, also outside the BMP', () => {
    expect(checkChar(' 神 ', false)).toBe('神');
    expect(checkChar('𠀀', false)).toBe('𠀀');
    expect(checkChar('神术', false)).toBeNull();
    expect(checkChar('a', false)).toBeNull();
    expect(checkChar('。', false)).toBeNull();
  });

  it('checkChar allows the empty text only when asked', () => {
    expect(checkChar('  ', true)).toBe('');
    expect(checkChar('', false)).toBeNull();
  });

  it('charError(text) explains what is wrong and is null for valid text', () => {
    expect(charError('神', false)).toBeNull();
    expect(charError('', true)).toBeNull();
    expect(charError('', false)).toBe('Type one Chinese character.');
    expect(charError('神术', false)).toBe('Type one Chinese character (got 2).');
    expect(charError('x', false)).toBe('“x” is not a Chinese (Han) character.');
  });
});
