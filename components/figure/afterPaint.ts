'use client';
// Heavy pictures drawn after the input that changed them has been painted.
import { startTransition, useEffect, useState } from 'react';

/** How long a page that paints no frames (a hidden tab) waits before it takes a new value anyway. */
const NO_FRAME_MS = 100;

/**
 * `value` as it was when the page last painted: a new value comes back only after the frame that shows the
 * input behind it (a task posted from requestAnimationFrame runs once that frame is done), in a transition,
 * so a slow redraw never delays the control's own paint and the next input interrupts it. React's
 * useDeferredValue starts the background render at once, and on a busy machine its commit often lands
 * before that frame. The first render returns `value` itself; a page without frames gets it after 100 ms.
 * Example: `const shown = useAfterPaint(params)`; mark the widget `aria-busy` while `shown !== params`.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let task: ReturnType<typeof setTimeout> | undefined;
    const show = () => startTransition(() => setShown(() => value));
    const fallback = setTimeout(() => {
      cancelAnimationFrame(frame);
      show();
    }, NO_FRAME_MS);
    const frame = requestAnimationFrame(() => {
      clearTimeout(fallback);
      task = setTimeout(show, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
      clearTimeout(task);
    };
  }, [value, shown]);
  return shown;
}
