'use client';

import { type CSSProperties, type ReactNode, useEffect, useState } from 'react';
import {
  Button,
  MatrixEditor,
  NumberInput,
  ProgressBar,
  Scrub,
  Select,
  Slider,
  Stepper,
  Toggle,
  VectorBarEditor,
} from '@/components/controls';

const STEPPER_TOTAL = 10;

const PATTERNS = [
  { value: 'causal', label: 'Causal' },
  { value: 'local', label: 'Local window' },
  { value: 'sparse', label: 'Strided sparse' },
] as const;

const listStyle: CSSProperties = {
  display: 'grid',
  gap: '1.25rem',
  padding: 0,
  margin: 0,
  listStyle: 'none',
};

const itemStyle: CSSProperties = {
  display: 'grid',
  gap: '0.5rem',
  minWidth: 0,
  padding: '0.75rem',
  border: '1px solid var(--border)',
  borderRadius: 'var(--radius)',
  background: 'var(--surface)',
};

const readoutStyle: CSSProperties = {
  margin: 0,
  fontFamily: 'var(--font-mono)',
  fontSize: '0.8125rem',
  color: 'var(--fg-muted)',
  overflowWrap: 'anywhere',
  whiteSpace: 'pre-wrap',
};

/** One control of the gallery with its readout below it; `name` titles the card for tests and readers. */
function Item({ name, readout, children }: { name: string; readout: ReactNode; children: ReactNode }) {
  return (
    <li style={itemStyle} data-control={name}>
      {children}
      <div style={readoutStyle}>{readout}</div>
    </li>
  );
}

/** A labelled `<output>` that tests read by `data-testid`. */
function Readout({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <>
      State: <output data-testid={testId}>{children}</output>
    </>
  );
}

/**
 * Every generic control of `components/controls` once, each holding its value in local state with a
 * readout (`data-testid="<control>-value"`) of what the control last reported, for the browser tests in
 * `e2e/controls.spec.ts`. The ProgressBar follows the Stepper (`step / total`). The list gets
 * `data-hydrated` once React has attached its handlers.
 *
 * @example <section aria-label="Controls gallery"><h2>Controls</h2><ControlsGallery /></section>
 */
export function ControlsGallery() {
  const [slider, setSlider] = useState(2);
  const [toggle, setToggle] = useState(false);
  const [pattern, setPattern] = useState<string>('causal');
  const [count, setCount] = useState(10);
  const [scrub, setScrub] = useState(5);
  const [matrix, setMatrix] = useState<number[][]>([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  const [vector, setVector] = useState<number[]>([0.2, 0.5, 0.9, 0.1]);
  const [step, setStep] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(2);
  const [clicks, setClicks] = useState(0);
  // Tests wait for this before typing: keys pressed before hydration would reach no handler.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  return (
    <ul style={listStyle} data-hydrated={hydrated || undefined}>
      <Item name="slider" readout={<Readout testId="slider-value">{slider}</Readout>}>
        <Slider label="Temperature" value={slider} min={0} max={10} step={0.5} onChange={setSlider} />
      </Item>
      <Item name="toggle" readout={<Readout testId="toggle-value">{String(toggle)}</Readout>}>
        <Toggle label="Causal mask" checked={toggle} onChange={setToggle} />
      </Item>
      <Item name="select" readout={<Readout testId="select-value">{pattern}</Readout>}>
        <Select label="Pattern" value={pattern} options={PATTERNS} onChange={setPattern} />
      </Item>
      <Item name="number" readout={<Readout testId="number-value">{count}</Readout>}>
        <NumberInput label="Sequence length" value={count} min={1} max={100} integer onChange={setCount} />
      </Item>
      <Item name="scrub" readout={<Readout testId="scrub-value">{scrub}</Readout>}>
        <p style={{ margin: 0 }}>
          Attend to the previous{' '}
          <Scrub label="Window size" value={scrub} min={0} max={20} step={1} onChange={setScrub} /> tokens.
        </p>
      </Item>
      <Item name="matrix" readout={<Readout testId="matrix-value">{JSON.stringify(matrix)}</Readout>}>
        <MatrixEditor label="Scores" value={matrix} onChange={setMatrix} allowResize />
      </Item>
      <Item name="vector" readout={<Readout testId="vector-value">{JSON.stringify(vector)}</Readout>}>
        <VectorBarEditor
          label="Weights"
          values={vector}
          onChange={setVector}
          min={0}
          max={1}
          barLabels={['a', 'b', 'c', 'd']}
        />
      </Item>
      <Item
        name="stepper"
        readout={
          <>
            <Readout testId="stepper-value">{step}</Readout> · speed{' '}
            <output data-testid="stepper-speed">{speed}</output> · playing{' '}
            <output data-testid="stepper-playing">{String(playing)}</output>
          </>
        }
      >
        <Stepper
          label="Decoding"
          step={step}
          total={STEPPER_TOTAL}
          playing={playing}
          onPlayingChange={setPlaying}
          onStep={setStep}
          onReset={() => setStep(0)}
          speed={speed}
          onSpeedChange={setSpeed}
        />
        <ProgressBar label="Decoding progress" value={step / STEPPER_TOTAL} />
      </Item>
      <Item name="button" readout={<Readout testId="button-value">{clicks}</Readout>}>
        <span style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
          <Button variant="primary" onClick={() => setClicks((c) => c + 1)}>
            Add one
          </Button>
          <Button onClick={() => setClicks(0)}>Clear</Button>
          <Button variant="ghost" size="sm" disabled>
            Disabled
          </Button>
        </span>
      </Item>
    </ul>
  );
}
