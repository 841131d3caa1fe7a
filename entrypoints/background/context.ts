/**
 * One worker operation = one transaction: read settings and worker state, change them, then
 * (in this order) append history, re-arm alarms, store state and update the badge. Operations
 * run one at a time, so a popup log, an alarm and a button click never interleave.
 */
import { browser } from 'wxt/browser';
import { type HistoryEvent, type NewEvent, stampEvent } from '@/utils/history/events';
import type { HistoryStore } from '@/utils/history/store';
import type { Platform } from '@/utils/platform';
import type { Settings } from '@/utils/settings/schema';
import { loadSettings } from '@/utils/settings/store';
import { readWorkerState, type WorkerState, writeWorkerState } from './state';

export interface WorkerDeps {
  history: HistoryStore;
  serial: <T>(task: () => Promise<T>) => Promise<T>;
  now: () => number;
  random: () => number;
  /** What this browser's notifications can do (utils/platform.ts). */
  platform: Platform;
}

export interface Tx {
  readonly deps: WorkerDeps;
  readonly now: number;
  readonly settings: Settings;
  readonly state: WorkerState;
  readonly events: HistoryEvent[];
  /** Record a history event; `id` makes the record idempotent when an operation is retried. */
  record(event: NewEvent, id?: string): void;
}

export type Finisher = (tx: Tx) => Promise<void>;

export function createTransactor(deps: WorkerDeps, finish: Finisher) {
  // The badge does not survive a browser restart: a new worker sets it once whatever the state.
  let badgeSet = false;

  async function open(): Promise<{ tx: Tx; before: string }> {
    const now = deps.now();
    const [{ value: settings }, state] = await Promise.all([loadSettings(), readWorkerState()]);
    const events: HistoryEvent[] = [];
    const tx: Tx = {
      deps,
      now,
      settings,
      state,
      events,
      record: (event, id) => events.push(stampEvent(event, now, id)),
    };
    return { tx, before: JSON.stringify(state) };
  }

  function transact<T>(work: (tx: Tx) => Promise<T> | T): Promise<T> {
    return deps.serial(async () => {
      const { tx, before } = await open();
      const result = await work(tx);
      // History first: ids are deterministic, so a retry after a crash records nothing twice.
      await deps.history.append(tx.events);
      await finish(tx);
      // Unchanged state is not written again: no needless storage writes or change events.
      const changed = JSON.stringify(tx.state) !== before;
      if (changed) await writeWorkerState(tx.state);
      if (changed || !badgeSet) {
        await updateBadge(tx.state);
        badgeSet = true;
      }
      return result;
    });
  }

  /** A read-only look, in turn with the writers so it never sees half an operation. */
  function inspect<T>(read: (tx: Tx) => Promise<T> | T): Promise<T> {
    return deps.serial(async () => read((await open()).tx));
  }

  return Object.assign(transact, { inspect });
}

async function updateBadge(state: WorkerState): Promise<void> {
  const count = state.blocked.length;
  await browser.action.setBadgeText({ text: count ? String(count) : '' });
  if (count) await browser.action.setBadgeBackgroundColor({ color: '#2e8b6f' });
}
