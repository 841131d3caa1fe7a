/**
 * Prompts as the planner plans them, in the real browser: the options preview's first merged
 * prompt is the notification that really arrives, at a fixed time and never before it; a snooze
 * holds; and a merged prompt's first button answers nothing, each kind being answered on its own.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from '@/utils/settings/migrate';
import type { Settings } from '@/utils/settings/schema';
import { formatClock, MINUTE } from '@/utils/time/clock';
import { alarmSettings, INTERVAL_MINUTES } from './alarm-settings';
import { type Harness, launch, until } from './harness';

declare const glowTest: {
  created: { id: string; options: { title?: string; buttons?: { title: string }[] }; at: number }[];
  onButton(id: string, index: number): Promise<void>;
  setAnchor(kind: string, anchor: number): Promise<void>;
};

interface StoredEvent {
  type: string;
  kind?: string;
  outcome?: string;
}

/** Water every 5 minutes around now (nothing holding reminders back), with changes to other kinds. */
function settingsWith(patch: (settings: Settings) => void): Settings {
  const settings = alarmSettings(new Date(), 0);
  settings.general.mergeMinutes = 10;
  patch(settings);
  return settings;
}

describe('prompts as planned, in the real browser', () => {
  let browser: Harness;
  let page: Page;

  const created = () => browser.inWorker(() => glowTest.created);
  const alarms = () =>
    browser.inWorker(async () =>
      Object.fromEntries(
        (await chrome.alarms.getAll()).map((a: { name: string; scheduledTime: number }) => [a.name, a.scheduledTime]),
      ),
    ) as Promise<Record<string, number>>;
  const events = () =>
    browser.inWorker(async () =>
      Object.entries(await chrome.storage.local.get(null))
        .filter(([key]) => key.startsWith('day:'))
        .flatMap(([, list]) => list as StoredEvent[]),
    );
  /** Bring a kind's own time to about a second from now, as a logged activity would set its countdown. */
  const dueSoon = (kind: string) =>
    browser.inWorker(([k, a]) => glowTest.setAnchor(k, a), [
      kind,
      Date.now() + 1200 - INTERVAL_MINUTES * MINUTE,
    ] as const);

  async function seed(settings: Settings) {
    await browser.inWorker(
      async ([s, v]) => {
        for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
        await chrome.storage.local.clear();
        await chrome.storage.sync.set({ settings: s, settings$: { v } });
      },
      [settings, SETTINGS_VERSION] as const,
    );
    await browser.inWorker(() => {
      glowTest.created.length = 0;
    });
  }

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await page?.close();
    browser.errors.length = 0;
  });

  it('case 29: the preview’s first merged prompt is the notification that arrives, at the fixed time and not before', async () => {
    // The meal at the next whole minute at least 20 s away; water's own time a few seconds from now.
    const now = Date.now();
    let fixedAt = Math.ceil(now / MINUTE) * MINUTE;
    if (fixedAt - now < 20_000) fixedAt += MINUTE;
    const local = new Date(fixedAt);
    const clock = formatClock(local.getHours() * 60 + local.getMinutes());
    await seed(
      settingsWith((s) => {
        s.meal = { ...s.meal, enabled: true, schedule: { ...s.meal.schedule, mode: 'fixed' } };
        s.meal.schedule.fixed = { times: [clock], days: [0, 1, 2, 3, 4, 5, 6] };
      }),
    );
    await browser.inWorker(([k, a]) => glowTest.setAnchor(k, a), [
      'hydration',
      Date.now() + 3_000 - INTERVAL_MINUTES * MINUTE,
    ] as const);
    await until(async () => {
      const armed = await alarms();
      return armed['glow:due:hydration'] === fixedAt && armed['glow:due:meal'] === fixedAt;
    });

    page = await browser.open('options');
    const first = await until(() =>
      page
        .locator('#section-preview li')
        .first()
        .evaluate((li) => ({
          at: Date.parse(li.querySelector('time')?.getAttribute('datetime') ?? ''),
          kinds: li.querySelector('.preview-kinds')?.textContent ?? '',
          together: li.querySelector('.badge') !== null,
        })),
    );
    expect(first).toEqual({ at: fixedAt, kinds: 'Hydration and Mindful eating', together: true });

    // Water's own time passes: nothing is shown before the meal's minute.
    await new Promise((r) => setTimeout(r, 4_000));
    expect(await created()).toEqual([]);
    const shown = await until(async () => (await created())[0], 90_000);
    expect(shown.at).toBeGreaterThanOrEqual(fixedAt);
    expect(shown.options.title).toBe('Gentle reminders: Hydration and Mindful eating');
    expect(shown.options.buttons?.map((b) => b.title)).toEqual(['Open', 'Snooze']);
    expect(await created()).toHaveLength(1);
    expect(browser.errors).toEqual([]);
  }, 120_000);

  it('case 28: a snooze holds: one alarm at its end, and the popup’s "next up" says so', async () => {
    await seed(settingsWith(() => undefined));
    await dueSoon('hydration');
    const { id } = await until(async () => (await created())[0]);
    const snoozed = Date.now();
    await browser.inWorker((n) => glowTest.onButton(n, 1), id);
    const armed = await alarms();
    expect(Object.keys(armed)).toEqual(['glow:due:hydration']);
    expect(armed['glow:due:hydration']).toBeGreaterThanOrEqual(snoozed + 10 * MINUTE);
    page = await browser.open('popup');
    const next = page.getByRole('region', { name: 'Next up' });
    await next.getByText(/^in (9|10) min$/).waitFor();
    expect(await created()).toHaveLength(1);
    expect(browser.errors).toEqual([]);
  });

  it('case 30: a merged prompt’s first button opens its view and records nothing; each kind is answered on its own', async () => {
    await seed(
      settingsWith((s) => {
        s.stress = { ...s.hydration, snoozeMinutes: 10 };
      }),
    );
    await dueSoon('hydration');
    await dueSoon('stress');
    const { id, options } = await until(async () => (await created())[0]);
    expect(options.title).toBe('Gentle reminders: Hydration and Stress break');
    const opened = browser.context.waitForEvent('page');
    await browser.inWorker((n) => glowTest.onButton(n, 0), id);
    page = await opened;
    await page.waitForURL(new RegExp(`popup\\.html#reminder/${id}$`));
    // Open answered nothing.
    expect((await events()).filter((e) => e.type === 'water' || e.outcome === 'done')).toEqual([]);
    const view = page.getByRole('main');
    await view.getByRole('button', { name: 'Breathe now' }).waitFor();
    expect(await view.getByRole('button').allTextContents()).toEqual(['Drank a glass', 'Breathe now', 'Snooze']);
    await view.getByRole('button', { name: 'Breathe now' }).click();
    await page.waitForURL(/#breathe$/);
    const after = await events();
    expect(after.filter((e) => e.type === 'water')).toEqual([]);
    expect(after.filter((e) => e.outcome === 'done').map((e) => e.kind)).toEqual(['stress']);
    expect(browser.errors).toEqual([]);
  });
});
