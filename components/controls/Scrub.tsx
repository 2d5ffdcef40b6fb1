'use client';

import { type KeyboardEvent, type PointerEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { clampToStep, formatEditable, validateNumber } from '@/lib/parse/number';
import { applyStepAction, stepActionForKey } from './keys';
import styles from './Scrub.module.css';
import { SCRUB_CLICK_SLOP_PX, scrubValue } from './scrubDrag';
import { cx, safeFormat, useControlId } from './util';

/** Props of {@link Scrub}. */
export interface ScrubProps {
  /** Accessible name (the surrounding prose gives sighted readers the context). */
  label: string;
  value: number;
  min: number;
  max: number;
  /** Grid spacing, anchored at `min` (default 1). */
  step?: number;
  onChange: (value: number) => void;
  /** Text shown in the prose and used as `aria-valuetext` (default: the number without float noise). */
  format?: (value: number) => string;
  disabled?: boolean;
  /** Tooltip (default explains drag, keys and click-to-type). */
  title?: string;
  id?: string;
  className?: string;
}

const DEFAULT_TITLE = 'Drag left or right, or use the arrow keys. Click or press Enter to type a value.';
const MESSAGE_MS = 2500;
/** Gap kept between the message and the edges of the viewport, in CSS pixels. */
const MESSAGE_EDGE_PX = 8;

interface DragState {
  pointerId: number;
  startX: number;
  startValue: number;
  moved: boolean;
  last: number;
}

/**
 * An inline draggable number for prose ("Draggable"): a dotted-underlined `<span role="slider">`.
 * Drag horizontally with mouse, pen or touch (pointer capture; 4 px per step, fewer for long ranges so the
 * whole range fits in 300 px). Keys: ArrowRight/Up +step, ArrowLeft/Down −step, Shift ×10, PageUp/PageDown
 * ±10 steps, Home/End min/max. A click without movement, or Enter, opens an inline text field: Enter
 * commits (snapped to the step grid), Escape cancels, invalid text shows a brief message and keeps the
 * old value. A NaN value shows `—`.
 *
 * @example <Scrub label="Number of heads" value={h} min={1} max={16} onChange={setH} />
 */
export function Scrub({
  label,
  value,
  min,
  max,
  step = 1,
  onChange,
  format,
  disabled,
  title,
  id,
  className,
}: ScrubProps) {
  const sliderId = useControlId(id);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const drag = useRef<DragState | null>(null);
  const sliderRef = useRef<HTMLSpanElement>(null);
  const messageRef = useRef<HTMLSpanElement>(null);
  const editDone = useRef(false);
  const refocus = useRef(false);
  const messageTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const shown = safeFormat(value, format);
  const range = { min, max, step };

  useEffect(() => () => clearTimeout(messageTimer.current), []);

  useEffect(() => {
    if (!editing && refocus.current) {
      refocus.current = false;
      sliderRef.current?.focus();
    }
  }, [editing]);

  // The message hangs from the number's left edge, so for a number near the right edge of a phone it stuck
  // out of the viewport (cut off, and scrolling the page sideways): pull it left by the overhang.
  useLayoutEffect(() => {
    const el = messageRef.current;
    if (!el || !message) return;
    el.style.left = '';
    const rect = el.getBoundingClientRect();
    const overhang = rect.right - (document.documentElement.clientWidth - MESSAGE_EDGE_PX);
    const shift = Math.min(overhang, rect.left - MESSAGE_EDGE_PX);
    if (shift > 0) el.style.left = `${-shift}px`;
  }, [message]);

  const flash = (msg: string) => {
    setMessage(msg);
    clearTimeout(messageTimer.current);
    messageTimer.current = setTimeout(() => setMessage(null), MESSAGE_MS);
  };

  const emit = (next: number) => {
    if (next !== value) onChange(next);
  };

  const startEditing = () => {
    if (disabled) return;
    editDone.current = false;
    setText(formatEditable(value, { missing: '' }));
    setMessage(null);
    setEditing(true);
  };

  const finishEditing = (commit: boolean, returnFocus: boolean) => {
    if (editDone.current) return;
    editDone.current = true;
    if (commit) {
      const result = validateNumber(text, { min, max });
      if (result.ok) emit(clampToStep(result.value, min, max, step));
      else flash(`${result.message}; kept ${shown}`);
    }
    refocus.current = returnFocus;
    setEditing(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLSpanElement>) => {
    if (disabled) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      startEditing();
      return;
    }
    const action = stepActionForKey(e.key, e.shiftKey);
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    emit(applyStepAction(value, action, min, max, step));
  };

  const onPointerDown = (e: PointerEvent<HTMLSpanElement>) => {
    if (disabled || !e.isPrimary || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    drag.current = {
      pointerId: e.pointerId,
      startX: e.clientX,
      startValue: value,
      moved: false,
      last: value,
    };
  };

  const onPointerMove = (e: PointerEvent<HTMLSpanElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const dx = e.clientX - d.startX;
    if (!d.moved) {
      if (Math.abs(dx) < SCRUB_CLICK_SLOP_PX) return;
      d.moved = true;
      setDragging(true);
    }
    const next = scrubValue(d.startValue, dx, range);
    if (next !== d.last) {
      d.last = next;
      onChange(next);
    }
  };

  const endDrag = (e: PointerEvent<HTMLSpanElement>, click: boolean) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    drag.current = null;
    setDragging(false);
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    if (click && !d.moved) startEditing();
  };

  if (editing) {
    return (
      <span className={cx(styles.scrubWrap, className)}>
        <input
          // biome-ignore lint/a11y/noAutofocus: the reader asked to type a value by clicking or pressing Enter.
          autoFocus
          id={sliderId}
          type="text"
          inputMode={min < 0 ? 'text' : 'decimal'}
          autoComplete="off"
          spellCheck={false}
          aria-label={label}
          className={styles.scrubInput}
          style={{ width: `${Math.max(4, text.length + 2)}ch` }}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onFocus={(e) => e.currentTarget.select()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              finishEditing(true, true);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              finishEditing(false, true);
            }
          }}
          onBlur={() => finishEditing(true, false)}
        />
      </span>
    );
  }

  return (
    <span className={cx(styles.scrubWrap, className)}>
      <span
        ref={sliderRef}
        id={sliderId}
        role="slider"
        tabIndex={disabled ? -1 : 0}
        aria-label={label}
        aria-valuemin={min}
        aria-valuemax={max}
        aria-valuenow={Number.isFinite(value) ? value : undefined}
        aria-valuetext={shown}
        aria-disabled={disabled || undefined}
        aria-orientation="horizontal"
        title={title ?? DEFAULT_TITLE}
        className={cx(styles.scrub, dragging && styles.scrubDragging)}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={(e) => endDrag(e, true)}
        onPointerCancel={(e) => endDrag(e, false)}
        onLostPointerCapture={(e) => endDrag(e, false)}
      >
        {shown}
      </span>
      {message && (
        <span ref={messageRef} role="alert" className={styles.scrubMessage}>
          {message}
        </span>
      )}
    </span>
  );
}
