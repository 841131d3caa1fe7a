/**
 * Settings that make one reminder fall due on demand: hydration every 5 minutes in a window
 * around now, everything else off, nothing that could hold a notification back (away, merge,
 * goal met). The same shape the options page writes to storage.sync.
 */
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { SETTINGS_VERSION } from '@/utils/settings/migrate';
import type { Settings } from '@/utils/settings/schema';
import { formatClock } from '@/utils/time/clock';

export const INTERVAL_MINUTES = 5;

/** `variant` changes a field the schedule does not use, so writing it wakes the worker's reconcile. */
export function alarmSettings(now: Date, variant: number): Settings {
  const minutes = now.getHours() * 60 + now.getMinutes();
  // Two hours either side: the window may cross midnight, which schedules allow.
  const window = { start: formatClock((minutes + 1440 - 120) % 1440), end: formatClock((minutes + 120) % 1440) };
  return {
    ...structuredClone(DEFAULT_SETTINGS),
    hydration: {
      ...DEFAULT_SETTINGS.hydration,
      snoozeMinutes: 10 + (variant % 2),
      schedule: {
        ...DEFAULT_SETTINGS.hydration.schedule,
        mode: 'interval',
        interval: { everyMinutes: INTERVAL_MINUTES, week: Array.from({ length: 7 }, () => [window]) },
      },
    },
    stress: { ...DEFAULT_SETTINGS.stress, enabled: false },
    meal: { ...DEFAULT_SETTINGS.meal, enabled: false },
    water: { ...DEFAULT_SETTINGS.water, stopWhenGoalMet: false },
    general: { ...DEFAULT_SETTINGS.general, away: { enabled: false, idleMinutes: 5 }, mergeMinutes: 0 },
  };
}

/** What the options page writes to storage.sync: the value and its version meta, in one write. */
export function settingsItems(settings: Settings): Record<string, unknown> {
  return { settings, settings$: { v: SETTINGS_VERSION } };
}
