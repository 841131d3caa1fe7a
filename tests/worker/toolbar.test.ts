/** The toolbar tells the state: a pause on the badge and in the title, waiting reminders keep their count. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { HOUR } from '@/utils/time/clock';
import { onlyKinds } from '../factories';
import { environment } from '../fakes';
import { at, badge, bootWorker, fire, hourly, hydrationFired, useClock, withSettings } from './boot';

afterEach(() => {
  vi.useRealTimers();
});

const action = fakeBrowser.action as unknown as {
  getTitle(details: object): Promise<string>;
  getBadgeBackgroundColor(details: object): Promise<number[]>;
};
const title = () => action.getTitle({});
const color = async () => (await action.getBadgeBackgroundColor({})).slice(0, 3).join(',');
const GREY = '95,107,102';
const GREEN = '46,139,111';

describe('the toolbar', () => {
  it('while paused: the pause sign on a grey badge, and the title says until when; resuming clears both', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ hydration: hourly }));
    const handlers = createHandlers(bootWorker());
    await handlers.pause({ preset: '1h' });
    expect(await badge()).toBe('❚❚');
    expect(await color()).toBe(GREY);
    // By the clock, not "in 60 min": nothing redraws the title as the minutes pass.
    expect(await title()).toBe('Glow Within\nPaused, back at 10:30');
    await handlers.resume(undefined);
    expect(await badge()).toBe('');
    expect(await title()).toBe('Glow Within');
  });

  it('until resumed, or for the rest of the day, says so', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ hydration: hourly }));
    const handlers = createHandlers(bootWorker());
    await handlers.pause({ preset: 'forever' });
    expect(await title()).toBe('Glow Within\nPaused until you resume');
    await handlers.pause({ preset: 'today' });
    expect(await title()).toBe('Glow Within\nPaused for the rest of today');
  });

  it('a timed pause that runs out goes from the toolbar when its resume alarm fires', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ hydration: hourly }));
    const worker = bootWorker();
    await createHandlers(worker).pause({ preset: '30m' });
    expect(await badge()).toBe('❚❚');
    await fire(worker, 'glow:resume');
    expect(await badge()).toBe('');
    expect(await title()).toBe('Glow Within');
  });

  it('waiting reminders keep their count while paused, and the title names both', async () => {
    environment.permission = 'denied';
    const worker = await hydrationFired(onlyKinds({ hydration: hourly }));
    expect(await badge()).toBe('1');
    expect(await color()).toBe(GREEN);
    vi.setSystemTime(at('10:05'));
    await createHandlers(worker).pause({ preset: '2h' });
    expect(await badge()).toBe('1');
    expect(await color()).toBe(GREY);
    expect(await title()).toBe(
      `Glow Within\nPaused, back at ${new Date(at('10:05') + 2 * HOUR).toTimeString().slice(0, 5)}\n1 waiting: open to answer`,
    );
  });
});
