'use client';

import { useMemo, useState } from 'react';
import { NumberInput, Select, Slider, Stepper } from '@/components/controls';
import { cx } from '@/components/controls/util';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams, useWidgetStoreApi } from '@/components/figure/store';
import { type GraphEdge, type GraphNode, LatticeGraph } from '@/components/views/ocr/LatticeGraph';
import styles from '@/components/views/ocr/ocrLattice.module.css';
import { formatInteger, formatNumber } from '@/lib/format';
import { viterbiTrace } from '@/lib/viterbi';
import { viterbiStepperParams } from './params';
import { PRESET_IDS, PRESET_LABELS, type PresetId, stepperLattice } from './presets';
import { bruteForceWork, stepState, totalSteps } from './stepping';

type P = ParamValues<typeof viterbiStepperParams>;

const fmtLog = (x: number) => formatNumber(x, { digits: 4 });
const fmtBig = (x: number) => (x < 1e15 ? formatInteger(x) : formatNumber(x, { digits: 3 }));

/**
 * Viterbi, one column at a time: a lattice of OCR candidates (the post's 电视, two phrases from its other
 * corrections, or a seeded random lattice), stepped with play / pause / step / back / reset. Each step fills
 * one column of the dynamic programme from lib's viterbiTrace (best log-score per candidate, in the boxes and
 * the table, with its backpointer drawn); then the backtrace walks the best path from the end. Counters
 * compare the transitions evaluated so far with what brute force over all Π lₜ paths would need.
 */
export default function ViterbiStepper() {
  const [params, setParam] = useWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const { preset, seed, n: nRandom, l: lRandom } = params;
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);

  const setup = useMemo(
    () => stepperLattice(preset as PresetId, seed, nRandom, lRandom),
    [preset, seed, nRandom, lRandom],
  );
  const { lattice, logTransition } = setup;
  const trace = useMemo(() => viterbiTrace(lattice, logTransition), [lattice, logTransition]);
  const sizes = lattice.map((c) => c.length);
  const n = lattice.length;
  const total = totalSteps(n);
  const step = Math.min(total, params.step);
  const state = stepState(sizes, step);
  const brute = bruteForceWork(sizes);
  const maxL = Math.max(...sizes);
  const bestIdx = trace.result.indices;
  const onBest = (t: number) => t >= n - state.traced;
  const imageOnly = lattice.map((c) => c.reduce((b, x) => (x.logProb > b.logProb ? x : b)).token).join('');

  const goTo = (k: number) => setParam('step', Math.max(0, Math.min(total, k)));
  const changeLattice = (patch: Partial<P>) => {
    setPlaying(false);
    store.getState().setParams({ ...patch, step: 0 });
  };

  // Boxes: pending until their column is filled; the newest column is "active"; the traced path is "best".
  const columns: GraphNode[][] = lattice.map((col, t) =>
    col.map((c, k) => {
      const filled = t < state.filled;
      const score = trace.steps[t]?.scores[k] ?? Number.NaN;
      const best = onBest(t) && bestIdx[t] === k;
      const sub = filled ? fmtLog(score) : `W ${formatNumber(Math.exp(c.logProb), { digits: 2 })}`;
      return {
        token: c.token,
        sub,
        state: best
          ? 'best'
          : !filled
            ? 'pending'
            : score === Number.NEGATIVE_INFINITY
              ? 'dead'
              : t === state.filled - 1 && state.traced === 0
                ? 'active'
                : 'idle',
        title: `${c.token}: log W = ${fmtLog(c.logProb)}${filled ? `, best log-score ${fmtLog(score)}` : ''}`,
      };
    }),
  );
  const edges: GraphEdge[] = [];
  for (let t = 1; t < n; t++) {
    const back = trace.steps[t]?.back;
    lattice[t - 1].forEach((a, j) => {
      lattice[t].forEach((b, k) => {
        const lp = logTransition(a.token, b.token);
        const isBack = t < state.filled && back?.[k] === j;
        const isBest = onBest(t) && onBest(t - 1) && bestIdx[t] === k && bestIdx[t - 1] === j;
        edges.push({
          col: t - 1,
          from: j,
          to: k,
          width: isBest ? 4 : isBack ? 2.5 : lp === Number.NEGATIVE_INFINITY ? 0 : 1,
          state: isBest ? 'best' : isBack ? 'back' : lp === Number.NEGATIVE_INFINITY ? 'zero' : 'faint',
          title: `log P(${b.token}|${a.token}) = ${fmtLog(lp)}`,
        });
      });
    });
  }

  // The sentence for the current step: the newest column's best candidate and the comparison that chose it.
  const explain = (() => {
    if (step === 0) return 'Press Forward (or Play) to fill the first column: its scores are just log W.';
    if (state.traced === 0) {
      const t = state.filled - 1;
      const s = trace.steps[t];
      if (t === 0) return 'Column 1: each candidate’s best log-score is its own log W(s₁); no predecessor.';
      const k = s.scores.reduce((b, x, i) => (x > s.scores[b] ? i : b), 0);
      const cand = lattice[t][k];
      const parts = lattice[t - 1].map((a, j) => {
        const v = trace.steps[t - 1].scores[j] + logTransition(a.token, cand.token);
        return `${a.token} ${fmtLog(v)}`;
      });
      return `Column ${t + 1}: for each candidate, the best predecessor maximises (its score + log P). For ${cand.token}: ${parts.join(', ')} → ${lattice[t - 1][s.back[k]]?.token ?? '—'}, plus log W(${cand.token}) = ${fmtLog(cand.logProb)} gives ${fmtLog(s.scores[k])}. ${sizes[t - 1] * sizes[t]} transitions in this column.`;
    }
    if (state.traced < n)
      return `Backtrace: from the best last box, follow the backpointers; ${state.traced} of ${n} positions fixed.`;
    return `Done: ${trace.result.path.join('')}, log f = ${fmtLog(trace.result.logScore)} (f = ${formatNumber(Math.exp(trace.result.logScore), { digits: 4 })}).`;
  })();

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
        <Select
          label="Lattice"
          value={preset}
          options={PRESET_IDS.map((id) => ({ value: id, label: PRESET_LABELS[id] }))}
          onChange={(v) => changeLattice({ preset: v as P['preset'] })}
        />
        {preset === 'random' ? (
          <>
            <Slider
              label="Positions n"
              value={nRandom}
              min={2}
              max={12}
              onChange={(v) => changeLattice({ n: v })}
            />
            <Slider
              label="Candidates l"
              value={lRandom}
              min={1}
              max={5}
              onChange={(v) => changeLattice({ l: v })}
            />
            <NumberInput
              label="Seed"
              value={seed}
              min={0}
              max={viterbiStepperParams.seed.max}
              integer
              onChange={(v) => changeLattice({ seed: v })}
            />
          </>
        ) : null}
      </div>
      <p className={styles.hint}>{setup.source}</p>

      <Stepper
        label="Viterbi steps"
        step={step}
        total={total}
        playing={playing}
        onPlayingChange={setPlaying}
        onStep={goTo}
        onReset={() => goTo(0)}
        speed={speed}
        onSpeedChange={setSpeed}
      />
      <p className={styles.verdict} data-testid="explain" aria-live="polite">
        {explain}
      </p>

      <LatticeGraph
        columns={columns}
        edges={edges}
        headings={lattice.map((_, t) => `s${t + 1}`)}
        label={`Lattice of ${n} positions; ${state.filled} columns filled; best path ${state.traced === n ? trace.result.path.join('') : 'not yet traced'}`}
        geometry={{ nodeWidth: 72, nodeHeight: 50, columnStep: 112, rowGap: 12, pad: 8, header: 20 }}
        testId="lattice"
        exportView
      />
      <p className={styles.hint}>
        Boxes show the best log-score of a path ending there (before a column is filled: its image probability
        W). Amber curves: each box’s backpointer; blue: the best path; dashed: impossible transitions (log P =
        −∞).
        {setup.truth ? ` The image shows ${setup.truth}; the image model alone reads ${imageOnly}.` : ''}
      </p>

      <dl className={styles.counters} data-testid="counters">
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
              {lattice.map((_, t) => (
                <th key={t} scope="col" className={styles.num}>
                  s{t + 1}
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
                  const filled = t < state.filled;
                  const score = trace.steps[t].scores[k];
                  const back = trace.steps[t].back[k];
                  const best = onBest(t) && bestIdx[t] === k;
                  return (
                    <td
                      key={`${t}-${k}`}
                      className={cx(styles.num, best && styles.bestCell)}
                      data-cell={`${t}-${k}`}
                      data-score={filled ? score : undefined}
                      data-back={filled ? back : undefined}
                    >
                      <span className={styles.zh}>{c.token}</span> {filled ? fmtLog(score) : '·'}
                      {filled && t > 0 && back >= 0 ? ` ← ${lattice[t - 1][back].token}` : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
