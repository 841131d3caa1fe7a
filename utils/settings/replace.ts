/**
 * Replacing all settings at once (an import, a reset to defaults) and taking it back: the
 * backup kept in storage.local that "Undo" restores, checked on read like any stored value.
 */
import * as v from 'valibot';
import { HistoryAddedSchema } from '../history/bundle';
import { type Settings, SettingsSchema } from './schema';

const UndoRecordSchema = v.strictObject({
  kind: v.picklist(['import', 'reset']),
  savedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The settings as they were before. */
  settings: SettingsSchema,
  /** History entries the import added, removed again on undo. */
  history: v.nullable(HistoryAddedSchema),
});
export type UndoRecord = v.InferOutput<typeof UndoRecordSchema>;

export const parseUndoRecord = (raw: unknown): UndoRecord | null => {
  const parsed = v.safeParse(UndoRecordSchema, raw);
  return parsed.success ? parsed.output : null;
};

/**
 * The settings that replace `current`. A pause is what is happening on this device now, not a
 * preference: it is kept, so an old backup cannot silently stop (or restart) reminders.
 */
export const replacing = (current: Settings, next: Settings): Settings => ({
  ...structuredClone(next),
  general: { ...structuredClone(next.general), pausedUntil: current.general.pausedUntil },
});
