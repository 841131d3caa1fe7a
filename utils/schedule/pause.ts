// Type-only: pages use these without bringing the settings schema into their bundle.
import type { GeneralSettings } from '../settings/schema';
import { HOUR, MINUTE, nextLocalMidnight } from '../time/clock';

/** pausedUntil's value for "until resumed". */
export const PAUSE_FOREVER = 'forever';

export const PAUSE_PRESETS = ['30m', '1h', '2h', 'today', 'forever'] as const;
export type PausePreset = (typeof PAUSE_PRESETS)[number];

/** The pausedUntil value a preset means, starting now. "today" lasts until local midnight. */
export function pauseUntil(preset: PausePreset, now: number): number | typeof PAUSE_FOREVER {
  switch (preset) {
    case '30m':
      return now + 30 * MINUTE;
    case '1h':
      return now + HOUR;
    case '2h':
      return now + 2 * HOUR;
    case 'today':
      return nextLocalMidnight(now);
    case 'forever':
      return PAUSE_FOREVER;
  }
}

/** When reminders may next happen: now, the end of a pause, or null while paused until resumed. */
export function resumesAt(general: GeneralSettings, now: number): number | null {
  const until = general.pausedUntil;
  if (until === PAUSE_FOREVER) return null;
  return until !== null && until > now ? until : now;
}

export function isPaused(general: GeneralSettings, now: number): boolean {
  return resumesAt(general, now) !== now;
}
