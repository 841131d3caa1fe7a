/**
 * The skin and gut journal in headless Chromium with the real test build and worker: a check-in
 * from the popup appears on the journal page; yesterday is edited there (by button and from the
 * skin calendar with the keyboard); the CSV downloads with one row per day; an export re-imported
 * after "delete all my data" restores the journal, and undo takes it back; the new tab's card; axe
 * in light and dark.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../tests/csv-reader';
import { seriousViolations } from './axe';
import { type Harness, launch, sendFromPage, until } from './harness';

interface StoredEntry {
  date: string;
  skin: number | null;
  gut: number | null;
  stress: number | null;
  sleepHours: number | null;
  fermented: boolean | null;
  note: string;
}

describe('the journal in the real browser', () => {
  let browser: Harness;
  let today = '';
  let yesterday = '';

  const entry = (date: string) =>
    browser.inWorker(
      async (key) => (await chrome.storage.local.get(key))[key] as StoredEntry | undefined,
      `journal:${date}`,
    );

  async function openJournal(hash = ''): Promise<Page> {
    const page = await browser.open('journal', hash);
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.getByRole('heading', { name: 'Check in or edit a day' }).waitFor();
    return page;
  }

  const heatCell = (page: Page, date: string) => page.locator(`#heat-${date}`);

  beforeAll(async () => {
    browser = await launch();
    await until(async () => (await browser.inWorker(() => chrome.alarms.getAll())).length > 0);
    const page = await browser.open('popup');
    ({ today } = await sendFromPage<{ today: string }>(page, 'getSnapshot'));
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    const before = new Date(Date.UTC(y, m - 1, d - 1));
    yesterday = before.toISOString().slice(0, 10);
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a check-in from the popup: the core answers fit 360 × 600, each saves, and it shows on the journal page', async () => {
    const popup = await browser.open('popup');
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.getByRole('link', { name: 'Check in' }).click();
    await popup.getByRole('heading', { level: 1, name: 'Daily check-in' }).waitFor();
    // The four core questions are on screen without scrolling.
    const sleep = await popup.getByRole('group', { name: 'Sleep last night' }).boundingBox();
    expect((sleep?.y ?? 999) + (sleep?.height ?? 999)).toBeLessThanOrEqual(600);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBe(360);

    await popup.getByRole('group', { name: 'Skin today' }).getByRole('radio', { name: 'Good' }).check();
    await popup
      .getByRole('group', { name: 'Gut comfort' })
      .getByRole('radio', { name: 'Settled', exact: true })
      .check();
    await popup.getByRole('group', { name: 'Stress' }).getByRole('radio', { name: 'Calm', exact: true }).check();
    await popup.getByRole('button', { name: 'More: Sleep last night' }).click();
    await popup.getByRole('button', { name: 'More: Sleep last night' }).click();
    await popup.getByRole('group', { name: 'Fermented food' }).getByRole('radio', { name: 'Yes' }).check();
    await popup.getByLabel('Private note (optional)').fill('=1+1 felt fine, "calm" day');
    await popup.getByRole('link', { name: 'Done' }).focus();
    await until(async () => (await entry(today))?.note === '=1+1 felt fine, "calm" day');
    expect(await entry(today)).toMatchObject({ skin: 4, gut: 4, stress: 2, sleepHours: 7.5, fermented: true });
    expect(await popup.locator('p.status').textContent()).toContain('Check-in saved.');
    await popup.getByRole('link', { name: 'Done' }).click();
    // Back on today, the bar now offers the journal.
    await popup.getByRole('button', { name: 'Journal' }).waitFor();
    await popup.close();

    const page = await openJournal();
    await until(async () => (await heatCell(page, today).getAttribute('aria-label'))?.endsWith('Good (4)'));
    expect(await page.locator('#chart-skin-title').textContent()).toContain('average 4 over 1 of 28 days');
    expect(await page.getByRole('group', { name: 'Skin today' }).getByRole('radio', { name: 'Good' }).isChecked()).toBe(
      true,
    );
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('yesterday is edited on the journal page, by its button and from the skin calendar by keyboard', async () => {
    const page = await openJournal();
    await page.getByRole('button', { name: 'Yesterday' }).click();
    expect(await page.locator('#edit-day').inputValue()).toBe(yesterday);
    await page.getByRole('group', { name: 'Skin today' }).getByRole('radio', { name: 'Rough' }).check();
    await until(async () => (await entry(yesterday))?.skin === 2);
    // Today is as it was.
    expect(await entry(today)).toMatchObject({ skin: 4, gut: 4 });
    await until(async () => (await heatCell(page, yesterday).getAttribute('aria-label'))?.endsWith('Rough (2)'));

    // The calendar: one Tab stop; Up goes a day back; Enter opens that day in the editor.
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    expect(await page.locator('#edit-day').inputValue()).toBe(today);
    await heatCell(page, today).focus();
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`heat-${yesterday}`);
    await page.keyboard.press('Enter');
    await until(async () => (await page.locator('#edit-day').inputValue()) === yesterday);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('journal-edit-title');
    await page.getByRole('group', { name: 'Gut comfort' }).getByRole('radio', { name: 'Uneasy', exact: true }).check();
    await until(async () => (await entry(yesterday))?.gut === 2);
    expect(await entry(yesterday)).toMatchObject({ skin: 2, gut: 2 });
    // A day after today cannot be chosen.
    await page.locator('#edit-day').fill('2999-01-01');
    await page.getByText('Choose today or an earlier day.').waitFor();
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('the CSV export downloads one row per day of history and journal; a formula-like note stays text', async () => {
    const page = await openJournal();
    await sendFromPage(page, 'logWater', { amountMl: 300 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`glow-within-journal-${today}.csv`);
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    const [header = [], ...body] = rows;
    expect(body.map((r) => r[0])).toEqual([yesterday, today]);
    const at = (date: string, column: string) => body.find((r) => r[0] === date)?.[header.indexOf(column)];
    expect(at(today, 'water_ml')).toBe('300');
    expect(at(today, 'skin')).toBe('4');
    expect(at(today, 'fermented_food')).toBe('yes');
    expect(at(today, 'note')).toBe('\'=1+1 felt fine, "calm" day');
    expect(at(yesterday, 'skin')).toBe('2');
    expect(at(yesterday, 'water_ml')).toBe('');
    await page.getByText(`Downloaded glow-within-journal-${today}.csv.`).waitFor();
    await page.close();
  });

  it('an export re-imported after "delete all my data" restores the journal, and undo takes it back', async () => {
    const options = await browser.open('options');
    await options.setViewportSize({ width: 1280, height: 900 });
    await options.getByText('All changes saved').waitFor();
    await options.getByLabel('Include my history and journal').check();
    const [exported] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export to a file' }).click(),
    ]);
    const file = await exported.path();
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text).journal.entries[today]).toMatchObject({ skin: 4 });

    await options.getByRole('button', { name: 'Delete all my data…' }).click();
    await options.getByRole('button', { name: 'Delete everything' }).click();
    await options.getByText('Everything is deleted.').waitFor();
    await until(async () => (await entry(today)) === undefined && (await entry(yesterday)) === undefined);
    expect(await browser.inWorker(async () => Object.keys(await chrome.storage.sync.get(null)))).toEqual([]);

    await options.locator('#import-file').setInputFiles(file);
    await options.getByText('2 days of your journal will be added or brought up to date.').waitFor();
    await options.getByRole('button', { name: 'Apply import' }).click();
    await until(async () => (await entry(today))?.skin === 4);
    expect(await entry(yesterday)).toMatchObject({ skin: 2, gut: 2 });
    expect(await entry(today)).toMatchObject({ note: '=1+1 felt fine, "calm" day', sleepHours: 7.5 });

    await options.getByRole('button', { name: 'Undo import' }).click();
    await until(async () => (await entry(today)) === undefined);
    await options.locator('#import-file').setInputFiles(file);
    await options.getByRole('button', { name: 'Apply import' }).click();
    await until(async () => (await entry(today))?.skin === 4);
    await options.close();
    expect(browser.errors).toEqual([]);
  });

  it('the new tab offers a compact check-in while today’s is missing, and its answer is saved', async () => {
    await browser.inWorker((key) => chrome.storage.local.remove(key), `journal:${today}`);
    const page = await browser.context.newPage();
    await page.goto('chrome://newtab/');
    const card = page.getByRole('region', { name: "Today's check-in" });
    await card.waitFor();
    await card.getByRole('group', { name: 'Skin today' }).getByRole('radio', { name: 'Calm and clear' }).check();
    await until(async () => (await entry(today))?.skin === 5);
    // It stays for the second answer.
    await card.getByRole('group', { name: 'Gut comfort' }).getByRole('radio', { name: 'So-so' }).check();
    await until(async () => (await entry(today))?.gut === 3);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('the 12-month view shows weekly points; every chart has its table', async () => {
    const page = await openJournal('#12m');
    expect(await page.getByRole('radio', { name: '12 months' }).isChecked()).toBe(true);
    await page.getByText('Over 12 months each point is a week').waitFor();
    const skin = page.locator('#chart-skin-title').locator('..');
    await skin.getByText('Show as a table').click();
    await skin.getByRole('table').waitFor();
    expect(await skin.getByRole('table').getByRole('row').count()).toBeGreaterThanOrEqual(53);
    // Arrow keys change the period.
    await page.getByRole('radio', { name: '12 months' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('radio', { name: '3 months' }).isChecked()).toBe(true);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('axe finds no serious or critical problem in the %s theme', async (scheme) => {
    const page = await openJournal();
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.getByText('How to read this').click();
    await page.locator('#chart-water-title').locator('..').getByText('Show as a table').click();
    const popup = await browser.open('popup', '#checkin');
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByRole('heading', { level: 1, name: 'Daily check-in' }).waitFor();
    expect({ journal: await seriousViolations(page), checkin: await seriousViolations(popup) }).toEqual({
      journal: [],
      checkin: [],
    });
    await popup.close();
    await page.close();
  });
});
