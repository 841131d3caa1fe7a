/**
 * Where the journal lives in storage.local: one key per local date (`journal:YYYY-MM-DD`), as
 * history does, so a check-in or an edit touches one small value. Declared in the registry of
 * stored items (utils/storage/items.ts); pure, so tools and tests can name them too.
 */
export const JOURNAL_KEY = /^journal:(\d{4}-\d{2}-\d{2})$/;
export const journalKey = (date: string): string => `journal:${date}`;
