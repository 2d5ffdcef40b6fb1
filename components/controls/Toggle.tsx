'use client';

import styles from './controls.module.css';
import { cx, useControlId } from './util';

/** Props of {@link Toggle}. */
export interface ToggleProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  hideLabel?: boolean;
  id?: string;
  className?: string;
}

/**
 * An on/off switch: a `<button role="switch" aria-checked>` with a visual track, labelled by a visible
 * `<label>` (clicking the label toggles too). Space and Enter toggle, as for any button.
 *
 * @example <Toggle label="Causal mask" checked={causal} onChange={setCausal} />
 */
export function Toggle({ label, checked, onChange, disabled, hideLabel, id, className }: ToggleProps) {
  const buttonId = useControlId(id);
  return (
    <span className={cx(styles.toggle, className)}>
      <button
        id={buttonId}
        type="button"
        role="switch"
        aria-checked={checked}
        aria-label={hideLabel ? label : undefined}
        className={styles.switch}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span className={styles.thumb} aria-hidden="true" />
      </button>
      {!hideLabel && (
        <label htmlFor={buttonId} className={styles.label}>
          {label}
        </label>
      )}
    </span>
  );
}
