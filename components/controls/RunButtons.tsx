'use client';

import { Button } from './Button';
import styles from './controls.module.css';
import { ProgressBar } from './ProgressBar';

/** Props of {@link RunButtons}. */
export interface RunButtonsProps {
  /** A run is under way (Play turns into Pause). */
  running: boolean;
  /** Stopped part-way: Play reads Resume. */
  paused: boolean;
  /** Nothing left to train: Play and Step are disabled. */
  done: boolean;
  /** Nothing trained yet: Reset is disabled. */
  idle: boolean;
  onPlay: () => void;
  onPause: () => void;
  onStep: () => void;
  onReset: () => void;
  /** The progress bar beside the buttons. */
  progressLabel: string;
  progress: number;
}

/**
 * The row of a training loop the reader drives: Play (Resume after a pause) or Pause, Step, Reset, and a
 * progress bar that takes the rest of the row (busy while running).
 *
 * @example <RunButtons running={false} paused={false} done={false} idle onPlay={play} onPause={cancel} onStep={step} onReset={reset} progressLabel="Epoch 1" progress={0} />
 */
export function RunButtons(p: RunButtonsProps) {
  return (
    <div className={styles.runRow}>
      {p.running ? (
        <Button variant="primary" onClick={p.onPause}>
          Pause
        </Button>
      ) : (
        <Button variant="primary" onClick={p.onPlay} disabled={p.done}>
          {p.paused ? 'Resume' : 'Play'}
        </Button>
      )}
      <Button onClick={p.onStep} disabled={p.running || p.done}>
        Step
      </Button>
      <Button onClick={p.onReset} disabled={p.idle}>
        Reset
      </Button>
      <div className={styles.runProgress}>
        <ProgressBar label={p.progressLabel} value={p.progress} busy={p.running} />
      </div>
    </div>
  );
}
