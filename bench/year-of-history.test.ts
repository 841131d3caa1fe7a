/** The bench's simulated year of history is what the worker's history store leaves in storage.local. */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayKey } from '@/utils/history/keys';
import { createHistoryStore } from '@/utils/history/store';
import { addDays } from '@/utils/time/clock';
import { dayOfEvents, YEAR_DAYS, yearOfHistory } from './year-of-history';

describe('a year of history', () => {
  it('is what the store keeps once today’s compaction has run: raw days, their totals, the roll-up', async () => {
    const today = '2026-11-29';
    const days = Array.from({ length: YEAR_DAYS }, (_, back) => addDays(today, -back));
    await fakeBrowser.storage.local.set(
      Object.fromEntries(days.map((date, back) => [dayKey(date), dayOfEvents(date, back)])),
    );
    await createHistoryStore().compact(today);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(yearOfHistory(today));
  });
});
