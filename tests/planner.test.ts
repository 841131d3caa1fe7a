/** The planner's rules (utils/schedule/planner.ts): merging, fixed times, snoozes, pauses, look-back. */
import { describe, expect, it } from 'vitest';
import type { ReminderKind } from '@/utils/reminder-kinds';
import { isPaused, type Pause, pauseUntil, resumesAt } from '@/utils/schedule/pause';
import { freshPlan, nextPrompts, type PlanState, type Prompt, upcoming } from '@/utils/schedule/planner';
import { HOUR, localInstant, MINUTE } from '@/utils/time/clock';
import { everyDay, fixedSchedule, intervalSchedule, onlyKinds } from './factories';

process.env.TZ = 'Europe/Berlin';

/** 2026-11-23 was a Monday. */
const MONDAY = '2026-11-23';
const at = (clock: string, day = MONDAY): number => {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return localInstant(day, h * 60 + m);
};

const plan = (
  kinds: Partial<Record<ReminderKind, Partial<PlanState['kinds'][ReminderKind]>>> = {},
  pause: Pause = null,
) => {
  const state: PlanState = { ...freshPlan(), pause };
  for (const [kind, patch] of Object.entries(kinds) as [ReminderKind, object][]) {
    state.kinds[kind] = { ...state.kinds[kind], ...patch };
  }
  return state;
};

/** [time, kinds] of each prompt, for readable expectations. */
const shape = (prompts: Prompt[]) => prompts.map((p) => [p.at, p.due.map((d) => d.kind)]);

/** Water every `minutes` inside a range, meals at fixed times. */
const waterAndMeal = (minutes: number, range: [string, string], meals: string[], mergeMinutes = 10) =>
  onlyKinds(
    {
      hydration: intervalSchedule(minutes, everyDay({ start: range[0], end: range[1] })),
      meal: fixedSchedule(meals),
    },
    { general: { mergeMinutes } },
  );

describe('the planner', () => {
  it('merges kinds due within the merge window of the first into one prompt, each kind once', () => {
    const settings = onlyKinds(
      {
        hydration: intervalSchedule(60, everyDay({ start: '09:00', end: '18:00' })),
        stress: intervalSchedule(90, everyDay({ start: '09:00', end: '18:00' })),
      },
      { general: { mergeMinutes: 35 } },
    );
    // Water 10:00, breaks 10:30: one prompt at 10:00, and both count from it.
    expect(shape(upcoming(settings, freshPlan(), at('09:00'), 2))).toEqual([
      [at('10:00'), ['hydration', 'stress']],
      [at('11:00'), ['hydration', 'stress']],
    ]);
    // With a 20-minute window they stay apart.
    const apart = { ...settings, general: { ...settings.general, mergeMinutes: 20 } };
    expect(shape(upcoming(apart, freshPlan(), at('09:00'), 3))).toEqual([
      [at('10:00'), ['hydration']],
      [at('10:30'), ['stress']],
      [at('11:00'), ['hydration']],
    ]);
  });

  it('case 29: a fixed time is never early — water due 18:53 waits for the 19:00 meal', () => {
    const settings = waterAndMeal(60, ['08:53', '22:00'], ['19:00']);
    const [first, second] = upcoming(settings, plan({ hydration: { anchor: at('17:53') } }), at('18:30'), 2);
    expect(first?.at).toBe(at('19:00'));
    expect(first?.due).toEqual([
      { kind: 'hydration', at: at('18:53'), holds: false },
      { kind: 'meal', at: at('19:00'), holds: true },
    ]);
    // The next water counts from when it really came.
    expect(second?.at).toBe(at('20:00'));
  });

  it('an interval reminder due just after a fixed one moves earlier to join it', () => {
    const settings = waterAndMeal(60, ['08:05', '22:00'], ['19:00']);
    expect(shape(upcoming(settings, plan({ hydration: { anchor: at('18:05') } }), at('18:30'), 1))).toEqual([
      [at('19:00'), ['hydration', 'meal']],
    ]);
  });

  it('two fixed times inside the merge window come together at the later one', () => {
    const settings = onlyKinds(
      { meal: fixedSchedule(['19:00']), stress: fixedSchedule(['19:08']) },
      { general: { mergeMinutes: 10 } },
    );
    expect(shape(upcoming(settings, freshPlan(), at('18:00'), 1))).toEqual([[at('19:08'), ['stress', 'meal']]]);
  });

  it('planning again after the interval time has passed keeps it in the fixed prompt (the look-back)', () => {
    const settings = waterAndMeal(60, ['08:53', '22:00'], ['19:00']);
    // Asked again at 18:55 (a page opened): water's 18:53 has passed unprompted but still joins 19:00.
    const state = plan({ hydration: { anchor: at('17:53') } });
    expect(shape(upcoming(settings, state, at('18:55'), 1))).toEqual([[at('19:00'), ['hydration', 'meal']]]);
  });

  it('a time that passed unprompted long ago is not planned: counting goes on from now', () => {
    const settings = waterAndMeal(60, ['08:25', '22:00'], []);
    expect(shape(upcoming(settings, plan({ hydration: { anchor: at('12:25') } }), at('18:30'), 1))).toEqual([
      [at('19:25'), ['hydration']],
    ]);
  });

  it('case 28: a snooze holds — its regular times inside the snooze are absorbed, one prompt at its end', () => {
    const settings = waterAndMeal(5, ['18:48', '22:00'], []);
    // Snoozed for 10 minutes at 18:53.
    const state = plan({ hydration: { anchor: at('18:53'), snoozeUntil: at('19:03') } });
    expect(shape(upcoming(settings, state, at('18:53'), 3))).toEqual([
      [at('19:03'), ['hydration']],
      [at('19:08'), ['hydration']],
      [at('19:13'), ['hydration']],
    ]);
    expect(nextPrompts(settings, state, at('18:58')).hydration?.at).toBe(at('19:03'));
  });

  it('a snooze end is never moved earlier either; an interval reminder joins it', () => {
    const settings = onlyKinds(
      {
        meal: fixedSchedule(['12:30']),
        hydration: intervalSchedule(60, everyDay({ start: '09:00', end: '18:00' })),
      },
      { general: { mergeMinutes: 10 } },
    );
    const state = plan({ meal: { snoozeUntil: at('12:45') }, hydration: { anchor: at('11:40') } });
    expect(shape(upcoming(settings, state, at('12:35'), 1))).toEqual([[at('12:45'), ['hydration', 'meal']]]);
  });

  it('a pause: nothing until it ends (a snooze ending inside it lapses); nothing at all until resumed', () => {
    const settings = waterAndMeal(60, ['09:00', '18:00'], ['12:30']);
    const now = at('10:10');
    expect(upcoming(settings, plan({}, 'forever'), now, 5)).toEqual([]);
    expect(nextPrompts(settings, plan({}, 'forever'), now)).toEqual({});
    const paused = plan({ hydration: { anchor: at('10:00'), snoozeUntil: at('10:20') } }, at('12:40'));
    expect(shape(upcoming(settings, paused, now, 2))).toEqual([
      [at('13:00'), ['hydration']],
      [at('14:00'), ['hydration']],
    ]);
  });

  it('each kind’s next prompt, including one far behind a run of frequent reminders', () => {
    const settings = onlyKinds(
      {
        hydration: intervalSchedule(5, everyDay({ start: '00:00', end: '23:55' })),
        meal: fixedSchedule(['12:00'], [6]),
      },
      { general: { mergeMinutes: 0 } },
    );
    const next = nextPrompts(settings, freshPlan(), at('09:00'));
    expect(next.hydration?.at).toBe(at('09:05'));
    // Saturday's noon meal, more than 500 water prompts away, still gets its own time.
    expect(next.meal?.at).toBe(at('12:00', '2026-11-28'));
  });

  it('kinds that are off, or have nothing in the coming week, are not planned', () => {
    const settings = onlyKinds({ hydration: intervalSchedule(60, everyDay()) });
    expect(nextPrompts(settings, freshPlan(), at('09:00'))).toEqual({});
    expect(upcoming(settings, freshPlan(), at('09:00'), 3)).toEqual([]);
  });

  it('pause: presets, the end of a pause, and paused until resumed', () => {
    const now = at('15:10');
    expect(pauseUntil('30m', now, 0)).toBe(now + 30 * MINUTE);
    expect(pauseUntil('2h', now, 0)).toBe(now + 2 * HOUR);
    expect(pauseUntil('today', now, 0)).toBe(at('00:00', '2026-11-24'));
    expect(pauseUntil('forever', now, 0)).toBe('forever');
    expect(resumesAt(now + HOUR, now)).toBe(now + HOUR);
    expect(resumesAt(now - 1, now)).toBe(now);
    expect(resumesAt('forever', now)).toBeNull();
    expect(isPaused('forever', now)).toBe(true);
    expect(isPaused(null, now)).toBe(false);
  });
});
