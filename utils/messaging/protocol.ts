/**
 * The one message protocol between the pages (popup, options, new tab) and the background
 * worker: name → request → response. Pages render a snapshot and call actions; only the worker
 * writes history and arms alarms. A handler with the wrong types is a compile error.
 */
import { defineExtensionMessaging, type GetDataType, type GetReturnType } from '@webext-core/messaging';
import type { HistoryAdded, HistoryBundle } from '../history/bundle';
import type { HistoryEvent } from '../history/events';
import type { PausePreset } from '../schedule/pause';
import type { Settings } from '../settings/schema';
import type { Snapshot } from './snapshot';

export interface MealAnswers {
  hunger: number;
  fullness: number | null;
  minutes: number | null;
  note: string;
}

export interface Protocol {
  /** Everything a page shows, in one read. */
  getSnapshot(): Snapshot;
  /** Log a drink; the configured cup when no amount is given. Restarts the hydration countdown. */
  logWater(data: { amountMl?: number }): HistoryEvent;
  /** Remove today's most recent drink. */
  undoWater(): { removed: boolean };
  /** A finished breathing break; restarts the stress-break countdown. */
  logBreathing(data: { pattern: string; seconds: number }): HistoryEvent;
  logMeal(data: MealAnswers): HistoryEvent;
  pause(data: { preset: PausePreset }): Settings['general'];
  resume(): Settings['general'];
  /** Act on a pending or notified reminder (done or snooze), once per occurrence. */
  act(data: { occurrence: string; action: 'done' | 'snooze' }): { recorded: boolean };
  /** Show a sample notification so people can check their OS lets it through. */
  testNotification(): { shown: boolean };
  /** Add an imported history (entries not stored yet); returns what was added, for undo. */
  importHistory(data: HistoryBundle): HistoryAdded;
  /** Take away exactly what an import added. */
  undoHistoryImport(data: HistoryAdded): { removed: number };
}

export type MessageName = keyof Protocol;
export type Handlers = {
  [K in MessageName]: (data: GetDataType<Protocol[K]>) => Promise<GetReturnType<Protocol[K]>>;
};

export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();
