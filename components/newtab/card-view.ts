/**
 * What the main card is showing: a day of the rotation (today, or days either side of it after
 * previous / next) in the chosen topic, or one tip picked from the Saved list.
 */
import type { DateKey } from '@/utils/time/clock';
import { TIPS } from '@/utils/tips/library';
import { tipOfTheDay } from '@/utils/tips/rotation';
import type { Topic } from '@/utils/tips/topics';
import type { Tip, TipCategory } from '@/utils/tips/types';

export interface CardView {
  /** The topic filter (remembered in the tip preferences), or null for the person's rotation. */
  category: TipCategory | null;
  /** Days away from today in the rotation: -1 after one "previous". */
  offset: number;
  /** A tip opened from the Saved list, shown instead of the rotation. */
  pinned: string | null;
}

export const TODAY_VIEW: CardView = { category: null, offset: 0, pinned: null };

export const TIP_BY_ID: ReadonlyMap<string, Tip> = new Map(TIPS.map((tip) => [tip.id, tip]));

export function shownTip(
  view: CardView,
  date: DateKey,
  hidden: ReadonlySet<string>,
  topics: readonly Topic[],
): Tip | undefined {
  // A tip opened from the Saved list shows, hidden from the rotation or not: the person asked for it.
  const pinned = view.pinned === null ? undefined : TIP_BY_ID.get(view.pinned);
  if (pinned) return pinned;
  return tipOfTheDay(TIPS, date, { hidden, category: view.category, topics }, view.offset);
}

/** Previous (-1) or next (+1): a pinned tip gives way to the rotation where it was left. */
export const stepped = (view: CardView, by: number): CardView => ({ ...view, offset: view.offset + by, pinned: null });

export const withCategory = (category: TipCategory | null): CardView => ({ ...TODAY_VIEW, category });

export const pinnedTo = (view: CardView, id: string): CardView => ({ ...view, pinned: id });

export const backToToday = (view: CardView): CardView => ({ ...view, offset: 0, pinned: null });

export const isToday = (view: CardView): boolean => view.offset === 0 && view.pinned === null;
