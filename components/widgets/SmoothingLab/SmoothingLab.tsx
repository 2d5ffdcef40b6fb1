'use client';

import { memo, useMemo } from 'react';
import { formatParam, ParamSlider } from '@/components/controls';
import { cx } from '@/components/controls/util';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { ImageProbSlider } from '@/components/views/ocr/ImageProbSlider';
import styles from '@/components/views/ocr/ocr.module.css';
import { PathTable } from '@/components/views/ocr/PathTable';
import { formatNumber } from '@/lib/format';
import {
  analyseTwoChars,
  bigramModel,
  capColumn,
  FIRST_CANDIDATES,
  IMAGE_PROB_MIN,
  imageFlips,
  POST_IMAGE_PROBS,
  POST_V,
  postCounts,
  SECOND_CANDIDATES,
  type Smoothing,
  winsBelow,
} from '@/lib/viterbi';
import { smoothingLabParams } from './params';
import own from './SmoothingLab.module.css';

type P = ParamValues<typeof smoothingLabParams>;

/** The first region stays the post's: 电 0.99996, 宙 0.00004. */
const W1 = POST_IMAGE_PROBS[0].map((c) => c.prob);
const fmtP = (x: number) => formatNumber(x, { digits: 3 });
/** The T readout: the notch left of the log scale adds α to nothing, which is maximum likelihood. */
const tText = (t: number) => (t > 0 ? formatParam(smoothingLabParams.T, t) : '0 (= MLE)');

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

type Result = {
  scheme: Scheme;
  analysis: ReturnType<typeof analyseTwoChars>;
  liuFlip: number | null;
  ends: number[];
};

/** The three schemes side by side: transition table, winner, 电柳's change point and the ranked readings. */
const Schemes = memo(function Schemes({ results }: { results: readonly Result[] }) {
  return (
    <div className={own.schemes}>
      {results.map(({ scheme, analysis, liuFlip, ends }) => (
        <section
          key={scheme.id}
          className={own.scheme}
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
                {FIRST_CANDIDATES.map((a, i) => (
                  <tr key={a}>
                    <th scope="row" className={styles.zh}>
                      {a}
                    </th>
                    {SECOND_CANDIDATES.map((b, j) => {
                      const p = analysis.transitions[i][j];
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
                    <td className={styles.num} data-end={a} data-prob={ends[i]}>
                      {fmtP(ends[i])}
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
              : analysis.transitions[0][0] === 0
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
  );
});

/**
 * One decision, three estimates of P(s₂|s₁) from the post's counts: maximum likelihood, add-α to every count,
 * and add-α only to counts below a threshold T (the post's suggestion). Side by side: the transition table of
 * each (with the probability of "no listed successor"), the six readings ranked, the winner, and the W(视) below
 * which 电柳 would win. MLE gives the unseen pairs 电柳, 宙柳, 宙视 probability 0, so 电柳 can never win.
 */
export default function SmoothingLab() {
  // The three tables follow a change in a deferred render (each scheme scans W(视) for 电柳's change point),
  // so the slider that changed is painted first; the sliders read the live values.
  const [params, live] = useDeferredWidgetParams<P>();
  const { alpha, T } = params;
  const w2 = useMemo(() => capColumn(params.w2).w, [params.w2]);
  const liveW2 = useMemo(() => capColumn(live.w2).w, [live.w2]);
  const counts = useMemo(() => postCounts(), []);
  const results = useMemo(
    () =>
      schemesAt(alpha, T).map((s) => {
        const model = bigramModel(counts, s.smoothing);
        const analysis = analyseTwoChars(W1, w2, model);
        const liuFlip = winsBelow(imageFlips(W1, w2, model, 1, 1), '电柳');
        const ends = FIRST_CANDIDATES.map((a) => model.endProb(a));
        return { scheme: s, analysis, liuFlip, ends };
      }),
    [alpha, T, w2, counts],
  );

  useExportData(() => ({
    name: `smoothing-lab-alpha${alpha}-T${T}`,
    rows: results.flatMap((r) => r.analysis.transitions.map((row, i) => [...row, r.ends[i]])),
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

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSlider name="alpha" />
        <ParamSlider name="T" format={tText} />
        <ImageProbSlider name="w2" column={liveW2} index={1} token={SECOND_CANDIDATES[1]} />
      </div>
      <p className={styles.hint}>
        The post’s counts: 电 145001 (电柳 0, 电视 12426, 电规 7), 宙 1980 (宙柳 0, 宙视 0, 宙规 18), V ={' '}
        {POST_V} classes. Only these pairs are known; every other successor of 电 and 宙 counts 0 here, and
        the rest of each row (“end”) is the probability of a successor not listed. k(a) = number of classes b
        with c(ab) &lt; T.
      </p>

      <Schemes results={results} />
    </div>
  );
}
