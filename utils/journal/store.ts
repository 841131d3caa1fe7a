/**
 * The journal in storage.local: one entry per local date (`journal:YYYY-MM-DD`, utils/journal/keys.ts).
 * Only the background worker writes, inside its one-at-a-time transactions, and every write is a
 * read-modify-write of one day: a patch of the answers that changed, so check-ins from the popup
 * and the new tab at the same moment, and edits of past days, lose nothing (reliability case 32).
 * A damaged entry is read field by field; before it is written back, a copy of what was there is
 * kept in `journalRepairs`.
 */
import * as v from 'valibot';
import { journalArea, journalRepairsItem, type KeyedArea } from '../storage/items';
import type { DateKey } from '../time/clock';
import { type JournalAdded, type JournalBundle, JournalBundleSchema } from './bundle';
import { applyPatch, emptyEntry, entryFromStored, type JournalEntry, type Patch } from './entry';
import { JOURNAL_KEY, journalKey } from './keys';

/** Copies of repaired entries kept, newest last; older copies make room. */
export const REPAIRS_KEPT = 100;

export interface RepairCopy {
  savedAt: number;
  date: DateKey;
  raw: unknown;
  replaced: string[];
}

const readRepairs = async (): Promise<RepairCopy[]> => {
  const stored = await journalRepairsItem.getValue();
  return Array.isArray(stored) ? (stored as RepairCopy[]) : [];
};

export function createJournalStore(area: KeyedArea = journalArea) {
  async function keepCopies(copies: RepairCopy[]): Promise<void> {
    if (copies.length === 0) return;
    await journalRepairsItem.setValue([...(await readRepairs()), ...copies].slice(-REPAIRS_KEPT));
  }

  /** Entries of the given dates that hold something; damaged fields read as "not answered". */
  async function readDays(dates: readonly DateKey[]): Promise<Record<DateKey, JournalEntry>> {
    const stored = await area.get(dates.map(journalKey));
    const out: Record<DateKey, JournalEntry> = {};
    for (const date of dates) {
      const read = entryFromStored(stored[journalKey(date)], date);
      if (read) out[date] = read.entry;
    }
    return out;
  }

  /** Every entry kept, by date (for the export and the CSV). */
  async function readAll(): Promise<Record<DateKey, JournalEntry>> {
    const everything = await area.all();
    const out: Record<DateKey, JournalEntry> = {};
    for (const [key, value] of Object.entries(everything)) {
      const date = JOURNAL_KEY.exec(key)?.[1];
      const read = date ? entryFromStored(value, date) : null;
      if (date && read) out[date] = read.entry;
    }
    return out;
  }

  return {
    readDays,
    readAll,

    /**
     * Apply the answers that changed to the stored day and write it. A damaged stored entry is
     * repaired field by field first, with a copy of it kept. Returns the entry as stored.
     */
    async patch(date: DateKey, patch: Patch, now: number): Promise<JournalEntry> {
      const key = journalKey(date);
      const raw = (await area.get([key]))[key];
      const read = entryFromStored(raw, date);
      const copies: RepairCopy[] = [];
      if (raw !== undefined && raw !== null && (!read || read.replaced.length > 0)) {
        copies.push({ savedAt: now, date, raw, replaced: read?.replaced ?? ['*'] });
      }
      await keepCopies(copies);
      const next = applyPatch(read?.entry ?? emptyEntry(date), patch, now);
      await area.set({ [key]: next });
      return next;
    },

    /** Repair every damaged entry in place (a copy of each kept first); returns how many. */
    async repairAll(now: number): Promise<number> {
      const everything = await area.all();
      const copies: RepairCopy[] = [];
      const writes: Record<string, JournalEntry> = {};
      for (const [key, value] of Object.entries(everything)) {
        const date = JOURNAL_KEY.exec(key)?.[1];
        if (!date) continue;
        const read = entryFromStored(value, date);
        if (read && read.replaced.length === 0) continue;
        copies.push({ savedAt: now, date, raw: value, replaced: read?.replaced ?? ['*'] });
        writes[key] = read?.entry ?? emptyEntry(date, now);
      }
      // The copies first: a failure in between keeps both, never neither.
      await keepCopies(copies);
      if (copies.length > 0) await area.set(writes);
      return copies.length;
    },

    /**
     * Add an imported journal in one write. A day this device does not have is added; a day it
     * has is replaced only when the file's version was changed later. Returns what changed, so
     * undo can take exactly that back.
     */
    async importBundle(input: JournalBundle): Promise<JournalAdded> {
      // Checked again here, where it is written: a message is only as good as its sender.
      const bundle = v.parse(JournalBundleSchema, input);
      const dates = Object.keys(bundle.entries);
      const mine = await readDays(dates);
      const writes: Record<string, JournalEntry> = {};
      const added: JournalAdded = { added: {}, replaced: {} };
      for (const date of dates) {
        const theirs = bundle.entries[date];
        if (!theirs || theirs.date !== date) continue;
        const current = mine[date];
        if (current && current.updatedAt >= theirs.updatedAt) continue;
        writes[journalKey(date)] = theirs;
        if (current) added.replaced[date] = { updatedAt: theirs.updatedAt, previous: current };
        else added.added[date] = theirs.updatedAt;
      }
      if (Object.keys(writes).length > 0) await area.set(writes);
      return added;
    },

    /** Take back what an import changed, except days edited since; returns how many days. */
    async undoImport(added: JournalAdded): Promise<number> {
      const dates = [...Object.keys(added.added), ...Object.keys(added.replaced)];
      const now = await readDays(dates);
      const untouched = (date: DateKey, updatedAt: number) => now[date]?.updatedAt === updatedAt;
      const remove = Object.entries(added.added)
        .filter(([date, updatedAt]) => untouched(date, updatedAt))
        .map(([date]) => journalKey(date));
      const restore = Object.fromEntries(
        Object.entries(added.replaced)
          .filter(([date, { updatedAt }]) => untouched(date, updatedAt))
          .map(([date, { previous }]) => [journalKey(date), previous]),
      );
      if (Object.keys(restore).length > 0) await area.set(restore);
      if (remove.length > 0) await area.remove(remove);
      return remove.length + Object.keys(restore).length;
    },
  };
}

export type JournalStore = ReturnType<typeof createJournalStore>;
