/**
 * What valid tip preferences are, in two readings: leniently for what storage holds (a bad field
 * falls back on its own, prefs-store.ts) and strictly for an imported file (every problem is
 * reported, utils/settings/transfer.ts). Pure.
 */
import * as v from 'valibot';
import { DEFAULT_PREFS, TIP_ID, TIP_ID_MAX_LENGTH, type TipPrefs, tidyIds } from './prefs';
import { DEFAULT_TOPICS, TOPICS, tidyTopics } from './topics';
import { TIP_CATEGORIES } from './types';

const TipIdSchema = v.pipe(v.string(), v.regex(TIP_ID), v.maxLength(TIP_ID_MAX_LENGTH));

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

/** Tip preferences in an export file: every field checked, nothing dropped silently. */
export const TipPrefsFileSchema = v.strictObject({
  saved: v.pipe(v.array(TipIdSchema), v.maxLength(500)),
  hidden: v.pipe(v.array(TipIdSchema), v.maxLength(500)),
  topics: v.pipe(v.array(v.picklist(TOPICS)), v.maxLength(TOPICS.length)),
  filter: v.nullable(v.picklist(TIP_CATEGORIES)),
});
