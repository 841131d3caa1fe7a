/**
 * Case 35 in Firefox: no windows.onBoundsChanged there (utils/platform.ts), so nothing listens
 * for it; the held check, every minute, brings the held reminders when full screen has ended.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onlyKinds } from '../factories';
import { environment } from '../fakes';
import { fire, hourly, hydrationFired, runBackgroundMain } from './boot';

afterEach(() => {
  vi.useRealTimers();
});

describe('case 35 in Firefox', () => {
  it('the worker starts without listening for an event Firefox does not have', async () => {
    expect('onBoundsChanged' in fakeBrowser.windows).toBe(false);
    await runBackgroundMain();
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
  });

  it('a reminder held in full screen comes on the first check after it ends', async () => {
    environment.windowState = 'fullscreen';
    const worker = await hydrationFired(onlyKinds({ hydration: hourly }));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    environment.windowState = 'normal';
    await fire(worker, 'glow:held');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
    expect(await fakeBrowser.alarms.get('glow:held')).toBeUndefined();
  });
});
