/**
 * Saving edits as they happen without exceeding storage.sync's write quotas (120 writes a
 * minute, 1,800 an hour): changes are debounced (a write 800 ms after the last change, at least
 * every 4 s while changes keep coming), one write is in flight at a time, and a failed write
 * (quota, sync error) keeps the edit and is retried with growing pauses. Browser-free: the
 * write function comes in, so tests inject quota errors.
 */

import type { Settings, SettingsProblem } from '@/utils/settings/schema';
import type { SaveResult } from '@/utils/settings/store';
import { debounce } from './debounce';

export type SaveState =
  | { status: 'saved' }
  | { status: 'pending' }
  | { status: 'saving' }
  /** The write failed; the edit is kept and written again in `retryInMs`. */
  | { status: 'failed'; error: string; retryInMs: number; attempt: number }
  /** The value was refused before writing (too large to sync); it stays in the form. */
  | { status: 'refused'; problems: SettingsProblem[] };

export interface AutosaveOptions {
  write(value: Settings): Promise<SaveResult>;
  onSaved(value: Settings): void;
  onState(state: SaveState): void;
  wait?: number;
  maxWait?: number;
  /** Pauses before each retry; the last one repeats. */
  backoff?: readonly number[];
}

const SAVE_WAIT_MS = 800;
const SAVE_MAX_WAIT_MS = 4_000;
const RETRY_BACKOFF_MS = [2_000, 5_000, 15_000, 30_000, 60_000] as const;

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error)) || 'unknown';

export function createAutosave(options: AutosaveOptions) {
  const backoff = options.backoff ?? RETRY_BACKOFF_MS;
  let queued: Settings | null = null;
  let inFlight: Promise<boolean> | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  const debounced = debounce(() => void writeQueued(), {
    wait: options.wait ?? SAVE_WAIT_MS,
    maxWait: options.maxWait ?? SAVE_MAX_WAIT_MS,
  });

  function stopRetry(): void {
    clearTimeout(retry);
    retry = undefined;
  }

  /** Write the queued value (after the write in flight, if any); true once it is stored. */
  async function writeQueued(): Promise<boolean> {
    while (inFlight) await inFlight;
    const value = queued;
    if (value === null) return true;
    queued = null;
    options.onState({ status: 'saving' });
    inFlight = attempt(value);
    try {
      return await inFlight;
    } finally {
      inFlight = null;
    }
  }

  async function attempt(value: Settings): Promise<boolean> {
    try {
      const result = await options.write(value);
      failures = 0;
      if (!result.ok) {
        options.onState({ status: 'refused', problems: result.problems });
        return false;
      }
      options.onSaved(result.value);
      if (queued === null) options.onState({ status: 'saved' });
      return true;
    } catch (error) {
      // storage.sync writes nothing when a set fails, so the edit is only in the form: keep it.
      queued ??= value;
      const retryInMs = backoff[Math.min(failures, backoff.length - 1)] ?? 60_000;
      failures += 1;
      options.onState({ status: 'failed', error: describe(error), retryInMs, attempt: failures });
      stopRetry();
      retry = setTimeout(() => {
        retry = undefined;
        void writeQueued();
      }, retryInMs);
      return false;
    }
  }

  return {
    /** A new valid value to store. While a retry is waiting, it replaces what the retry writes. */
    schedule(value: Settings): void {
      queued = value;
      if (retry !== undefined) return;
      options.onState({ status: 'pending' });
      debounced.call();
    },
    /** Write now whatever is waiting (before an import, a pause, or the page closing). */
    flush(): Promise<boolean> {
      debounced.cancel();
      stopRetry();
      return writeQueued();
    },
    /** Forget what is waiting: the form went back to the stored value, or a whole new value replaces it. */
    cancel(): void {
      debounced.cancel();
      stopRetry();
      queued = null;
      failures = 0;
      if (inFlight === null) options.onState({ status: 'saved' });
    },
    dispose(): void {
      debounced.cancel();
      stopRetry();
    },
  };
}
