/**
 * Tip preferences (saved and hidden tips, topics, the remembered filter) in storage.sync
 * (`tipPrefs`), so they follow the person across devices. Every read is validated with valibot,
 * field by field (prefs-schema.ts); a write happens only when a person
 * changes something, and only when the value really changes (storage.sync allows 120 writes a
 * minute). Loaded after the new tab's first paint, with the storage layer and valibot.
 */
import { createSerial } from '../serial';
import { tipPrefsItem } from '../storage/items';
import { samePrefs, type TipPrefs } from './prefs';
import { parsePrefs } from './prefs-schema';

export { parsePrefs };

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
