'use client';

import {
  type ClipboardEvent,
  type KeyboardEvent,
  memo,
  type RefObject,
  useCallback,
  useRef,
  useState,
} from 'react';
import { formatParseError, parseMatrixText } from '@/lib/parse/matrix';
import { formatEditable } from '@/lib/parse/number';
import { Button } from './Button';
import styles from './controls.module.css';
import {
  type CellPos,
  cellName,
  fillValue,
  matrixSize,
  nextCell,
  pasteBlock,
  resizeMatrix,
  setCell,
  validateCell,
} from './matrixGrid';
import { cx, numberInputMode, useControlId } from './util';

/** Props of {@link MatrixEditor}. */
export interface MatrixEditorProps {
  label: string;
  /** Rows of numbers; ragged rows are shown padded with `—`. */
  value: readonly (readonly number[])[];
  onChange: (rows: number[][]) => void;
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
  min?: number;
  max?: number;
  /** Largest size the +/− buttons and pastes may reach (default 16 × 16). */
  maxRows?: number;
  maxCols?: number;
  /** Decimals shown in each cell (default 3); the full value is kept. */
  digits?: number;
  /** Show the +/− row and column buttons and let pastes grow the grid (default true). */
  allowResize?: boolean;
  disabled?: boolean;
  hideLabel?: boolean;
  id?: string;
  className?: string;
}

const key = (p: CellPos) => `${p.row},${p.col}`;
const fromKey = (k: string): CellPos => {
  const [row, col] = k.split(',').map(Number);
  return { row, col };
};

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

type Notice = { tone: 'info' | 'error'; text: string } | null;

/**
 * A grid of number cells for editing a small matrix. Each cell is a text field (`inputMode` decimal, or
 * text when negatives are allowed so phones offer a minus key) committed on Enter or blur; bad text gets a
 * red outline and a message below the grid naming the cell (`Row 2, column 3: “abc” is not a number`)
 * while the matrix keeps its last good value. Arrow keys move between cells (Left/Right only at the ends
 * of the text), Enter moves down, Shift+Enter up, Tab follows reading order, Escape undoes the typing.
 * Pasting multi-cell text (tabs, commas, semicolons, spaces or `[[1,2],[3,4]]`) into a cell fills the
 * grid from that cell; the Paste button opens a textarea for replacing the whole matrix. Parse errors
 * are shown with line and column; nothing throws.
 *
 * @example <MatrixEditor label="Scores" value={S} onChange={setS} min={-10} max={10} />
 */
/** What a cell calls back, read through a ref so that {@link MatrixCell}'s props stay the same between renders. */
interface CellHandlers {
  register: (k: string, el: HTMLInputElement | null) => void;
  change: (k: string, text: string) => void;
  commit: (p: CellPos) => void;
  keyDown: (e: KeyboardEvent<HTMLInputElement>, p: CellPos) => void;
  paste: (e: ClipboardEvent<HTMLInputElement>, p: CellPos) => void;
}

/**
 * One cell's input. Memoised: typing in one cell of a 32×32 grid re-renders that cell, not a thousand inputs
 * (and their refs).
 */
const MatrixCell = memo(function MatrixCell({
  row,
  col,
  value,
  label,
  inputMode,
  describedBy,
  handlers,
}: {
  row: number;
  col: number;
  value: string;
  label: string;
  inputMode: ReturnType<typeof numberInputMode>;
  /** The error message's id when the cell's text is bad. */
  describedBy: string | undefined;
  handlers: RefObject<CellHandlers>;
}) {
  const k = key({ row, col });
  const ref = useCallback((el: HTMLInputElement | null) => handlers.current.register(k, el), [handlers, k]);
  return (
    <input
      ref={ref}
      type="text"
      inputMode={inputMode}
      autoComplete="off"
      spellCheck={false}
      className={styles.cell}
      aria-label={label}
      aria-invalid={describedBy !== undefined || undefined}
      aria-describedby={describedBy}
      value={value}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => handlers.current.change(k, e.currentTarget.value)}
      onBlur={() => handlers.current.commit({ row, col })}
      onKeyDown={(e) => handlers.current.keyDown(e, { row, col })}
      onPaste={(e) => handlers.current.paste(e, { row, col })}
    />
  );
});

export function MatrixEditor({
  label,
  value,
  onChange,
  rowLabels,
  colLabels,
  min,
  max,
  maxRows = 16,
  maxCols = 16,
  digits = 3,
  allowResize = true,
  disabled,
  hideLabel,
  id,
  className,
}: MatrixEditorProps) {
  const baseId = useControlId(id);
  const safeValue = Array.isArray(value) ? value.filter((r) => Array.isArray(r)) : [];
  const { rows: m, cols: n } = matrixSize(safeValue);
  const fill = fillValue(min, max);

  // Latest matrix, including edits emitted in this tick that the parent has not rendered yet.
  const latest = useRef(safeValue);
  latest.current = safeValue;
  const drafts = useRef<Record<string, string>>({});
  const [, setDraftVersion] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [pasteText, setPasteText] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);
  const cells = useRef(new Map<string, HTMLInputElement>());
  const pasteButton = useRef<HTMLButtonElement>(null);

  const display = (p: CellPos) => formatEditable(safeValue[p.row]?.[p.col] ?? Number.NaN, { digits });

  const setDrafts = (update: (d: Record<string, string>) => Record<string, string>) => {
    drafts.current = update(drafts.current);
    setDraftVersion((v) => v + 1);
  };

  const forget = (keep: (p: CellPos) => boolean) => {
    const filter = (record: Record<string, string>) =>
      Object.fromEntries(Object.entries(record).filter(([k]) => keep(fromKey(k))));
    setDrafts(filter);
    setErrors(filter);
  };

  const emit = (next: number[][]) => {
    latest.current = next;
    onChange(next);
  };

  const commit = (p: CellPos) => {
    const k = key(p);
    const draft = drafts.current[k];
    if (draft === undefined) return;
    if (draft === display(p)) {
      forget((q) => key(q) !== k);
      return;
    }
    const result = validateCell(draft, p, { min, max, rowLabels, colLabels });
    if (!result.ok) {
      setErrors((e) => ({ ...e, [k]: result.message }));
      return;
    }
    forget((q) => key(q) !== k);
    emit(setCell(latest.current, p, result.value, fill));
  };

  const focusCell = (p: CellPos) => {
    const el = cells.current.get(key(p));
    if (el) {
      el.focus();
      el.select();
    }
  };

  const onCellKeyDown = (e: KeyboardEvent<HTMLInputElement>, p: CellPos) => {
    const k = key(p);
    if (e.key === 'Escape') {
      if (drafts.current[k] !== undefined || errors[k]) {
        e.preventDefault();
        forget((q) => key(q) !== k);
      }
      return;
    }
    const el = e.currentTarget;
    const start = el.selectionStart ?? 0;
    const end = el.selectionEnd ?? 0;
    const all = start === 0 && end === el.value.length;
    const target = nextCell(p, e.key, {
      rows: m,
      cols: n,
      shiftKey: e.shiftKey,
      caretAtStart: all || (start === 0 && end === 0),
      caretAtEnd: all || (start === el.value.length && end === el.value.length),
    });
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(p);
    }
    if (target) {
      e.preventDefault();
      focusCell(target);
    }
  };

  const onCellPaste = (e: ClipboardEvent<HTMLInputElement>, p: CellPos) => {
    const text = e.clipboardData.getData('text/plain');
    const looksMulti = /[\t\n\r,;[]/.test(text.trim());
    const result = parseMatrixText(text, { maxRows: 64, maxCols: 64, min, max });
    if (result.ok && result.rows.length * result.rows[0].length <= 1) return;
    if (!result.ok && !looksMulti) return;
    e.preventDefault();
    if (!result.ok) {
      setNotice({ tone: 'error', text: `Could not paste: ${formatParseError(result.error)}` });
      return;
    }
    const block = result.rows;
    const out = pasteBlock(latest.current, block, p, { allowResize, maxRows, maxCols, fill });
    const inBlock = (q: CellPos) =>
      q.row >= p.row && q.row < p.row + block.length && q.col >= p.col && q.col < p.col + block[0].length;
    forget((q) => !inBlock(q));
    emit(out.rows);
    const where = allowResize ? `the ${maxRows}×${maxCols} limit` : 'the grid';
    setNotice({
      tone: 'info',
      text:
        `Pasted ${block.length}×${block[0].length} values from ${lowerFirst(cellName(p, rowLabels, colLabels))}` +
        (out.dropped > 0 ? `; ${out.dropped} beyond ${where} were left out.` : '.'),
    });
  };

  const resize = (rows: number, cols: number) => {
    emit(resizeMatrix(latest.current, rows, cols, fill));
    forget((q) => q.row < rows && q.col < cols);
    setNotice(null);
  };

  const applyPaste = () => {
    const limits = allowResize ? { maxRows, maxCols } : { maxRows: m, maxCols: n };
    const result = parseMatrixText(pasteText, { ...limits, min, max });
    if (!result.ok) {
      setPasteError(formatParseError(result.error));
      return;
    }
    const r = result.rows.length;
    const c = result.rows[0].length;
    if (!allowResize && (r !== m || c !== n)) {
      setPasteError(`Expected ${m}×${n} values, got ${r}×${c}.`);
      return;
    }
    forget(() => false);
    emit(result.rows);
    setPasteError(null);
    setPasteOpen(false);
    setPasteText('');
    setNotice({ tone: 'info', text: `Replaced the matrix with ${r}×${c} pasted values.` });
    pasteButton.current?.focus();
  };

  const closePaste = () => {
    setPasteOpen(false);
    setPasteError(null);
    pasteButton.current?.focus();
  };

  const errorEntries = Object.entries(errors)
    .map(([k, message]) => ({ k, p: fromKey(k), message }))
    .filter(({ p }) => p.row < m && p.col < n)
    .sort((a, b) => a.p.row - b.p.row || a.p.col - b.p.col);
  const errorId = (k: string) => `${baseId}-err-${k.replace(',', '-')}`;
  const pasteId = `${baseId}-paste`;
  const pasteErrorId = `${baseId}-paste-err`;
  const inputMode = numberInputMode(min, false);
  const handlers = useRef<CellHandlers>({
    register: () => {},
    change: () => {},
    commit: () => {},
    keyDown: () => {},
    paste: () => {},
  });
  handlers.current = {
    register: (k, el) => {
      if (el) cells.current.set(k, el);
      else cells.current.delete(k);
    },
    change: (k, t) => setDrafts((d) => ({ ...d, [k]: t })),
    commit,
    keyDown: onCellKeyDown,
    paste: onCellPaste,
  };

  return (
    <fieldset id={baseId} className={cx(styles.matrix, className)} disabled={disabled}>
      <legend className={hideLabel ? styles.srOnly : styles.legend}>{label}</legend>
      {m === 0 || n === 0 ? (
        <p className={styles.hint}>Empty matrix.</p>
      ) : (
        <div className={styles.matrixScroll}>
          <table className={styles.matrixTable}>
            {colLabels && (
              <thead>
                <tr>
                  {rowLabels && <td />}
                  {Array.from({ length: n }, (_, c) => (
                    <th key={c} scope="col">
                      {colLabels[c] ?? c + 1}
                    </th>
                  ))}
                </tr>
              </thead>
            )}
            <tbody>
              {Array.from({ length: m }, (_, r) => (
                <tr key={r}>
                  {rowLabels && <th scope="row">{rowLabels[r] ?? r + 1}</th>}
                  {Array.from({ length: n }, (_, c) => {
                    const p = { row: r, col: c };
                    const k = key(p);
                    return (
                      <td key={c}>
                        <MatrixCell
                          row={r}
                          col={c}
                          value={drafts.current[k] ?? display(p)}
                          label={cellName(p, rowLabels, colLabels)}
                          inputMode={inputMode}
                          describedBy={errors[k] !== undefined ? errorId(k) : undefined}
                          handlers={handlers}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {errorEntries.length > 0 && (
        <ul className={styles.errorList} role="alert">
          {errorEntries.map(({ k, message }) => (
            <li key={k} id={errorId(k)}>
              {message}
            </li>
          ))}
        </ul>
      )}
      {notice && (
        <p
          className={notice.tone === 'error' ? styles.message : styles.hint}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      )}
      <div className={styles.toolbar}>
        {allowResize && (
          <>
            <span className={styles.sizeGroup}>
              Rows
              <Button
                size="sm"
                iconOnly
                aria-label="Remove last row"
                disabled={m <= 1}
                onClick={() => resize(m - 1, n)}
              >
                −
              </Button>
              <span className={styles.sizeCount}>{m}</span>
              <Button
                size="sm"
                iconOnly
                aria-label="Add row"
                disabled={m >= maxRows}
                onClick={() => resize(m + 1, Math.max(n, 1))}
              >
                +
              </Button>
            </span>
            <span className={styles.sizeGroup}>
              Columns
              <Button
                size="sm"
                iconOnly
                aria-label="Remove last column"
                disabled={n <= 1}
                onClick={() => resize(m, n - 1)}
              >
                −
              </Button>
              <span className={styles.sizeCount}>{n}</span>
              <Button
                size="sm"
                iconOnly
                aria-label="Add column"
                disabled={n >= maxCols}
                onClick={() => resize(Math.max(m, 1), n + 1)}
              >
                +
              </Button>
            </span>
          </>
        )}
        <Button
          ref={pasteButton}
          size="sm"
          aria-expanded={pasteOpen}
          aria-controls={pasteOpen ? pasteId : undefined}
          onClick={() => (pasteOpen ? closePaste() : setPasteOpen(true))}
        >
          Paste…
        </Button>
      </div>
      {pasteOpen && (
        <div id={pasteId} className={styles.pastePanel}>
          <label htmlFor={`${pasteId}-text`} className={styles.label}>
            Paste rows from a spreadsheet, CSV, or [[1, 2], [3, 4]]
          </label>
          <textarea
            // biome-ignore lint/a11y/noAutofocus: the reader just opened this panel to paste into it.
            autoFocus
            id={`${pasteId}-text`}
            className={styles.textarea}
            value={pasteText}
            spellCheck={false}
            aria-invalid={pasteError ? true : undefined}
            aria-describedby={pasteError ? pasteErrorId : undefined}
            onChange={(e) => {
              setPasteText(e.currentTarget.value);
              setPasteError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                closePaste();
              } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                applyPaste();
              }
            }}
          />
          {pasteError && (
            <p id={pasteErrorId} role="alert" className={styles.message}>
              {pasteError}
            </p>
          )}
          <div className={styles.actions}>
            <Button size="sm" variant="primary" onClick={applyPaste}>
              Apply
            </Button>
            <Button size="sm" variant="ghost" onClick={closePaste}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
