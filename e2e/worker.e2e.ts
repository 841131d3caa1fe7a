import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { Settings } from '@/utils/settings/schema';
import { alarmSettings, INTERVAL_MINUTES, settingsItems } from './alarm-settings';
import { type Harness, launch, until } from './harness';

declare const glowTest: {
  created: { id: string; options: chrome.notifications.NotificationCreateOptions; at: number }[];
  onButton(id: string, index: number): Promise<void>;
  onInstalled(): Promise<void>;
  setAnchor(kind: string, anchor: number): Promise<void>;
};
declare namespace chrome.notifications {
  interface NotificationCreateOptions {
    title?: string;
    message?: string;
    iconUrl?: string;
    requireInteraction?: boolean;
    buttons?: { title: string }[];
  }
}

/** Hydration every 5 minutes in a window around now (the benchmark's settings); others as given. */
const settingsAroundNow = (patch: Partial<Settings> = {}): Settings => ({ ...alarmSettings(new Date(), 0), ...patch });

const median = (values: number[]) =>
  [...values].sort((a: number, b: number) => a - b)[Math.floor(values.length / 2)] as number;

describe('reminder delivery in the real browser', () => {
  let browser: Harness;
  let page: Page;

  /** Read alarms and notifications from an extension page: that does not wake the worker. */
  const alarmsNow = () =>
    page.evaluate(async () =>
      Object.fromEntries(
        (await chrome.alarms.getAll()).map((a: { name: string; scheduledTime: number }) => [a.name, a.scheduledTime]),
      ),
    );
  const notificationIds = () => page.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
  const history = () =>
    page.evaluate(async () =>
      Object.entries(await chrome.storage.local.get(null))
        .filter(([k]) => k.startsWith('day:'))
        .flatMap(([, v]) => v as { type: string; outcome?: string }[]),
    );

  async function writeSettings(settings: Settings) {
    await page.evaluate((items) => chrome.storage.sync.set(items), settingsItems(settings));
  }

  /** Arm hydration about a second from now, through the real anchor → scheduler → alarm path. */
  async function armSoon(): Promise<number> {
    const anchor = Date.now() + 1200 - INTERVAL_MINUTES * 60_000;
    await browser.inWorker((a: number) => glowTest.setAnchor('hydration', a), anchor);
    return until(async () => (await alarmsNow())['glow:due:hydration'] as number | undefined);
  }

  async function clearNotifications() {
    await page.evaluate(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
    });
  }

  beforeAll(async () => {
    browser = await launch();
    page = await browser.open('options');
    await writeSettings(settingsAroundNow());
    await until(async () => {
      const alarms = await alarmsNow();
      return Object.keys(alarms).join() === 'glow:due:hydration';
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an alarm due in about a second produces a real notification with the right buttons', async () => {
    const due = await armSoon();
    expect(due - Date.now()).toBeLessThan(3000);
    const [id] = await until(async () => {
      const ids = await notificationIds();
      return ids.length ? ids : null;
    });
    const created = await browser.inWorker(() => glowTest.created);
    expect(created.map((c) => c.id)).toEqual([id]);
    const options = created[0]?.options;
    expect(options?.title).toBe('Time for some water');
    expect(options?.buttons?.map((b) => b.title)).toEqual(['Drank a glass', 'Snooze']);
    expect(options?.iconUrl).toMatch(/^chrome-extension:\/\/.+\/icon\/128\.png$/);
    expect((await history()).map((e) => e.outcome)).toEqual(['shown']);
    expect(browser.errors).toEqual([]);
  });

  it('the Snooze handler moves the one alarm to the snooze end and records one snooze', async () => {
    const [id] = await notificationIds();
    const snoozed = Date.now();
    await browser.inWorker((n) => Promise.all([glowTest.onButton(n, 1), glowTest.onButton(n, 1)]), id as string);
    const alarms = await alarmsNow();
    expect(Object.keys(alarms)).toEqual(['glow:due:hydration']);
    // The settings' snooze length is 10 minutes: nothing comes before then.
    expect(alarms['glow:due:hydration']).toBeGreaterThanOrEqual(snoozed + 10 * 60_000);
    expect((await history()).filter((e) => e.outcome === 'snoozed')).toHaveLength(1);
    expect(await notificationIds()).toEqual([]);
  });

  it('the same with the worker stopped: the alarm wakes it and the notification appears', async () => {
    await clearNotifications();
    await armSoon();
    await browser.stopWorker();
    const ids = await until(async () => {
      const list = await notificationIds();
      return list.length ? list : null;
    });
    expect(ids).toHaveLength(1);
    expect(browser.errors).toEqual([]);
  });

  it('delay from alarm time to notification shown, warm and with a stopped worker', async () => {
    const delays: Record<'warm' | 'cold', number[]> = { warm: [], cold: [] };
    for (const mode of ['warm', 'cold', 'warm', 'cold', 'warm', 'cold'] as const) {
      await clearNotifications();
      await browser.inWorker(() => {
        glowTest.created.length = 0;
      });
      const due = await armSoon();
      if (mode === 'cold') await browser.stopWorker();
      await until(async () => ((await notificationIds()).length ? true : null));
      const [shown] = await browser.inWorker(() => glowTest.created.map((c) => c.at));
      delays[mode].push((shown as number) - due);
    }
    const report = { warmMs: median(delays.warm), coldMs: median(delays.cold) };
    console.info(`alarm → notification median delay: ${JSON.stringify(report)}`);
    expect(report.warmMs).toBeGreaterThanOrEqual(0);
    expect(report.coldMs).toBeGreaterThanOrEqual(0);
  });

  it('a simulated update (alarms cleared + onInstalled) rebuilds every alarm', async () => {
    await writeSettings(settingsAroundNow({ stress: { ...DEFAULT_SETTINGS.stress, enabled: true } }));
    const before = await until(async () => {
      const alarms = await alarmsNow();
      return 'glow:due:stress' in alarms ? alarms : null;
    });
    await page.evaluate(() => chrome.alarms.clearAll());
    await browser.inWorker(() => glowTest.onInstalled());
    const after = await alarmsNow();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after['glow:due:stress']).toBe(before['glow:due:stress']);
  });

  it('disabling a kind in settings removes its alarm', async () => {
    await writeSettings(settingsAroundNow({ stress: { ...DEFAULT_SETTINGS.stress, enabled: false } }));
    await until(async () => !('glow:due:stress' in (await alarmsNow())));
    expect(Object.keys(await alarmsNow())).not.toContain('glow:due:stress');
    expect(browser.errors).toEqual([]);
  });
});
