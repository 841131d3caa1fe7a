/**
 * The settings the first version started everyone with: water every hour, a breathing break every
 * 90 minutes and three meal checks, 18 prompts on a workday. Someone who updates without ever
 * having saved a setting has been living with these (nothing was stored, so the defaults applied):
 * the worker stores them for that person on the update (entrypoints/background/install.ts), so the
 * gentler defaults of today change nothing for them. A record of the past: it never changes.
 */
import { EVERY_DAY, range, WORKDAYS, weekOf } from '../schedule/week';
import { DEFAULT_SETTINGS } from './defaults';
import type { Settings } from './schema';

export function firstVersionDefaults(): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS);
  settings.hydration.schedule = {
    mode: 'interval',
    interval: { everyMinutes: 60, week: weekOf(range('09:00', '18:00'), range('10:00', '18:00')) },
    fixed: { times: ['10:00', '15:00'], days: [...EVERY_DAY] },
  };
  settings.stress.schedule = {
    mode: 'interval',
    interval: { everyMinutes: 90, week: weekOf(range('09:00', '18:00'), []) },
    fixed: { times: ['11:00', '16:00'], days: [...WORKDAYS] },
  };
  settings.meal.schedule = {
    mode: 'fixed',
    interval: { everyMinutes: 240, week: weekOf(range('08:00', '20:00'), range('08:00', '20:00')) },
    fixed: { times: ['08:00', '12:30', '19:00'], days: [...EVERY_DAY] },
  };
  return settings;
}
