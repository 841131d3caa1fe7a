/**
 * Replacing all settings at once (an import, a reset to defaults) and taking it back: the backup
 * kept in storage.local that "Undo" restores, checked on read like any stored value. A backup an
 * older version left is read in today's shape (utils/settings/migrate.ts).
 */
import * as v from 'valibot';
import { HistoryAddedSchema } from '../history/bundle';
import { JournalAddedSchema } from '../journal/bundle';
import { optionsUndoItem } from '../storage/items';
import { TipPrefsFileSchema } from '../tips/prefs-file';
import { upgradeSettings } from './migrate';
import { SettingsSchema } from './schema';

const UndoRecordSchema = v.strictObject({
  kind: v.picklist(['import', 'reset']),
  savedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The settings as they were before. */
  settings: v.pipe(v.unknown(), v.transform(upgradeSettings), SettingsSchema),
  /** History entries the import added, removed again on undo. */
  history: v.nullable(HistoryAddedSchema),
  /** Journal days the import added or replaced, taken back on undo (absent in older records). */
  journal: v.optional(v.nullable(JournalAddedSchema)),
  /** The tip preferences an import replaced (records from before tips were exported have none). */
  tips: v.optional(v.nullable(TipPrefsFileSchema)),
});
export type UndoRecord = v.InferOutput<typeof UndoRecordSchema>;

export const parseUndoRecord = (raw: unknown): UndoRecord | null => {
  const parsed = v.safeParse(UndoRecordSchema, raw);
  return parsed.success ? parsed.output : null;
};

export const readUndo = async (): Promise<UndoRecord | null> => parseUndoRecord(await optionsUndoItem.getValue());

export async function writeUndo(record: UndoRecord | null): Promise<void> {
  if (record === null) await optionsUndoItem.removeValue();
  else await optionsUndoItem.setValue(record);
}
