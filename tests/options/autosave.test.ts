import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAutosave, type SaveState } from '@/components/options/model/autosave';
import { debounce } from '@/components/options/model/debounce';
import { createFormModel } from '@/components/options/model/form-model';
import { settingsPort } from '@/components/options/model/ports';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { saveSettings } from '@/utils/settings/store';
import { localInstant } from '@/utils/time/clock';
import { makeSettings } from '../factories';
import { enforceSyncQuota, QUOTA_MESSAGE } from './quota';
import { storedSettings } from './support';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(localInstant('2026-11-23', 10 * 60));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('debounce with a maximum wait', () => {
  it('runs once, `wait` after the last call', () => {
    const run = vi.fn();
    const d = debounce(run, { wait: 800, maxWait: 4000 });
    d.call();
    vi.advanceTimersByTime(500);
    d.call();
    vi.advanceTimersByTime(799);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(d.pending).toBe(false);
  });

  it('runs at least every `maxWait` while calls keep coming', () => {
    const run = vi.fn();
    const d = debounce(run, { wait: 800, maxWait: 4000 });
    for (let ms = 0; ms < 12_000; ms += 100) {
      d.call();
      vi.advanceTimersByTime(100);
    }
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('flush runs a waiting call now; cancel drops it', () => {
    const run = vi.fn();
    const d = debounce(run, { wait: 800, maxWait: 4000 });
    d.flush();
    expect(run).not.toHaveBeenCalled();
    d.call();
    d.flush();
    expect(run).toHaveBeenCalledTimes(1);
    d.call();
    d.cancel();
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('autosave', () => {
  it('the emulated quota refuses the 121st write in a minute (what an undebounced form would hit)', async () => {
    const quota = enforceSyncQuota();
    for (let i = 0; i < 121; i++) {
      await saveSettings(makeSettings({ hydration: { snoozeMinutes: 5 + (i % 100) } })).catch(() => undefined);
    }
    // (The very first write of an empty store also stamps the item's version: one more write.)
    expect(quota.writes).toBe(120);
    expect(quota.refused).toBeGreaterThan(0);
  });

  it('case 9: sync write quota — a value changed 300 times in a minute is debounced, with no quota error', async () => {
    const quota = enforceSyncQuota();
    const form = createFormModel(settingsPort);
    await form.open();
    let last = 0;
    for (let i = 0; i < 300; i++) {
      last = 5 + (i % 116);
      form.update((s) => {
        s.hydration.snoozeMinutes = last;
      });
      await vi.advanceTimersByTimeAsync(200);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(quota.refused).toBe(0);
    // One write at most every 4 s while the value keeps changing: 15 in the minute, plus the last.
    expect(quota.writes).toBeLessThanOrEqual(16);
    expect(quota.writes).toBeGreaterThanOrEqual(14);
    expect((await storedSettings())?.hydration.snoozeMinutes).toBe(last);
    expect(form.saveState.value).toEqual({ status: 'saved' });
    form.close();
  });

  it('case 9: sync write quota — an injected quota error is shown and retried with backoff, the edit kept', async () => {
    const quota = enforceSyncQuota();
    const form = createFormModel(settingsPort);
    await form.open();
    quota.failNext = 2;
    form.update((s) => {
      s.stress.schedule.interval.everyMinutes = 45;
    });
    await vi.advanceTimersByTimeAsync(800);
    expect(form.saveState.value).toEqual({ status: 'failed', error: QUOTA_MESSAGE, retryInMs: 2_000, attempt: 1 });
    expect(form.draft.value?.stress.schedule.interval.everyMinutes).toBe(45);
    expect(await storedSettings()).toBeUndefined();

    // A further edit while waiting does not write sooner: the retry takes the newest value.
    form.update((s) => {
      s.stress.snoozeMinutes = 20;
    });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(form.saveState.value).toMatchObject({ status: 'failed', retryInMs: 5_000, attempt: 2 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(form.saveState.value).toEqual({ status: 'saved' });
    expect(await storedSettings()).toMatchObject({
      stress: { snoozeMinutes: 20, schedule: { interval: { everyMinutes: 45 } } },
    });
    expect(quota).toMatchObject({ writes: 1, refused: 2 });
    form.close();
  });

  it('"Try again now" retries at once', async () => {
    const quota = enforceSyncQuota();
    const form = createFormModel(settingsPort);
    await form.open();
    quota.failNext = 1;
    form.update((s) => {
      s.meal.enabled = false;
    });
    await vi.advanceTimersByTimeAsync(800);
    expect(form.saveState.value.status).toBe('failed');
    await expect(form.retry()).resolves.toBe(true);
    expect((await storedSettings())?.meal.enabled).toBe(false);
    form.close();
  });

  it('a refused value (too large to sync) is reported and not retried', async () => {
    const states: SaveState[] = [];
    const write = vi.fn(async () => ({
      ok: false as const,
      problems: [{ path: '', message: 'errTooLarge' as const, detail: ['9000', '8192'] }],
    }));
    const autosave = createAutosave({ write, onSaved: vi.fn(), onState: (s) => states.push(s) });
    autosave.schedule(DEFAULT_SETTINGS);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(write).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toEqual({
      status: 'refused',
      problems: [{ path: '', message: 'errTooLarge', detail: ['9000', '8192'] }],
    });
  });

  it('going back to the stored value cancels the waiting write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const form = createFormModel(settingsPort);
    await form.open();
    form.update((s) => {
      s.hydration.snoozeMinutes = 30;
    });
    form.update((s) => {
      s.hydration.snoozeMinutes = DEFAULT_SETTINGS.hydration.snoozeMinutes;
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(set).not.toHaveBeenCalled();
    expect(form.saveState.value).toEqual({ status: 'saved' });
    form.close();
  });
});
