/**
 * The last snapshot shown, kept in the page's (synchronous) localStorage, so the next open
 * paints real numbers in the right theme at once; the fresh snapshot follows a few ms later and
 * replaces it. A snapshot from another day is not shown (its totals are yesterday's), and
 * nothing from another version of the extension is trusted (its shape may differ).
 */

import type { PageStore } from '@/components/page-store';
import { isTheme, type Theme } from '@/components/theme';
import type { Snapshot } from '@/utils/messaging/snapshot';
import type { DateKey } from '@/utils/time/clock';

type Store = PageStore | null;

const KEY = 'glowWithin.lastSnapshot';

export interface LastVisit {
  theme: Theme | null;
  snapshot: Snapshot | null;
}

export function readLastVisit(store: Store, version: string, today: DateKey): LastVisit {
  try {
    const saved = JSON.parse(store?.getItem(KEY) ?? 'null') as { version?: unknown; snapshot?: Snapshot } | null;
    if (saved?.version !== version || !saved.snapshot) return { theme: null, snapshot: null };
    const stored = saved.snapshot?.settings?.general?.theme;
    const theme = isTheme(stored) ? stored : null;
    return { theme, snapshot: saved.snapshot.today === today ? saved.snapshot : null };
  } catch {
    // Unreadable (or no storage in a locked-down profile): a first visit, as far as we know.
    return { theme: null, snapshot: null };
  }
}

export function rememberVisit(snapshot: Snapshot, store: Store, version: string): void {
  try {
    store?.setItem(KEY, JSON.stringify({ version, snapshot }));
  } catch {
    // Full or unavailable: only the head start on the next open is lost.
  }
}
