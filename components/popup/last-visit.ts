/**
 * The last snapshot shown, kept in the popup's first-paint cache (components/kit/first-paint.ts),
 * so the next open paints real numbers in the right theme at once; the fresh snapshot follows a
 * few ms later and replaces it. A snapshot from another day is not shown: its totals are
 * yesterday's.
 */
import type { FirstPaintCache } from '@/components/kit/first-paint';
import { isTheme, type Theme } from '@/components/kit/theme';
import type { Snapshot } from '@/utils/messaging/snapshot';
import { dayOf } from '@/utils/time/clock';

export interface LastVisit {
  theme: Theme | null;
  snapshot: Snapshot | null;
}

export function readLastVisit(cache: FirstPaintCache, now: number): LastVisit {
  const saved = cache.read() as Partial<Snapshot> | null;
  const general = saved?.settings?.general;
  const theme = isTheme(general?.theme) ? general.theme : null;
  // Its day is the person's day, which may start after midnight.
  const today = dayOf(now, typeof general?.dayStartHour === 'number' ? general.dayStartHour : 0);
  return { theme, snapshot: saved && saved.today === today ? (saved as Snapshot) : null };
}

export const rememberVisit = (snapshot: Snapshot, cache: FirstPaintCache): void => cache.write(snapshot);
