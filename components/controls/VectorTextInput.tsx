'use client';

import { type KeyboardEvent, useState } from 'react';
import { formatVectorText, parseVectorText, type VectorTextLimits } from '@/lib/parse/vector';
import styles from './controls.module.css';
import { Field } from './Field';
import { cx, useControlId } from './util';

/** Props of {@link VectorTextInput}. */
export interface VectorTextInputProps {
  label: string;
  values: readonly number[];
  /** Length and entry range a typed vector must keep (shown in the hint). */
  limits: VectorTextLimits;
  onChange: (values: number[]) => void;
  disabled?: boolean;
  hideLabel?: boolean;
  id?: string;
  className?: string;
}

/**
 * A vector as editable text (`0.25, 0.5, 1`; commas, semicolons or spaces, optional brackets): Enter or
 * leaving the field commits, Escape restores, Shift+Enter is a new line; a hint under the field gives the
 * limits. A bad entry shows a message below it (`role="alert"`, `aria-invalid`, `#<id>-msg`) naming the entry, and the vector keeps its last
 * good value. The text follows `values` when they change elsewhere (bars, presets) unless the reader is
 * typing. Parsing is lib/parse's `parseVectorText`.
 *
 * @example <VectorTextInput label="Type the entries" values={x} limits={{ minLength: 2, maxLength: 64, min: -1, max: 1 }} onChange={setX} />
 */
export function VectorTextInput({
  label,
  values,
  limits,
  onChange,
  disabled,
  hideLabel,
  id,
  className,
}: VectorTextInputProps) {
  const inputId = useControlId(id);
  const messageId = `${inputId}-msg`;
  const hintId = `${inputId}-hint`;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const text = draft ?? formatVectorText(values);

  const reset = () => {
    setDraft(null);
    setError(null);
  };
  const commit = () => {
    if (draft === null) return;
    const r = parseVectorText(draft, limits);
    if (!r.ok) {
      setError(r.message);
      return;
    }
    reset();
    onChange(r.values);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && (draft !== null || error !== null)) {
      e.preventDefault();
      reset();
    }
  };

  return (
    <Field
      id={inputId}
      label={label}
      hideLabel={hideLabel}
      className={className}
      message={error}
      messageId={messageId}
    >
      <textarea
        id={inputId}
        className={cx(styles.textarea, styles.textareaShort)}
        value={text}
        rows={2}
        spellCheck={false}
        disabled={disabled}
        aria-label={hideLabel ? label : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${messageId}` : hintId}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      <p id={hintId} className={styles.hint}>
        {limits.minLength}–{limits.maxLength} numbers in [{limits.min}, {limits.max}], separated by commas or
        spaces; Enter applies.
      </p>
    </Field>
  );
}
