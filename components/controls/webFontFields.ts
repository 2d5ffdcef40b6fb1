'use client';
// Text fields drawn before the web-font slice for their characters arrived keep the fallback's empty boxes:
// Chromium re-shapes page text when a font loads but not the text inside an <input> or <textarea> (seen with
// Noto Sans SC on a machine without CJK fonts: the OCR sentence field showed boxes until edited). Editing the
// value is what re-shapes it, so when fonts finish loading each field with text beyond Latin-1 is edited and
// restored, keeping the caret, the selection and the scroll position.
import { useEffect } from 'react';

/** Input types whose value is drawn as text. */
const TEXT_INPUTS = new Set(['text', 'search', 'url', 'email', 'tel', '']);

let installed = false;
let composing = false;

/**
 * Re-shape the text of every text field under `root` whose value has a character beyond Latin-1 (the web
 * font's slices), except a field in the middle of an IME composition. Returns how many fields were touched.
 * Example: `repaintTextFields(document)` → 1 on the OCR embed page.
 */
export function repaintTextFields(root: ParentNode): number {
  let touched = 0;
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    if (el instanceof HTMLInputElement && !TEXT_INPUTS.has(el.type)) continue;
    const value = el.value;
    if (!/[\u0100-\uffff]/.test(value)) continue;
    const focused = el === document.activeElement;
    if (focused && composing) continue;
    const { selectionStart, selectionEnd, selectionDirection, scrollTop, scrollLeft } = el;
    el.value = `${value} `;
    void el.offsetHeight;
    el.value = value;
    if (focused && selectionStart !== null && selectionEnd !== null)
      el.setSelectionRange(selectionStart, selectionEnd, selectionDirection ?? undefined);
    el.scrollTop = scrollTop;
    el.scrollLeft = scrollLeft;
    touched += 1;
  }
  return touched;
}

/**
 * Install, once per page, the listener that re-shapes text fields whenever web fonts finish loading (see
 * {@link repaintTextFields}). `Field` calls it, so every labelled field of a widget is covered.
 */
export function useWebFontFields(): void {
  useEffect(() => {
    if (installed || typeof document === 'undefined' || !document.fonts) return;
    installed = true;
    document.fonts.addEventListener('loadingdone', () => repaintTextFields(document));
    document.addEventListener('compositionstart', () => {
      composing = true;
    });
    document.addEventListener('compositionend', () => {
      composing = false;
    });
  }, []);
}
