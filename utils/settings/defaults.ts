import type { Settings, TimeWindow } from './schema';

const range = (start: string, end: string): TimeWindow[] => [{ start, end }];

/** Sunday-first week: weekend days get `weekend`, Monday to Friday get `workday`; no day shares a list. */
export function weekOf(workday: TimeWindow[], weekend: TimeWindow[]): TimeWindow[][] {
  return [0, 1, 2, 3, 4, 5, 6].map((day) => structuredClone(day === 0 || day === 6 ? weekend : workday));
}

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

/**
 * Defaults a new person can live with unchanged: a glass of water every hour in the working
 * day, a breathing break every 90 minutes on workdays, and a mindful-meal check at meal times.
 */
export const DEFAULT_SETTINGS: Settings = {
  hydration: {
    enabled: true,
    schedule: {
      mode: 'interval',
      interval: { everyMinutes: 60, week: weekOf(range('09:00', '18:00'), range('10:00', '18:00')) },
      fixed: { times: ['10:00', '15:00'], days: EVERY_DAY },
    },
    snoozeMinutes: 10,
    style: 'quiet',
    message: '',
  },
  stress: {
    enabled: true,
    schedule: {
      mode: 'interval',
      interval: { everyMinutes: 90, week: weekOf(range('09:00', '18:00'), []) },
      fixed: { times: ['11:00', '16:00'], days: [1, 2, 3, 4, 5] },
    },
    snoozeMinutes: 10,
    style: 'quiet',
    message: '',
  },
  meal: {
    enabled: true,
    schedule: {
      mode: 'fixed',
      interval: { everyMinutes: 240, week: weekOf(range('08:00', '20:00'), range('08:00', '20:00')) },
      fixed: { times: ['08:00', '12:30', '19:00'], days: EVERY_DAY },
    },
    snoozeMinutes: 15,
    style: 'quiet',
    message: '',
  },
  water: { goalMl: 2000, cupMl: 250, unit: 'ml', stopWhenGoalMet: true },
  general: {
    pausedUntil: null,
    away: { enabled: true, idleMinutes: 5 },
    afterSleep: 'skip',
    mergeMinutes: 10,
    theme: 'system',
    newTabQuiet: false,
  },
};
