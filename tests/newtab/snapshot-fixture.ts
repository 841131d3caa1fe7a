/** A worker snapshot for new-tab tests: defaults plus only what a test cares about. */
import type { DayTotals } from '@/utils/history/totals';
import type { NextState, PendingReminder, Snapshot } from '@/utils/messaging/snapshot';
import { freshPlan } from '@/utils/schedule/planner';
import { addDays, dateKeyOf } from '@/utils/time/clock';
import { makeSettings } from '../factories';

export interface SnapshotPatch {
  settings?: Parameters<typeof makeSettings>[0];
  today?: Partial<DayTotals>;
  next?: Partial<Snapshot['next']>;
  pending?: PendingReminder[];
}

const none: NextState = { state: 'none' };

export function makeSnapshot(now: number, patch: SnapshotPatch = {}): Snapshot {
  const today = dateKeyOf(now);
  const empty: DayTotals = { waterMl: 0, drinks: 0, breaks: 0, meals: 0, outcomes: {} };
  return {
    now,
    settings: makeSettings(patch.settings),
    today,
    week: [6, 5, 4, 3, 2, 1, 0].map((back) => ({
      date: addDays(today, -back),
      totals: back === 0 ? { ...empty, ...patch.today } : empty,
    })),
    next: { hydration: none, stress: none, meal: none, checkin: { state: 'off' }, ...patch.next },
    pending: patch.pending ?? [],
    plan: freshPlan(),
    lastDrink: null,
    checkin: null,
    breathing: null,
  };
}
