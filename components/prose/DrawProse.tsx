'use client';

import { useEffect } from 'react';
import { PART_DRAWN_EVENT } from '@/components/site/ScrollCues';

/** Set on each part of the prose once it is drawn for good; prose.css skips undrawn parts while off screen. */
export const DRAWN_ATTRIBUTE = 'data-drawn';

/** Set on <html> once every part of the prose is drawn. */
export const PROSE_DRAWN_ATTRIBUTE = 'data-prose-drawn';

/**
 * Draws the article's prose a few parts at a time while the browser is idle after the page has loaded.
 *
 * Until then `content-visibility: auto` (prose.css) leaves the parts far from the viewport unlaid, so the
 * page's first layouts cover only what the reader sees. Left at that, a part would be laid out only when the
 * reader scrolls near it, and one who jumps far (a dragged scroll bar) would land among placeholder heights
 * that then grow. Drawing every part in short idle slices, top first, lets the page settle to its true
 * height without a long task; a part above the viewport that grows is held in place by scroll anchoring.
 * Renders nothing.
 */
export function DrawProse() {
  useEffect(() => {
    const parts = [...document.querySelectorAll('.article-body > *')].filter(
      (el) => getComputedStyle(el).contentVisibility === 'auto',
    );
    const html = document.documentElement;
    if (parts.length === 0) {
      html.setAttribute(PROSE_DRAWN_ATTRIBUTE, '');
      return () => html.removeAttribute(PROSE_DRAWN_ATTRIBUTE);
    }
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50));
    const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
    let next = 0;
    let pending: number | undefined;
    const draw = (part: Element) => {
      if (!part.hasAttribute(DRAWN_ATTRIBUTE)) {
        part.setAttribute(DRAWN_ATTRIBUTE, '');
        part.dispatchEvent(new Event(PART_DRAWN_EVENT, { bubbles: true }));
      }
      return part as HTMLElement;
    };
    // One part at a time, and another only while the slice is under 3 ms: laying out a part of prose costs
    // 2–20 ms on a desktop CPU (KaTeX is most of it), and a slow phone takes about four times as long, so a
    // slice that starts a second expensive part becomes a long task there.
    const drawSome = () => {
      const end = performance.now() + 3;
      while (next < parts.length && performance.now() < end) {
        // Laid out now, inside this slice, rather than all together in the next frame.
        void draw(parts[next++] as HTMLElement).offsetHeight;
      }
      if (next < parts.length) pending = idle(drawSome);
      else {
        pending = undefined;
        html.setAttribute(PROSE_DRAWN_ATTRIBUTE, '');
      }
    };
    const start = () => {
      pending = idle(drawSome);
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    // Paint containment would clip a citation card opened in an undrawn part: a part the reader points at or
    // moves focus into is drawn at once.
    const drawNow = (event: Event) => {
      const part = event.target instanceof Element ? event.target.closest('.article-body > *') : null;
      if (part) draw(part);
    };
    document.addEventListener('pointerover', drawNow, true);
    document.addEventListener('focusin', drawNow, true);
    return () => {
      window.removeEventListener('load', start);
      document.removeEventListener('pointerover', drawNow, true);
      document.removeEventListener('focusin', drawNow, true);
      if (pending !== undefined) cancelIdle(pending);
      html.removeAttribute(PROSE_DRAWN_ATTRIBUTE);
    };
  }, []);
  return null;
}
