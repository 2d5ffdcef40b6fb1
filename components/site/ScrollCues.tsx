'use client';
// Boxes that scroll sideways (a wide display equation, a table, a code block, a lattice) become reachable by
// keyboard and show a cue, but only while they actually scroll: a box that fits stays out of the tab order.
import { useEffect } from 'react';

/**
 * The boxes that may scroll sideways: prose math, tables and code, and any box marked `data-scroll-box`
 * (whose value, if any, names it).
 */
export const SCROLL_BOX_SELECTOR = '.katex-display, table, pre, [data-scroll-box]';

/**
 * What a scrolling box is called to a screen reader when it has no name of its own: its `data-scroll-box`
 * text, or what kind of box it is.
 */
function fallbackName(el: HTMLElement): string {
  const own = el.getAttribute('data-scroll-box');
  if (own) return `${own} (scrolls sideways)`;
  if (el.matches('.katex-display')) return 'Equation (scrolls sideways)';
  if (el.matches('table')) return 'Table (scrolls sideways)';
  if (el.matches('pre')) return 'Code (scrolls sideways)';
  return 'Scrolls sideways';
}

/**
 * Whether `el`'s content is skipped by `content-visibility: auto` (prose.css) on `el` or an ancestor, so that
 * measuring it would read a placeholder (and force the layout that content-visibility put off). A box hidden
 * otherwise (display: none, a closed <details>) is not skipped in this sense: it is measured as it is.
 */
function skipped(el: Element): boolean {
  if (!el.checkVisibility?.()) return false;
  const auto = { contentVisibilityAuto: true };
  if (!el.checkVisibility(auto)) return true;
  // A box with content-visibility of its own is drawn even while its content is skipped: ask its content.
  const child = el.firstElementChild;
  return (
    child !== null &&
    getComputedStyle(el).contentVisibility === 'auto' &&
    child.checkVisibility() &&
    !child.checkVisibility(auto)
  );
}

/** The event (bubbling) that DrawProse (components/prose) fires at a part of the prose it has drawn. */
export const PART_DRAWN_EVENT = 'frugal:part-drawn';

/**
 * Mark `el` by whether it scrolls sideways now: a scrolling box gets `data-scrolls` (the CSS cue), and
 * `tabindex="0"` and a fallback `aria-label` unless it has its own; a box that fits loses what was added.
 */
export function markScrollBox(el: HTMLElement): void {
  const scrolls = el.scrollWidth > el.clientWidth + 1;
  if (scrolls === el.hasAttribute('data-scrolls')) return;
  if (scrolls) {
    el.setAttribute('data-scrolls', '');
    if (!el.hasAttribute('tabindex')) {
      el.tabIndex = 0;
      el.setAttribute('data-scroll-added', 'tabindex');
      // A table named by its caption keeps that name; a span or div gets a name only with a role.
      const named =
        el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') || el.querySelector('caption');
      if (!named) {
        if (!el.matches('table')) el.setAttribute('role', 'region');
        el.setAttribute('aria-label', fallbackName(el));
        el.setAttribute('data-scroll-added', 'tabindex name');
      }
    }
  } else {
    el.removeAttribute('data-scrolls');
    const added = el.getAttribute('data-scroll-added') ?? '';
    if (added.includes('tabindex')) el.removeAttribute('tabindex');
    if (added.includes('name')) {
      el.removeAttribute('aria-label');
      if (!el.matches('table')) el.removeAttribute('role');
    }
    el.removeAttribute('data-scroll-added');
  }
}

/**
 * Watches every scroll box of the document (those present and those widgets add later) with one
 * ResizeObserver and marks each by whether it scrolls (`markScrollBox`). Renders nothing.
 */
export function ScrollCues() {
  useEffect(() => {
    const seen = new WeakSet<Element>();
    // A box whose content is skipped would read as fitting: it is measured when its part is drawn.
    const mark = (el: HTMLElement) => skipped(el) || markScrollBox(el);
    const resize = new ResizeObserver((entries) => {
      for (const entry of entries) {
        // A box a widget removed reports once more (at size 0): stop watching it, or it is kept forever.
        if (!entry.target.isConnected) {
          resize.unobserve(entry.target);
          seen.delete(entry.target);
        } else mark(entry.target as HTMLElement);
      }
    });
    const watch = (el: Element) => {
      if (seen.has(el) || !(el instanceof HTMLElement)) return;
      seen.add(el);
      resize.observe(el);
    };
    const scan = (root: Element | Document) => {
      if (root instanceof Element && root.matches(SCROLL_BOX_SELECTOR)) watch(root);
      for (const el of root.querySelectorAll(SCROLL_BOX_SELECTOR)) watch(el);
    };
    scan(document);
    const added = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          // SVG marks come and go on every slider step; no scroll box lives inside a drawing.
          if (node instanceof HTMLElement) scan(node);
        }
    });
    added.observe(document.body, { childList: true, subtree: true });
    const drawn = (event: Event) => {
      if (!(event.target instanceof Element)) return;
      for (const el of [event.target, ...event.target.querySelectorAll(SCROLL_BOX_SELECTOR)])
        if (seen.has(el)) mark(el as HTMLElement);
    };
    document.addEventListener(PART_DRAWN_EVENT, drawn);
    return () => {
      added.disconnect();
      resize.disconnect();
      document.removeEventListener(PART_DRAWN_EVENT, drawn);
    };
  }, []);
  return null;
}
