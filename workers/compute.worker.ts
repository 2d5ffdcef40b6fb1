/// <reference lib="webworker" />
/**
 * The one Web Worker entry point: runs named tasks from ./tasks for every widget that needs heavy work.
 * Messages: {type:'run', id, task, input} in; {type:'progress'|'result'|'error', id, …} out (a progress
 * message may carry a task's streamed `partial`).
 */
import type { FromWorker, ToWorker } from './protocol';
import { runTaskInline } from './tasks';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const cancelled = new Set<number>();

function post(message: FromWorker, transfer: Transferable[] = []) {
  scope.postMessage(message, transfer);
}

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'cancel') {
    cancelled.add(msg.id);
    return;
  }
  const { id } = msg;
  try {
    const result = await runTaskInline(msg.task, msg.input, {
      progress: (value, partial) =>
        post(
          partial === undefined ? { type: 'progress', id, value } : { type: 'progress', id, value, partial },
        ),
      cancelled: () => cancelled.has(id),
    });
    if (!cancelled.has(id)) post({ type: 'result', id, value: result.value }, result.transfer);
  } catch (err) {
    post({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
  } finally {
    cancelled.delete(id);
  }
};
