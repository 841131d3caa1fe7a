/**
 * The worker's figures, driven from an extension page ("control"), as the release build has no
 * test hooks: cold start (stopped → first message answered) and alarm → notification shown, with
 * the worker running (warm) and stopped (cold). Reading alarms and notifications from a page does
 * not wake the worker.
 */
import type { Page } from 'playwright-core';
import { alarmSettings, INTERVAL_MINUTES, settingsItems } from '@/e2e/alarm-settings';
import type { Harness } from '@/e2e/harness';
import { emptySeries, record, type Series } from './stats';

const DUE_ALARM = 'glow:due:hydration';
/** The worker's state in storage.local (entrypoints/background/state.ts). */
const STATE_KEY = 'worker';

async function until<T>(probe: () => Promise<T | null | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** ms from sending `getSnapshot` (the protocol's message shape, as in e2e/harness.ts) to its answer. */
export function timedSnapshot(control: Page): Promise<number> {
  return control.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const start = performance.now();
        const message = { id: Date.now(), type: 'getSnapshot', data: undefined, timestamp: Date.now() };
        chrome.runtime.sendMessage(message, (response: unknown) => {
          const elapsed = performance.now() - start;
          if (chrome.runtime.lastError) fail(new Error(chrome.runtime.lastError.message));
          else if (response && typeof response === 'object' && 'err' in response) fail(new Error(String(response.err)));
          else done(elapsed);
        });
      }),
  );
}

export interface WarmCold {
  warm: Series;
  cold: Series;
}

/** Each run: a baseline load, a message to the running worker, then the worker stopped and messaged. */
export async function measureColdStart(
  harness: Harness,
  control: Page,
  runs: number,
  baseline: () => Promise<void>,
): Promise<WarmCold> {
  const result: WarmCold = { warm: emptySeries(), cold: emptySeries() };
  for (let i = 0; i < runs; i++) {
    await baseline();
    record(result.warm, await timedSnapshot(control));
    await harness.stopWorker();
    record(result.cold, await timedSnapshot(control));
  }
  return result;
}

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

export interface AlarmRuns {
  warm: number;
  cold: number;
  /** How far ahead the alarm is armed; the worker must be stopped before it fires. */
  leadMs: number;
}

export interface AlarmDelays extends WarmCold {
  /** Cold runs dropped because the worker had not stopped before the alarm was due. */
  late: number;
  /** Runs that failed (recorded as missing), with why. */
  failures: string[];
}

/** One run: the delay in ms, null when no notification came, or 'late' when the run could not count. */
async function alarmRun(
  harness: Harness,
  control: Page,
  mode: 'warm' | 'cold',
  leadMs: number,
  variant: number,
): Promise<number | null | 'late'> {
  await clearNotifications(control);
  const before = await settledAlarm(control);
  await writeAnchor(control, Date.now() + leadMs - INTERVAL_MINUTES * 60_000);
  await writeSettings(control, variant);
  // Stopping the worker before it has stored the new due time would make the alarm look stale.
  const due = await until(async () => {
    const at = await settledAlarm(control);
    return at !== null && at !== before && at - Date.now() < leadMs + 1000 ? at : null;
  }, 'the alarm to be armed');
  if (mode === 'cold') {
    await harness.stopWorker();
    if (Date.now() >= due) {
      await until(() => settledAlarm(control), 'the worker to settle');
      return 'late';
    }
  }
  const seen = await firstNotification(control, leadMs + 15_000);
  // The worker re-arms the next interval and stores its state after showing: wait for that.
  await until(async () => {
    const at = await settledAlarm(control);
    return at !== null && (at !== due || seen === null) ? at : null;
  }, 'the worker to settle');
  return seen === null ? null : seen - due;
}

/**
 * Arms `glow:due:hydration` about `leadMs` ahead through storage only (settings, then the worker's
 * anchor, then a settings change so the worker reconciles), and times alarm → notification seen.
 */
export async function measureAlarmDelay(
  harness: Harness,
  control: Page,
  runs: AlarmRuns,
  baseline: () => Promise<void>,
): Promise<AlarmDelays> {
  const result: AlarmDelays = { warm: emptySeries(), cold: emptySeries(), late: 0, failures: [] };
  let variant = 0;
  await writeSettings(control, variant);
  await until(
    async () => ((await onlyDueAlarm(control)) ? settledAlarm(control) : null),
    'the worker to apply settings',
  );
  const modes: ('warm' | 'cold')[] = [];
  for (let i = 0; i < Math.max(runs.warm, runs.cold); i++) {
    if (i < runs.warm) modes.push('warm');
    if (i < runs.cold) modes.push('cold');
  }

  for (const mode of modes) {
    await baseline();
    try {
      const outcome = await alarmRun(harness, control, mode, runs.leadMs, ++variant);
      if (outcome === 'late') result.late++;
      else record(result[mode], outcome);
    } catch (error) {
      record(result[mode], null);
      result.failures.push(`${mode} alarm run: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await clearNotifications(control);
  return result;
}
