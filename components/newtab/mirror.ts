/**
 * What the new tab's first paint needs (tip preferences, theme, quiet mode, the hour the day
 * starts, whether the most-visited sites row is on), kept in its first-paint cache (components/kit/first-paint.ts). Extension storage stays the source of truth:
 * the copy is rewritten only when one of these values really changed, so opening a tab writes
 * nothing.
 *
 * The copy holds values the page validated and wrote itself, and the stored prefs replace it
 * moments later, so reading it needs only a shape check; that keeps the validation library off
 * the first-paint path. Ids are only ever looked up, never shown or written back from here.
 */

import type { FirstPaintCache } from '@/components/kit/first-paint';
import { isTheme } from '@/components/kit/theme';
import type { GeneralSettings } from '@/utils/settings/schema';
import { DEFAULT_PREFS, samePrefs, type TipPrefs, tidyIds } from '@/utils/tips/prefs';
import { DEFAULT_TOPICS, tidyTopics } from '@/utils/tips/topics';
import { TIP_CATEGORIES, type TipCategory } from '@/utils/tips/types';

export interface Mirror {
  prefs: TipPrefs;
  theme: GeneralSettings['theme'];
  quiet: boolean;
  dayStartHour: number;
  /** The most-visited sites row was on: its space is reserved from the first paint. */
  sites: boolean;
}

export const DEFAULT_MIRROR: Mirror = {
  prefs: DEFAULT_PREFS,
  theme: 'system',
  quiet: false,
  dayStartHour: 0,
  sites: false,
};

export function sameMirror(a: Mirror, b: Mirror): boolean {
  return (
    a.theme === b.theme &&
    a.quiet === b.quiet &&
    a.dayStartHour === b.dayStartHour &&
    a.sites === b.sites &&
    samePrefs(a.prefs, b.prefs)
  );
}

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? tidyIds(value.filter((id): id is string => typeof id === 'string')) : [];

const isHour = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < 24;
const category = (value: unknown): TipCategory | null => TIP_CATEGORIES.find((c) => c === value) ?? null;

/** The copy, or the defaults for anything missing or malformed. */
export function readMirror(cache: FirstPaintCache): Mirror {
  const saved = cache.read();
  const raw = (saved && typeof saved === 'object' ? saved : {}) as Record<string, unknown>;
  const prefs = (raw.prefs ?? {}) as Record<string, unknown>;
  return {
    prefs: {
      saved: ids(prefs.saved),
      hidden: ids(prefs.hidden),
      topics: Array.isArray(prefs.topics) ? tidyTopics(prefs.topics) : [...DEFAULT_TOPICS],
      filter: category(prefs.filter),
    },
    theme: isTheme(raw.theme) ? raw.theme : DEFAULT_MIRROR.theme,
    quiet: typeof raw.quiet === 'boolean' ? raw.quiet : DEFAULT_MIRROR.quiet,
    dayStartHour: isHour(raw.dayStartHour) ? raw.dayStartHour : DEFAULT_MIRROR.dayStartHour,
    sites: raw.sites === true,
  };
}

/** Keep the copy if it differs from what is there (defaults over no copy at all count as the same). */
export function writeMirror(next: Mirror, cache: FirstPaintCache): void {
  if (!sameMirror(readMirror(cache), next)) cache.write(next);
}
