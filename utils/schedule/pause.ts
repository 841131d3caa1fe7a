/**
 * A pause of every reminder on this device: until an instant, until resumed, or none. It is what
 * is happening here and now, not a preference, so the worker keeps it in storage.local (never in
 * the synced settings). Pure: presets and checks take `now`.
 */
import { HOUR, MINUTE, nextDayStart } from '../time/clock';

/** The stored pause's value for "until resumed". */
export const PAUSE_FOREVER = 'forever';

/** Epoch ms the pause ends, 'forever' until resumed, or null when not paused. */
export type Pause = number | typeof PAUSE_FOREVER | null;

/** Whether a stored value is a pause (anything else counts as none). */
export const isPause = (value: unknown): value is Pause =>
  value === null || value === PAUSE_FOREVER || (typeof value === 'number' && Number.isInteger(value) && value >= 0);

export const PAUSE_PRESETS = ['30m', '1h', '2h', 'today', 'forever'] as const;
export type PausePreset = (typeof PAUSE_PRESETS)[number];

/** The pause a preset means, starting now. "today" lasts until the person's next day begins. */
export function pauseUntil(preset: PausePreset, now: number, dayStartHour: number): Exclude<Pause, null> {
  switch (preset) {
    case '30m':
      return now + 30 * MINUTE;
    case '1h':
      return now + HOUR;
    case '2h':
      return now + 2 * HOUR;
    case 'today':
      return nextDayStart(now, dayStartHour);
    case 'forever':
      return PAUSE_FOREVER;
  }
}

/** When reminders may next happen: now, the end of a pause, or null while paused until resumed. */
export function resumesAt(pause: Pause, now: number): number | null {
  if (pause === PAUSE_FOREVER) return null;
  return pause !== null && pause > now ? pause : now;
}

export const isPaused = (pause: Pause, now: number): boolean => resumesAt(pause, now) !== now;

/** A pause still in force at `now`, or null for one that has run out. */
export const activePause = (pause: Pause, now: number): Pause => (isPaused(pause, now) ? pause : null);
