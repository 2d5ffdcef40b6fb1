'use client';

import { nice } from 'd3-array';
import { useMemo, useRef, useState } from 'react';
import {
  Button,
  ParamNumber,
  ParamSelect,
  ParamSlider,
  ParamVector,
  ParamVectorText,
  ProgressBar,
  Select,
  useParamSpec,
} from '@/components/controls';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import { defaults, type ParamValues, sameValue } from '@/components/figure/schema';
import { useParam, useWidgetStore, useWidgetStoreApi } from '@/components/figure/store';
import { useRun } from '@/components/figure/worker';
import { type MeasureColumn, MeasureTable } from '@/components/views/sparsity/MeasureTable';
import shared from '@/components/views/sparsity/sparsity.module.css';
import { formatInteger, formatNumber } from '@/lib/format';
import {
  applyCriterion,
  CRITERION_IDS,
  type CriterionId,
  type CriterionOptions,
  type CriterionOutcome,
  checkCriterion,
  criteria,
  demandedChange,
  type ExperimentResult,
  measureParams,
  measures,
  oneHotVector,
  type SparsityMeasure,
  uniformVector,
} from '@/lib/sparsity';
import { AfterChart } from './AfterChart';
import { sparsityCriteriaParams } from './params';
import styles from './SparsityCriteria.module.css';

type P = ParamValues<typeof sparsityCriteriaParams>;

const fmt = (v: number) => formatNumber(v, { digits: 4 });
const fmtSigned = (v: number) => (v > 0 ? `+${fmt(v)}` : fmt(v));

/** The mark, its class and what it says for each outcome of a check (three distinct marks, each labelled). */
const OUTCOME_MARKS: Record<CriterionOutcome, { mark: string; className: string; text: string }> = {
  complies: { mark: '✓', className: styles.ok, text: 'complies' },
  unchanged: {
    mark: '=',
    className: styles.unchangedMark,
    text: 'did not move (beyond rounding), although the criterion demands a change',
  },
  'wrong-way': { mark: '✗', className: styles.bad, text: 'moved the wrong way' },
};

/** The outcome as a number in the exported data: 1 complies, 0 did not move, −1 moved the wrong way. */
const OUTCOME_CODES: Record<CriterionOutcome, number> = { complies: 1, unchanged: 0, 'wrong-way': -1 };

/** One outcome as a mark with its accessible label; `extra` is added to the label (a vacuous check). */
function OutcomeMark({ outcome, extra = '' }: { outcome: CriterionOutcome; extra?: string }) {
  const { mark, className, text } = OUTCOME_MARKS[outcome];
  return (
    <span
      className={className}
      data-ok={String(outcome === 'complies')}
      data-outcome={outcome}
      title={text + extra}
    >
      {mark}
      <span className="visually-hidden">
        {' '}
        {text}
        {extra}
      </span>
    </span>
  );
}
/** Vector lengths the experiment draws. */
const N_MIN = 2;
const N_MAX = 32;

/** Each measure's parameters: registry defaults, with p and q from the sliders where they apply. */
const orderValues = (p: number, q: number) =>
  Object.fromEntries(measures.map((m) => [m.id, measureParams(m, { p, q }).values]));

/** A round top for a bar scale holding max |x|: d3's nice end for one tick (1, 2, 5 × 10ᵏ, or 4); 1 for 0. */
function scaleTopOf(values: readonly number[]): number {
  let m = 0;
  for (const v of values) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  return m > 0 ? nice(0, m, 1)[1] : 1;
}

/** The lib options for the chosen criterion, from the widget's parameters (−1 and 0 mean "lib's default"). */
function optionsOf(p: P, n: number): CriterionOptions {
  const index = (i: number) => (i >= 0 && i < n ? i : undefined);
  switch (p.criterion) {
    case 'D1':
      return { from: index(p.from), to: index(p.to), fraction: p.fraction };
    case 'D2':
      return { factor: p.factor };
    case 'D3':
      return { amount: p.tide > 0 ? p.tide : undefined };
    case 'D4':
      return { copies: p.copies };
    case 'P1':
      return { index: index(p.entry), amount: p.grow > 0 ? p.grow : undefined };
    case 'P2':
      return { zeros: p.zeros };
  }
}

const DEFAULTS = defaults(sparsityCriteriaParams);

/**
 * The widget parameters that reproduce lib options found for a counterexample: every option parameter back
 * at its default, then the found options on top (so an option left over from before cannot change the result).
 */
function paramsOf(id: CriterionId, o: CriterionOptions): Partial<P> {
  const { from, to, fraction, factor, tide, copies, entry, grow, zeros } = DEFAULTS;
  const base: { -readonly [K in keyof P]?: P[K] } = {
    criterion: id,
    from: o.from ?? from,
    to: o.to ?? to,
    fraction: o.fraction ?? fraction,
    factor: o.factor ?? factor,
    tide: id === 'D3' ? (o.amount ?? tide) : tide,
    copies: o.copies ?? copies,
    entry: o.index ?? entry,
    grow: id === 'P1' ? (o.amount ?? grow) : grow,
    zeros: o.zeros ?? zeros,
  };
  return base;
}

/** An index parameter (from, to, entry) as a choice among the entries of x, −1 meaning lib's default entry. */
function EntrySelect({
  name,
  x,
  first,
}: {
  name: 'from' | 'to' | 'entry';
  x: readonly number[];
  first: string;
}) {
  const spec = useParamSpec(name, ['int']);
  const [value, setValue] = useParam<P, typeof name>(name);
  const options = useMemo(
    () => [
      { value: '-1', label: first },
      ...x.map((v, i) => ({ value: String(i), label: `x[${i}] = ${fmt(v)}` })),
    ],
    [x, first],
  );
  return (
    <Select
      label={spec.label}
      value={String(value >= 0 && value < x.length ? value : -1)}
      options={options}
      onChange={(v) => setValue(Number(v))}
    />
  );
}

/** What a finished experiment found, with the settings it ran at. */
interface Finding {
  result: ExperimentResult;
  trials: number;
  seed: number;
  orders: { p: number; q: number };
  seconds: number;
}

/**
 * Hurley & Rickard's six criteria, live: apply one criterion's operation (Robin Hood, Scaling, Rising tide,
 * Cloning, Bill Gates, Babies) to the vector and see, for every measure of lib/sparsity's registry, its
 * value before and after, the change the criterion demands and whether it complied (checkCriterion; P1 via
 * the Bill Gates ladder). Below, the experiment runs every measure against every criterion on seeded random
 * vectors in the worker; a ✗ cell loads its counterexample into the view above.
 */
export default function SparsityCriteria() {
  // The criterion's outcome (every measure checked, P1's ladder included), the after bars and the tables
  // follow a change in a deferred render, so the control that changed is painted first; controls read `params`.
  const [shown, params] = useDeferredWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const { x, criterion: id, trials, seed, p, q } = params;
  const n = x.length;
  // The bars' scale: a round top for x, grown (never shrunk) while the bars are edited.
  const [chosenTop, setChosenTop] = useState(() => scaleTopOf(x));
  const scaleTop = Math.max(chosenTop, scaleTopOf(x));
  const [picked, setPicked] = useState<{
    measure: string;
    criterion: CriterionId;
    x: number[];
    note: string;
  } | null>(null);
  // The loaded counterexample stays picked while it is what the view shows.
  const loaded = picked && picked.criterion === id && sameValue(picked.x, x) ? picked : null;
  const run = useRun<Finding>([generation]);
  const launched = useRef({ trials, seed });

  // What the criterion does, from the shown parameters.
  const spec = criteria.find((c) => c.id === shown.criterion) ?? criteria[0];
  const options = useMemo(() => optionsOf(shown, shown.x.length), [shown]);
  const applied = useMemo(
    () => applyCriterion(shown.criterion, shown.x, options),
    [shown.criterion, shown.x, options],
  );
  const shownValues = useMemo(() => orderValues(shown.p, shown.q), [shown.p, shown.q]);
  const rows = useMemo(
    () =>
      measures.map((m) => {
        const values = shownValues[m.id];
        const check = checkCriterion(m, shown.criterion, shown.x, options, values);
        // The bars show one application of the operation; P1's ✓/✗ is the Bill Gates ladder (see the note).
        const before = m.compute(shown.x, values);
        const after = applied.vacuous ? before : m.compute(applied.vector, values);
        return { m, before, after, check };
      }),
    [shown.criterion, shown.x, options, applied, shownValues],
  );
  const tally = (o: CriterionOutcome) => rows.filter((r) => r.check.outcome === o).length;

  const changed = useMemo(() => {
    const set = new Set<number>();
    applied.vector.forEach((v, i) => {
      if (i >= shown.x.length || v !== Math.abs(shown.x[i])) set.add(i);
    });
    return set;
  }, [applied, shown.x]);
  const afterTop = Math.max(chosenTop, scaleTopOf(shown.x), scaleTopOf(applied.vector));

  // Built only when the rows change, so a render for a control alone skips the table.
  const criterionTable = useMemo(() => {
    const byId = new Map(rows.map((r) => [r.m.id, r]));
    const columns: MeasureColumn[] = [
      { id: 'before', header: 'Before', numeric: true, cell: (m) => num(byId.get(m.id)?.before) },
      { id: 'after', header: 'After', numeric: true, cell: (m) => num(byId.get(m.id)?.after) },
      {
        id: 'change',
        header: 'Change',
        numeric: true,
        cell: (m) => {
          const r = byId.get(m.id);
          return r ? fmtSigned(r.after - r.before) : '—';
        },
      },
      {
        id: 'demand',
        header: 'Demanded',
        title: 'The change the criterion demands of this measure',
        cell: (m) => {
          const d = demandedChange(spec.expect, m.direction);
          return (
            <span title={d.text}>
              {d.symbol} <span className={shared.directionText}>{d.text.replace('must ', '')}</span>
            </span>
          );
        },
      },
      {
        id: 'ok',
        header: 'Result',
        title: '✓ complies, = did not move although a change is demanded, ✗ moved the wrong way',
        cell: (m) => {
          const r = byId.get(m.id);
          if (!r) return '—';
          const why = r.check.vacuous ? ' (vacuous: the criterion says nothing here)' : '';
          return <OutcomeMark outcome={r.check.outcome} extra={why} />;
        },
      },
    ];
    return (
      <MeasureTable
        caption={`Every measure before and after ${spec.id} ${spec.name}`}
        measures={measures}
        columns={columns}
        testId="criterion-table"
      />
    );
  }, [rows, spec]);

  // ---------- the experiment ----------
  const start = () => {
    const settings = { trials, seed, orders: { p, q } };
    const measureValues = orderValues(p, q);
    launched.current = { trials, seed };
    run.start(async (ctx) => {
      const t0 = performance.now();
      const result = await ctx.task(
        'sparsity-experiment',
        { trials, seed, nMin: N_MIN, nMax: N_MAX, params: measureValues },
        (f) => ctx.progress(f),
      );
      return { ...settings, result, seconds: (performance.now() - t0) / 1000 };
    });
  };
  const finding = run.result;

  const loadExample = (m: SparsityMeasure, cid: CriterionId) => {
    const ex = finding?.result.table[m.id]?.[cid]?.example;
    if (!ex) return;
    setChosenTop(scaleTopOf(ex.x));
    store.getState().setParams({ ...paramsOf(cid, ex.options), x: ex.x.slice() });
    setPicked({
      measure: m.id,
      criterion: cid,
      x: ex.x.slice(),
      note: `Loaded the experiment’s first counterexample for ${m.name} under ${cid} (n = ${ex.x.length}), with the options that broke it: before ${fmt(ex.before)}, after ${fmt(ex.after)} (it ${OUTCOME_MARKS[ex.outcome].text}).`,
    });
  };
  /** Replaces x from a button or the text field: the bars' scale fits the new vector. */
  const replaced = (values: number[]) => {
    setChosenTop(scaleTopOf(values));
    return { x: values };
  };

  const pickedCell = loaded ? `${loaded.measure} ${loaded.criterion}` : null;
  // Built only when the finding or the loaded counterexample changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `loadExample` is a function of `finding`.
  const experimentTable = useMemo(() => {
    const experimentColumns: MeasureColumn[] = CRITERION_IDS.map((cid) => ({
      id: cid,
      header: cid,
      title: criteria.find((c) => c.id === cid)?.name,
      cell: (m) => {
        const cell = finding?.result.table[m.id]?.[cid];
        if (!cell) return '—';
        if (cell.violations === 0) {
          return (
            <span
              className={styles.ok}
              data-violations="0"
              data-unchanged="0"
              title={`no violation in ${cell.trials} trials`}
            >
              ✓<span className="visually-hidden"> no violation in {cell.trials} trials</span>
            </span>
          );
        }
        const wrong = cell.violations - cell.unchanged;
        const parts = [
          wrong > 0 ? `${formatInteger(wrong)} moved the wrong way` : '',
          cell.unchanged > 0 ? `${formatInteger(cell.unchanged)} did not move` : '',
        ].filter(Boolean);
        return (
          <button
            type="button"
            className={`${styles.cellButton} ${wrong === 0 ? styles.cellUnchanged : ''}`}
            data-violations={cell.violations}
            data-unchanged={cell.unchanged}
            aria-pressed={pickedCell === `${m.id} ${cid}`}
            aria-label={`${m.name}, ${cid}: in ${formatInteger(cell.trials)} trials ${parts.join(' and ')}; load the first counterexample`}
            onClick={() => loadExample(m, cid)}
          >
            {wrong > 0 ? (
              <span aria-hidden="true">
                ✗ {formatInteger(wrong)}/{formatInteger(cell.trials)}
              </span>
            ) : null}
            {cell.unchanged > 0 ? (
              <span aria-hidden="true" className={styles.cellSame}>
                = {formatInteger(cell.unchanged)}/{formatInteger(cell.trials)}
              </span>
            ) : null}
          </button>
        );
      },
    }));
    return finding ? (
      <MeasureTable
        caption="Violations per measure and criterion"
        measures={measures}
        columns={experimentColumns}
        testId="experiment-table"
      />
    ) : null;
  }, [finding, pickedCell]);

  useExportData(() =>
    finding
      ? {
          name: `sparsity-criteria-experiment-${finding.trials}-seed${finding.seed}`,
          rows: measures.map((m) =>
            CRITERION_IDS.map((cid) => finding.result.table[m.id]?.[cid]?.violations ?? 0),
          ),
          rowLabels: measures.map((m) => m.id),
          colLabels: [...CRITERION_IDS],
          meta: {
            trials: measures.map((m) =>
              CRITERION_IDS.map((cid) => finding.result.table[m.id]?.[cid]?.trials ?? 0),
            ),
            unchanged: measures.map((m) =>
              CRITERION_IDS.map((cid) => finding.result.table[m.id]?.[cid]?.unchanged ?? 0),
            ),
            seed: finding.seed,
            nMin: N_MIN,
            nMax: N_MAX,
          },
        }
      : {
          name: `sparsity-criteria-${id}`,
          rows: rows.map((r) => [r.before, r.after, OUTCOME_CODES[r.check.outcome]]),
          rowLabels: rows.map((r) => r.m.id),
          colLabels: ['before', 'after', 'outcome'],
          meta: {
            x: shown.x,
            criterion: shown.criterion,
            options,
            after: applied.vector,
            outcomeCodes: OUTCOME_CODES,
          },
        },
  );

  const running = run.status === 'running';
  const stale =
    finding &&
    (finding.trials !== trials || finding.seed !== seed || finding.orders.p !== p || finding.orders.q !== q);
  const statusText = (() => {
    switch (run.status) {
      case 'idle':
        return `Checks every measure against every criterion on ${formatInteger(trials)} random vectors (n ${N_MIN}–${N_MAX}; uniform, exponential, spiky, power-law and softmax families) in a background worker.`;
      case 'running':
        return `Running ${formatInteger(launched.current.trials)} trials… ${Math.round(run.progress * 100)}%`;
      case 'done':
        return finding
          ? `${formatInteger(finding.trials)} trials with seed ${finding.seed} at p = ${formatNumber(finding.orders.p)}, q = ${formatNumber(finding.orders.q)} in ${formatNumber(finding.seconds, { digits: 2 })} s.${stale ? ' (The settings have changed since: run again to use them.)' : ''} Click a ✗ to load its counterexample above.`
          : '';
      case 'cancelled':
        return 'Cancelled.';
      case 'error':
        return `The experiment failed: ${run.error ?? 'unknown error'}`;
    }
  })();

  return (
    <div className={shared.widget}>
      <div className={shared.pair}>
        <div className={shared.editorBox}>
          <p className={shared.panelTitle}>
            Before: x ({n} {n === 1 ? 'entry' : 'entries'})
          </p>
          <ParamVector
            name="x"
            hideLabel
            min={x.some((v) => v < 0) ? -scaleTop : 0}
            max={scaleTop}
            step={scaleTop / 100}
            format={fmt}
            barLabels={n <= 32 ? x.map((_, i) => String(i)) : undefined}
          />
          <div className={shared.row}>
            <Button size="sm" onClick={() => store.getState().setParams(replaced([1, 2, 3, 4]))}>
              [1, 2, 3, 4]
            </Button>
            <Button
              size="sm"
              onClick={() => store.getState().setParams(replaced(oneHotVector(Math.max(2, n))))}
            >
              One-hot
            </Button>
            <Button
              size="sm"
              onClick={() => store.getState().setParams(replaced(uniformVector(Math.max(2, n))))}
            >
              Uniform
            </Button>
          </div>
        </div>
        <div>
          <p className={shared.panelTitle}>
            After {spec.id} {spec.name} ({applied.vector.length} entries; changed entries highlighted)
          </p>
          <AfterChart values={applied.vector} top={afterTop} changed={changed} label={`After ${spec.name}`} />
        </div>
      </div>
      <ParamVectorText name="x" alsoSet={replaced} />

      <div className={shared.controls}>
        <ParamSelect name="criterion" />
        {id === 'D1' ? (
          <>
            <EntrySelect name="from" x={x} first="the largest entry" />
            <EntrySelect name="to" x={x} first="the smallest entry" />
            <ParamSlider name="fraction" />
          </>
        ) : null}
        {id === 'D2' ? <ParamNumber name="factor" /> : null}
        {id === 'D3' ? <ParamNumber name="tide" /> : null}
        {id === 'D4' ? <ParamSlider name="copies" /> : null}
        {id === 'P1' ? (
          <>
            <EntrySelect name="entry" x={x} first="the largest entry" />
            <ParamNumber name="grow" />
          </>
        ) : null}
        {id === 'P2' ? <ParamNumber name="zeros" /> : null}
      </div>
      <div className={shared.controls}>
        <ParamSlider name="p" />
        <ParamSlider name="q" />
      </div>

      <p className={styles.description} data-testid="description">
        <strong>
          {spec.id} {spec.name}:
        </strong>{' '}
        {spec.summary} <span data-testid="applied">{applied.description}</span>
        {applied.vacuous ? ' The criterion says nothing about this vector, so every measure passes.' : ''}
      </p>
      {loaded ? (
        <p className={shared.hint} role="status" data-testid="loaded">
          {loaded.note}
        </p>
      ) : null}

      {criterionTable}
      <p className={shared.hint} data-testid="tally">
        Of {rows.length} measures, {tally('complies')} comply with {spec.id} here (✓), {tally('unchanged')} do
        not move (=) and {tally('wrong-way')} move the wrong way (✗).{' '}
        {id === 'P1'
          ? 'Bill Gates asks for more than one step: ✓ means some head start β > 0 exists after which every further growth of the entry makes the measure sparser (lib tries a ladder of β and growths); before/after show one step of the chosen growth.'
          : 'Tolerances are relative to the size of the value: “same” allows 10⁻⁹ of it, and a demanded change must exceed 10⁻¹² of it, the level of rounding; a smaller move counts as “did not move”.'}
      </p>

      <p className={shared.panelTitle}>Experiment: every measure against every criterion</p>
      <div className={shared.controls}>
        <ParamSlider name="trials" />
        <ParamNumber name="seed" />
      </div>
      <div className={styles.runRow}>
        <Button variant="primary" onClick={start} disabled={running}>
          {run.status === 'idle' ? 'Run experiment' : 'Run again'}
        </Button>
        <Button onClick={run.cancel} disabled={!running}>
          Cancel
        </Button>
        <div>
          <ProgressBar label="Experiment progress" value={run.progress} busy={running} />
        </div>
      </div>
      <p className={styles.status} role="status" aria-live="polite" data-status={run.status}>
        {statusText}
      </p>
      {finding ? (
        <>
          {experimentTable}
          <p className={shared.hint}>
            ✓ no violation; ✗ trials in which the measure moved the wrong way (for Scaling and Cloning: moved
            at all); = trials in which it did not move beyond rounding although the criterion demands a
            change.
          </p>
        </>
      ) : null}
    </div>
  );
}

function num(v: number | undefined) {
  return v === undefined ? '—' : <span data-value={v}>{fmt(v)}</span>;
}
