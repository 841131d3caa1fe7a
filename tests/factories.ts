/** Typed fixture factories: a valid default plus only what a test cares about. */
import { type NewEvent, stampEvent } from '@/utils/history/events';

import { REMINDER_KINDS, type ReminderKind } from '@/utils/reminder-kinds';
import { weekOf } from '@/utils/schedule/week';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { ReminderSettings, Schedule, Settings, TimeWindow } from '@/utils/settings/schema';
import { dateKeyOf } from '@/utils/time/clock';

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K];
};

function merge<T>(base: T, patch: DeepPartial<T> | undefined): T {
  if (patch === undefined) return structuredClone(base);
  const out = structuredClone(base) as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object'
        ? merge(current, value as DeepPartial<typeof current>)
        : value;
  }
  return out as T;
}

export const makeSettings = (patch?: DeepPartial<Settings>): Settings => merge(DEFAULT_SETTINGS, patch);

export const everyDay = (...windows: TimeWindow[]): TimeWindow[][] => weekOf(windows, windows);

export function intervalSchedule(everyMinutes: number, week: TimeWindow[][]): Schedule {
  return {
    ...structuredClone(DEFAULT_SETTINGS.hydration.schedule),
    mode: 'interval',
    interval: { everyMinutes, week },
  };
}

export function fixedSchedule(times: string[], days: number[] = [0, 1, 2, 3, 4, 5, 6]): Schedule {
  return { ...structuredClone(DEFAULT_SETTINGS.meal.schedule), mode: 'fixed', fixed: { times, days } };
}

export function makeReminder(schedule: Schedule, patch?: Partial<ReminderSettings>): ReminderSettings {
  return { ...structuredClone(DEFAULT_SETTINGS.hydration), schedule, ...patch };
}

/** Only the given kinds enabled, each with its schedule. */
export function onlyKinds(schedules: Partial<Record<ReminderKind, Schedule>>, patch?: DeepPartial<Settings>): Settings {
  const base = makeSettings(patch);
  for (const kind of REMINDER_KINDS) {
    const schedule = schedules[kind];
    base[kind] = schedule ? { ...base[kind], enabled: true, schedule } : { ...base[kind], enabled: false };
  }
  return base;
}

/** A history event as the worker stamps it, on its local calendar day (the day starting at midnight). */
export const stamp = (event: NewEvent, at: number, id?: string) => stampEvent(event, at, dateKeyOf(at), id);
