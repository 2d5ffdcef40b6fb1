'use client';

import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button, NumberInput, ProgressBar, Select, Slider, VectorBarEditor } from '@/components/controls';
import { useExportData } from '@/components/figure/exports';
import { defaults, type ParamValues } from '@/components/figure/schema';
import { useWidgetParams, useWidgetStore, useWidgetStoreApi } from '@/components/figure/store';
import { CancelledError, runTask } from '@/components/figure/worker';
import { BarChart, niceMax } from '@/components/views/sparsity/BarChart';
import { CRITERION_IDS, demandedChange, measureParams } from '@/components/views/sparsity/layout';
import { type MeasureColumn, MeasureTable } from '@/components/views/sparsity/MeasureTable';
import styles from '@/components/views/sparsity/sparsity.module.css';
import { VectorTextInput } from '@/components/views/sparsity/VectorTextInput';
import { formatInteger, formatNumber } from '@/lib/format';
import {
  applyCriterion,
  type CriterionId,
  type CriterionOptions,
  checkCriterion,
  criteria,
  type ExperimentResult,
  measures,
  oneHotVector,
  type SparsityMeasure,
  uniformVector,
} from '@/lib/sparsity';
import { CRITERIA_MAX_N, CRITERIA_MIN_N, ENTRY_LIMIT, sparsityCriteriaParams } from './params';

type P = ParamValues<typeof sparsityCriteriaParams>;

const fmt = (v: number) => formatNumber(v, { digits: 4 });
const fmtSigned = (v: number) => (v > 0 ? `+${fmt(v)}` : fmt(v));
const N_MIN = 2;
const N_MAX = 32;

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

const OPTION_DEFAULTS = (() => {
  const d = defaults(sparsityCriteriaParams);
  return {
    from: d.from,
    to: d.to,
    fraction: d.fraction,
    factor: d.factor,
    tide: d.tide,
    copies: d.copies,
    entry: d.entry,
    grow: d.grow,
    zeros: d.zeros,
  };
})();

/**
 * The widget parameters that reproduce lib options found for a counterexample: every option parameter back
 * at its default, then the found options on top (so an option left over from before cannot change the result).
 */
function paramsOf(id: CriterionId, o: CriterionOptions): Partial<P> {
  const base: { -readonly [K in keyof P]?: P[K] } = { ...OPTION_DEFAULTS, criterion: id };
  if (o.from !== undefined) base.from = o.from;
  if (o.to !== undefined) base.to = o.to;
  if (o.fraction !== undefined) base.fraction = o.fraction;
  if (o.factor !== undefined) base.factor = o.factor;
  if (o.amount !== undefined) {
    if (id === 'D3') base.tide = o.amount;
    else base.grow = o.amount;
  }
  if (o.copies !== undefined) base.copies = o.copies;
  if (o.index !== undefined) base.entry = o.index;
  if (o.zeros !== undefined) base.zeros = o.zeros;
  return base;
}

interface Run {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  progress: number;
  result: ExperimentResult | null;
  trials: number;
  seed: number;
  seconds: number;
  /** The measure orders the run used. */
  orders?: { p: number; q: number };
  error?: string;
}

const idleRun: Run = { status: 'idle', progress: 0, result: null, trials: 0, seed: 0, seconds: 0 };

/**
 * Hurley & Rickard's six criteria, live: apply one criterion's operation (Robin Hood, Scaling, Rising tide,
 * Cloning, Bill Gates, Babies) to the vector and see, for every measure of lib/sparsity's registry, its
 * value before and after, the change the criterion demands and whether it complied (checkCriterion; P1 via
 * the Bill Gates ladder). Below, the experiment runs every measure against every criterion on seeded random
 * vectors in the worker; a ✗ cell loads its counterexample into the view above.
 */
export default function SparsityCriteria() {
  const [params, setParam] = useWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const { x, criterion, trials, seed } = params;
  const id = criterion as CriterionId;
  const n = x.length;
  const uid = useId();
  const [scaleTop, setScaleTop] = useState(() => niceMax(x));
  const [run, setRun] = useState<Run>(idleRun);
  const [picked, setPicked] = useState<{ measure: string; criterion: CriterionId; note: string } | null>(
    null,
  );
  const controller = useRef<AbortController | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a reset drops the run and the picked cell.
  useEffect(() => {
    controller.current?.abort();
    setRun(idleRun);
    setPicked(null);
  }, [generation]);
  useEffect(() => () => controller.current?.abort(), []);
  // The editor's scale grows when x outgrows it (a loaded counterexample, typed values, a URL).
  useEffect(() => {
    const top = niceMax(x);
    if (top > scaleTop) setScaleTop(top);
  }, [x, scaleTop]);

  const setVector = (values: number[], rescale = false) => {
    setPicked(null);
    if (rescale) setScaleTop(niceMax(values));
    setParam('x', values);
  };

  const spec = criteria.find((c) => c.id === id) ?? criteria[0];
  const options = useMemo(() => optionsOf(params, n), [params, n]);
  const applied = useMemo(() => applyCriterion(id, x, options), [id, x, options]);
  const { p, q } = params;
  // Each measure's parameters: registry defaults, with p and q from the sliders where they apply.
  const measureValues = useMemo(
    () => Object.fromEntries(measures.map((m) => [m.id, measureParams(m, { p, q }).values])),
    [p, q],
  );
  const rows = useMemo(
    () =>
      measures.map((m) => {
        const values = measureValues[m.id];
        const check = checkCriterion(m, id, x, options, values);
        // The bars show one application of the operation; P1's ✓/✗ is the Bill Gates ladder (see the note).
        const before = m.compute(x, values);
        const after = applied.vacuous ? before : m.compute(applied.vector, values);
        return { m, before, after, check };
      }),
    [id, x, options, applied, measureValues],
  );
  const byId = useMemo(() => new Map(rows.map((r) => [r.m.id, r])), [rows]);
  const passes = rows.filter((r) => r.check.ok).length;

  const changed = useMemo(() => {
    const set = new Set<number>();
    applied.vector.forEach((v, i) => {
      if (i >= n || v !== Math.abs(x[i])) set.add(i);
    });
    return set;
  }, [applied, x, n]);
  const afterTop = Math.max(scaleTop, niceMax(applied.vector));

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
            {d.symbol} <span className={styles.directionText}>{d.text.replace('must ', '')}</span>
          </span>
        );
      },
    },
    {
      id: 'ok',
      header: '✓/✗',
      cell: (m) => {
        const r = byId.get(m.id);
        if (!r) return '—';
        const why = r.check.vacuous ? ' (vacuous: the criterion says nothing here)' : '';
        return r.check.ok ? (
          <span className={styles.ok} data-ok="true" title={`complies${why}`}>
            ✓<span className="visually-hidden"> complies{why}</span>
          </span>
        ) : (
          <span className={styles.bad} data-ok="false" title="violates">
            ✗<span className="visually-hidden"> violates</span>
          </span>
        );
      },
    },
  ];

  // ---------- the experiment ----------
  const start = useCallback(async () => {
    controller.current?.abort();
    const mine = new AbortController();
    controller.current = mine;
    const t0 = performance.now();
    setRun({ ...idleRun, status: 'running', trials, seed, orders: { p, q } });
    try {
      const result = await runTask(
        'sparsity-experiment',
        { trials, seed, nMin: N_MIN, nMax: N_MAX, params: measureValues },
        {
          signal: mine.signal,
          onProgress: (f) => setRun((r) => (r.status === 'running' ? { ...r, progress: f } : r)),
        },
      );
      if (mine.signal.aborted) return;
      setRun({
        status: 'done',
        progress: 1,
        result,
        trials,
        seed,
        orders: { p, q },
        seconds: (performance.now() - t0) / 1000,
      });
    } catch (err) {
      if (err instanceof CancelledError || mine.signal.aborted) return;
      setRun((r) => ({ ...r, status: 'error', error: err instanceof Error ? err.message : String(err) }));
    }
  }, [trials, seed, measureValues, p, q]);
  const cancel = useCallback(() => {
    controller.current?.abort();
    setRun((r) => (r.status === 'running' ? { ...r, status: 'cancelled' } : r));
  }, []);

  const loadExample = (m: SparsityMeasure, cid: CriterionId) => {
    const cell = run.result?.table[m.id]?.[cid];
    const ex = cell?.example;
    if (!ex) return;
    setScaleTop(niceMax(ex.x));
    store.getState().setParams({ ...paramsOf(cid, ex.options), x: ex.x.slice() });
    setPicked({
      measure: m.id,
      criterion: cid,
      note: `Loaded the experiment’s first counterexample for ${m.name} under ${cid} (n = ${ex.x.length}), with the options that broke it: before ${fmt(ex.before)}, after ${fmt(ex.after)}.`,
    });
  };

  const experimentColumns: MeasureColumn[] = CRITERION_IDS.map((cid) => ({
    id: cid,
    header: cid,
    title: criteria.find((c) => c.id === cid)?.name,
    cell: (m) => {
      const cell = run.result?.table[m.id]?.[cid];
      if (!cell) return '—';
      if (cell.violations === 0) {
        return (
          <span className={styles.ok} data-violations="0" title={`no violation in ${cell.trials} trials`}>
            ✓<span className="visually-hidden"> no violation in {cell.trials} trials</span>
          </span>
        );
      }
      const isPicked = picked?.measure === m.id && picked.criterion === cid;
      return (
        <button
          type="button"
          className={styles.cellButton}
          data-violations={cell.violations}
          aria-pressed={isPicked}
          aria-label={`${m.name}, ${cid}: ${cell.violations} violations in ${cell.trials} trials; load the counterexample`}
          onClick={() => loadExample(m, cid)}
        >
          ✗ {formatInteger(cell.violations)}/{formatInteger(cell.trials)}
        </button>
      );
    },
  }));

  useExportData(() =>
    run.result
      ? {
          name: `sparsity-criteria-experiment-${run.trials}-seed${run.seed}`,
          rows: measures.map((m) =>
            CRITERION_IDS.map((cid) => run.result?.table[m.id]?.[cid]?.violations ?? 0),
          ),
          rowLabels: measures.map((m) => m.id),
          colLabels: [...CRITERION_IDS],
          meta: {
            trials: measures.map((m) =>
              CRITERION_IDS.map((cid) => run.result?.table[m.id]?.[cid]?.trials ?? 0),
            ),
            seed: run.seed,
            nMin: N_MIN,
            nMax: N_MAX,
          },
        }
      : {
          name: `sparsity-criteria-${id}`,
          rows: rows.map((r) => [r.before, r.after, r.check.ok ? 1 : 0]),
          rowLabels: rows.map((r) => r.m.id),
          colLabels: ['before', 'after', 'ok'],
          meta: { x, criterion: id, options, after: applied.vector },
        },
  );

  const running = run.status === 'running';
  const stale =
    run.result && (run.trials !== trials || run.seed !== seed || run.orders?.p !== p || run.orders?.q !== q);
  const statusText = (() => {
    switch (run.status) {
      case 'idle':
        return `Checks every measure against every criterion on ${formatInteger(trials)} random vectors (n ${N_MIN}–${N_MAX}; uniform, exponential, spiky, power-law and softmax families) in a background worker.`;
      case 'running':
        return `Running ${formatInteger(run.trials)} trials… ${Math.round(run.progress * 100)}%`;
      case 'done':
        return `${formatInteger(run.trials)} trials with seed ${run.seed} at p = ${formatNumber(run.orders?.p ?? p)}, q = ${formatNumber(run.orders?.q ?? q)} in ${formatNumber(run.seconds, { digits: 2 })} s.${stale ? ' (The settings have changed since: run again to use them.)' : ''} Click a ✗ to load its counterexample above.`;
      case 'cancelled':
        return 'Cancelled.';
      case 'error':
        return `The experiment failed: ${run.error ?? 'unknown error'}`;
    }
  })();

  const entryOptions = (first: string) => [
    { value: '-1', label: first },
    ...x.map((v, i) => ({ value: String(i), label: `x[${i}] = ${fmt(v)}` })),
  ];
  const indexValue = (i: number) => String(i >= 0 && i < n ? i : -1);

  return (
    <div className={styles.widget}>
      <div className={styles.pair}>
        <div className={styles.editorBox}>
          <VectorBarEditor
            label={`Before: x (${n} ${n === 1 ? 'entry' : 'entries'})`}
            values={x}
            min={x.some((v) => v < 0) ? -scaleTop : 0}
            max={scaleTop}
            step={scaleTop / 100}
            format={fmt}
            barLabels={n <= 32 ? x.map((_, i) => String(i)) : undefined}
            onChange={(v) => setVector(v)}
          />
          <div className={styles.row}>
            <Button size="sm" onClick={() => setVector([1, 2, 3, 4], true)}>
              [1, 2, 3, 4]
            </Button>
            <Button size="sm" onClick={() => setVector(oneHotVector(Math.max(2, n)), true)}>
              One-hot
            </Button>
            <Button size="sm" onClick={() => setVector(uniformVector(Math.max(2, n)), true)}>
              Uniform
            </Button>
          </div>
        </div>
        <div>
          <p className={styles.panelTitle}>
            After {spec.id} {spec.name} ({applied.vector.length} entries; changed entries highlighted)
          </p>
          <BarChart
            values={applied.vector}
            label={`After ${spec.name}`}
            max={afterTop}
            highlight={changed}
            testId="after"
          />
        </div>
      </div>
      <VectorTextInput
        id={`${uid}-text`}
        label="Type x"
        values={x}
        limits={{ minLength: CRITERIA_MIN_N, maxLength: CRITERIA_MAX_N, min: -ENTRY_LIMIT, max: ENTRY_LIMIT }}
        onChange={(v) => setVector(v, true)}
      />

      <div className={styles.controls}>
        <Select
          label="Criterion"
          value={id}
          options={criteria.map((c) => ({ value: c.id, label: `${c.id} ${c.name}` }))}
          onChange={(v) => setParam('criterion', v as P['criterion'])}
        />
        {id === 'D1' ? (
          <>
            <Select
              label="Take from"
              value={indexValue(params.from)}
              options={entryOptions('the largest entry')}
              onChange={(v) => setParam('from', Number(v))}
            />
            <Select
              label="Give to"
              value={indexValue(params.to)}
              options={entryOptions('the smallest entry')}
              onChange={(v) => setParam('to', Number(v))}
            />
            <Slider
              label="Share of half the gap moved"
              value={params.fraction}
              min={0.01}
              max={0.99}
              step={0.01}
              format={(v) => formatNumber(v, { digits: 2 })}
              onChange={(v) => setParam('fraction', v)}
            />
          </>
        ) : null}
        {id === 'D2' ? (
          <NumberInput
            label="Factor"
            value={params.factor}
            min={0.1}
            max={100}
            step={0.5}
            onChange={(v) => setParam('factor', v)}
          />
        ) : null}
        {id === 'D3' ? (
          <NumberInput
            label="Amount added (0 = half the mean)"
            value={params.tide}
            min={0}
            max={ENTRY_LIMIT}
            step={0.1}
            onChange={(v) => setParam('tide', v)}
          />
        ) : null}
        {id === 'D4' ? (
          <Slider
            label="Copies"
            value={params.copies}
            min={2}
            max={10}
            onChange={(v) => setParam('copies', v)}
          />
        ) : null}
        {id === 'P1' ? (
          <>
            <Select
              label="Growing entry"
              value={indexValue(params.entry)}
              options={entryOptions('the largest entry')}
              onChange={(v) => setParam('entry', Number(v))}
            />
            <NumberInput
              label="Growth (0 = max |x|)"
              value={params.grow}
              min={0}
              max={ENTRY_LIMIT}
              step={0.5}
              onChange={(v) => setParam('grow', v)}
            />
          </>
        ) : null}
        {id === 'P2' ? (
          <NumberInput
            label="Zeros appended"
            value={params.zeros}
            min={1}
            max={640}
            integer
            onChange={(v) => setParam('zeros', v)}
          />
        ) : null}
      </div>
      <div className={styles.controls}>
        <Slider
          label="p (S₁,ₚ, S*_q,p, Rényi α, −ℓₚ)"
          value={p}
          min={sparsityCriteriaParams.p.min}
          max={sparsityCriteriaParams.p.max}
          step={0.1}
          format={(v) => formatNumber(v, { digits: 3 })}
          onChange={(v) => setParam('p', v)}
        />
        <Slider
          label="q (S*_q,p)"
          value={q}
          min={sparsityCriteriaParams.q.min}
          max={sparsityCriteriaParams.q.max}
          step={0.1}
          format={(v) => formatNumber(v, { digits: 3 })}
          onChange={(v) => setParam('q', v)}
        />
      </div>

      <p className={styles.description} data-testid="description">
        <strong>
          {spec.id} {spec.name}:
        </strong>{' '}
        {spec.summary} <span data-testid="applied">{applied.description}</span>
        {applied.vacuous ? ' The criterion says nothing about this vector, so every measure passes.' : ''}
      </p>
      {picked ? (
        <p className={styles.hint} role="status" data-testid="loaded">
          {picked.note}
        </p>
      ) : null}

      <MeasureTable
        caption={`Every measure before and after ${spec.id} ${spec.name}`}
        measures={measures}
        columns={columns}
        testId="criterion-table"
      />
      <p className={styles.hint}>
        {passes} of {rows.length} measures comply with {spec.id} here.{' '}
        {id === 'P1'
          ? 'Bill Gates asks for more than one step: ✓ means some head start β > 0 exists after which every further growth of the entry makes the measure sparser (lib tries a ladder of β and growths); before/after show one step of the chosen growth.'
          : 'A measure complies when its value moves the way the criterion demands (“same” within a relative 10⁻⁹).'}
      </p>

      <p className={styles.panelTitle}>Experiment: every measure against every criterion</p>
      <div className={styles.controls}>
        <Slider
          label="Trials"
          value={trials}
          min={100}
          max={5000}
          step={100}
          format={formatInteger}
          onChange={(v) => setParam('trials', v)}
        />
        <NumberInput
          label="Experiment seed"
          value={seed}
          min={0}
          max={sparsityCriteriaParams.seed.max}
          integer
          onChange={(v) => setParam('seed', v)}
        />
      </div>
      <div className={styles.runRow}>
        <Button variant="primary" onClick={start} disabled={running}>
          {run.status === 'idle' ? 'Run experiment' : 'Run again'}
        </Button>
        <Button onClick={cancel} disabled={!running}>
          Cancel
        </Button>
        <div>
          <ProgressBar label="Experiment progress" value={run.progress} />
        </div>
      </div>
      <p className={styles.status} role="status" aria-live="polite" data-status={run.status}>
        {statusText}
      </p>
      {run.result ? (
        <MeasureTable
          caption="Violations per measure and criterion"
          measures={measures}
          columns={experimentColumns}
          testId="experiment-table"
        />
      ) : null}
    </div>
  );
}

function num(v: number | undefined) {
  return v === undefined ? '—' : <span data-value={v}>{fmt(v)}</span>;
}
