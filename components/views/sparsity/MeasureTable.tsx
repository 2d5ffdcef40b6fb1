'use client';

import { Fragment, type ReactNode, useId, useState } from 'react';
import type { SparsityMeasure } from '@/lib/sparsity';
import { directionLabel, groupMeasures } from './layout';
import styles from './sparsity.module.css';
import { Tex } from './Tex';

/** One column of a {@link MeasureTable} after the measure's name. */
export interface MeasureColumn {
  id: string;
  header: ReactNode;
  /** Header tooltip / accessible description. */
  title?: string;
  cell: (m: SparsityMeasure) => ReactNode;
  /** Right-aligned tabular numbers. */
  numeric?: boolean;
}

/** Props of {@link MeasureTable}. */
export interface MeasureTableProps {
  caption: string;
  measures: readonly SparsityMeasure[];
  columns: readonly MeasureColumn[];
  /** Extra text under a measure's formula when its row is expanded (e.g. the parameters used). */
  details?: (m: SparsityMeasure) => ReactNode;
  testId?: string;
  /** Marks the main table for the figure's image export. */
  exportView?: boolean;
}

/**
 * Every measure of the registry in a table, grouped (the post's, Hurley & Rickard's, entropies), one row
 * each, with the caller's columns. The name is a button that expands a row below with the formula (KaTeX)
 * and the caller's details; rows carry `data-measure="<id>"`. The table scrolls inside its own box on a
 * narrow screen and its name column stays in view.
 */
export function MeasureTable({ caption, measures, columns, details, testId, exportView }: MeasureTableProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const groups = groupMeasures(measures);
  const width = columns.length + 1;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section className={styles.tableBox} tabIndex={0} aria-label={caption}>
      <table className={styles.table} data-testid={testId} data-export={exportView ? '' : undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.nameCol}>
              Measure
            </th>
            {columns.map((c) => (
              <th key={c.id} scope="col" title={c.title} className={c.numeric ? styles.num : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.label}>
            <tr className={styles.groupRow}>
              <th scope="rowgroup" colSpan={width}>
                {g.label}
              </th>
            </tr>
            {g.measures.map((m) => {
              const isOpen = open.has(m.id);
              const extra = isOpen ? details?.(m) : null;
              const rowId = `${uid}-${m.id}`;
              return (
                <Fragment key={m.id}>
                  <tr data-measure={m.id}>
                    <th scope="row" className={styles.nameCol}>
                      <button
                        type="button"
                        className={styles.nameButton}
                        aria-expanded={isOpen}
                        aria-controls={rowId}
                        onClick={() => toggle(m.id)}
                        title={`${m.name}: show the formula`}
                      >
                        <span className={styles.caret} aria-hidden="true">
                          {isOpen ? '▾' : '▸'}
                        </span>
                        {m.name}
                      </button>
                    </th>
                    {columns.map((c) => (
                      <td key={c.id} data-col={c.id} className={c.numeric ? styles.num : undefined}>
                        {c.cell(m)}
                      </td>
                    ))}
                  </tr>
                  {isOpen ? (
                    <tr id={rowId} className={styles.formulaRow} data-formula={m.id}>
                      <td colSpan={width}>
                        <div className={styles.formula}>
                          <Tex tex={m.tex} />
                        </div>
                        <p className={styles.formulaNote}>
                          {directionLabel(m.direction).text}
                          {m.params.length > 0
                            ? `; parameters: ${m.params.map((p) => `${p.label} (${p.min}…${p.max})`).join(', ')}`
                            : ''}
                          {extra !== null && extra !== undefined ? <> · {extra}</> : null}
                        </p>
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        ))}
      </table>
    </section>
  );
}

/** The "which way is sparser" cell: an arrow with its words for screen readers and a tooltip. */
export function DirectionCell({ m }: { m: SparsityMeasure }) {
  const { arrow, text } = directionLabel(m.direction);
  return (
    <span className={styles.direction} title={text}>
      <span aria-hidden="true">{arrow}</span>
      <span className={styles.directionText}>{m.direction === 'lower' ? 'lower' : 'higher'}</span>
    </span>
  );
}
