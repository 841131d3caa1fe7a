/**
 * What makes the new tab one people keep, in Chromium: a search box that hands the query to the
 * browser's search API (the test stubs every web request, so nothing leaves the machine, and
 * watches where the tab goes), `/` to search and ← → between tips, the most-visited sites asked
 * for only when the person turns them on, and topics chosen right there. Axe-clean.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { type Harness, launch, until } from './harness';

describe('the new tab’s search, keys, sites and topics in Chromium', () => {
  let browser: Harness;
  /** Every web request the browser makes, answered here by a stub: none leaves the machine. */
  const webRequests: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    await browser.context.route(/^https?:/, (route) => {
      webRequests.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>stub</title>' });
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openNewTab(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto('chrome://newtab/');
    await page.locator('.today-body').waitFor();
    return page;
  }
  const shownId = (page: Page) => page.locator('main article').getAttribute('data-tip-id');

  it('the search box hands the query to the browser’s search API, which searches in this tab', async () => {
    const page = await openNewTab();
    const box = page.getByRole('searchbox', { name: 'Search the web' });
    await box.fill('fermented foods and skin');
    await box.press('Enter');
    await page.waitForURL(/^https?:/);
    const url = new URL(page.url());
    // The browser's default engine, with the query as typed: the extension never builds the address.
    expect(url.searchParams.get('q')).toBe('fermented foods and skin');
    expect(webRequests.some((r) => r.startsWith(url.origin))).toBe(true);
    await page.close();
  });

  it('/ focuses the search box from anywhere on the page; ← and → move between tips', async () => {
    const page = await openNewTab();
    const today = await shownId(page);
    await page.keyboard.press('ArrowRight');
    const next = await shownId(page);
    expect(next).not.toBe(today);
    await page.keyboard.press('ArrowLeft');
    expect(await shownId(page)).toBe(today);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    // Typing there is typing: a slash and the arrows stay in the box.
    await page.keyboard.type('a/b');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('searchbox').inputValue()).toBe('a/b');
    expect(await shownId(page)).toBe(today);
    await page.close();
  });

  it('most-visited sites: nothing is asked on load; turning them on asks for the permission from the click', async () => {
    const page = await browser.context.newPage();
    // Watch every permission request the page makes (headless Chromium shows no prompt to answer).
    await page.addInitScript(() => {
      const asked: unknown[] = [];
      Object.assign(window, { asked });
      // `browser` and `chrome` may be one object: wrap each permissions API once.
      const apis = new Set([Reflect.get(globalThis, 'chrome'), Reflect.get(globalThis, 'browser')]);
      for (const api of apis) {
        const permissions = api?.permissions;
        if (!permissions || Reflect.get(permissions, 'watched')) continue;
        Reflect.set(permissions, 'watched', true);
        const request = permissions.request.bind(permissions);
        permissions.request = (details: unknown) => {
          asked.push(details);
          return request(details as never);
        };
      }
    });
    await page.goto('chrome://newtab/');
    await page.locator('.today-body').waitFor();
    const asked = () => page.evaluate(() => Reflect.get(window, 'asked') as unknown[]);
    expect(await asked()).toEqual([]);
    expect(await page.evaluate(() => chrome.permissions.contains({ permissions: ['topSites'] }))).toBe(false);
    await page.getByRole('button', { name: 'Show my most-visited sites' }).click();
    await until(async () => (await asked()).length > 0);
    expect(await asked()).toEqual([{ permissions: ['topSites'] }]);
    await page.close();
  });

  it('topics chosen on the new tab change the rotation at once, and are kept', async () => {
    const page = await openNewTab();
    await page.getByText('Your topics').click();
    await page.getByRole('checkbox', { name: 'Rosacea' }).check();
    const seen = await page.evaluate(async () => {
      const next = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Next tip'));
      const ids = new Set<string>();
      for (let i = 0; i < 60; i++) {
        ids.add(document.querySelector('main article')?.getAttribute('data-tip-id') ?? '');
        next?.click();
        await new Promise((rendered) => setTimeout(rendered));
      }
      return [...ids];
    });
    expect(seen).toContain('rosacea-gut-link');
    expect(seen.filter((id) => /^(acne|eczema|psoriasis)-/.test(id))).toEqual([]);
    const stored = await until(async () => {
      const prefs = await browser.inWorker(async () => (await chrome.storage.sync.get('tipPrefs')).tipPrefs);
      return (prefs as { topics?: string[] } | undefined)?.topics?.includes('rosacea') ? prefs : null;
    });
    expect(stored).toMatchObject({ topics: ['glow', 'gut', 'rosacea'] });
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`search, sites switch and topics have no serious or critical axe violations (${colorScheme})`, async () => {
      const page = await openNewTab();
      await page.getByText('Your topics').click();
      expect(await seriousViolations(page, colorScheme)).toEqual([]);
      await page.close();
    });
  }

  it('logged no console error anywhere', () => {
    expect(browser.errors).toEqual([]);
  });
});
