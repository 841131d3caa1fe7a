import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localInstant, MINUTE } from '@/utils/time/clock';
import { TIPS } from '@/utils/tips/library';
import { expectedWaterMl, situationalTip, situationOf } from '@/utils/tips/situation';
import { makeSnapshot } from './snapshot-fixture';

const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = zone;
});

// Wednesday 10 June 2026: a workday, so the default stress breaks are scheduled.
const WEDNESDAY = '2026-06-10';
const SATURDAY = '2026-06-13';
const at = (clock: string, date = WEDNESDAY) => {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return localInstant(date, h * 60 + m);
};

describe('situationOf', () => {
  it('behind on water by the afternoon → hydration (little water by 15:00)', () => {
    const now = at('15:00');
    expect(situationOf(makeSnapshot(now, { today: { waterMl: 250, breaks: 1 } }), now)).toBe('behind-on-water');
  });

  it('on pace with water → no hydration tip', () => {
    const now = at('15:00');
    expect(situationOf(makeSnapshot(now, { today: { waterMl: 1000, breaks: 1 } }), now)).toBeNull();
  });

  it('goal already met → no hydration tip, even late in the day', () => {
    const now = at('21:00');
    expect(situationOf(makeSnapshot(now, { today: { waterMl: 2000, breaks: 1 } }), now)).toBeNull();
  });

  it('the morning is never "behind"', () => {
    const now = at('11:59');
    expect(situationOf(makeSnapshot(now, { today: { waterMl: 0, breaks: 0 } }), now)).toBeNull();
  });

  it('hydration reminders switched off → no hydration tip', () => {
    const now = at('16:00');
    const snapshot = makeSnapshot(now, { settings: { hydration: { enabled: false } }, today: { breaks: 1 } });
    expect(situationOf(snapshot, now)).toBeNull();
  });

  it('counts the pace in the person’s own goal and cup', () => {
    const now = at('14:00');
    // Goal 3000 → 1500 expected by 14:00; 1000 is more than one 250 ml cup behind.
    const snapshot = makeSnapshot(now, { settings: { water: { goalMl: 3000 } }, today: { waterMl: 1000, breaks: 1 } });
    expect(situationOf(snapshot, now)).toBe('behind-on-water');
  });

  it('no stress break by the afternoon on a workday → stress', () => {
    const now = at('14:30');
    expect(situationOf(makeSnapshot(now, { today: { waterMl: 1500 } }), now)).toBe('no-breaks');
  });

  it('no stress break on a day without stress breaks scheduled → nothing', () => {
    const now = at('14:30', SATURDAY);
    expect(situationOf(makeSnapshot(now, { today: { waterMl: 1500 } }), now)).toBeNull();
  });

  it('stress breaks switched off → nothing', () => {
    const now = at('14:30');
    const snapshot = makeSnapshot(now, { settings: { stress: { enabled: false } }, today: { waterMl: 1500 } });
    expect(situationOf(snapshot, now)).toBeNull();
  });

  it('behind on water outranks no breaks', () => {
    const now = at('15:00');
    expect(situationOf(makeSnapshot(now, { today: { waterMl: 0, breaks: 0 } }), now)).toBe('behind-on-water');
  });

  it('a meal reminder due within 30 minutes → mindful eating, before anything else', () => {
    const now = at('12:05');
    const next = { meal: { state: 'due' as const, at: at('12:30') } };
    expect(situationOf(makeSnapshot(now, { next, today: { waterMl: 0 } }), now)).toBe('meal-soon');
  });

  it('a meal reminder more than 30 minutes away, or already past → not yet', () => {
    const now = at('11:55');
    expect(situationOf(makeSnapshot(now, { next: { meal: { state: 'due', at: now + 31 * MINUTE } } }), now)).toBeNull();
    expect(situationOf(makeSnapshot(now, { next: { meal: { state: 'due', at: now - MINUTE } } }), now)).toBeNull();
  });

  it('a meal reminder waiting for an answer → mindful eating', () => {
    const now = at('09:00');
    const pending = [{ occurrence: 'o1', kinds: ['meal' as const], scheduledAt: at('08:00') }];
    expect(situationOf(makeSnapshot(now, { pending }), now)).toBe('meal-soon');
  });

  it('meal reminders switched off → no meal tip', () => {
    const now = at('12:05');
    const snapshot = makeSnapshot(now, {
      settings: { meal: { enabled: false } },
      next: { meal: { state: 'due', at: at('12:30') } },
      today: { waterMl: 2000, breaks: 1 },
    });
    expect(situationOf(snapshot, now)).toBeNull();
  });

  it('ignores totals that are not for now’s local date (a snapshot from before midnight)', () => {
    const yesterdayNight = at('23:50', '2026-06-09');
    const snapshot = makeSnapshot(yesterdayNight, { today: { waterMl: 0 } });
    expect(situationOf(snapshot, at('15:00'))).toBeNull();
  });
});

describe('expectedWaterMl', () => {
  it('spreads the goal evenly over 08:00–20:00', () => {
    expect(expectedWaterMl(2000, 7 * 60)).toBe(0);
    expect(expectedWaterMl(2000, 14 * 60)).toBe(1000);
    expect(expectedWaterMl(2000, 22 * 60)).toBe(2000);
  });
});

describe('situationalTip', () => {
  const none = new Set<string>();

  it('picks a tip of the situation’s category, the same all day', () => {
    const tip = situationalTip(TIPS, 'behind-on-water', WEDNESDAY, none);
    expect(tip?.category).toBe('hydration');
    expect(situationalTip(TIPS, 'behind-on-water', WEDNESDAY, none)).toBe(tip);
    expect(situationalTip(TIPS, 'no-breaks', WEDNESDAY, none)?.category).toBe('stress-sleep');
    expect(situationalTip(TIPS, 'meal-soon', WEDNESDAY, none)?.category).toBe('mindful-eating');
  });

  it('never picks a hidden tip, and avoids the one the card shows', () => {
    const hydration = TIPS.filter((tip) => tip.category === 'hydration');
    const hidden = new Set(hydration.slice(1).map((tip) => tip.id));
    expect(situationalTip(TIPS, 'behind-on-water', WEDNESDAY, hidden)?.id).toBe(hydration[0]?.id);
    const shown = situationalTip(TIPS, 'behind-on-water', WEDNESDAY, none);
    expect(situationalTip(TIPS, 'behind-on-water', WEDNESDAY, none, shown?.id)?.id).not.toBe(shown?.id);
    const all = new Set(hydration.map((tip) => tip.id));
    expect(situationalTip(TIPS, 'behind-on-water', WEDNESDAY, all)).toBeUndefined();
  });
});
