/**
 * Only in test builds (`--mode test`): the browser tests cannot click a notification or fire
 * `onInstalled`, so they call the same functions the listeners call, and can read the options
 * notifications were created with. A release build has no reference to this file.
 */
import { type Browser, browser } from 'wxt/browser';
import { isCommand } from '@/utils/commands';
import type { ReminderKind } from '@/utils/reminder-kinds';
import { onCommand } from './commands';
import type { InstallReason } from './install';
import type { Worker } from './operations';

export function exposeTestHooks(worker: Worker, installed: (reason: InstallReason) => Promise<void>): void {
  const created: { id: string; options: unknown; at: number }[] = [];
  // Blocked notifications: Firefox has no switch for one extension's, and no headless browser
  // lets a test flip Chrome's, so a test build can make `create` fail as a blocked one does.
  let blocked = false;
  type Options = Browser.notifications.NotificationCreateOptions;
  const create = browser.notifications.create.bind(browser.notifications) as (
    id: string,
    options: Options,
  ) => Promise<string>;
  Object.assign(browser.notifications, {
    create: (id: string, options: Options) => {
      created.push({ id, options, at: Date.now() });
      return blocked ? Promise.reject(new Error('')) : create(id, options);
    },
  });
  Object.assign(globalThis, {
    glowTest: {
      created,
      onAlarm: worker.onAlarm,
      onButton: worker.onButton,
      onClick: worker.onClick,
      onClosed: worker.onClosed,
      onIdleState: worker.onIdleState,
      /** A keyboard shortcut, as its listener handles it: headless browsers cannot press one. */
      onCommand: (name: string) => (isCommand(name) ? onCommand(worker, name) : Promise.reject(new Error(name))),
      onWindowChange: worker.onWindowChange,
      /** As the browser calls it: an update (alarms wiped) unless the reason says otherwise. */
      onInstalled: (reason: InstallReason = 'update') => installed(reason),
      blockNotifications: (on: boolean) => {
        blocked = on;
      },
      /** Move a kind's countdown anchor (as a logged activity would, ending a snooze) and re-arm. */
      setAnchor: (kind: ReminderKind, anchor: number) =>
        worker.transact((tx) => {
          Object.assign(tx.state.kinds[kind], { anchor, snoozeUntil: null });
        }),
    },
  });
}
