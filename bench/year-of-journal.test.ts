/** The bench's simulated check-ins are real entries, and what a year of daily check-ins takes in storage.local. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { JournalEntrySchema } from '@/utils/journal/entry';
import { journalDays, storedBytes } from './year-of-journal';

describe('a year of daily check-ins', () => {
  const year = journalDays('2026-11-29', 365);

  it('is 365 valid entries, each under its own date', () => {
    expect(Object.keys(year)).toHaveLength(365);
    for (const [key, entry] of Object.entries(year)) {
      expect(v.is(JournalEntrySchema, entry), key).toBe(true);
      expect(key).toBe(`journal:${entry.date}`);
    }
  });

  it('takes well under a tenth of storage.local (about 10 MB)', () => {
    const bytes = storedBytes(year);
    console.info(`A year of daily check-ins: ${(bytes / 1000).toFixed(1)} kB in storage.local`);
    expect(bytes).toBeLessThan(250_000);
  });
});
