/**
 * The evening check-in reminder end to end in the worker: armed for its fixed time and never
 * early, a notification in its own words at that time, its action opening the check-in view, and
 * checking in (from there or anywhere) answering it once; a day already checked in gets no
 * reminder that evening.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { fixedSchedule, onlyKinds } from '../factories';
import { translate } from '../fakes';
import { alarms, at, bootWorker, fire, MONDAY, outcomes, shownNotifications, useClock, withSettings } from './boot';

afterEach(() => {
  vi.useRealTimers();
});

async function checkinDue() {
  useClock(at('20:30'));
  await withSettings(onlyKinds({ checkin: fixedSchedule(['21:00']) }));
  const worker = bootWorker();
  await worker.reconcile();
  return worker;
}

describe('the evening check-in reminder', () => {
  it('is armed for 21:00 exactly, and its notification comes then, in its own words', async () => {
    const worker = await checkinDue();
    expect(await alarms()).toEqual({ 'glow:due:checkin': at('21:00') });
    vi.setSystemTime(at('21:00'));
    await fire(worker, 'glow:due:checkin');
    const shown = Object.values(shownNotifications());
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe(translate('titleCheckin'));
    expect(shown[0]?.buttons?.[0]?.title).toBe(translate('btnCheckin'));
    expect(await outcomes()).toEqual(['checkin:shown']);
  });

  it('its action opens the check-in view; checking in there answers it once', async () => {
    const worker = await checkinDue();
    vi.setSystemTime(at('21:00'));
    await fire(worker, 'glow:due:checkin');
    const [id] = Object.keys(shownNotifications());
    const opened = vi.spyOn(fakeBrowser.windows, 'create');
    await worker.onButton(id as string, 0);
    expect(opened.mock.calls.map(([options]) => String(options?.url))).toContainEqual(
      expect.stringMatching(/popup\.html#checkin$/),
    );
    const handlers = createHandlers(bootWorker());
    await handlers.saveCheckin({ date: MONDAY, patch: { skin: 4 } });
    await handlers.saveCheckin({ date: MONDAY, patch: { gut: 3 } });
    expect((await outcomes()).filter((o) => o === 'checkin:done')).toHaveLength(1);
    expect(shownNotifications()).toEqual({});
    // Tomorrow's is armed, at 21:00 again.
    expect((await alarms())['glow:due:checkin']).toBe(at('21:00', '2026-11-24'));
  });

  it('a check-in given earlier in the day (from the popup, the new tab, the journal) means no reminder that evening', async () => {
    const worker = await checkinDue();
    const handlers = createHandlers(worker);
    await handlers.saveCheckin({ date: MONDAY, patch: { skin: 5 } });
    vi.setSystemTime(at('21:00'));
    await fire(bootWorker(), 'glow:due:checkin');
    expect(shownNotifications()).toEqual({});
    expect(await outcomes()).toEqual(['checkin:skipped']);
    // Tomorrow's still comes, at 21:00.
    expect((await alarms())['glow:due:checkin']).toBe(at('21:00', '2026-11-24'));
  });
});
