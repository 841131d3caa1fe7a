import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextOccurrence } from '@/utils/schedule/next';
import { HOUR, localInstant, MINUTE } from '@/utils/time/clock';
import { everyDay, fixedSchedule, intervalSchedule } from './factories';

const originalTz = process.env.TZ;
const inZone = (zone: string) => {
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = originalTz;
  });
};

/** Every occurrence in [from, to), walking the scheduler forward as the worker does. */
function occurrencesBetween(schedule: ReturnType<typeof fixedSchedule>, from: number, to: number): number[] {
  const found: number[] = [];
  let after = from - 1;
  let anchor: number | null = null;
  for (;;) {
    const next = nextOccurrence(schedule, after, anchor);
    if (next === null || next >= to) return found;
    found.push(next);
    after = next;
    anchor = next;
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

// DST transitions of 2026 and 2027: a clock time inside the spring-forward gap, with the first
// valid minute after the gap (UTC); and one inside the fall-back repeat, with its first instance.
const ZONES = [
  {
    zone: 'America/New_York',
    gaps: [
      { day: '2026-03-08', time: '02:30', expect: '2026-03-08T07:00:00.000Z' },
      { day: '2027-03-14', time: '02:15', expect: '2027-03-14T07:00:00.000Z' },
    ],
    repeats: [
      { day: '2026-11-01', time: '01:30', expect: '2026-11-01T05:30:00.000Z' },
      { day: '2027-11-07', time: '01:05', expect: '2027-11-07T05:05:00.000Z' },
    ],
  },
  {
    zone: 'Europe/Berlin',
    gaps: [
      { day: '2026-03-29', time: '02:30', expect: '2026-03-29T01:00:00.000Z' },
      { day: '2027-03-28', time: '02:00', expect: '2027-03-28T01:00:00.000Z' },
    ],
    repeats: [
      { day: '2026-10-25', time: '02:30', expect: '2026-10-25T00:30:00.000Z' },
      { day: '2027-10-31', time: '02:45', expect: '2027-10-31T00:45:00.000Z' },
    ],
  },
  {
    // Lord Howe Island moves its clocks by 30 minutes.
    zone: 'Australia/Lord_Howe',
    gaps: [
      { day: '2026-10-04', time: '02:10', expect: '2026-10-03T15:30:00.000Z' },
      { day: '2027-10-03', time: '02:00', expect: '2027-10-02T15:30:00.000Z' },
    ],
    repeats: [
      { day: '2026-04-05', time: '01:45', expect: '2026-04-04T14:45:00.000Z' },
      { day: '2027-04-04', time: '01:30', expect: '2027-04-03T14:30:00.000Z' },
    ],
  },
];

describe.each(ZONES)('scheduler in $zone', ({ zone, gaps, repeats }) => {
  inZone(zone);

  it.each(gaps)(
    'a fixed $time inside the spring-forward gap on $day fires once, at the first valid minute after it',
    ({ day, time, expect: utc }) => {
      const schedule = fixedSchedule([time]);
      const dayStart = localInstant(day, 0);
      const found = occurrencesBetween(schedule, dayStart, dayStart + 23 * HOUR);
      expect(found.map(iso)).toEqual([utc]);
    },
  );

  it.each(repeats)(
    'a fixed $time inside the fall-back repeat on $day fires once, at its first instance',
    ({ day, time, expect: utc }) => {
      const schedule = fixedSchedule([time]);
      const dayStart = localInstant(day, 0);
      const found = occurrencesBetween(schedule, dayStart, dayStart + 25 * HOUR);
      expect(found.map(iso)).toEqual([utc]);
    },
  );

  it('interval reminders keep real elapsed time across both transitions', () => {
    for (const { day } of [...gaps, ...repeats]) {
      const schedule = intervalSchedule(30, everyDay({ start: '00:00', end: '23:59' }));
      const dayStart = localInstant(day, 0);
      const found = occurrencesBetween(schedule, dayStart, dayStart + 6 * HOUR);
      const steps = found.slice(1).map((at, i) => at - (found[i] as number));
      expect(steps.length).toBeGreaterThan(5);
      expect(new Set(steps)).toEqual(new Set([30 * MINUTE]));
    }
  });

  it('a daily time fires once a day, every day, for a year', () => {
    const schedule = fixedSchedule(['08:00']);
    const start = localInstant('2026-01-01', 0);
    const end = localInstant('2027-01-01', 0);
    expect(occurrencesBetween(schedule, start, end)).toHaveLength(365);
  });
});

describe('scheduler rules', () => {
  inZone('Europe/Berlin');
  const at = (day: string, clock: string) => {
    const [h, m] = clock.split(':').map(Number) as [number, number];
    return localInstant(day, h * 60 + m);
  };
  // 2026-11-23 is a Monday.
  const monday = '2026-11-23';

  it('fixed times: the next time today, then the first one on the next chosen weekday', () => {
    const schedule = fixedSchedule(['08:00', '12:30', '19:00'], [1, 3]);
    expect(nextOccurrence(schedule, at(monday, '10:00'), null)).toBe(at(monday, '12:30'));
    expect(nextOccurrence(schedule, at(monday, '19:00'), null)).toBe(at('2026-11-25', '08:00'));
  });

  it('fixed times ignore the order they were entered in', () => {
    const schedule = fixedSchedule(['19:00', '08:00']);
    expect(nextOccurrence(schedule, at(monday, '07:00'), null)).toBe(at(monday, '08:00'));
  });

  it('intervals count from the window opening, then from the last time the person acted', () => {
    const schedule = intervalSchedule(45, everyDay({ start: '09:00', end: '17:00' }));
    expect(nextOccurrence(schedule, at(monday, '07:00'), null)).toBe(at(monday, '09:45'));
    expect(nextOccurrence(schedule, at(monday, '10:10'), at(monday, '10:05'))).toBe(at(monday, '10:50'));
    // An anchor from yesterday does not shift today's window.
    expect(nextOccurrence(schedule, at(monday, '08:00'), at('2026-11-22', '16:59'))).toBe(at(monday, '09:45'));
  });

  it('intervals keep their rhythm after a missed stretch, with no negative delay', () => {
    const schedule = intervalSchedule(60, everyDay({ start: '09:00', end: '17:00' }));
    const now = at(monday, '13:20');
    expect(nextOccurrence(schedule, now, at(monday, '10:00'))).toBe(at(monday, '14:00'));
    // Clock turned back: the anchor lies "in the future"; the next time is still after now.
    const next = nextOccurrence(schedule, now, now + HOUR) as number;
    expect(next).toBeGreaterThan(now);
    expect(next).toBe(now + HOUR);
  });

  it('a window that ends at its last step includes it, and none falls after the window', () => {
    const schedule = intervalSchedule(60, everyDay({ start: '09:00', end: '11:00' }));
    const found = occurrencesBetween(schedule, at(monday, '00:00'), at(monday, '23:59'));
    expect(found).toEqual([at(monday, '10:00'), at(monday, '11:00')]);
  });

  it('a window crossing midnight runs into the next day', () => {
    const week = everyDay();
    week[1] = [{ start: '22:00', end: '02:00' }]; // Monday night only
    const schedule = intervalSchedule(60, week);
    const found = occurrencesBetween(schedule, at(monday, '12:00'), at('2026-11-24', '12:00'));
    expect(found).toEqual([
      at(monday, '23:00'),
      at('2026-11-24', '00:00'),
      at('2026-11-24', '01:00'),
      at('2026-11-24', '02:00'),
    ]);
    // Woken at 00:30 on Tuesday: still inside Monday's window.
    expect(nextOccurrence(schedule, at('2026-11-24', '00:30'), at('2026-11-24', '00:00'))).toBe(
      at('2026-11-24', '01:00'),
    );
  });

  it('weekday filters: no windows at the weekend means nothing until Monday', () => {
    const week = everyDay({ start: '09:00', end: '17:00' });
    week[0] = [];
    week[6] = [];
    const schedule = intervalSchedule(60, week);
    expect(nextOccurrence(schedule, at('2026-11-27', '17:30'), null)).toBe(at('2026-11-30', '10:00'));
  });

  it('several windows a day', () => {
    const schedule = intervalSchedule(60, everyDay({ start: '09:00', end: '10:00' }, { start: '14:00', end: '15:30' }));
    const found = occurrencesBetween(schedule, at(monday, '00:00'), at(monday, '23:59'));
    expect(found).toEqual([at(monday, '10:00'), at(monday, '15:00')]);
  });

  it('empty schedules have nothing due', () => {
    expect(nextOccurrence(intervalSchedule(30, everyDay()), at(monday, '09:00'), null)).toBeNull();
    expect(nextOccurrence(fixedSchedule([]), at(monday, '09:00'), null)).toBeNull();
    expect(nextOccurrence(fixedSchedule(['09:00'], []), at(monday, '08:00'), null)).toBeNull();
  });
});
