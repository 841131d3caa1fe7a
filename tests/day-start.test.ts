/**
 * "My day starts at": the person's day (utils/time/clock.ts dayOf) decides which day a drink, a
 * break or a meal counts for, today's totals and the water ring, the pause "for the rest of today"
 * and the tip of the day. Case 36, across DST changes too.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '@/entrypoints/background/handlers';
import { pauseUntil } from '@/utils/schedule/pause';
import { dayOf, localInstant, nextDayStart } from '@/utils/time/clock';
import { makeSettings } from './factories';
import { bootWorker, history, useClock, withSettings } from './worker/boot';

const at = (day: string, clock: string): number => {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return localInstant(day, h * 60 + m);
};

afterEach(() => {
  vi.useRealTimers();
});

describe('the person’s day', () => {
  it('starts at midnight unless chosen; a 04:00 start puts 01:30 on the day before', () => {
    expect(dayOf(at('2026-11-24', '01:30'), 0)).toBe('2026-11-24');
    expect(dayOf(at('2026-11-24', '01:30'), 4)).toBe('2026-11-23');
    expect(dayOf(at('2026-11-24', '03:59'), 4)).toBe('2026-11-23');
    expect(dayOf(at('2026-11-24', '04:00'), 4)).toBe('2026-11-24');
    expect(nextDayStart(at('2026-11-24', '01:30'), 4)).toBe(at('2026-11-24', '04:00'));
    expect(nextDayStart(at('2026-11-24', '22:00'), 4)).toBe(at('2026-11-25', '04:00'));
  });

  describe('across DST changes (New York)', () => {
    const original = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = 'America/New_York';
    });
    afterAll(() => {
      process.env.TZ = original;
    });

    it('spring forward (8 March 2026, 02:00 → 03:00): 01:30 and 03:30 still count for the day before', () => {
      expect(dayOf(at('2026-03-08', '01:30'), 4)).toBe('2026-03-07');
      expect(dayOf(at('2026-03-08', '03:30'), 4)).toBe('2026-03-07');
      expect(dayOf(at('2026-03-08', '04:00'), 4)).toBe('2026-03-08');
      // The day that began at 04:00 on the 7th lasts 23 hours.
      expect(nextDayStart(at('2026-03-07', '12:00'), 4) - at('2026-03-07', '04:00')).toBe(23 * 3_600_000);
    });

    it('fall back (1 November 2026, 02:00 → 01:00): both 01:30s count for the day before', () => {
      const first = at('2026-11-01', '01:30');
      const second = first + 3_600_000;
      expect(new Date(second).getHours()).toBe(1);
      expect(dayOf(first, 4)).toBe('2026-10-31');
      expect(dayOf(second, 4)).toBe('2026-10-31');
      expect(dayOf(at('2026-11-01', '04:00'), 4)).toBe('2026-11-01');
    });
  });
});

describe('in the worker and the pages', () => {
  it('case 36: with the day starting at 04:00, a drink at 01:30 counts for the day before, in its totals and the snapshot', async () => {
    useClock(at('2026-11-24', '01:30'));
    await withSettings(makeSettings({ general: { dayStartHour: 4 } }));
    const handlers = createHandlers(bootWorker());
    const drink = await handlers.logWater({ amountMl: 300 });
    expect(drink.date).toBe('2026-11-23');
    const snapshot = await handlers.getSnapshot(undefined);
    expect(snapshot.today).toBe('2026-11-23');
    expect(snapshot.week.at(-1)).toMatchObject({ date: '2026-11-23', totals: { waterMl: 300 } });
    // At 04:00 the new day starts with an empty glass.
    vi.setSystemTime(at('2026-11-24', '04:00'));
    const later = await handlers.getSnapshot(undefined);
    expect(later.today).toBe('2026-11-24');
    expect(later.week.at(-1)?.totals.waterMl).toBe(0);
    expect((await history()).map((e) => e.date)).toEqual(['2026-11-23']);
  });

  it('"pause for the rest of today" lasts until the person’s next day starts', async () => {
    expect(pauseUntil('today', at('2026-11-24', '01:30'), 4)).toBe(at('2026-11-24', '04:00'));
    expect(pauseUntil('today', at('2026-11-24', '21:00'), 4)).toBe(at('2026-11-25', '04:00'));
    expect(pauseUntil('today', at('2026-11-24', '21:00'), 0)).toBe(at('2026-11-25', '00:00'));
    useClock(at('2026-11-24', '01:30'));
    await withSettings(makeSettings({ general: { dayStartHour: 4 } }));
    expect(await createHandlers(bootWorker()).pause({ preset: 'today' })).toEqual({ pause: at('2026-11-24', '04:00') });
  });
});
