'use client';

import styles from './controls.module.css';
import { Field } from './Field';
import { useControlId } from './util';

/** One choice of a {@link Select}. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Props of {@link Select}. */
export interface SelectProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  disabled?: boolean;
  hideLabel?: boolean;
  id?: string;
  className?: string;
}

/**
 * A labelled native `<select>`: the browser supplies keyboard, touch and screen-reader behaviour.
 * A `value` missing from `options` shows the first option until the reader picks one.
 *
 * @example <Select label="Pattern" value={kind} options={[{ value: 'causal', label: 'Causal' }]} onChange={setKind} />
 */
export function Select({ label, value, options, onChange, disabled, hideLabel, id, className }: SelectProps) {
  const selectId = useControlId(id);
  return (
    <Field id={selectId} label={label} hideLabel={hideLabel} className={className}>
      <select
        id={selectId}
        className={styles.select}
        value={value}
        disabled={disabled}
        aria-label={hideLabel ? label : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
