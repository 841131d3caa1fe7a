/**
 * A synchronous copy of what the new tab's first paint needs (hidden and saved tips, theme,
 * quiet mode) in localStorage, which is per extension origin and readable before the first
 * render. Extension storage stays the source of truth: the copy is rewritten only when one of
 * these values really changed, so opening a tab writes nothing.
 *
 * The copy holds values the page validated and wrote itself, and the stored prefs replace it
 * moments later, so reading it needs only a shape check; that keeps the validation library off
 * the first-paint path. Ids are only ever looked up, never shown or written back from here.
 */

import { type PageStore, pageStore } from '@/components/page-store';
import { isTheme } from '@/components/theme';
import type { GeneralSettings } from '@/utils/settings/schema';
import { EMPTY_PREFS, samePrefs, type TipPrefs, tidyIds } from '@/utils/tips/prefs';

export const MIRROR_KEY = 'glowWithin:newtab';

export interface Mirror {
  prefs: TipPrefs;
  theme: GeneralSettings['theme'];
  quiet: boolean;
}

export const DEFAULT_MIRROR: Mirror = { prefs: EMPTY_PREFS, theme: 'system', quiet: false };

type Store = PageStore;

export function sameMirror(a: Mirror, b: Mirror): boolean {
  return a.theme === b.theme && a.quiet === b.quiet && samePrefs(a.prefs, b.prefs);
}

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? tidyIds(value.filter((id): id is string => typeof id === 'string')) : [];

/** The copy, or the defaults for anything missing or malformed. */
export function readMirror(store: Store | null = pageStore()): Mirror {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(store?.getItem(MIRROR_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // Unreadable: paint from the defaults; extension storage fills in the truth right after.
  }
  const prefs = (raw.prefs ?? {}) as Record<string, unknown>;
  return {
    prefs: { saved: ids(prefs.saved), hidden: ids(prefs.hidden) },
    theme: isTheme(raw.theme) ? raw.theme : DEFAULT_MIRROR.theme,
    quiet: typeof raw.quiet === 'boolean' ? raw.quiet : DEFAULT_MIRROR.quiet,
  };
}

/** Store the copy if it differs from what is there; a refused write only costs the next paint. */
export function writeMirror(next: Mirror, store: Store | null = pageStore()): void {
  if (!store || sameMirror(readMirror(store), next)) return;
  try {
    store.setItem(MIRROR_KEY, JSON.stringify(next));
  } catch {
    // Full or disabled: the next tab paints from defaults, then from extension storage as usual.
  }
}
