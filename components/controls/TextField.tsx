'use client';

import { type FormEvent, useId, useState } from 'react';
import styles from './controls.module.css';
import { Field } from './Field';
import { cx } from './util';

/** Props of {@link TextField}. */
export interface TextFieldProps {
  label: string;
  /** The committed text, shown while the reader is not typing. */
  value: string;
  /** Called with the typed text on Enter or when the field loses focus (not on every key). */
  onCommit: (text: string) => void;
  type?: 'text' | 'search';
  maxLength?: number;
  enterKeyHint?: 'search' | 'done';
  /** Marks the field invalid and points `aria-describedby` at `describedBy` (the widget's own message). */
  invalid?: boolean;
  describedBy?: string;
  /** Class of the `<form>` around the field. */
  className?: string;
  inputClassName?: string;
}

/**
 * A one-line text field whose typed text becomes the value only on Enter or blur, so a half-typed word never
 * reaches the widget (or starts work in the worker).
 *
 * @example <TextField label="Word" value={word} onCommit={(t) => t.trim() && setWord(t.trim())} />
 */
export function TextField({
  label,
  value,
  onCommit,
  type = 'text',
  maxLength,
  enterKeyHint,
  invalid,
  describedBy,
  className,
  inputClassName,
}: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null) onCommit(draft);
    setDraft(null);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    commit();
  };
  return (
    <form onSubmit={submit} className={className}>
      <Field id={id} label={label}>
        <input
          id={id}
          className={cx(styles.input, inputClassName)}
          type={type}
          value={draft ?? value}
          maxLength={maxLength}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint={enterKeyHint}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? describedBy : undefined}
        />
      </Field>
    </form>
  );
}
