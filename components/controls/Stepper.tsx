'use client';

import { type KeyboardEvent, type ReactNode, useEffect, useEffectEvent } from 'react';
import { Button } from './Button';
import styles from './controls.module.css';
import { progressFraction, speedOptions, stepDelayMs, stepReadout } from './stepperTiming';
import { cx, useControlId } from './util';

/** Props of {@link Stepper}. */
export interface StepperProps {
  label: string;
  /** Current step, 0..total. */
  step: number;
  /** Number of steps; playing stops when `step` reaches it. */
  total: number;
  playing: boolean;
  onPlayingChange: (playing: boolean) => void;
  /** Asked to go to step `next` (Back, Step, or the timer while playing). */
  onStep: (next: number) => void;
  onReset: () => void;
  /** Steps per second while playing. */
  speed: number;
  onSpeedChange: (speed: number) => void;
  /** Speeds offered in the menu (default 0.5, 1, 2, 4, 8); the current speed is added if missing. */
  speeds?: readonly number[];
  disabled?: boolean;
  hideLabel?: boolean;
  id?: string;
  className?: string;
}

const DEFAULT_SPEEDS = [0.5, 1, 2, 4, 8];

const PATHS = {
  reset: 'M8 3a5 5 0 1 1-4.6 3H1.2A7 7 0 1 0 3 3.2V1H1v5h5V4H4.3A5 5 0 0 1 8 3z',
  back: 'M3 2h2v12H3zM14 2v12L6 8z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h3.5v12H3zM9.5 2H13v12H9.5z',
  step: 'M11 2h2v12h-2zM2 2v12l8-6z',
};

function Icon({ d }: { d: string }): ReactNode {
  return (
    <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

/**
 * Transport controls for an algorithm that runs in steps: Reset, Back, Play/Pause and Step buttons, a
 * `step k / total` readout with a thin progress bar, and a speed menu. While `playing` it calls
 * `onStep(step + 1)` every `1000 / speed` ms and `onPlayingChange(false)` when `step` reaches `total`;
 * the timer is cleared on pause and unmount. Play at the end starts over (onReset, then play). Back and
 * Step pause first. Space anywhere in the group except on a button or the menu toggles play; the group
 * itself is focusable for that.
 *
 * @example <Stepper label="Viterbi" step={t} total={T} playing={p} onPlayingChange={setP} onStep={setT} onReset={() => setT(0)} speed={s} onSpeedChange={setS} />
 */
export function Stepper({
  label,
  step,
  total,
  playing,
  onPlayingChange,
  onStep,
  onReset,
  speed,
  onSpeedChange,
  speeds = DEFAULT_SPEEDS,
  disabled,
  hideLabel,
  id,
  className,
}: StepperProps) {
  const baseId = useControlId(id);
  const speedId = `${baseId}-speed`;
  const atStart = !(step > 0);
  const atEnd = !(step < total);

  const tick = useEffectEvent(() => {
    if (step >= total) onPlayingChange(false);
    else onStep(step + 1);
  });
  const stop = useEffectEvent(() => onPlayingChange(false));

  useEffect(() => {
    if (!playing) return;
    if (!(step < total)) {
      stop();
      return;
    }
    const timer = setTimeout(tick, stepDelayMs(speed));
    return () => clearTimeout(timer);
  }, [playing, step, total, speed]);

  const togglePlay = () => {
    if (disabled) return;
    if (playing) {
      onPlayingChange(false);
    } else {
      if (atEnd) onReset();
      onPlayingChange(true);
    }
  };

  const go = (next: number) => {
    if (playing) onPlayingChange(false);
    onStep(next);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFieldSetElement>) => {
    if (e.key !== ' ' || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target.closest('button, select, input, textarea')) return;
    e.preventDefault();
    togglePlay();
  };

  const fraction = progressFraction(step, total);
  const options = speedOptions(speeds, speed);

  return (
    <fieldset
      id={baseId}
      tabIndex={disabled ? undefined : 0}
      aria-label={hideLabel ? label : undefined}
      aria-keyshortcuts="Space"
      className={cx(styles.stepper, className)}
      onKeyDown={onKeyDown}
    >
      <legend className={hideLabel ? styles.srOnly : cx(styles.legend, styles.blockLegend)}>{label}</legend>
      <div className={styles.stepperRow}>
        <span className={styles.buttonGroup}>
          <Button size="sm" iconOnly aria-label="Reset" title="Reset" disabled={disabled} onClick={onReset}>
            <Icon d={PATHS.reset} />
          </Button>
          <Button
            size="sm"
            iconOnly
            aria-label="Back one step"
            title="Back one step"
            disabled={disabled || atStart}
            onClick={() => go(step - 1)}
          >
            <Icon d={PATHS.back} />
          </Button>
          <Button
            size="sm"
            variant="primary"
            iconOnly
            aria-label={playing ? 'Pause' : 'Play'}
            title={playing ? 'Pause (Space)' : 'Play (Space)'}
            disabled={disabled || !(total > 0)}
            onClick={togglePlay}
          >
            <Icon d={playing ? PATHS.pause : PATHS.play} />
          </Button>
          <Button
            size="sm"
            iconOnly
            aria-label="Forward one step"
            title="Forward one step"
            disabled={disabled || atEnd}
            onClick={() => go(step + 1)}
          >
            <Icon d={PATHS.step} />
          </Button>
        </span>
        <span className={styles.readout}>
          <span aria-live={playing ? 'off' : 'polite'}>{stepReadout(step, total)}</span>
          <span className={cx(styles.track, styles.thin)} aria-hidden="true">
            <span className={styles.fill} style={{ display: 'block', transform: `scaleX(${fraction})` }} />
          </span>
        </span>
        <span className={styles.speed}>
          <label htmlFor={speedId}>Speed</label>
          <select
            id={speedId}
            className={styles.select}
            value={String(speed)}
            disabled={disabled}
            onChange={(e) => onSpeedChange(Number(e.currentTarget.value))}
          >
            {options.map((s) => (
              <option key={s} value={String(s)}>
                {s}×
              </option>
            ))}
          </select>
        </span>
      </div>
    </fieldset>
  );
}
