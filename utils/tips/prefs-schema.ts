/**
 * Tip preferences as storage holds them, read leniently: a bad field falls back on its own
 * (prefs-store.ts). An export file's are read strictly instead (prefs-file.ts). Pure.
 */
import * as v from 'valibot';
import { DEFAULT_PREFS, type TipPrefs, tidyIds } from './prefs';
import { TipIdSchema } from './prefs-file';
import { DEFAULT_TOPICS, tidyTopics } from './topics';
import { TIP_CATEGORIES } from './types';

/** A list read leniently: entries that are not tip ids are left out, repeats collapsed, length capped. */
const IdListSchema = v.fallback(
  v.pipe(
    v.array(v.unknown()),
    v.transform((list) => tidyIds(list.filter((id): id is string => v.is(TipIdSchema, id)))),
  ),
  [],
);

const TopicListSchema = v.fallback(
  v.pipe(
    v.array(v.unknown()),
    v.transform((list) => tidyTopics(list)),
  ),
  () => [...DEFAULT_TOPICS],
);

const FilterSchema = v.fallback(v.nullable(v.picklist(TIP_CATEGORIES)), null);

const StoredPrefsSchema = v.fallback(
  v.object({ saved: IdListSchema, hidden: IdListSchema, topics: TopicListSchema, filter: FilterSchema }),
  () => structuredClone(DEFAULT_PREFS),
);

/** Whatever was stored (or nothing) → valid prefs; a bad field falls back on its own. */
export function parsePrefs(raw: unknown): TipPrefs {
  const { saved, hidden, topics, filter } = v.parse(StoredPrefsSchema, raw ?? DEFAULT_PREFS);
  return { saved, hidden, topics, filter };
}
