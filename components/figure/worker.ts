'use client';

import { startTransition, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { FromWorker, ToWorker } from '@/workers/protocol';
import type { TaskInput, TaskName, TaskOutput, TaskPartial } from '@/workers/tasks';
import { TaskBusyContext } from './taskBusy';
import { taskKey } from './taskKey';

/** The types widgets need from the task table, so that no widget imports a worker module. */
export type { TaskInput, TaskName, TaskOutput, TaskPartial };

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

export interface RunTaskOptions<N extends TaskName> {
  /** Progress in [0, 1], with what a streaming task attaches to the report. */
  onProgress?: (fraction: number, partial?: TaskPartial<N>) => void;
  signal?: AbortSignal;
}

/**
 * Runs a named task from workers/tasks.ts in the shared Web Worker (inline if workers are unavailable).
 * `signal` cancels it: the promise rejects with CancelledError and the task stops at its next step.
 */
export function runTask<N extends TaskName>(
  task: N,
  input: TaskInput<N>,
  options: RunTaskOptions<N> = {},
): Promise<TaskOutput<N>> {
  const { signal } = options;
  const onProgress = options.onProgress as Pending['onProgress'];
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
      if (signal?.aborted) throw new CancelledError();
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
 * A value computed in the worker from `input`: runs `task` whenever the input's value changes (its
 * {@link taskKey}, so a new object with the same values does not rerun it); pass null to run nothing. Older
 * runs are cancelled, so only the latest input's result ever lands, rendered as a transition.
 */
export function useTask<N extends TaskName>(task: N, input: TaskInput<N> | null): TaskState<TaskOutput<N>> {
  // `key` is the input the result, error or progress belongs to: pending is known in the very render that
  // changes the input, not one effect later (the figure runtime waits for pending work before showing it).
  const [state, setState] = useState<{
    data: TaskOutput<N> | null;
    done: string | null;
    error: string | null;
    progress: { key: string | null; value: number };
  }>({ data: null, done: null, error: null, progress: { key: null, value: 0 } });
  const key = input === null ? null : `${task}:${taskKey(input)}`;
  const inputRef = useRef(input);
  inputRef.current = input;

  // `key` stands for the input (read from the ref), so the effect reruns when the input's value changes.
  useEffect(() => {
    const current = inputRef.current;
    if (current === null) return;
    const controller = new AbortController();
    runTask(task, current, {
      signal: controller.signal,
      onProgress: (value) => startTransition(() => setState((s) => ({ ...s, progress: { key, value } }))),
    }).then(
      // A transition: React renders what a large result changes in slices between input events, so its
      // arrival never blocks the page for long (only the commit to the DOM is one piece).
      (data) => startTransition(() => setState((s) => ({ ...s, data, done: key, error: null }))),
      (err: Error) => {
        if (err instanceof CancelledError) return;
        setState((s) => ({ ...s, done: key, error: err.message }));
      },
    );
    return () => controller.abort();
  }, [task, key]);

  const pending = key !== null && state.done !== key;
  const markBusy = useContext(TaskBusyContext);
  useEffect(() => {
    if (!pending || !markBusy) return;
    markBusy(1);
    return () => markBusy(-1);
  }, [pending, markBusy]);
  return {
    data: state.data,
    pending,
    progress: pending ? (state.progress.key === key ? state.progress.value : 0) : 1,
    error: state.done === key ? state.error : null,
  };
}

/** Where a run started by {@link useRun} stands. */
export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface RunState<R, P> {
  status: RunStatus;
  /** Progress of the running (or last) run, in [0, 1]. */
  progress: number;
  /** What the job returned (status 'done'). */
  result: R | null;
  /** What the job has streamed so far (kept after a cancel, so a paused run still shows its curves). */
  partial: P | null;
  error: string | null;
}

/** What a job started by {@link useRun} is given. */
export interface RunContext<P> {
  signal: AbortSignal;
  /** Reports progress in [0, 1]; with `update`, also folds new streamed data into the run's `partial`. */
  progress: (fraction: number, update?: (previous: P | null) => P) => void;
  /** {@link runTask} bound to this run's signal. */
  task: <N extends TaskName>(
    task: N,
    input: TaskInput<N>,
    onProgress?: RunTaskOptions<N>['onProgress'],
  ) => Promise<TaskOutput<N>>;
}

export interface Run<R, P> extends RunState<R, P> {
  /** Cancels any run in progress and starts `job`; its return value becomes `result`. */
  start: (job: (ctx: RunContext<P>) => Promise<R>, options?: { keepPartial?: boolean }) => void;
  /** Stops the run in progress (status 'cancelled'; `partial` is kept). */
  cancel: () => void;
  /** Stops any run and forgets everything (status 'idle'). */
  reset: () => void;
}

const IDLE = { status: 'idle', progress: 0, result: null, partial: null, error: null } as const;

/**
 * The one run-state machine for work a reader starts (a timing race, an experiment, a training loop):
 * idle → running → done | cancelled | error, with progress, streamed partial data, cancel, reset, and cleanup
 * on unmount. When any value in `resetOn` changes, a run in progress is cancelled and the state cleared, so a
 * result never outlives the parameters it was computed with.
 */
export function useRun<R, P = never>(resetOn: readonly unknown[] = []): Run<R, P> {
  const [state, setState] = useState<RunState<R, P>>(IDLE);
  const controller = useRef<AbortController | null>(null);

  const stop = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
  }, []);

  const reset = useCallback(() => {
    stop();
    setState(IDLE);
  }, [stop]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the listed values are the trigger.
  useEffect(reset, resetOn);
  useEffect(() => stop, [stop]);

  const start = useCallback<Run<R, P>['start']>(
    (job, options = {}) => {
      stop();
      const mine = new AbortController();
      controller.current = mine;
      const live = () => controller.current === mine && !mine.signal.aborted;
      setState((s) => ({
        status: 'running',
        progress: 0,
        result: null,
        partial: options.keepPartial ? s.partial : null,
        error: null,
      }));
      const ctx: RunContext<P> = {
        signal: mine.signal,
        progress: (fraction, update) => {
          if (!live()) return;
          setState((s) => ({ ...s, progress: fraction, partial: update ? update(s.partial) : s.partial }));
        },
        task: (name, input, onProgress) => runTask(name, input, { signal: mine.signal, onProgress }),
      };
      job(ctx).then(
        (result) => {
          if (!live()) return;
          controller.current = null;
          setState((s) => ({ ...s, status: 'done', progress: 1, result }));
        },
        (err: unknown) => {
          if (controller.current !== mine) return;
          controller.current = null;
          if (err instanceof CancelledError || mine.signal.aborted) {
            setState((s) => ({ ...s, status: 'cancelled' }));
            return;
          }
          setState((s) => ({
            ...s,
            status: 'error',
            error: err instanceof Error ? err.message : String(err),
          }));
        },
      );
    },
    [stop],
  );

  const cancel = useCallback(() => {
    const running = controller.current;
    if (!running) return;
    controller.current = null;
    running.abort();
    setState((s) => (s.status === 'running' ? { ...s, status: 'cancelled' } : s));
  }, []);

  return { ...state, start, cancel, reset };
}
