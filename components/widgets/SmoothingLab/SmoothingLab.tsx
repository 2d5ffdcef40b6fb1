'use client';

import { useMemo } from 'react';
import { Slider } from '@/components/controls';
import { cx } from '@/components/controls/util';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams } from '@/components/figure/store';
import styles from '@/components/views/ocr/ocrLattice.module.css';
import { PathTable } from '@/components/views/ocr/PathTable';
import { formatNumber } from '@/lib/format';
import {
  analyseTwoChars,
  type BigramModel,
  bigramModel,
  FIRST_CANDIDATES,
  IMAGE_PROB_MIN,
  imageFlips,
  POST_V,
  postCounts,
  rescaleColumn,
  SECOND_CANDIDATES,
  type Smoothing,
} from '@/lib/viterbi';
import type { smoothingLabParams } from './params';

type P = ParamValues<typeof smoothingLabParams>;

const W1 = [0.99996, 0.00004];
const fmtP = (x: number) => formatNumber(x, { digits: 3 });
const A_STEP = 0.05;
const T_STEP = 0.05;
const T_LO = -0.05; // the T slider's leftmost stop is T = 0 (then log₁₀ T from 0, i.e. T = 1)
const W_STEP = 0.01;

interface Scheme {
  id: 'mle' | 'add' | 'below';
  title: string;
  formula: string;
  smoothing: Smoothing;
}

/** The three estimates at this α and T. */
function schemesAt(alpha: number, T: number): Scheme[] {
  return [
    { id: 'mle', title: 'Maximum likelihood', formula: 'c(ab) / c(a)', smoothing: { kind: 'mle' } },
    {
      id: 'add',
      title: `Add-α (α = ${formatNumber(alpha)})`,
      formula: `(c(ab) + α) / (c(a) + α·${POST_V})`,
      smoothing: { kind: 'add', alpha },
    },
    {
      id: 'below',
      title: `Add-α below T (T = ${formatNumber(T)})`,
      formula: '(c(ab) + α·[c(ab) < T]) / (c(a) + α·k(a))',
      smoothing: { kind: 'add-below', alpha, threshold: T },
    },
  ];
}

/**
 * One decision, three estimates of P(s₂|s₁) from the post's counts: maximum likelihood, add-α to every count,
 * and add-α only to counts below a threshold T (the post's suggestion). Side by side: the transition table of
 * each (with the probability of "no listed successor"), the six readings ranked, the winner, and the W(视) below
 * which 电柳 would win. MLE gives the unseen pairs 电柳, 宙柳, 宙视 probability 0, so 电柳 can never win.
 */
export default function SmoothingLab() {
  const [params, setParam] = useWidgetParams<P>();
  const { alpha, T } = params;
  const w2 = useMemo(() => {
    const total = params.w2.reduce((s, w) => s + w, 0);
    return total > 1 ? params.w2.map((w) => w / total) : params.w2;
  }, [params.w2]);
  const counts = postCounts();
  const results = useMemo(
    () =>
      schemesAt(alpha, T).map((s) => {
        const model: BigramModel = bigramModel(counts, s.smoothing);
        const analysis = analyseTwoChars(W1, w2, model);
        const flips = imageFlips(W1, w2, model, 1, 1);
        const liuFlip = flips.length > 1 && flips[0].winner === '电柳' ? flips[0].to : null;
        return { scheme: s, model, analysis, liuFlip };
      }),
    [alpha, T, w2, counts],
  );

  useExportData(() => ({
    name: `smoothing-lab-alpha${alpha}-T${T}`,
    rows: results.flatMap((r) =>
      FIRST_CANDIDATES.map((a) => [...SECOND_CANDIDATES.map((b) => r.model.prob(a, b)), r.model.endProb(a)]),
    ),
    rowLabels: results.flatMap((r) => FIRST_CANDIDATES.map((a) => `${r.scheme.id} ${a}`)),
    colLabels: [...SECOND_CANDIDATES.map((b) => `P(${b}|·)`), 'end'],
    meta: {
      alpha,
      T,
      V: POST_V,
      w2,
      best: Object.fromEntries(results.map((r) => [r.scheme.id, r.analysis.best.reading])),
    },
  }));

  const shi = w2[1];
  const total = w2.reduce((s, w) => s + w, 0);
  const wLo = Math.log10(IMAGE_PROB_MIN);
  const wHi = Math.log10(Math.max(total, IMAGE_PROB_MIN));

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <Slider
          label="α"
          value={Math.log10(alpha)}
          min={-4}
          max={4}
          step={A_STEP}
          format={() => formatNumber(alpha, { digits: 4 })}
          onChange={(v) => setParam('alpha', Number((10 ** v).toPrecision(4)))}
        />
        <Slider
          label="Threshold T"
          value={T > 0 ? Math.max(0, Math.log10(T)) : T_LO}
          min={T_LO}
          max={5}
          step={T_STEP}
          format={() => (T > 0 ? formatNumber(T, { digits: 4 }) : '0 (= MLE)')}
          onChange={(v) => setParam('T', v < 0 ? 0 : Number((10 ** v).toPrecision(4)))}
        />
        <Slider
          label="W(视)"
          value={Math.min(wHi, Math.max(wLo, Math.log10(shi)))}
          min={wLo}
          max={wHi}
          step={W_STEP}
          format={() => formatNumber(shi, { digits: 5 })}
          onChange={(v) =>
            setParam(
              'w2',
              rescaleColumn(w2, 1, v <= wLo + 1e-9 ? IMAGE_PROB_MIN : 10 ** v).map((w) =>
                Number(w.toFixed(12)),
              ),
            )
          }
        />
      </div>
      <p className={styles.hint}>
        The post’s counts: 电 145001 (电柳 0, 电视 12426, 电规 7), 宙 1980 (宙柳 0, 宙视 0, 宙规 18), V ={' '}
        {POST_V} classes. Only these pairs are known; every other successor of 电 and 宙 counts 0 here, and
        the rest of each row (“end”) is the probability of a successor not listed. k(a) = number of classes b
        with c(ab) &lt; T.
      </p>

      <div className={styles.schemes}>
        {results.map(({ scheme, model, analysis, liuFlip }) => (
          <section
            key={scheme.id}
            className={styles.scheme}
            data-scheme={scheme.id}
            data-best={analysis.best.reading}
          >
            <h4 className={styles.panelTitle}>{scheme.title}</h4>
            <p className={styles.hint}>P(b|a) = {scheme.formula}</p>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
            <section className={styles.tableBox} aria-label={`P(s₂|s₁), ${scheme.title}`} tabIndex={0}>
              <table className={styles.table} data-testid={`probs-${scheme.id}`}>
                <caption>P(s₂|s₁)</caption>
                <thead>
                  <tr>
                    <th scope="col">s₁ \ s₂</th>
                    {SECOND_CANDIDATES.map((b) => (
                      <th key={b} scope="col" className={styles.num}>
                        {b}
                      </th>
                    ))}
                    <th scope="col" className={styles.num}>
                      end
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {FIRST_CANDIDATES.map((a) => (
                    <tr key={a}>
                      <th scope="row" className={styles.zh}>
                        {a}
                      </th>
                      {SECOND_CANDIDATES.map((b) => {
                        const p = model.prob(a, b);
                        return (
                          <td
                            key={b}
                            className={cx(styles.num, p === 0 && styles.zero)}
                            data-pair={a + b}
                            data-prob={p}
                          >
                            {fmtP(p)}
                          </td>
                        );
                      })}
                      <td className={styles.num} data-end={a} data-prob={model.endProb(a)}>
                        {fmtP(model.endProb(a))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <p className={styles.verdict} data-testid={`best-${scheme.id}`}>
              Best <strong>{analysis.best.reading}</strong>, f ={' '}
              {formatNumber(analysis.best.score, { digits: 6 })}
            </p>
            <p className={styles.hint} data-testid={`flip-${scheme.id}`} data-flip={liuFlip ?? ''}>
              {liuFlip !== null
                ? `电柳 would win once W(视) < ${formatNumber(liuFlip, { digits: 4 })}.`
                : model.prob('电', '柳') === 0
                  ? '电柳 can never win: P(柳|电) = 0.'
                  : `电柳 does not win for any W(视) ≥ ${formatNumber(IMAGE_PROB_MIN)}.`}
            </p>
            <PathTable
              caption="Readings by f"
              paths={analysis.paths}
              best={analysis.best.reading}
              factors={false}
              testId={`paths-${scheme.id}`}
            />
          </section>
        ))}
      </div>
    </div>
  );
}
