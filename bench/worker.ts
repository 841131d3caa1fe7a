/**
 * The worker's figures, driven from an extension page ("control"), as the release build has no
 * test hooks: first message answered with the worker running and stopped (cold start), and alarm →
 * notification shown with the worker running and stopped. Reading alarms and notifications from a
 * page does not wake the worker.
 */
import type { Page } from 'playwright-core';
import { alarmSettings, INTERVAL_MINUTES, settingsItems } from '@/e2e/alarm-settings';
import { type Harness, until } from '@/e2e/harness';
import { emptySeries, record, type Series } from './figures';

const DUE_ALARM = 'glow:due:hydration';
/** The worker's state in storage.local (entrypoints/background/state.ts). */
const STATE_KEY = 'worker';
/** How far ahead each alarm is armed: the worker must be stopped before it fires. */
const ALARM_LEAD_MS = 1500;

type Mode = 'running' | 'stopped';

export interface WorkerSamples {
  message: Record<Mode, Series>;
  alarm: Record<Mode, Series>;
  /** Runs that failed or could not count, with why. */
  notes: string[];
}

/** ms from sending `getSnapshot` (the protocol's message shape, as in e2e/harness.ts) to its answer. */
const timedSnapshot = (control: Page): Promise<number> =>
  control.evaluate(async () => {
    const start = performance.now();
    const response = await chrome.runtime.sendMessage({ id: Date.now(), type: 'getSnapshot', timestamp: Date.now() });
    if (response && typeof response === 'object' && 'err' in response) throw new Error(String(response.err));
    return performance.now() - start;
  });

const writeSettings = (control: Page, variant: number): Promise<void> =>
  control.evaluate((items) => chrome.storage.sync.set(items), settingsItems(alarmSettings(new Date(), variant)));

/** The worker's stored countdown anchor for hydration, as a logged drink would move it. */
const writeAnchor = (control: Page, anchor: number): Promise<void> =>
  control.evaluate(
    async ([key, at]) => {
      const state = ((await chrome.storage.local.get(key))[key] ?? {}) as {
        kinds?: Record<string, Record<string, unknown>>;
      };
      const kinds = state.kinds ?? {};
      kinds.hydration = { armedFor: null, snoozeUntil: null, ...kinds.hydration, anchor: at };
      await chrome.storage.local.set({ [key]: { ...state, kinds } });
    },
    [STATE_KEY, anchor] as const,
  );

/**
 * The due alarm's time once the worker has finished its transaction (it stores the time it armed
 * for after arming), or null while it is still working or nothing is armed.
 */
const settledAlarm = (control: Page): Promise<number | null> =>
  control.evaluate(
    async ([name, key]) => {
      const alarm = await chrome.alarms.get(name);
      const state = (await chrome.storage.local.get(key))[key] as { kinds?: { hydration?: { armedFor?: number } } };
      return alarm !== undefined && state?.kinds?.hydration?.armedFor === alarm.scheduledTime
        ? alarm.scheduledTime
        : null;
    },
    [DUE_ALARM, STATE_KEY] as const,
  );

/** Only our one alarm is left once the worker has applied alarmSettings (the defaults arm all three kinds). */
const onlyDueAlarm = (control: Page): Promise<boolean> =>
  control.evaluate(
    async (name) => (await chrome.alarms.getAll()).map((a: { name: string }) => a.name).join() === name,
    DUE_ALARM,
  );

const clearNotifications = (control: Page): Promise<void> =>
  control.evaluate(async () => {
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });

/** Poll every couple of ms until a notification exists; the epoch ms it was first seen, or null. */
const firstNotification = (control: Page, timeoutMs: number): Promise<number | null> =>
  control.evaluate(async (timeout) => {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (Object.keys(await chrome.notifications.getAll()).length > 0) return Date.now();
      await new Promise((r) => setTimeout(r, 2));
    }
    return null;
  }, timeoutMs);

/**
 * One alarm run: arms `glow:due:hydration` about ALARM_LEAD_MS ahead through storage only (the
 * worker's anchor, then a settings change so the worker reconciles) and times alarm → notification
 * seen. The delay in ms, null when no notification came, or 'late' when the worker had not stopped
 * before the alarm was due.
 */
async function alarmRun(harness: Harness, control: Page, mode: Mode, variant: number): Promise<number | null | 'late'> {
  await clearNotifications(control);
  const before = await settledAlarm(control);
  await writeAnchor(control, Date.now() + ALARM_LEAD_MS - INTERVAL_MINUTES * 60_000);
  await writeSettings(control, variant);
  // Stopping the worker before it has stored the new due time would make the alarm look stale.
  const due = await until(async () => {
    const at = await settledAlarm(control);
    return at !== null && at !== before && at - Date.now() < ALARM_LEAD_MS + 1000 ? at : null;
  });
  if (mode === 'stopped') {
    await harness.stopWorker();
    if (Date.now() >= due) {
      await until(() => settledAlarm(control));
      return 'late';
    }
  }
  const seen = await firstNotification(control, ALARM_LEAD_MS + 15_000);
  // The worker re-arms the next interval and stores its state after showing: wait for that.
  await until(async () => {
    const at = await settledAlarm(control);
    return at !== null && (at !== due || seen === null) ? at : null;
  });
  return seen === null ? null : seen - due;
}

export async function measureWorker(
  harness: Harness,
  control: Page,
  runs: { messages: number; alarms: number },
): Promise<WorkerSamples> {
  const s: WorkerSamples = {
    message: { running: emptySeries(), stopped: emptySeries() },
    alarm: { running: emptySeries(), stopped: emptySeries() },
    notes: [],
  };
  for (let i = 0; i < runs.messages; i++) {
    record(s.message.running, await timedSnapshot(control));
    await harness.stopWorker();
    record(s.message.stopped, await timedSnapshot(control));
  }

  await writeSettings(control, 0);
  await until(async () => (await onlyDueAlarm(control)) && settledAlarm(control));
  for (let i = 0; i < runs.alarms * 2; i++) {
    const mode: Mode = i % 2 === 0 ? 'running' : 'stopped';
    try {
      const outcome = await alarmRun(harness, control, mode, i + 1);
      if (outcome === 'late') s.notes.push('An alarm run was dropped: the worker had not stopped before it was due.');
      else record(s.alarm[mode], outcome);
    } catch (error) {
      record(s.alarm[mode], null);
      s.notes.push(`Alarm run, worker ${mode}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await clearNotifications(control);
  return s;
}
