'use client';
// A module of its own, so the figure frame can provide it without pulling the worker client into a page's
// first load.
import { createContext } from 'react';

/**
 * Where the jobs of the widget around report that they run (+1) and end (−1): WidgetFrame marks the widget's
 * root `aria-busy` while any does, so assistive technology, the figure's settling and the tests can wait.
 */
export const TaskBusyContext = createContext<((delta: 1 | -1) => void) | null>(null);
