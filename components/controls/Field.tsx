'use client';

import type { ReactNode } from 'react';
import styles from './controls.module.css';
import { cx } from './util';
import { useWebFontFields } from './webFontFields';

/** Props of {@link Field}. */
export interface FieldProps {
  /** Id of the labelled control (the `<label>` points at it). */
  id: string;
  label: string;
  /** Omit the visible `<label>`; the control must then carry `aria-label` itself. */
  hideLabel?: boolean;
  /** Shown at the end of the label row, such as the current value in an `<output>`. */
  aside?: ReactNode;
  /** Error text under the control, announced with `role="alert"`; nothing is rendered when empty. */
  message?: ReactNode;
  /** Id of the message element, for the control's `aria-describedby`. */
  messageId?: string;
  className?: string;
  children: ReactNode;
}

/**
 * Label + control + message, the one place the label and error markup of the controls is written.
 * The label row holds the `<label htmlFor={id}>` and an optional `aside` (e.g. an `<output>`). A field's text
 * follows web fonts that load after it was drawn ({@link useWebFontFields}).
 *
 * @example <Field id={id} label="Heads" aside={<output>4</output>}><input id={id} /></Field>
 */
export function Field({ id, label, hideLabel, aside, message, messageId, className, children }: FieldProps) {
  useWebFontFields();
  const showRow = !hideLabel || aside !== undefined;
  return (
    <div className={cx(styles.field, className)}>
      {showRow && (
        <div className={styles.labelRow}>
          {!hideLabel && (
            <label htmlFor={id} className={styles.label}>
              {label}
            </label>
          )}
          {aside}
        </div>
      )}
      {children}
      {message ? (
        <p id={messageId} role="alert" className={styles.message}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
