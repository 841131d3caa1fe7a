/** A Snapshot as the worker sends it: a valid default plus only what a test cares about. */
import { type DayTotals, emptyTotals } from '@/utils/history/totals';
import type { NextState, PendingReminder, Snapshot } from '@/utils/messaging/snapshot';
import type { Pause } from '@/utils/schedule/pause';
import { freshPlan } from '@/utils/schedule/planner';
import type { Settings } from '@/utils/settings/schema';
import { addDays, dateKeyOf, HOUR, MINUTE } from '@/utils/time/clock';
import { makeSettings } from '../factories';

/** Tuesday 10 March 2026, 10:00 local time. */
export const NOW = new Date(2026, 2, 10, 10, 0).getTime();

export interface SnapshotPatch {
  now?: number;
  settings?: Settings;
  /** Today's totals (the last day of the week). */
  today?: Partial<DayTotals>;
  /** Totals of earlier days, oldest first (up to six). */
  earlier?: Partial<DayTotals>[];
  next?: Partial<Snapshot['next']>;
  pending?: PendingReminder[];
  lastDrink?: Snapshot['lastDrink'];
  pause?: Pause;
  /** The welcome page not yet finished or skipped. */
  setupPending?: boolean;
  /** A breathing break under way. */
  breathing?: Snapshot['breathing'];
}

const due = (at: number): NextState => ({ state: 'due', at });

export function makeSnapshot(patch: SnapshotPatch = {}): Snapshot {
  const now = patch.now ?? NOW;
  const today = dateKeyOf(now);
  const earlier = patch.earlier ?? [];
  const week = [6, 5, 4, 3, 2, 1, 0].map((back, i) => ({
    date: addDays(today, -back),
    totals: { ...emptyTotals(), ...(back === 0 ? patch.today : earlier[i - (6 - earlier.length)]) },
  }));
  return {
    now,
    settings: patch.settings ?? makeSettings(),
    today,
    week,
    next: {
      hydration: due(now + 23 * MINUTE),
      stress: due(now + 2 * HOUR + 30 * MINUTE),
      meal: { state: 'off' },
      checkin: { state: 'off' },
      ...patch.next,
    },
    pending: patch.pending ?? [],
    plan: { ...freshPlan(), pause: patch.pause ?? null, setupPending: patch.setupPending ?? false },
    lastDrink: patch.lastDrink ?? null,
    checkin: null,
    breathing: patch.breathing ?? null,
  };
}
