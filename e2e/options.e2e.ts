/**
 * The options page in headless Chromium with the real test build and worker: edits reach the
 * worker's alarms, bad input never reaches storage, imports apply and undo, the keyboard reaches
 * everything, and axe finds nothing serious in light or dark.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { SETTINGS_VERSION } from '@/utils/settings/migrate';
import type { Settings } from '@/utils/settings/schema';
import { BAD_FILES, GOOD_SETTINGS, goodFileText } from '../tests/options/corpus';
import { type Harness, launch } from './harness';

declare const axe: {
  run(context?: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
};

/** The worker re-arms after the write lands; allow for a busy machine. */
const POLL = { timeout: 10_000, interval: 100 };
const allDay = [{ start: '00:00', end: '23:59' }];
const everyDay = () => Array.from({ length: 7 }, () => structuredClone(allDay));

function settingsWith(change: (s: Settings) => void): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  change(s);
  return s;
}

describe('options page in the real browser', () => {
  let browser: Harness;
  let page: Page;

  const storage = () =>
    browser.inWorker(async () =>
      JSON.stringify([await chrome.storage.sync.get(null), await chrome.storage.local.get(null)]),
    );
  const storedSettings = () =>
    browser.inWorker(async () => (await chrome.storage.sync.get('settings')).settings as Settings | undefined);
  const alarmAt = (name: string) =>
    browser.inWorker(async (n) => (await chrome.alarms.get(n))?.scheduledTime ?? null, name);

  async function seed(settings: Settings) {
    await browser.inWorker(
      async ([s, v]) => {
        await chrome.storage.local.remove('optionsUndo');
        await chrome.storage.sync.set({ settings: s, settings$: { v } });
      },
      [settings, SETTINGS_VERSION] as const,
    );
  }

  async function openOptions() {
    page = await browser.open('options');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByText('All changes saved').waitFor();
    return page;
  }

  /** The preview's reminders: when (from <time datetime>) and what. */
  const preview = () =>
    page.locator('#section-preview li').evaluateAll((items) =>
      items.map((li) => ({
        at: Date.parse(li.querySelector('time')?.getAttribute('datetime') ?? ''),
        clock: new Date(li.querySelector('time')?.getAttribute('datetime') ?? '').toTimeString().slice(0, 5),
        kinds: li.querySelector('.preview-kinds')?.textContent ?? '',
      })),
    );

  const section = (name: string) => page.getByRole('region', { name, exact: true });

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await page?.close();
  });

  it('change the hydration interval → the worker’s alarm moves to the preview’s first hydration time', async () => {
    await seed(
      settingsWith((s) => {
        s.hydration.schedule = {
          ...s.hydration.schedule,
          mode: 'interval',
          interval: { everyMinutes: 60, week: everyDay() },
        };
        s.stress.enabled = false;
        s.meal.enabled = false;
      }),
    );
    await openOptions();
    const before = await alarmAt('glow:due:hydration');
    // An interval whose next time differs from the hourly one: at some hours both grids meet
    // (every 25 minutes from midnight is 05:00; every 35 is 07:00, never the same hour as 25).
    const firstHydration = async () => (await preview()).find((p) => p.kinds.includes('Hydration'))?.at;
    let minutes = 25;
    await section('Hydration').getByLabel('Remind me every').fill('25');
    const moved = await expect
      .poll(firstHydration, { timeout: 2_000 })
      .not.toBe(before)
      .then(
        () => true,
        () => false,
      );
    if (!moved) {
      minutes = 35;
      await section('Hydration').getByLabel('Remind me every').fill('35');
    }
    await page.getByText('All changes saved').waitFor();
    expect((await storedSettings())?.hydration.schedule.interval.everyMinutes).toBe(minutes);
    // The preview's first hydration time and the worker's alarm, once the worker has re-armed
    // (a mismatch shows both values).
    const agreement = async () => {
      const first = (await preview()).find((p) => p.kinds.includes('Hydration'));
      const alarm = await alarmAt('glow:due:hydration');
      return first?.at === alarm ? 'agree' : JSON.stringify({ preview: first?.at, alarm });
    };
    await expect.poll(agreement, POLL).toBe('agree');
    expect(await alarmAt('glow:due:hydration')).not.toBe(before);
    expect(browser.errors).toEqual([]);
  });

  it('switch mindful eating to fixed times 08:00, 12:30, 19:00 → the preview and the alarm agree', async () => {
    await seed(
      settingsWith((s) => {
        s.hydration.enabled = false;
        s.stress.enabled = false;
        s.meal.schedule = {
          mode: 'interval',
          interval: { everyMinutes: 240, week: everyDay() },
          fixed: { times: ['09:00'], days: [0, 1, 2, 3, 4, 5, 6] },
        };
      }),
    );
    await openOptions();
    const meal = section('Mindful eating');
    await meal.getByLabel('At fixed times').check();
    await meal.getByLabel('Time 1', { exact: true }).fill('08:00');
    await meal.getByRole('button', { name: 'Add a time' }).click();
    await meal.getByLabel('Time 2', { exact: true }).fill('12:30');
    await meal.getByRole('button', { name: 'Add a time' }).click();
    await meal.getByLabel('Time 3', { exact: true }).fill('19:00');
    await page.getByText('All changes saved').waitFor();
    expect((await storedSettings())?.meal.schedule).toMatchObject({
      mode: 'fixed',
      fixed: { times: ['08:00', '12:30', '19:00'] },
    });
    await expect.poll(async () => (await preview())[0]?.at === (await alarmAt('glow:due:meal')), POLL).toBe(true);
    const items = await preview();
    expect(items).toHaveLength(5);
    expect(new Set(items.map((i) => i.kinds))).toEqual(new Set(['Mindful eating']));
    expect(items.every((i) => ['08:00', '12:30', '19:00'].includes(i.clock))).toBe(true);
  });

  it('type an invalid window → an inline error tied to the field, storage unchanged', async () => {
    await seed(DEFAULT_SETTINGS);
    await openOptions();
    const before = await storage();
    const end = section('Hydration').getByLabel('Range 1 on Monday, to');
    await end.fill('09:00');
    const error = section('Hydration').getByText('Start and end must be different times');
    await error.waitFor();
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    expect(await end.getAttribute('aria-describedby')).toContain(await error.getAttribute('id'));
    await page.getByText(/1 field needs attention/).waitFor();
    await page.waitForTimeout(1_500);
    expect(await storage()).toBe(before);
  });

  it('an invalid field does not stop other edits from saving; reopening shows them, the invalid one as stored', async () => {
    await seed(DEFAULT_SETTINGS);
    await openOptions();
    const interval = section('Hydration').getByLabel('Remind me every');
    await interval.fill('2');
    await section('General').getByLabel('Dark', { exact: true }).check();
    await section('General').getByLabel('Show reminders together when they are due within').fill('20');
    await section('Stress break').getByLabel('Snooze for').fill('25');
    await page
      .getByText(/1 field needs attention: it is not saved until it is fixed\. Your other changes are saved\./)
      .waitFor();
    expect(await interval.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(async () => {
        const s = await storedSettings();
        return (
          s && [
            s.general.theme,
            s.general.mergeMinutes,
            s.stress.snoozeMinutes,
            s.hydration.schedule.interval.everyMinutes,
          ]
        );
      }, POLL)
      .toEqual(['dark', 20, 25, 120]); // the interval as stored: the default, two hours
    await page.reload();
    await page.getByText('All changes saved').waitFor();
    expect(await section('General').getByLabel('Dark', { exact: true }).isChecked()).toBe(true);
    expect(await section('Hydration').getByLabel('Remind me every').inputValue()).toBe('120');
  });

  it('leaving with an invalid field unsaved asks first; with every edit saved it does not', async () => {
    await seed(DEFAULT_SETTINGS);
    const asked: string[] = [];
    const leave = async () => {
      page.on('dialog', (dialog) => {
        asked.push(dialog.type());
        void dialog.dismiss();
      });
      // As a person closes the tab: through the page's beforeunload.
      await page.close({ runBeforeUnload: true });
    };
    // Every edit saved: the page closes without a question.
    await openOptions();
    await section('General').getByLabel('Dark', { exact: true }).check();
    await page.getByText('All changes saved').waitFor();
    await leave();
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(asked).toEqual([]);
    // An invalid field waiting: the browser asks, and staying keeps the page and its draft.
    await openOptions();
    await section('Hydration').getByLabel('Remind me every').fill('2');
    await page.getByText(/1 field needs attention/).waitFor();
    await leave();
    await expect.poll(() => asked).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);
    expect(await section('Hydration').getByLabel('Remind me every').inputValue()).toBe('2');
    page.removeAllListeners('dialog');
    await page.close();
  });

  it('removing every fixed time, one by one, leaves the times as they were before, not the last one left', async () => {
    await seed(
      settingsWith((s) => {
        s.meal.schedule = {
          ...s.meal.schedule,
          mode: 'fixed',
          fixed: { times: ['08:00', '12:30', '19:00'], days: [1, 2, 3, 4, 5] },
        };
      }),
    );
    await openOptions();
    const meals = section('Mindful eating');
    for (const n of [3, 2, 1]) {
      await meals.getByRole('button', { name: `Remove time ${n}` }).click();
      // Long enough for the step on the way to be saved.
      await page.waitForTimeout(1_200);
    }
    await meals.getByText('Add at least one time').waitFor();
    await expect
      .poll(async () => (await storedSettings())?.meal.schedule.fixed.times, POLL)
      .toEqual(['08:00', '12:30', '19:00']);
  });

  it('times read the browser’s way in inputs, texts and errors alike', async () => {
    await seed(DEFAULT_SETTINGS);
    await openOptions();
    // Headless Chromium speaks en-US here: its time inputs use a 12-hour clock, and so does the page.
    const uiLanguage = await page.evaluate(() => chrome.i18n.getUILanguage());
    const twelveHour = new Intl.DateTimeFormat(uiLanguage, { hour: 'numeric' }).resolvedOptions().hour12 === true;
    const times = await page.locator('#section-preview time').allTextContents();
    expect(times.length).toBeGreaterThan(0);
    expect(times.every((text) => /AM|PM/.test(text) === twelveHour)).toBe(true);
    const start = section('Hydration').getByLabel('Range 1 on Monday, from');
    await start.fill('');
    const error = await section('Hydration')
      .getByText(/^!?Enter a time like/)
      .textContent();
    expect(/AM|PM/.test(error ?? '')).toBe(twelveHour);
  });

  it('a goal typed in ounces and back round-trips exactly', async () => {
    await seed(DEFAULT_SETTINGS);
    await openOptions();
    const hydration = section('Hydration');
    await hydration.getByLabel('Fluid ounces (oz)').check();
    const goal = hydration.getByLabel('Daily goal');
    await expect.poll(() => goal.inputValue()).toBe('68');
    await goal.fill('70');
    await goal.fill('68');
    await goal.blur();
    await hydration.getByLabel('Millilitres (ml)').check();
    await expect.poll(() => goal.inputValue()).toBe('2000');
    await expect.poll(async () => (await storedSettings())?.water.goalMl, POLL).toBe(2000);
  });

  it('import each bad file → the error is shown, storage byte-for-byte unchanged', async () => {
    await seed(GOOD_SETTINGS);
    await openOptions();
    const before = await storage();
    const files: [string, Buffer][] = [
      ...BAD_FILES.map(([what, text]): [string, Buffer] => [what, Buffer.from(text)]),
      ['a 10 MB file', Buffer.alloc(10 * 1024 * 1024, ' ')],
    ];
    for (const [what, buffer] of files) {
      await page.locator('#import-file').setInputFiles({ name: `${what}.json`, mimeType: 'application/json', buffer });
      const alert = page.getByRole('alert').filter({ hasText: `“${what}.json” was not imported` });
      await alert.waitFor();
      // Fields are named as the page names them: no internal paths, no place left as "?".
      const text = (await alert.textContent()) ?? '';
      expect(text, what).not.toMatch(/settings\.|\?|`/);
      if (what === 'not JSON') expect(text).toContain('This file ends too soon');
      expect(await storage(), what).toBe(before);
    }
    // The __proto__ and constructor files polluted nothing.
    expect(
      await page.evaluate(() => Object.keys(Object.prototype).length + String(({} as { isAdmin?: unknown }).isAdmin)),
    ).toBe('0undefined');
    expect(browser.errors).toEqual([]);
  });

  it('import a good file → reviewed, applied, and Undo restores', async () => {
    const mine = settingsWith((s) => {
      s.stress.snoozeMinutes = 25;
    });
    await seed(mine);
    await openOptions();
    await page
      .locator('#import-file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(goodFileText()) });
    const review = page.locator('.import-review');
    await review.getByRole('heading', { name: 'Review “backup.json” before applying it' }).waitFor();
    expect(await review.getByRole('row').count()).toBe(6);
    expect(await storedSettings()).toEqual(mine);
    await review.getByRole('button', { name: 'Apply import' }).click();
    await page.getByText(/^Imported: 5 setting/).waitFor();
    expect(await storedSettings()).toEqual(GOOD_SETTINGS);
    await expect.poll(() => page.getByLabel('Remind me every').first().inputValue()).toBe('45');
    await page.getByRole('button', { name: 'Undo import' }).click();
    await page.getByText('The import is undone: your previous settings are back.').waitFor();
    expect(await storedSettings()).toEqual(mine);
    await expect.poll(() => page.getByLabel('Remind me every').first().inputValue()).toBe('120');
  });

  it('keyboard only: a whole section, from the section link to its last field, with visible focus', async () => {
    await seed(DEFAULT_SETTINGS);
    await openOptions();
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // first section link
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stress break');
    await page.keyboard.press('Enter');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          id: el.id,
          label: (el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent,
          outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
          section: el.closest('section')?.id,
        };
      });
    // Toggle off and on with Space; choose the mode with the arrow keys.
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ id: 'field-stress-enabled', outline: true });
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('field-stress-schedule-mode-interval');
    await page.keyboard.press('ArrowDown');
    expect((await focused()).id).toBe('field-stress-schedule-mode-fixed');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('field-stress-schedule-interval-everyMinutes');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('45');
    // Presets, then every weekday's controls, to the end of the section: each reachable and visibly focused.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused()).label).toBe('Every day 8–22');
    await page.keyboard.press('Enter');
    const seen: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const now = await focused();
      if (now.section !== 'section-stress') break;
      expect(now.outline, now.id || now.label || '').toBe(true);
      expect(now.label, now.id).toBeTruthy();
      seen.push(now.id || now.label || '');
      if (now.id === 'field-stress-style-quiet') await page.keyboard.press('ArrowDown');
      if (now.id === 'field-stress-message') await page.keyboard.type('Shoulders down');
    }
    expect(seen).toContain('field-stress-snoozeMinutes');
    expect(seen).toContain('field-stress-message');
    // (A time input takes several Tab stops: its hour, minute and, in 12-hour locales, AM/PM.)
    expect(new Set(seen.filter((id) => id.endsWith('-start'))).size).toBe(7);
    await page.getByText('All changes saved').waitFor();
    expect((await storedSettings())?.stress).toMatchObject({
      enabled: true,
      schedule: {
        mode: 'interval',
        interval: { everyMinutes: 45, week: Array.from({ length: 7 }, () => [{ start: '08:00', end: '22:00' }]) },
      },
      style: 'persistent',
      message: 'Shoulders down',
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe-core finds no serious or critical violations (${colorScheme})`, async () => {
      await seed(DEFAULT_SETTINGS);
      await openOptions();
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      // With an inline error and an import problem on screen, so their colours are checked too.
      await section('Hydration').getByLabel('Remind me every').fill('2');
      await page
        .locator('#import-file')
        .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{') });
      await page.getByRole('alert').waitFor();
      // The extension's CSP blocks an injected <script>; evaluating the source is not a page script.
      await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
      const { violations } = await page.evaluate(() => axe.run());
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
    });
  }

  // Screenshots are written for the README only with SCREENSHOTS=1; the rendering is checked always.
  it('on wide screens the preview stays in view while the lower sections are edited', async () => {
    await seed(DEFAULT_SETTINGS);
    for (const width of [900, 1280, 1600]) {
      await openOptions();
      await page.setViewportSize({ width, height: 800 });
      await page.locator('#section-data').scrollIntoViewIfNeeded();
      await section('Your data').getByRole('button', { name: 'Export to a file' }).focus();
      const box = await page.locator('#section-preview').boundingBox();
      expect(box, `width ${width}`).not.toBeNull();
      expect(box?.y ?? -1, `width ${width}`).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + 40, `width ${width}`).toBeLessThan(800);
      await page.close();
    }
  });

  it('a range that ends the next day keeps its Remove button in line with the other ranges', async () => {
    await seed(
      settingsWith((s) => {
        s.hydration.schedule.interval.week[1] = [
          { start: '07:00', end: '09:00' },
          { start: '22:00', end: '02:00' },
        ];
      }),
    );
    for (const width of [800, 1280]) {
      await openOptions();
      await page.setViewportSize({ width, height: 900 });
      const monday = section('Hydration').getByRole('group', { name: 'Monday' });
      await monday.getByText('ends next day').waitFor();
      const removes = await monday.getByRole('button', { name: /^Remove range/ }).all();
      const [first, second] = await Promise.all(removes.map((button) => button.boundingBox()));
      // The same place in both rows: the badge does not push Remove onto a line of its own.
      expect(Math.abs((first?.x ?? 0) - (second?.x ?? 1)), `width ${width}`).toBeLessThan(2);
      const end = await monday.getByLabel('Range 2 on Monday, to').boundingBox();
      expect(Math.abs((second?.y ?? 0) - (end?.y ?? 100)), `width ${width}`).toBeLessThan(12);
      await page.close();
    }
  });

  it('the notification style says each kind’s own buttons', async () => {
    await seed(DEFAULT_SETTINGS);
    await openOptions();
    await section('Hydration').getByText('Stays on screen until you choose Drank a glass or Snooze.').waitFor();
    await section('Stress break').getByText('Stays on screen until you choose Breathe now or Snooze.').waitFor();
    expect(await page.getByText(/choose Done or Snooze/).count()).toBe(0);
  });

  it('renders the defaults in light and dark', async () => {
    await seed(DEFAULT_SETTINGS);
    for (const colorScheme of ['light', 'dark'] as const) {
      await openOptions();
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      const path = process.env.SCREENSHOTS === '1' ? `docs/screenshots/options-${colorScheme}.png` : undefined;
      expect((await page.screenshot(path ? { path } : {})).length).toBeGreaterThan(10_000);
      await page.close();
    }
  });
});
