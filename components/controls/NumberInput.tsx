'use client';

import { type KeyboardEvent, useState } from 'react';
import { formatEditable, nudge, validateNumber } from '@/lib/parse/number';
import styles from './controls.module.css';
import { Field } from './Field';
import { numberInputMode, useControlId } from './util';

/** Props of {@link NumberInput}. */
export interface NumberInputProps {
  label: string;
  value: number;
  min?: number;
  max?: number;
  /** Amount ArrowUp/ArrowDown add (default 1; Shift ×10). */
  step?: number;
  /** Accept whole numbers only. */
  integer?: boolean;
  onChange: (value: number) => void;
  disabled?: boolean;
  hideLabel?: boolean;
  id?: string;
  className?: string;
}

/**
 * A typed number: the reader edits text, which is checked and committed on Enter or blur. Invalid text
 * (not a number, outside `[min, max]`, not whole when `integer`) keeps the text, shows a message linked by
 * `aria-describedby` and does not call `onChange`. Escape restores the value; ArrowUp/ArrowDown add or
 * subtract `step` (Shift ×10), clamped. A NaN `value` shows an empty field with a `—` placeholder.
 *
 * @example <NumberInput label="Sequence length" value={n} min={1} max={64} integer onChange={setN} />
 */
export function NumberInput({
  label,
  value,
  min,
  max,
  step = 1,
  integer,
  onChange,
  disabled,
  hideLabel,
  id,
  className,
}: NumberInputProps) {
  const inputId = useControlId(id);
  const messageId = `${inputId}-msg`;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? formatEditable(value, { missing: '' });

  const reset = () => {
    setDraft(null);
    setError(null);
  };

  const commit = () => {
    if (draft === null) return;
    const result = validateNumber(draft, { min, max, integer });
    if (!result.ok) {
      setError(result.message);
      return;
    }
    reset();
    if (result.value !== value) onChange(result.value);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      if (draft !== null || error !== null) {
        e.preventDefault();
        reset();
      }
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const typed = draft === null ? null : validateNumber(draft, { integer });
      const base = typed?.ok ? typed.value : value;
      const delta = (e.key === 'ArrowUp' ? 1 : -1) * step * (e.shiftKey ? 10 : 1);
      let next = nudge(base, delta, { min, max });
      if (integer) next = Math.round(next);
      reset();
      if (next !== value) onChange(next);
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
      <input
        id={inputId}
        type="text"
        inputMode={numberInputMode(min, integer)}
        autoComplete="off"
        spellCheck={false}
        className={styles.input}
        value={shown}
        placeholder="—"
        disabled={disabled}
        aria-label={hideLabel ? label : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? messageId : undefined}
        onChange={(e) => {
          setDraft(e.currentTarget.value);
          if (error) setError(null);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </Field>
  );
}
