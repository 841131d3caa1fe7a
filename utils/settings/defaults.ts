/** The settings a new person starts with: each kind's own defaults (utils/reminder-kinds.ts), then water, journal and general. */
import { KINDS, REMINDER_KINDS, type ReminderKind } from '../reminder-kinds';
import type { ReminderSettings, Settings } from './schema';

const kindDefaults = Object.fromEntries(
  REMINDER_KINDS.map((kind) => [kind, structuredClone(KINDS[kind].defaults)]),
) as Record<ReminderKind, ReminderSettings>;

export const DEFAULT_SETTINGS: Settings = {
  ...kindDefaults,
  water: { goalMl: 2000, cupMl: 250, unit: 'ml', stopWhenGoalMet: true },
  journal: { factors: [], askDairy: true, askAlcohol: true },
  general: {
    away: { enabled: true, idleMinutes: 5 },
    afterSleep: 'skip',
    mergeMinutes: 10,
    dayStartHour: 0,
    theme: 'system',
    newTabQuiet: false,
    holdInFullscreen: true,
  },
};
