/**
 * The pages' view of the worker's snapshot, as signals: fetched once when the page opens and
 * refetched whenever storage changes (a log from another page, a reminder, a synced setting).
 * Pages render from it and call actions through the protocol; they never write history.
 */
import { computed, signal } from '@preact/signals';
import { sendMessage } from '@/utils/messaging/protocol';
import type { Snapshot } from '@/utils/messaging/snapshot';
import { DATA_SHOWN_MARK } from './marks';

/** Calls `onChange` whenever what the snapshot is made of changes; returns the function that stops. */
export type WatchSources = (onChange: () => void) => () => void;

/**
 * `watch` is the storage watch (utils/storage/items.ts's watchSnapshotSources), passed in so that
 * this model does not import storage: the popup asks for its snapshot before its first paint and
 * loads storage after it. `onScreen` settles once the page can show the data (the popup's view may
 * come in a file of its own): the data-shown mark waits for it.
 */
export function createSnapshotModel(watch: WatchSources, onScreen: Promise<unknown> = Promise.resolve()) {
  const snapshot = signal<Snapshot | null>(null);
  const error = signal<string | null>(null);
  let inFlight: Promise<void> | null = null;
  let again = false;

  async function refresh(): Promise<void> {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      do {
        again = false;
        try {
          const first = snapshot.value === null;
          snapshot.value = await sendMessage('getSnapshot');
          error.value = null;
          // The frame after the first snapshot is when personal data is on screen (npm run bench).
          if (first) void onScreen.then(() => requestAnimationFrame(() => performance.mark(DATA_SHOWN_MARK)));
        } catch (e) {
          error.value = e instanceof Error ? e.message : String(e);
        }
      } while (again);
    })();
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
  }

  /** Keep the snapshot live; returns the function that stops listening. */
  function live(): () => void {
    const stop = watch(() => void refresh());
    void refresh();
    return stop;
  }

  return {
    snapshot: computed(() => snapshot.value),
    error: computed(() => error.value),
    refresh,
    live,
  };
}
