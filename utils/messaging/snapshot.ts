/** The read model every page renders: computed by the worker, sent whole, rendered as is. */
import type { BreathingRun } from '../breathing';
import type { DayTotals } from '../history/totals';
import type { JournalEntry } from '../journal/entry';
import type { ReminderKind } from '../reminder-kinds';
import type { Pause } from '../schedule/pause';
import type { PlanState } from '../schedule/planner';
import type { Settings } from '../settings/schema';
import type { DateKey } from '../time/clock';

/** A kind's next reminder as the planner has it, or why there is none. */
export type NextState =
  | { state: 'off' }
  /** Installed, and the welcome page not yet finished or skipped. */
  | { state: 'setup' }
  | { state: 'paused'; until: Exclude<Pause, null> }
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
  /** When each kind's next reminder really comes (merged and snoozed as the alarms are). */
  next: Record<ReminderKind, NextState>;
  pending: PendingReminder[];
  /** The worker's anchors, snoozes and pause, so a page can plan ahead as the worker does. */
  plan: PlanState;
  /** Today's most recent drink, for undo. */
  lastDrink: { id: string; amountMl: number } | null;
  /** Today's check-in (journal entry), or null while there is none. */
  checkin: JournalEntry | null;
  /** A breathing break under way (started in a popup that may have closed since), or null. */
  breathing: BreathingRun | null;
}
