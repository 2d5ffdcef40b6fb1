'use client';

import type { ComponentProps } from 'react';
import styles from './controls.module.css';
import { cx } from './util';

/** Props of {@link Button}: every `<button>` prop, plus a look and a size. */
export interface ButtonProps extends ComponentProps<'button'> {
  /** `primary` (filled accent), `secondary` (surface, default) or `ghost` (no border). */
  variant?: 'primary' | 'secondary' | 'ghost';
  /** `md` (default, 36 px tall) or `sm` (30 px). */
  size?: 'sm' | 'md';
  /** Square padding for a button that shows only an icon (give it an `aria-label`). */
  iconOnly?: boolean;
}

/**
 * The button primitive the other controls use: a native `<button type="button">` styled with the design
 * tokens, focus ring on keyboard focus. `ref` is forwarded (React 19 ref-as-prop).
 *
 * @example <Button variant="primary" size="sm" onClick={apply}>Apply</Button>
 */
export function Button({
  variant = 'secondary',
  size = 'md',
  iconOnly = false,
  className,
  type = 'button',
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cx(
        styles.button,
        variant === 'primary' && styles.primary,
        variant === 'ghost' && styles.ghost,
        size === 'sm' && styles.sm,
        iconOnly && styles.iconOnly,
        className,
      )}
      {...rest}
    />
  );
}
