/**
 * A page's one clock. `now` is a signal, read again at every minute boundary (the start of a day
 * is one), whenever the page becomes visible again (timers in background tabs and across sleep run
 * late or not at all), and on `refresh()` (fresh data must not meet a stale clock: a pause that
 * ends in exactly one hour reads "in 60 min" at once). `read()` is the exact time for something
 * happening now, such as a timestamp to record. Views take time from here, never from Date.now().
 */
import { computed, type ReadonlySignal, signal } from '@preact/signals';
import { type DateKey, dayOf, MINUTE } from '@/utils/time/clock';

export interface Clock {
  now: ReadonlySignal<number>;
  /** The person's day: it turns over at the hour their day starts while the page stays open. */
  today: ReadonlySignal<DateKey>;
  read(): number;
  refresh(): void;
  stop(): void;
}

interface ClockOptions {
  read?: () => number;
  page?: Document | null;
  /** The hour the person's day starts (settings.general.dayStartHour); midnight when not given. */
  dayStartHour?: ReadonlySignal<number>;
}

export function createClock({
  read = () => Date.now(),
  page = globalThis.document,
  dayStartHour,
}: ClockOptions = {}): Clock {
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
    today: computed(() => dayOf(now.value, dayStartHour?.value ?? 0)),
    read,
    refresh,
    stop() {
      clearTimeout(timer);
      page?.removeEventListener('visibilitychange', onVisible);
    },
  };
}
