'use client';

import { useEffect, useRef, useState } from 'react';
import type { FromWorker, TaskInput, TaskName, TaskOutput, ToWorker } from '@/workers/tasks';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (fraction: number, partial?: unknown) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  worker = new Worker(new URL('../../workers/compute.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const msg = event.data;
    const p = pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') p.onProgress?.(msg.value, msg.partial);
    else {
      pending.delete(msg.id);
      if (msg.type === 'result') p.resolve(msg.value);
      else p.reject(new Error(msg.message));
    }
  };
  worker.onerror = (event) => {
    for (const p of pending.values()) p.reject(new Error(event.message || 'The worker failed.'));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * Runs a named task from workers/tasks.ts in the shared Web Worker (inline if workers are unavailable).
 * `signal` cancels it: the promise rejects with CancelledError and the task stops at its next step.
 * `onProgress(fraction, partial)` also receives what a streaming task attaches to its progress reports.
 */
export function runTask<N extends TaskName>(
  task: N,
  input: TaskInput<N>,
  options: { onProgress?: (fraction: number, partial?: unknown) => void; signal?: AbortSignal } = {},
): Promise<TaskOutput<N>> {
  const { onProgress, signal } = options;
  if (signal?.aborted) return Promise.reject(new CancelledError());
  const w = getWorker();
  if (!w) {
    return import('@/workers/tasks').then(async ({ runTaskInline }) => {
      const result = await runTaskInline(task, input, {
        progress: (f, partial) => {
          if (!signal?.aborted) onProgress?.(f, partial);
        },
        cancelled: () => signal?.aborted ?? false,
      });
      return result.value as TaskOutput<N>;
    });
  }
  const id = nextId++;
  return new Promise<TaskOutput<N>>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
    signal?.addEventListener(
      'abort',
      () => {
        if (!pending.has(id)) return;
        pending.delete(id);
        w.postMessage({ type: 'cancel', id } satisfies ToWorker);
        reject(new CancelledError());
      },
      { once: true },
    );
    w.postMessage({ type: 'run', id, task, input } satisfies ToWorker);
  });
}

export interface TaskState<T> {
  /** The latest finished result (kept while a newer one is computed, so views do not flash). */
  data: T | null;
  pending: boolean;
  progress: number;
  error: string | null;
}

/**
 * Runs `task` whenever `key` changes (pass null to run nothing); older runs are cancelled, so only the latest
 * input's result ever lands. `input` must be described completely by `key`.
 */
export function useTask<N extends TaskName>(
  task: N,
  input: TaskInput<N> | null,
  key: string,
): TaskState<TaskOutput<N>> {
  const [state, setState] = useState<TaskState<TaskOutput<N>>>({
    data: null,
    pending: false,
    progress: 0,
    error: null,
  });
  const inputRef = useRef(input);
  inputRef.current = input;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the input.
  useEffect(() => {
    const current = inputRef.current;
    if (current === null) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, pending: true, progress: 0, error: null }));
    runTask(task, current, {
      signal: controller.signal,
      onProgress: (progress) => setState((s) => ({ ...s, progress })),
    }).then(
      (data) => setState({ data, pending: false, progress: 1, error: null }),
      (err: Error) => {
        if (err instanceof CancelledError) return;
        setState((s) => ({ ...s, pending: false, error: err.message }));
      },
    );
    return () => controller.abort();
  }, [task, key]);

  return state;
}
