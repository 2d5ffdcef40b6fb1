'use client';

import { type CSSProperties, type RefObject, useCallback, useEffect, useReducer, useState } from 'react';

import type { ReservedHeight } from './reservedHeights';

/**
 * Holds a widget's box (`box`) at its measured height from the first paint, so the page does not move when the
 * widget's code arrives and draws (no layout shift, no empty band). The box lets go once the widget has
 * settled (call `settled`) and the box is out of view, where a change of its height moves nothing the reader
 * sees (content above the viewport is held in place by scroll anchoring); or at the reader's first click,
 * key press or edit inside it, after which a change of height is the reader's own doing. The measured height
 * is taken at 360 px, so on a wider phone the widget draws less: letting go keeps that from staying a blank band.
 * Spread `props` on the element that holds `.widget-root` (figure.css).
 */
export function useReservedBox(height: ReservedHeight | undefined, box: RefObject<HTMLElement | null>) {
  const [held, setHeld] = useState(height !== undefined);
  const [isSettled, settled] = useReducer(() => true, false);
  const release = useCallback(() => setHeld(false), []);
  useEffect(() => {
    const el = box.current;
    if (!held || !isSettled || !el) return;
    const observer = new IntersectionObserver((entries) => entries[0]?.isIntersecting || release());
    observer.observe(el);
    return () => observer.disconnect();
  }, [held, isSettled, box, release]);
  if (!held || !height) return { props: {}, settled };
  return {
    props: {
      'data-reserve': '',
      style: {
        '--reserve-phone': `${height.phone}px`,
        '--reserve-desktop': `${height.desktop}px`,
      } as CSSProperties,
      // After the press, not at pointerdown: letting go then could move the target before the click lands.
      onClickCapture: release,
      onKeyDownCapture: release,
      onChangeCapture: release,
    },
    settled,
  };
}
