/**
 * Pieces the training figures share: a labelled number for their grid of readouts, and the box a plot holds,
 * at its own height, until a run has something to draw.
 */
import styles from './training.module.css';

export { styles as trainingStyles };

/**
 * A labelled number inside a `<dl className={trainingStyles.readouts}>`, with its full value in `data-value`
 * (tests and screen readers read the text; a non-finite value leaves it empty).
 *
 * @example <RunReadout name="loss" label="Loss" value={loss} text={fixed(loss)} />
 */
export function RunReadout({
  name,
  label,
  value,
  text,
}: {
  name: string;
  label: string;
  value: number;
  text: string;
}) {
  return (
    <div className={styles.readout} data-readout={name} data-value={Number.isFinite(value) ? value : ''}>
      <dt>{label}</dt>
      <dd>{text}</dd>
    </div>
  );
}

/**
 * A dashed box of a plot's height with a line saying what will appear there.
 *
 * @example <PlotPlaceholder height={240} text="Train to see the loss." />
 */
export function PlotPlaceholder({ height, text }: { height: number; text: string }) {
  return (
    <div className={styles.placeholder} style={{ height }}>
      <p>{text}</p>
    </div>
  );
}
