/**
 * Case 35 in Chromium: a reminder that falls due while the browser window is full screen waits,
 * and comes as one prompt the moment the window leaves full screen (Chrome's windows.onBoundsChanged).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alarmSettings, INTERVAL_MINUTES, settingsItems } from './alarm-settings';
import { type Harness, launch, until } from './harness';

declare const glowTest: {
  created: { id: string }[];
  setAnchor(kind: string, anchor: number): Promise<void>;
};

describe('case 35: full screen, in Chromium', () => {
  let browser: Harness;

  const windowState = (state: 'fullscreen' | 'normal') =>
    browser.inWorker(async (s) => {
      const window = await chrome.windows.getLastFocused();
      await chrome.windows.update(window.id as number, { state: s });
      for (let i = 0; i < 50 && (await chrome.windows.getLastFocused()).state !== s; i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
    }, state);
  const created = () => browser.inWorker(() => glowTest.created.length);
  const outcomes = () =>
    browser.inWorker(async () =>
      Object.entries(await chrome.storage.local.get(null))
        .filter(([key]) => key.startsWith('day:'))
        .flatMap(([, events]) => (events as { type: string; outcome?: string }[]).map((e) => e.outcome ?? e.type)),
    );

  beforeAll(async () => {
    browser = await launch();
    const page = await browser.open('options');
    await page.evaluate((items) => chrome.storage.sync.set(items), settingsItems(alarmSettings(new Date(), 0)));
    await page.close();
    await until(async () =>
      browser.inWorker(async () =>
        (await chrome.alarms.getAll()).some((a: { name: string }) => a.name === 'glow:due:hydration'),
      ),
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('holds a due reminder until the window leaves full screen, then one prompt', async () => {
    await windowState('fullscreen');
    // Due in about a second, through the real anchor → planner → alarm path.
    await browser.inWorker(
      (anchor: number) => glowTest.setAnchor('hydration', anchor),
      Date.now() + 1200 - INTERVAL_MINUTES * 60_000,
    );
    await until(async () => ((await outcomes()).includes('deferred') ? true : null));
    expect(await created()).toBe(0);
    expect(await browser.inWorker(async () => Object.keys(await chrome.notifications.getAll()))).toEqual([]);
    expect(await browser.inWorker(async () => (await chrome.alarms.get('glow:held'))?.periodInMinutes)).toBe(1);

    await windowState('normal');
    const shown = await until(async () => {
      const ids = await browser.inWorker(async () => Object.keys(await chrome.notifications.getAll()));
      return ids.length > 0 ? ids : null;
    });
    expect(shown).toHaveLength(1);
    expect(await created()).toBe(1);
    expect((await outcomes()).filter((o) => o === 'shown')).toHaveLength(1);
    expect(await browser.inWorker(async () => (await chrome.alarms.get('glow:held')) ?? null)).toBeNull();
  });

  it('logged no console error anywhere', () => {
    expect(browser.errors).toEqual([]);
  });
});
