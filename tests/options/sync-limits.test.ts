import { render, screen } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createClock } from '@/components/kit/clock';
import { createFormModel, type FormModel } from '@/components/options/model/form-model';
import { createOptionsModel } from '@/components/options/model/options-model';
import { settingsPort } from '@/components/options/model/ports';
import { OptionsApp } from '@/components/options/options-app';
import { REMINDER_KINDS } from '@/utils/reminder-kinds';
import { LIMITS } from '@/utils/settings/schema';
import { SYNC_ITEM_LIMIT, saveSettings, syncBytes } from '@/utils/settings/store';
import { makeSettings } from '../factories';
import { FAST, fakeSnapshot, storedSettings, workerActions, workerDataPort } from './support';

const SYNC_TOTAL_LIMIT = 102_400;
let form: FormModel | undefined;
afterEach(() => form?.close());

describe('sync size limits', () => {
  it('case 21: sync size limits — the largest settings the form allows stay under 8 KB per item and 100 KB in all', async () => {
    form = createFormModel(settingsPort, FAST);
    await form.open();
    const windows = [
      { start: '00:00', end: '05:00' },
      { start: '06:00', end: '11:00' },
      { start: '12:00', end: '17:00' },
      { start: '18:00', end: '23:59' },
    ];
    form.update((s) => {
      for (const kind of REMINDER_KINDS) {
        s[kind].schedule.interval = {
          everyMinutes: 480,
          week: Array.from({ length: 7 }, () => structuredClone(windows)),
        };
        s[kind].schedule.fixed = {
          times: Array.from({ length: LIMITS.fixedTimes }, (_, i) => `${String(i + 10).padStart(2, '0')}:59`),
          days: [0, 1, 2, 3, 4, 5, 6],
        };
        s[kind].message = '水'.repeat(LIMITS.messageLength);
        s[kind].snoozeMinutes = 120;
        s[kind].style = 'persistent';
      }
    });
    expect(form.problems.value).toEqual([]);
    expect(await form.flush()).toBe(true);
    const stored = await fakeBrowser.storage.sync.get(null);
    const sizes = Object.entries(stored).map(([key, value]) => syncBytes(key, value));
    expect(Math.max(...sizes)).toBeLessThan(SYNC_ITEM_LIMIT);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(SYNC_TOTAL_LIMIT);
  });

  it('case 21: sync size limits — an oversized value is refused up front with a message; previous settings intact', async () => {
    const previous = makeSettings({ stress: { snoozeMinutes: 30 } });
    await saveSettings(previous);
    const model = createOptionsModel({
      // storage.sync would fail the whole write; the store refuses it before trying.
      settings: {
        ...settingsPort,
        save: async () => ({
          ok: false,
          problems: [{ path: '', message: 'errTooLarge', detail: ['9100', String(SYNC_ITEM_LIMIT)] }],
        }),
      },
      data: workerDataPort(),
      actions: workerActions(),
      snapshot: fakeSnapshot(),
      clock: createClock(),
      timing: FAST,
    });
    await model.open();
    render(h(OptionsApp, { model }));
    model.form.update((s) => {
      s.stress.message = 'Breathe';
    });
    await screen.findByText('Not saved: These settings are too large to sync (9100 bytes; the limit is 8192)');
    expect(await storedSettings()).toEqual(previous);
    expect(model.form.draft.value?.stress.message).toBe('Breathe');
    model.close();
  });
});
