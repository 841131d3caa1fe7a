/**
 * A page's one clock. `now` is a signal, read again at every minute boundary (local midnight is
 * one), whenever the page becomes visible again (timers in background tabs and across sleep run
 * late or not at all), and on `refresh()` (fresh data must not meet a stale clock: a pause that
 * ends in exactly one hour reads "in 60 min" at once). `read()` is the exact time for something
 * happening now, such as a timestamp to record. Views take time from here, never from Date.now().
 */
import { computed, type ReadonlySignal, signal } from '@preact/signals';
import { type DateKey, dateKeyOf, MINUTE } from '@/utils/time/clock';

export interface Clock {
  now: ReadonlySignal<number>;
  /** Today's local date, turning over at midnight while the page stays open. */
  today: ReadonlySignal<DateKey>;
  read(): number;
  refresh(): void;
  stop(): void;
}

export function createClock(read: () => number = () => Date.now(), page: Document | null = globalThis.document): Clock {
  const now = signal(read());
  let timer: ReturnType<typeof setTimeout> | undefined;
  function refresh(): void {
    clearTimeout(timer);
    const current = read();
    now.value = current;
    timer = setTimeout(refresh, MINUTE - (current % MINUTE));
  }
  const onVisible = () => {
    if (page?.visibilityState === 'visible') refresh();
  };
  page?.addEventListener('visibilitychange', onVisible);
  refresh();
  return {
    now: computed(() => now.value),
    today: computed(() => dateKeyOf(now.value)),
    read,
    refresh,
    stop() {
      clearTimeout(timer);
      page?.removeEventListener('visibilitychange', onVisible);
    },
  };
}
