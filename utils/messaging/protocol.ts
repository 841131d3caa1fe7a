/**
 * The one message protocol between the pages (popup, options, new tab) and the background
 * worker: name → request → response. Pages render a snapshot and call actions; only the worker
 * writes history, arms alarms and keeps the pause. A handler with the wrong types is a compile error.
 */
import { defineExtensionMessaging, type GetDataType, type GetReturnType } from '@webext-core/messaging';
import type { BreathingRun, PatternId, SessionMinutes } from '../breathing';
import type { HistoryAdded, HistoryBundle } from '../history/bundle';
import type { HistoryEvent } from '../history/events';
import type { JournalAdded, JournalBundle } from '../journal/bundle';
import type { JournalEntry, Patch } from '../journal/entry';
import type { ReminderKind } from '../reminder-kinds';
import type { Route } from '../routes';
import type { Pause, PausePreset } from '../schedule/pause';
import type { DateKey } from '../time/clock';
import type { JournalView } from './journal-view';
import type { Snapshot } from './snapshot';

export interface MealAnswers {
  hunger: number;
  fullness: number | null;
  minutes: number | null;
  note: string;
}

/** A person's answer to a waiting reminder: Snooze (all its kinds) or one kind's own Done. */
export type Reply = { type: 'snooze' } | { type: 'done'; kind: ReminderKind };

export interface Protocol {
  /** Everything a page shows, in one read. */
  getSnapshot(): Snapshot;
  /** Log a drink; the configured cup when no amount is given. Restarts the hydration countdown. */
  logWater(data: { amountMl?: number }): HistoryEvent;
  /** Remove today's most recent drink. */
  undoWater(): { removed: boolean };
  /** Start a breathing break; the worker keeps it, so it outlives the popup that started it. */
  startBreathing(data: { pattern: PatternId; minutes: SessionMinutes }): BreathingRun;
  /** Stopped early: ended, never logged. */
  stopBreathing(data: { id: string }): { stopped: boolean };
  /** Its time is up: logged once (restarting the stress-break countdown); `logged` says it is in today's history. */
  finishBreathing(data: { id: string }): { logged: boolean };
  logMeal(data: MealAnswers): HistoryEvent;
  /** Pause every reminder on this device. */
  pause(data: { preset: PausePreset }): { pause: Pause };
  resume(): { pause: Pause };
  /** Answer a waiting reminder, once per occurrence and kind; `opens` is the flow that answers the kind. */
  act(data: { occurrence: string; reply: Reply }): { recorded: boolean; opens: Route | null };
  /** Open one of the popup's views in a small window (from a page that is not the popup). */
  openView(data: { route: Route }): undefined;
  /** The welcome page is finished or skipped: reminders may come from now on. */
  finishSetup(): { setupPending: boolean };
  /** Show a sample notification so people can check their OS lets it through. */
  testNotification(): { shown: boolean };
  /** Add an imported history (entries not stored yet); returns what was added, for undo. */
  importHistory(data: HistoryBundle): HistoryAdded;
  /** Take away exactly what an import added. */
  undoHistoryImport(data: HistoryAdded): { removed: number };
  /** A check-in's changed answers for a day (today or any past day); answers today's check-in reminder. */
  saveCheckin(data: { date: DateKey; patch: Patch }): JournalEntry;
  /** The journal page's read model: the last `days` days of check-ins and totals. */
  getJournal(data: { days: number }): JournalView;
  /** Add an imported journal (days not here, or edited later there); returns what changed, for undo. */
  importJournal(data: JournalBundle): JournalAdded;
  /** Take back what a journal import changed (days edited since are kept). */
  undoJournalImport(data: JournalAdded): { restored: number };
  /** The CSV export: one row per day of history and journal, with its file name. */
  exportCsv(): { fileName: string; text: string };
  /** Delete everything this extension keeps, on this device and in sync; reminders start over from the defaults. */
  deleteAllData(): { deleted: true };
}

export type MessageName = keyof Protocol;
export type Handlers = {
  [K in MessageName]: (data: GetDataType<Protocol[K]>) => Promise<GetReturnType<Protocol[K]>>;
};

export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();
