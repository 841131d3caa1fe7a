/**
 * What the extension has done, read in Firefox from an extension page (which neither wakes nor
 * changes the worker): alarms, notifications, history, storage, the toolbar badge.
 */
import type { Settings } from '@/utils/settings/schema';
import { settingsItems } from '../alarm-settings';
import type { FirefoxHarness } from './harness';

export interface StoredEvent {
  type: string;
  outcome?: string;
  kind?: string;
  amountMl?: number;
}

/** What Firefox's `notifications.getAll()` gives: each notification's options (Chrome gives `true`). */
export interface ShownNotification {
  title: string;
  message: string;
  iconUrl?: string;
  buttons?: unknown;
  requireInteraction?: unknown;
}

export const alarmsNow = (ff: FirefoxHarness): Promise<Record<string, number>> =>
  ff.inExtension(async () =>
    Object.fromEntries((await browser.alarms.getAll()).map((a) => [a.name, a.scheduledTime] as const)),
  );

export const notificationsNow = (ff: FirefoxHarness) =>
  ff.inExtension(() => browser.notifications.getAll()) as Promise<unknown> as Promise<
    Record<string, ShownNotification>
  >;

export const historyNow = (ff: FirefoxHarness): Promise<StoredEvent[]> =>
  ff.inExtension(async () =>
    Object.entries(await browser.storage.local.get(null))
      .filter(([key]) => key.startsWith('day:'))
      .flatMap(([, events]) => events as StoredEvent[]),
  );

/** Both storage areas as one string: "unchanged" means byte for byte. */
export const storageNow = (ff: FirefoxHarness): Promise<string> =>
  ff.inExtension(async () =>
    JSON.stringify([await browser.storage.sync.get(null), await browser.storage.local.get(null)]),
  );

/** Storage once the worker has finished reacting to the last change: the same across half a second. */
export async function settledStorage(ff: FirefoxHarness): Promise<string> {
  let last = await storageNow(ff);
  for (let i = 0; i < 30; i++) {
    await new Promise((done) => setTimeout(done, 500));
    const now = await storageNow(ff);
    if (now === last) return now;
    last = now;
  }
  throw new Error('storage kept changing');
}

export const badgeNow = (ff: FirefoxHarness): Promise<string> => ff.inExtension(() => browser.action.getBadgeText({}));

/** Write settings to storage.sync as the options page does (the worker re-arms from onChanged). */
export async function writeSettings(ff: FirefoxHarness, settings: Settings): Promise<void> {
  await ff.inExtension((items) => browser.storage.sync.set(items), settingsItems(settings));
}
