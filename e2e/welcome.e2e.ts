/**
 * The first run in the real browser: the welcome page opens on install and never on an update; no
 * reminder is armed or fires until it is finished; its answers are what gets saved; the topics
 * chosen change which tips the new tab brings. Axe-clean in light and dark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIPS } from '@/utils/tips/library';
import { alarmSettings, settingsItems } from './alarm-settings';
import { seriousViolations } from './axe';
import { type Harness, launch, until } from './harness';

declare const glowTest: {
  created: unknown[];
  onInstalled(reason?: string): Promise<void>;
};

const CONDITION = new Map(TIPS.map((tip) => [tip.id, tip.condition ?? null]));

describe('the welcome page in Chromium', () => {
  let browser: Harness;
  let welcome: Page;

  const welcomePages = () =>
    browser.context.pages().filter((p) => p.url() === `chrome-extension://${browser.extensionId}/welcome.html`);
  const ourAlarms = () =>
    browser.inWorker(async () =>
      (await chrome.alarms.getAll()).map((a: { name: string }) => a.name).filter((n: string) => n.startsWith('glow:')),
    );

  /** The tips the new tab's Next walks through, one whole run of the rotation and a few more. */
  async function tipsInRotation(): Promise<{ id: string; condition: string | null }[]> {
    const page = await browser.context.newPage();
    await page.goto('chrome://newtab/');
    await page.locator('.today-body').waitFor();
    const seen = await page.evaluate(async () => {
      const next = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Next tip'));
      const ids: string[] = [];
      for (let i = 0; i < 60; i++) {
        ids.push(document.querySelector('main article')?.getAttribute('data-tip-id') ?? '');
        next?.click();
        await new Promise((rendered) => setTimeout(rendered));
      }
      return ids;
    });
    await page.close();
    return [...new Set(seen)].map((id) => ({ id, condition: CONDITION.get(id) ?? null }));
  }

  beforeAll(async () => {
    browser = await launch({ welcome: 'keep' });
    welcome = welcomePages()[0] as Page;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens by itself on install, and arms no reminder', async () => {
    expect(welcomePages()).toHaveLength(1);
    await expect(welcome.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Welcome to Glow Within');
    expect(await ourAlarms()).toEqual([]);
  });

  it('no reminder fires before it is done, even one due every 5 minutes around now', async () => {
    const page = await browser.open('options');
    await page.evaluate((items) => chrome.storage.sync.set(items), settingsItems(alarmSettings(new Date(), 1)));
    await page.close();
    await new Promise((waited) => setTimeout(waited, 1500));
    expect(await ourAlarms()).toEqual([]);
    expect(await browser.inWorker(() => glowTest.created.length)).toBe(0);
    const popup = await browser.open('popup');
    await popup.getByText('Reminders start once you finish setting up.').waitFor();
    await popup.close();
  });

  it('a new person’s rotation has no skin-condition tip', async () => {
    const tips = await tipsInRotation();
    expect(tips.length).toBeGreaterThan(40);
    expect(tips.filter((tip) => tip.condition)).toEqual([]);
  });

  it('is not opened by an update', async () => {
    await browser.inWorker(() => glowTest.onInstalled('update'));
    await new Promise((waited) => setTimeout(waited, 500));
    expect(welcomePages()).toHaveLength(1);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations on its first question (${colorScheme})`, async () => {
      expect(await seriousViolations(welcome, colorScheme)).toEqual([]);
    });
  }

  it('its answers are saved and start the reminders; the chosen topic’s tips join the rotation', async () => {
    await welcome.emulateMedia({ colorScheme: 'light' });
    await welcome.getByRole('group', { name: 'Mindful eating' }).getByRole('checkbox').uncheck();
    await welcome.getByRole('button', { name: 'Next' }).click();
    await welcome.getByRole('radio', { name: 'Every day, 9:00 to 17:00' }).check();
    await welcome.getByRole('button', { name: 'Next' }).click();
    await welcome.getByLabel('Daily goal').fill('2500');
    await welcome.getByRole('button', { name: 'Next' }).click();
    await welcome.getByRole('checkbox', { name: 'Acne' }).check();
    await welcome.getByRole('button', { name: 'Next' }).click();
    await welcome.getByRole('heading', { name: 'Your reminders today' }).waitFor();
    expect(await seriousViolations(welcome, 'dark')).toEqual([]);
    await welcome.getByRole('button', { name: 'Start my reminders' }).click();
    await welcome.getByRole('heading', { name: 'You are all set' }).waitFor();

    const stored = await browser.inWorker(async () => ({
      sync: await chrome.storage.sync.get(['settings', 'tipPrefs']),
      local: await chrome.storage.local.get('setup'),
    }));
    expect(stored.local.setup).toBe('done');
    const settings = stored.sync.settings as {
      meal: { enabled: boolean };
      water: { goalMl: number };
      hydration: { schedule: { interval: { week: unknown[][] } } };
    };
    expect(settings.meal.enabled).toBe(false);
    expect(settings.water.goalMl).toBe(2500);
    expect(settings.hydration.schedule.interval.week[0]).toEqual([{ start: '09:00', end: '17:00' }]);
    expect((stored.sync.tipPrefs as { topics: string[] }).topics).toEqual(['glow', 'gut', 'acne']);
    expect((await until(async () => ((await ourAlarms()).length >= 2 ? ourAlarms() : null))).sort()).toEqual([
      'glow:due:hydration',
      'glow:due:stress',
    ]);

    const tips = await tipsInRotation();
    expect(tips.some((tip) => tip.condition === 'acne')).toBe(true);
    expect(tips.filter((tip) => tip.condition && tip.condition !== 'acne')).toEqual([]);
    await welcome.getByRole('button', { name: 'Close this tab' }).click();
    await until(async () => welcomePages().length === 0);
  });

  it('logged no console error anywhere', () => {
    expect(browser.errors).toEqual([]);
  });
});
