/** Time that re-renders when it matters: at the next boundary (a minute, local midnight) and on return to the tab. */
import { useEffect, useState } from 'preact/hooks';
import { type DateKey, dateKeyOf, MINUTE, nextLocalMidnight } from '@/utils/time/clock';

/**
 * `now`, refreshed when `untilNext(now)` milliseconds have passed and whenever the tab becomes
 * visible again (timers in background tabs and across sleep run late or not at all).
 */
export function useNow(untilNext: (now: number) => number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      clearTimeout(timer);
      const current = Date.now();
      setNow(current);
      timer = setTimeout(tick, Math.max(1_000, untilNext(current)));
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') tick();
    };
    timer = setTimeout(tick, Math.max(1_000, untilNext(Date.now())));
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [untilNext]);
  return now;
}

export const untilNextMinute = (now: number): number => MINUTE - (now % MINUTE);

export const untilLocalMidnight = (now: number): number => nextLocalMidnight(now) - now;

/** Today's local date; it turns over at local midnight while the tab stays open. */
export function useLocalDate(): DateKey {
  return dateKeyOf(useNow(untilLocalMidnight));
}
