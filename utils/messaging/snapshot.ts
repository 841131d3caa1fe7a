/** The read model every page renders: computed by the worker, sent whole, rendered as is. */
import type { DayTotals } from '../history/totals';
import type { ReminderKind, Settings } from '../settings/schema';
import type { DateKey } from '../time/clock';

export type NextState =
  | { state: 'off' }
  | { state: 'paused'; until: number | 'forever' }
  | { state: 'due'; at: number }
  | { state: 'none' };

export interface PendingReminder {
  occurrence: string;
  kinds: ReminderKind[];
  scheduledAt: number;
}

export interface Snapshot {
  now: number;
  settings: Settings;
  today: DateKey;
  /** Totals for the last 7 local dates, oldest first; the last one is today. */
  week: { date: DateKey; totals: DayTotals }[];
  next: Record<ReminderKind, NextState>;
  pending: PendingReminder[];
  /** Where each kind's countdown starts (its last reminder or activity), as the worker schedules it. */
  anchors: Record<ReminderKind, number | null>;
  /** Today's most recent drink, for undo. */
  lastDrink: { id: string; amountMl: number } | null;
}

/**
 * Whether a storage change can change the snapshot: settings (sync `settings`), the worker's
 * state (local `worker`), and history (local `day:*` and `rollup`). Pages' own preferences
 * (tip prefs, breathing choices, undo records) do not, so they cause no refetch.
 */
export function changesSnapshot(keys: readonly string[], area: string): boolean {
  if (area === 'sync') return keys.includes('settings');
  return area === 'local' && keys.some((key) => key === 'worker' || key === 'rollup' || key.startsWith('day:'));
}
