/**
 * One worker operation = one transaction: read the settings, the worker's state, the pause and
 * whether the welcome page is still to be done, change them, then (in this order) append history, let the finisher re-arm alarms, and store
 * what changed. Operations run one at a time, so a popup log, an alarm and a button click never
 * interleave.
 */
import { type HistoryEvent, type NewEvent, stampEvent } from '@/utils/history/events';
import type { HistoryStore } from '@/utils/history/store';
import type { JournalStore } from '@/utils/journal/store';
import type { Platform } from '@/utils/platform';
import { activePause, type Pause } from '@/utils/schedule/pause';
import type { PlanState } from '@/utils/schedule/planner';
import type { Settings } from '@/utils/settings/schema';
import { loadSettings } from '@/utils/settings/store';
import { type DateKey, dayOf } from '@/utils/time/clock';
import { readPause, readSetupPending, writePause, writeSetupPending } from './pause';
import { readWorkerState, type WorkerState, writeWorkerState } from './state';

export interface WorkerDeps {
  history: HistoryStore;
  /** The skin and gut journal, written only here, like history. */
  journal: JournalStore;
  serial: <T>(task: () => Promise<T>) => Promise<T>;
  now: () => number;
  random: () => number;
  /** What this browser's notifications can do (utils/platform.ts). */
  platform: Platform;
}

export interface Tx {
  readonly deps: WorkerDeps;
  readonly now: number;
  /** The person's day `now` belongs to (their day may start after midnight). */
  readonly today: DateKey;
  readonly settings: Settings;
  readonly state: WorkerState;
  /** This device's pause; an operation may set it (pause, resume). */
  pause: Pause;
  /** The welcome page is still to be finished or skipped: nothing is due (install, finishSetup set it). */
  setupPending: boolean;
  readonly events: HistoryEvent[];
  /** Record a history event; `id` makes the record idempotent when an operation is retried. */
  record(event: NewEvent, id?: string): void;
}

/** What the planner needs to know of the worker's state. */
export const planState = (tx: Tx): PlanState => ({
  kinds: tx.state.kinds,
  pause: tx.pause,
  setupPending: tx.setupPending,
});

/** Runs after the work, before anything is stored; `changed` says whether state or pause changed. */
export type Finisher = (tx: Tx, changed: () => boolean) => Promise<void>;

export function createTransactor(deps: WorkerDeps, finish: Finisher) {
  async function open(): Promise<{ tx: Tx; before: string; pauseBefore: Pause; setupBefore: boolean }> {
    const now = deps.now();
    const [{ value: settings }, state, stored, setupPending] = await Promise.all([
      loadSettings(),
      readWorkerState(),
      readPause(),
      readSetupPending(),
    ]);
    const events: HistoryEvent[] = [];
    // A pause that has run out is no pause: it is cleared at the end of this operation.
    const pause = activePause(stored, now);
    const today = dayOf(now, settings.general.dayStartHour);
    const tx: Tx = {
      deps,
      now,
      today,
      settings,
      state,
      pause,
      setupPending,
      events,
      record: (event, id) => events.push(stampEvent(event, now, today, id)),
    };
    return { tx, before: JSON.stringify(state), pauseBefore: stored, setupBefore: setupPending };
  }

  function transact<T>(work: (tx: Tx) => Promise<T> | T): Promise<T> {
    return deps.serial(async () => {
      const { tx, before, pauseBefore, setupBefore } = await open();
      const result = await work(tx);
      // History first: ids are deterministic, so a retry after a crash records nothing twice.
      await deps.history.append(tx.events);
      const stateChanged = () => JSON.stringify(tx.state) !== before;
      const deviceChanged = () => tx.pause !== pauseBefore || tx.setupPending !== setupBefore;
      await finish(tx, () => stateChanged() || deviceChanged());
      // Unchanged values are not written again: no needless storage writes or change events.
      if (tx.setupPending !== setupBefore) await writeSetupPending(tx.setupPending);
      if (tx.pause !== pauseBefore) await writePause(tx.pause);
      if (stateChanged()) await writeWorkerState(tx.state);
      return result;
    });
  }

  /** A read-only look, in turn with the writers so it never sees half an operation. */
  function inspect<T>(read: (tx: Tx) => Promise<T> | T): Promise<T> {
    return deps.serial(async () => read((await open()).tx));
  }

  return Object.assign(transact, { inspect });
}
