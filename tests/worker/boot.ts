/**
 * Boot the background worker against the fake browser the way the browser does: a fresh
 * instance (as after the worker was killed) reading its state from storage. Alarms are fired by
 * hand: the clock moves to their time, the one-shot alarm disappears, the handler runs.
 */
import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createWorker, type Worker } from '@/entrypoints/background/operations';
import type { HistoryEvent } from '@/utils/history/events';
import { createHistoryStore } from '@/utils/history/store';
import { createJournalStore } from '@/utils/journal/store';
import { PLATFORM, type Platform } from '@/utils/platform';
import { createSerial } from '@/utils/serial';
import type { Settings } from '@/utils/settings/schema';
import { saveSettings } from '@/utils/settings/store';
import { localInstant } from '@/utils/time/clock';
import { everyDay, fixedSchedule, intervalSchedule, onlyKinds } from '../factories';

export const TZ = 'Europe/Berlin';
// Set when this module loads, before any test file computes a local time (including its tables).
process.env.TZ = TZ;

/** 2026-11-23 was a Monday. */
export const MONDAY = '2026-11-23';

/** The instant of a local clock time ("09:30") on a date, Monday by default, in the test zone. */
export function at(clock: string, day: string = MONDAY): number {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return localInstant(day, h * 60 + m);
}

/** Hourly water reminders, 09:00-18:00 every day. */
export const hourly = intervalSchedule(60, everyDay({ start: '09:00', end: '18:00' }));

/** All three kinds on (water hourly, breaks every 90 min, lunch at 12:30), nothing merged. */
export const threeKinds = (): Settings =>
  onlyKinds(
    {
      hydration: hourly,
      stress: intervalSchedule(90, everyDay({ start: '09:00', end: '18:00' })),
      meal: fixedSchedule(['12:30']),
    },
    { general: { mergeMinutes: 0 } },
  );

export function useClock(start: number): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
}

/** A worker with this test project's browser facts (Chrome; Firefox in `*.firefox.test.ts`), or the given ones. */
export function bootWorker(options: { platform?: Platform } = {}): Worker {
  let turn = 0;
  return createWorker({
    history: createHistoryStore(),
    journal: createJournalStore(),
    serial: createSerial(),
    now: () => Date.now(),
    // Deterministic "random" so wording choices are reproducible.
    random: () => (turn++ * 0.37) % 1,
    platform: options.platform ?? PLATFORM,
  });
}

export async function withSettings(settings: Settings): Promise<void> {
  const saved = await saveSettings(settings);
  if (!saved.ok) throw new Error(`invalid test settings: ${JSON.stringify(saved.problems)}`);
}

/** Monday 09:30 with these settings: a fresh worker arms, then its 10:00 hydration alarm fires. */
export async function hydrationFired(settings: Settings, options: { platform?: Platform } = {}): Promise<Worker> {
  useClock(at('09:30'));
  await withSettings(settings);
  const worker = bootWorker(options);
  await worker.reconcile();
  await fire(worker, 'glow:due:hydration');
  return worker;
}

export async function alarms(): Promise<Record<string, number>> {
  return Object.fromEntries((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
}

/** Fire an alarm `lateMs` after its time (a late firing is what sleep or a clock jump look like). */
export async function fire(worker: Worker, name: string, lateMs = 0): Promise<void> {
  const alarm = await fakeBrowser.alarms.get(name);
  if (!alarm) throw new Error(`no alarm ${name}; have ${JSON.stringify(await alarms())}`);
  vi.setSystemTime(alarm.scheduledTime + lateMs);
  await fakeBrowser.alarms.clear(name);
  await worker.onAlarm(alarm);
}

export async function history(): Promise<HistoryEvent[]> {
  const stored = await fakeBrowser.storage.local.get(null);
  return Object.entries(stored)
    .filter(([key]) => key.startsWith('day:'))
    .flatMap(([, list]) => list as HistoryEvent[])
    .sort((a, b) => a.at - b.at);
}

export async function outcomes(): Promise<string[]> {
  return (await history()).flatMap((e) => (e.type === 'reminder' ? [`${e.kind}:${e.outcome}`] : []));
}

/** Notifications on screen now, by id, with the options they were created with. */
export function shownNotifications(): Record<string, Browser.notifications.NotificationCreateOptions> {
  return fakeBrowser.notifications.getAllCreateOptions() as Record<
    string,
    Browser.notifications.NotificationCreateOptions
  >;
}

/** Run the real background entrypoint's main, in a fresh module graph as a new worker would. */
export async function runBackgroundMain(): Promise<void> {
  vi.resetModules();
  const { default: background } = await import('@/entrypoints/background/index');
  background.main();
}

/** The toolbar badge text (the fake keeps it but does not type the getter). */
export function badge(): Promise<string> {
  return (fakeBrowser.action as unknown as { getBadgeText(details: object): Promise<string> }).getBadgeText({});
}
