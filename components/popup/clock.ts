import { computed, type ReadonlySignal, signal } from '@preact/signals';

interface ClockOptions {
  everyMs?: number;
  read?: () => number;
  /** Read the time again whenever this changes: fresh data must not meet a stale clock. */
  refreshOn?: ReadonlySignal<unknown>;
}

/**
 * The page's clock as a signal: read again every few seconds, so "in 23 min" stays right while
 * the popup is open, and whenever new data arrives (a pause that ends in exactly one hour must
 * read "in 60 min" at once, not after the next tick).
 */
export function createClock({ everyMs = 15_000, read = () => Date.now(), refreshOn }: ClockOptions = {}) {
  const tick = signal(0);
  const timer = setInterval(() => {
    tick.value++;
  }, everyMs);
  return {
    now: computed(() => {
      void tick.value;
      void refreshOn?.value;
      return read();
    }),
    stop: () => clearInterval(timer),
  };
}
