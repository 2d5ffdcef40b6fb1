/**
 * What a task and its caller share, apart from the tasks themselves: the context a task runs in, the shape of
 * its result, and the messages between the page and the worker. Task modules import this file (never
 * tasks.ts), so the task table at the top imports its tasks and nothing imports it back.
 */

export interface TaskContext<Partial = unknown> {
  /**
   * Reports progress in [0, 1]; a streaming task may attach a small structured-clone `partial` (new curve
   * points, a snapshot), which reaches `runTask`'s `onProgress(fraction, partial)`.
   */
  progress: (fraction: number, partial?: Partial) => void;
  /** True once the caller has cancelled; a long task should stop at its next step. */
  cancelled: () => boolean;
}

export interface TaskResult<O> {
  value: O;
  /** Buffers moved (not copied) back to the page. */
  transfer?: Transferable[];
}

/** Messages between the page and the worker. */
export type ToWorker =
  | { type: 'run'; id: number; task: string; input: unknown }
  | { type: 'cancel'; id: number };
export type FromWorker =
  | { type: 'progress'; id: number; value: number; partial?: unknown }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string };

/** Resolves on a later turn of the event loop, so a cancel message (or a progress post) can get through. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
