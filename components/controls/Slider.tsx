'use client';

import type { KeyboardEvent } from 'react';
import { clampToStep } from '@/lib/parse/number';
import styles from './controls.module.css';
import { Field } from './Field';
import { applyStepAction } from './keys';
import { safeFormat, useControlId } from './util';

/** Props of {@link Slider}. */
export interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Grid spacing, anchored at `min` (default 1). */
  step?: number;
  onChange: (value: number) => void;
  /** Text of the value readout and of `aria-valuetext` (default: the number without float noise). */
  format?: (value: number) => string;
  disabled?: boolean;
  hideLabel?: boolean;
  id?: string;
  className?: string;
}

const SHIFT_KEYS: Record<string, number> = { ArrowRight: 10, ArrowUp: 10, ArrowLeft: -10, ArrowDown: -10 };

/**
 * A labelled native range input with the formatted value in an `<output>`. Native keys move one step
 * (Home/End, PageUp/PageDown as the browser does); Shift+Arrow moves ten. Values passed to `onChange` are
 * clamped and snapped with `clampToStep`; a NaN `value` shows `—` and puts the thumb at `min`.
 *
 * @example <Slider label="Temperature" value={t} min={0} max={2} step={0.1} onChange={setT} />
 */
export function Slider({
  label,
  value,
  min,
  max,
  step = 1,
  onChange,
  format,
  disabled,
  hideLabel,
  id,
  className,
}: SliderProps) {
  const inputId = useControlId(id);
  const text = safeFormat(value, format);
  const position = Number.isFinite(value) ? value : min;

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const steps = SHIFT_KEYS[e.key];
    if (!e.shiftKey || steps === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const next = applyStepAction(value, { kind: 'steps', steps }, min, max, step);
    if (next !== value) onChange(next);
  };

  return (
    <Field
      id={inputId}
      label={label}
      hideLabel={hideLabel}
      className={className}
      aside={
        <output htmlFor={inputId} className={styles.value} aria-hidden="true">
          {text}
        </output>
      }
    >
      <input
        id={inputId}
        type="range"
        className={styles.range}
        min={min}
        max={max}
        step={step}
        value={position}
        disabled={disabled}
        aria-label={hideLabel ? label : undefined}
        aria-valuetext={text}
        onChange={(e) => onChange(clampToStep(Number(e.currentTarget.value), min, max, step))}
        onKeyDown={onKeyDown}
      />
    </Field>
  );
}
