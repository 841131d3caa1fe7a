/**
 * Tip preferences: saved and hidden tips (ids only, so the value stays small in storage.sync),
 * the topics the rotation follows and the remembered topic filter. Pure, and free of the
 * validation library so the new tab's first paint can use it: the stored value is validated where
 * it is read (prefs-store.ts), and these are the changes people make to it.
 */
import { TIPS } from './library';
import { DEFAULT_TOPICS, type Topic, tidyTopics } from './topics';
import type { TipCategory } from './types';

export interface TipPrefs {
  /** Oldest first. */
  saved: string[];
  /** Oldest first; these tips never show. */
  hidden: string[];
  /** What the daily rotation draws from (utils/tips/topics.ts). */
  topics: Topic[];
  /** The topic filter as last chosen; null shows the person's rotation. */
  filter: TipCategory | null;
}

/** A new person's: nothing saved or hidden, the general topics, no filter. */
export const DEFAULT_PREFS: TipPrefs = { saved: [], hidden: [], topics: [...DEFAULT_TOPICS], filter: null };
export { TIP_ID, TIP_ID_MAX_LENGTH } from './tip-id';

const KNOWN_IDS: ReadonlySet<string> = new Set(TIPS.map((tip) => tip.id));

/**
 * Each id once, and at most as many ids as the library has tips. Ids this version does not know
 * (a newer version on another device may have more tips) are kept while there is room, and are
 * the first to go when there is not.
 */
export function tidyIds(ids: readonly string[]): string[] {
  const list = [...new Set(ids)];
  const excess = list.length - KNOWN_IDS.size;
  if (excess <= 0) return list;
  const unknownFirst = [...list.filter((id) => !KNOWN_IDS.has(id)), ...list.filter((id) => KNOWN_IDS.has(id))];
  const drop = new Set(unknownFirst.slice(0, excess));
  return list.filter((id) => !drop.has(id));
}

export function samePrefs(a: TipPrefs, b: TipPrefs): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((id, i) => id === y[i]);
  return same(a.saved, b.saved) && same(a.hidden, b.hidden) && same(a.topics, b.topics) && a.filter === b.filter;
}

const without = (list: string[], id: string) => list.filter((other) => other !== id);
const withAdded = (list: string[], id: string) => tidyIds([...without(list, id), id]);

export function setSaved(prefs: TipPrefs, id: string, saved: boolean): TipPrefs {
  return { ...prefs, saved: saved ? withAdded(prefs.saved, id) : without(prefs.saved, id) };
}

/** Hiding takes a tip out of the rotation; a save of it stays (it can still be opened from Saved). */
export function hideTip(prefs: TipPrefs, id: string): TipPrefs {
  return { ...prefs, hidden: withAdded(prefs.hidden, id) };
}

export function unhideTip(prefs: TipPrefs, id: string): TipPrefs {
  return { ...prefs, hidden: without(prefs.hidden, id) };
}

export function showAllAgain(prefs: TipPrefs): TipPrefs {
  return { ...prefs, hidden: [] };
}

export const setTopics = (prefs: TipPrefs, topics: readonly Topic[]): TipPrefs => ({
  ...prefs,
  topics: tidyTopics(topics),
});

export const setFilter = (prefs: TipPrefs, filter: TipCategory | null): TipPrefs => ({ ...prefs, filter });
