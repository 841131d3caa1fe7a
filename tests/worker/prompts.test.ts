/**
 * The three bugs that came from merging and snoozing being decided in two places: the worker now
 * arms exactly what the planner plans, and answers each kind of a merged prompt on its own.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { upcoming } from '@/utils/schedule/planner';
import { everyDay, fixedSchedule, intervalSchedule, onlyKinds } from '../factories';
import { alarms, at, bootWorker, fire, history, outcomes, shownNotifications, useClock, withSettings } from './boot';

afterEach(() => {
  vi.useRealTimers();
});

/** Each notification as it is created, with the clock time it appeared at. */
function watchCreated() {
  const create = vi.spyOn(fakeBrowser.notifications, 'create');
  return () => create.mock.calls.map((call) => ({ at: Date.now(), id: String(call[0]) }));
}

describe('prompts as the planner plans them', () => {
  it('case 29: a fixed time is never early — a 19:00 meal and water due 18:53, merge 10 min: nothing before 19:00', async () => {
    useClock(at('18:30'));
    const settings = onlyKinds(
      {
        hydration: intervalSchedule(60, everyDay({ start: '08:53', end: '22:00' })),
        meal: fixedSchedule(['19:00']),
      },
      { general: { mergeMinutes: 10 } },
    );
    await withSettings(settings);
    const worker = bootWorker();
    await worker.reconcile();
    // Water's own time is 18:53 (every hour from 08:53); it waits for the meal.
    expect(await alarms()).toEqual({ 'glow:due:hydration': at('19:00'), 'glow:due:meal': at('19:00') });
    // A page opened at 18:55 wakes the worker: the plan, and the alarms, stay the same.
    vi.setSystemTime(at('18:55'));
    await bootWorker().reconcile();
    expect(await alarms()).toEqual({ 'glow:due:hydration': at('19:00'), 'glow:due:meal': at('19:00') });
    const created = watchCreated();
    await fire(worker, 'glow:due:hydration');
    await worker.onAlarm({ name: 'glow:due:meal', scheduledTime: at('19:00') });
    expect(created().map((c) => c.at)).toEqual([at('19:00')]);
    expect(Object.values(shownNotifications()).map((n) => n.title)).toEqual([
      'Gentle reminders: Hydration and Mindful eating',
    ]);
    // The options preview had said the same.
    const snapshot = await createHandlers(worker).getSnapshot(undefined);
    expect(upcoming(settings, snapshot.plan, at('19:00') + 1, 1)[0]?.at).toBe(at('20:00'));
  });

  it('case 28: a snooze holds — water every 5 min, snooze 10: nothing until the snooze ends, then exactly one', async () => {
    useClock(at('18:50'));
    await withSettings(onlyKinds({ hydration: intervalSchedule(5, everyDay({ start: '18:48', end: '22:00' })) }, {}));
    const worker = bootWorker();
    await worker.reconcile();
    await fire(worker, 'glow:due:hydration');
    expect(Date.now()).toBe(at('18:53'));
    const [id] = Object.keys(shownNotifications());
    await worker.onButton(id as string, 1);
    // One alarm, at the snooze's end; "next up" says so.
    expect(await alarms()).toEqual({ 'glow:due:hydration': at('19:03') });
    const handlers = createHandlers(worker);
    expect((await handlers.getSnapshot(undefined)).next.hydration).toEqual({ state: 'due', at: at('19:03') });
    const created = watchCreated();
    // Nothing at 18:58: the worker woken then (a page opened) plans the same.
    vi.setSystemTime(at('18:58'));
    await bootWorker().reconcile();
    expect(await alarms()).toEqual({ 'glow:due:hydration': at('19:03') });
    await fire(worker, 'glow:due:hydration');
    expect(created().map((c) => c.at)).toEqual([at('19:03')]);
    expect(await outcomes()).toEqual(['hydration:shown', 'hydration:snoozed', 'hydration:shown']);
    expect(await alarms()).toEqual({ 'glow:due:hydration': at('19:08') });
  });

  it('case 30: merged answers are honest — the first button opens the view; each kind’s Done records its own', async () => {
    useClock(at('18:30'));
    await withSettings(
      onlyKinds(
        { hydration: intervalSchedule(60, everyDay({ start: '08:55', end: '22:00' })), meal: fixedSchedule(['19:00']) },
        { general: { mergeMinutes: 10 } },
      ),
    );
    const worker = bootWorker();
    await worker.reconcile();
    await fire(worker, 'glow:due:meal');
    const [id] = Object.keys(shownNotifications()) as [string];
    const windows = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    await worker.onButton(id, 0);
    // "Open" answers nothing: no drink, no done; the view where each kind is answered opens.
    expect((await history()).filter((e) => e.type === 'water')).toEqual([]);
    expect(await outcomes()).toEqual(['hydration:shown', 'meal:shown']);
    expect(String(windows.mock.calls[0]?.[0]?.url)).toMatch(new RegExp(`popup\\.html#reminder/${id}$`));
    // The meal's own Done never logs a drink; it leads on to the meal check.
    expect(await worker.act(id, { type: 'done', kind: 'meal' })).toEqual({
      recorded: true,
      opens: { name: 'meal' },
    });
    expect((await history()).filter((e) => e.type === 'water')).toEqual([]);
    // The snapshot still lists the water, on its own.
    const snapshot = await createHandlers(worker).getSnapshot(undefined);
    expect(snapshot.pending).toEqual([{ occurrence: id, kinds: ['hydration'], scheduledAt: at('19:00') }]);
    expect(await worker.act(id, { type: 'done', kind: 'hydration' })).toEqual({ recorded: true, opens: null });
    expect(await worker.act(id, { type: 'done', kind: 'hydration' })).toEqual({ recorded: false, opens: null });
    expect((await history()).filter((e) => e.type === 'water')).toHaveLength(1);
    expect(await outcomes()).toEqual(['hydration:shown', 'meal:shown', 'meal:done', 'hydration:done']);
    expect((await createHandlers(worker).getSnapshot(undefined)).pending).toEqual([]);
  });
});
