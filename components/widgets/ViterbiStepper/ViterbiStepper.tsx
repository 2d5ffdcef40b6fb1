'use client';

import { memo, useEffect, useMemo, useState } from 'react';
import { ParamNumber, ParamSelect, ParamSlider, Stepper, useParamSpec } from '@/components/controls';
import { cx } from '@/components/controls/util';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetStoreApi } from '@/components/figure/store';
import { LatticePlot } from '@/components/plot';
import styles from '@/components/views/ocr/ocr.module.css';
import { formatInteger, formatNumber } from '@/lib/format';
import { imageReading } from '@/lib/ocr';
import {
  type Lattice,
  type LogTransition,
  predecessorScores,
  type ViterbiTrace,
  viterbiTrace,
} from '@/lib/viterbi';
import type { viterbiStepperParams } from './params';
import { type PresetId, type StepperLattice, stepperLattice } from './presets';
import {
  bruteForceWork,
  type StepState,
  stepEdges,
  stepNodes,
  stepState,
  totalSteps,
  traced,
} from './stepping';
import own from './ViterbiStepper.module.css';

type P = ParamValues<typeof viterbiStepperParams>;

const fmtLog = (x: number) => formatNumber(x, { digits: 4 });
const fmtBig = (x: number) => (x < 1e15 ? formatInteger(x) : formatNumber(x, { digits: 3 }));
const GEOMETRY = { nodeWidth: 72, nodeHeight: 50, columnStep: 112, rowGap: 12, pad: 8, header: 20 };
/** Changing any of these draws a new lattice, so the stepper starts again. */
const LATTICE_PARAMS = ['preset', 'seed', 'n', 'l'] as const;

/** The sentence for a step: the newest column's best candidate and the comparison that chose it. */
function explain(
  lattice: Lattice,
  logTransition: LogTransition,
  trace: ViterbiTrace,
  state: StepState,
  step: number,
): string {
  const n = lattice.length;
  if (step === 0) return 'Press Forward (or Play) to fill the first column: its scores are just log W.';
  if (state.traced === 0) {
    const t = state.filled - 1;
    const s = trace.steps[t];
    if (t === 0) return 'Column 1: each candidate’s best log-score is its own log W(s₁); no predecessor.';
    const k = s.scores.reduce((b, x, i) => (x > s.scores[b] ? i : b), 0);
    const cand = lattice[t][k];
    const into = predecessorScores(lattice, trace, logTransition, t, k);
    const parts = lattice[t - 1].map((a, j) => `${a.token} ${fmtLog(into[j])}`);
    return `Column ${t + 1}: for each candidate, the best predecessor maximises (its score + log P). For ${cand.token}: ${parts.join(', ')} → ${lattice[t - 1][s.back[k]]?.token ?? '—'}, plus log W(${cand.token}) = ${fmtLog(cand.logProb)} gives ${fmtLog(s.scores[k])}. ${lattice[t - 1].length * lattice[t].length} transitions in this column.`;
  }
  if (state.traced < n)
    return `Backtrace: from the best last box, follow the backpointers; ${state.traced} of ${n} positions fixed.`;
  return `Done: ${trace.result.path.join('')}, log f = ${fmtLog(trace.result.logScore)} (f = ${formatNumber(Math.exp(trace.result.logScore), { digits: 4 })}).`;
}

/**
 * What the stepper shows after `step` steps on a lattice: the sentence for the step, the lattice with the
 * filled boxes and backpointers, the work counters and the DP table. Memoised: it redraws only once the
 * deferred parameters catch up, never in the render that paints the control.
 */
const StepView = memo(function StepView({
  setup,
  trace,
  step,
}: {
  setup: StepperLattice;
  trace: ViterbiTrace;
  step: number;
}) {
  const { lattice, logTransition } = setup;
  const sizes = useMemo(() => lattice.map((c) => c.length), [lattice]);
  const n = lattice.length;
  const state = useMemo(() => stepState(sizes, step), [sizes, step]);
  const brute = useMemo(() => bruteForceWork(sizes), [sizes]);
  const maxL = Math.max(...sizes);
  const imageOnly = useMemo(() => imageReading(lattice).text, [lattice]);
  const columns = useMemo(() => stepNodes(lattice, trace, state), [lattice, trace, state]);
  const edges = useMemo(
    () => stepEdges(lattice, logTransition, trace, state),
    [lattice, logTransition, trace, state],
  );
  const headings = useMemo(() => lattice.map((_, t) => `s${t + 1}`), [lattice]);
  return (
    <>
      <p className={styles.verdict} data-testid="explain" aria-live="polite">
        {explain(lattice, logTransition, trace, state, step)}
      </p>

      <LatticePlot
        columns={columns}
        edges={edges}
        headings={headings}
        label={`Lattice of ${n} positions; ${state.filled} columns filled; best path ${state.traced === n ? trace.result.path.join('') : 'not yet traced'}`}
        geometry={GEOMETRY}
        testId="lattice"
        exportView
      />
      <p className={styles.hint}>
        Boxes show the best log-score of a path ending there (before a column is filled: its image probability
        W). Amber curves: each box’s backpointer; blue: the best path; dashed: impossible transitions (log P =
        −∞).
        {setup.truth ? ` The image shows ${setup.truth}; the image model alone reads ${imageOnly}.` : ''}
      </p>

      <dl className={own.counters} data-testid="counters">
        <div>
          <dt>Transitions evaluated</dt>
          <dd data-testid="work-done" data-value={state.transitions}>
            {formatInteger(state.transitions)} / {formatInteger(trace.work.transitions)}
          </dd>
        </div>
        <div>
          <dt>Brute force: paths Π lₜ</dt>
          <dd data-testid="work-paths" data-value={brute.paths}>
            {fmtBig(brute.paths)}
          </dd>
        </div>
        <div>
          <dt>Brute force: transitions</dt>
          <dd data-testid="work-brute" data-value={brute.transitions}>
            {fmtBig(brute.transitions)}
          </dd>
        </div>
        <div>
          <dt>
            n·l² vs lⁿ (n = {n}, l = {maxL})
          </dt>
          <dd>
            {fmtBig(n * maxL * maxL)} vs {fmtBig(maxL ** n)}
          </dd>
        </div>
      </dl>

      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <section className={styles.tableBox} aria-label="DP table" tabIndex={0}>
        <table className={styles.table} data-testid="dp">
          <caption>DP table: best log-score per candidate (← its backpointer)</caption>
          <thead>
            <tr>
              <th scope="col">candidate</th>
              {headings.map((h) => (
                <th key={h} scope="col" className={styles.num}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: maxL }, (_, k) => (
              <tr key={k}>
                <th scope="row">{k + 1}</th>
                {lattice.map((col, t) => {
                  const c = col[k];
                  if (!c) return <td key={`${t}-${k}`} />;
                  const isFilled = t < state.filled;
                  const score = trace.steps[t].scores[k];
                  const back = trace.steps[t].back[k];
                  const best = traced(state, n, t) && trace.result.indices[t] === k;
                  return (
                    <td
                      key={`${t}-${k}`}
                      className={cx(styles.num, best && own.bestCell)}
                      data-cell={`${t}-${k}`}
                      data-score={isFilled ? score : undefined}
                      data-back={isFilled ? back : undefined}
                    >
                      <span className={styles.zh}>{c.token}</span> {isFilled ? fmtLog(score) : '·'}
                      {isFilled && t > 0 && back >= 0 ? ` ← ${lattice[t - 1][back].token}` : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
});

/**
 * Viterbi, one column at a time: a lattice of OCR candidates (the post's 电视, two phrases from its other
 * corrections, or a seeded random lattice), stepped with play / pause / step / back / reset. Each step fills
 * one column of the dynamic programme from lib's viterbiTrace (best log-score per candidate, in the boxes and
 * the table, with its backpointer drawn); then the backtrace walks the best path from the end. Counters
 * compare the transitions evaluated so far with what brute force over all Π lₜ paths would need.
 */
export default function ViterbiStepper() {
  // The lattice, counters and table follow a change in a deferred render, so the control that changed (the
  // select, a stepper button) is painted first; the controls read the live values.
  const [params, live, setParam] = useDeferredWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const stepSpec = useParamSpec('step', ['int']);
  const { preset, seed, n: nRandom, l: lRandom } = params;
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);

  // A new lattice (the reader changed the preset, seed, n or l) starts the stepper again; a lattice read
  // from the URL keeps its step, so this watches changes only.
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (LATTICE_PARAMS.every((key) => Object.is(s.params[key], prev.params[key]))) return;
        setPlaying(false);
        if (s.params.step !== 0) s.setParam('step', 0);
      }),
    [store],
  );

  const setup = useMemo(
    () => stepperLattice(preset as PresetId, seed, nRandom, lRandom),
    [preset, seed, nRandom, lRandom],
  );
  const { lattice, logTransition } = setup;
  const trace = useMemo(() => viterbiTrace(lattice, logTransition), [lattice, logTransition]);
  const maxL = Math.max(...lattice.map((c) => c.length));
  const step = Math.min(totalSteps(lattice.length), params.step);
  // The stepper's own range comes from the live lattice (a few boxes: cheap to build again).
  const liveN = useMemo(
    () => stepperLattice(live.preset as PresetId, live.seed, live.n, live.l).lattice.length,
    [live.preset, live.seed, live.n, live.l],
  );
  const total = totalSteps(liveN);
  const liveStep = Math.min(total, live.step);

  const goTo = (k: number) => setParam('step', Math.max(0, Math.min(total, k)));

  useExportData(() => ({
    name: `viterbi-${preset}`,
    rows: Array.from({ length: maxL }, (_, k) => trace.steps.map((s) => s.scores[k] ?? Number.NaN)),
    rowLabels: Array.from({ length: maxL }, (_, k) => `candidate ${k + 1}`),
    colLabels: lattice.map((_, t) => `position ${t + 1}`),
    meta: {
      tokens: lattice.map((c) => c.map((x) => x.token)),
      best: trace.result.path.join(''),
      work: trace.work,
    },
  }));

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSelect name="preset" />
        {live.preset === 'random' ? (
          <>
            <ParamSlider name="n" />
            <ParamSlider name="l" />
            <ParamNumber name="seed" />
          </>
        ) : null}
      </div>
      <p className={styles.hint}>{setup.source}</p>

      <Stepper
        label={stepSpec.label}
        step={liveStep}
        total={total}
        playing={playing}
        onPlayingChange={setPlaying}
        onStep={goTo}
        onReset={() => goTo(0)}
        speed={speed}
        onSpeedChange={setSpeed}
      />
      <StepView setup={setup} trace={trace} step={step} />
    </div>
  );
}
