/**
 * Only in test builds (`--mode test`): the browser tests cannot click a notification, so they
 * call the same functions the listeners call. A release build has no reference to this file.
 */
import type { Worker } from './worker';

export function exposeTestHooks(worker: Worker): void {
  Object.assign(globalThis, {
    glowTest: {
      onButton: worker.onButton,
      onClick: worker.onClick,
      onClosed: worker.onClosed,
      onIdleState: worker.onIdleState,
      reconcile: worker.reconcile,
    },
  });
}
