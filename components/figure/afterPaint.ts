'use client';
// Heavy pictures drawn after the input that changed them has been painted.
import { startTransition, useContext, useEffect, useLayoutEffect, useState } from 'react';
import { useWidgetParams, type WidgetState } from './store';
import { TaskBusyContext } from './taskBusy';

/** How long a page that paints no frames (a hidden tab) waits before it takes a new value anyway. */
const NO_FRAME_MS = 100;

/**
 * `value` as it was when the page last painted: a new value comes back only after the frame that shows the
 * input behind it and one more (a task posted from the second requestAnimationFrame runs once that frame is
 * done, so the key-up that follows a key-down is painted before it), in a transition,
 * so a slow redraw never delays the control's own paint and the next input interrupts it. React's
 * useDeferredValue starts the background render at once, and on a busy machine its commit often lands
 * before that frame. The first render returns `value` itself; a page without frames gets it after 100 ms.
 * While the two differ, the widget around is marked `aria-busy` (through its frame's TaskBusyContext, in the
 * same commit, so a test or a screen reader never sees the stale picture as settled).
 * Example: `const shown = useAfterPaint(params)`.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  const behind = !Object.is(shown, value);
  const markBusy = useContext(TaskBusyContext);
  useLayoutEffect(() => {
    if (!behind || !markBusy) return;
    markBusy(1);
    return () => markBusy(-1);
  }, [behind, markBusy]);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let task: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const show = () => startTransition(() => setShown(() => value));
    const fallback = setTimeout(() => {
      cancelAnimationFrame(frame);
      show();
    }, NO_FRAME_MS);
    // Two frames: the key-up (or input event) that follows a key-down a few ms later is handled and painted
    // in the first, before the heavy render can hold up its paint.
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        clearTimeout(fallback);
        task = setTimeout(show, 0);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
      clearTimeout(task);
    };
  }, [value, shown]);
  return shown;
}

/**
 * The widget's parameters for drawing, `[params, live, setParam]`: `params` follows `live` once the control
 * that changed has been painted ({@link useAfterPaint}), so a heavy picture never delays the input's own paint
 * and the next input interrupts it. Controls and key handlers that step from the current value read `live`;
 * while `params !== live` a redraw is pending, and the widget is marked `aria-busy` for it.
 */
export function useDeferredWidgetParams<P>(): [P, P, WidgetState<P>['setParam']] {
  const [live, setParam] = useWidgetParams<P>();
  return [useAfterPaint(live), live, setParam];
}

/**
 * `value` once it has held still for `ms` milliseconds (the first value at once): typed text goes to the worker
 * when typing pauses, not at every key. Example: `const settled = useDebounced(text, 200)`.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}
