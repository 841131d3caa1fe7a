/**
 * Saved and hidden tips in storage.sync (`tipPrefs`), so they follow the person across devices.
 * Every read is validated with valibot, field by field; a write happens only when a person
 * changes something, and only when the value really changes (storage.sync allows 120 writes a
 * minute). Loaded after the new tab's first paint, with the storage layer and valibot.
 */
import * as v from 'valibot';
import { createSerial } from '../serial';
import { tipPrefsItem } from '../storage/items';
import { EMPTY_PREFS, samePrefs, TIP_ID, TIP_ID_MAX_LENGTH, type TipPrefs, tidyIds } from './prefs';

const TipIdSchema = v.pipe(v.string(), v.regex(TIP_ID), v.maxLength(TIP_ID_MAX_LENGTH));

/** A list read leniently: entries that are not tip ids are left out, repeats collapsed, length capped. */
const IdListSchema = v.fallback(
  v.pipe(
    v.array(v.unknown()),
    v.transform((list) => tidyIds(list.filter((id): id is string => v.is(TipIdSchema, id)))),
  ),
  [],
);

const TipPrefsSchema = v.fallback(v.object({ saved: IdListSchema, hidden: IdListSchema }), EMPTY_PREFS);

/** Whatever was stored (or nothing) → valid prefs; a bad field falls back on its own. */
export function parsePrefs(raw: unknown): TipPrefs {
  const { saved, hidden } = v.parse(TipPrefsSchema, raw ?? EMPTY_PREFS);
  return { saved, hidden };
}

export async function loadPrefs(): Promise<TipPrefs> {
  return parsePrefs(await tipPrefsItem.getValue());
}

// Read-modify-write one change at a time, so two quick clicks on this page never lose one.
const serial = createSerial();

/** Apply a change to the latest stored prefs; returns what is stored afterwards. */
export function updatePrefs(change: (current: TipPrefs) => TipPrefs): Promise<TipPrefs> {
  return serial(async () => {
    const current = await loadPrefs();
    const next = change(current);
    if (!samePrefs(current, next)) await tipPrefsItem.setValue(next);
    return next;
  });
}

/** Changes from other tabs and devices; returns the function that stops watching. */
export function watchPrefs(onChange: (prefs: TipPrefs) => void): () => void {
  return tipPrefsItem.watch((raw) => onChange(parsePrefs(raw)));
}
