'use client';

import { type CSSProperties, useCallback, useState } from 'react';

import type { ReservedHeight } from './reservedHeights';

/**
 * Holds a widget's box at its measured height from the first paint, so the page does not move when the
 * widget's code arrives and draws (no layout shift, no empty band). The box lets go at the reader's first
 * pointer or key press inside it: from then on it follows what the widget draws, and a change of height is
 * the reader's own doing. Spread the returned props on the element that holds `.widget-root` (figure.css).
 */
export function useReservedBox(height: ReservedHeight | undefined) {
  const [held, setHeld] = useState(height !== undefined);
  const release = useCallback(() => setHeld(false), []);
  if (!held || !height) return {};
  return {
    'data-reserve': '',
    style: {
      '--reserve-phone': `${height.phone}px`,
      '--reserve-desktop': `${height.desktop}px`,
    } as CSSProperties,
    // After the press, not at pointerdown: letting go then could move the target before the click lands.
    onClickCapture: release,
    onKeyDownCapture: release,
    onChangeCapture: release,
  };
}
