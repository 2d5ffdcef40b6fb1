'use client';

import { type KeyboardEvent, useEffect, useState } from 'react';
import styles from './sparsity.module.css';
import { formatVectorText, parseVectorText, type VectorTextLimits } from './vectorText';

/**
 * The vector as editable text (`0.25, 0.5, 1`): Enter or leaving the field commits, Escape restores. A bad
 * entry shows a message next to the field (`role="alert"`, `aria-invalid`) and the vector keeps its last good
 * value. The text follows the vector when it changes elsewhere (bars, presets), unless the reader is typing.
 */
export function VectorTextInput({
  id,
  values,
  limits,
  onChange,
  label = 'Type the entries',
}: {
  id: string;
  values: readonly number[];
  limits: VectorTextLimits;
  onChange: (values: number[]) => void;
  label?: string;
}) {
  const shown = formatVectorText(values);
  const [text, setText] = useState(shown);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!editing) {
      setText(shown);
      setError(null);
    }
  }, [shown, editing]);

  const commit = () => {
    const r = parseVectorText(text, limits);
    if (!r.ok) {
      setError(r.message);
      return;
    }
    setError(null);
    setEditing(false);
    onChange(r.values);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      setEditing(false);
      setText(shown);
      setError(null);
    }
  };
  const msgId = `${id}-msg`;
  return (
    <div className={styles.vectorText}>
      <label htmlFor={id}>
        {label}{' '}
        <span className={styles.hint}>
          ({limits.minLength}–{limits.maxLength} numbers in [{limits.min}, {limits.max}], commas or spaces;
          Enter applies)
        </span>
      </label>
      <textarea
        id={id}
        value={text}
        rows={2}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? msgId : undefined}
        onChange={(e) => {
          setEditing(true);
          setText(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (editing) commit();
        }}
      />
      {error ? (
        <p id={msgId} className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
