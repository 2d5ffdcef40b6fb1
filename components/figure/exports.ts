'use client';

import { createContext, useContext, useEffect, useRef } from 'react';

/** The main numbers a widget shows, offered by the figure menu as CSV and JSON. */
export interface ExportData {
  /** File name stem, e.g. "attention-mask-n16". */
  name: string;
  /** A matrix (rows of numbers) or a vector (one row). */
  rows: number[][];
  rowLabels?: string[];
  colLabels?: string[];
  /** Extra facts recorded in the JSON (parameters, counts). */
  meta?: Record<string, unknown>;
}

export type ExportGetter = () => ExportData | null;

export interface ExportRegistry {
  set(getter: ExportGetter | null): void;
}

export const ExportContext = createContext<ExportRegistry | null>(null);

/**
 * Offers the widget's main data to its figure's "Copy data" menu. The getter is called only when the reader
 * asks, so it may do real work; it always sees the latest render's values.
 */
export function useExportData(getter: ExportGetter) {
  const registry = useContext(ExportContext);
  const ref = useRef(getter);
  ref.current = getter;
  useEffect(() => {
    if (!registry) return;
    registry.set(() => ref.current());
    return () => registry.set(null);
  }, [registry]);
}
