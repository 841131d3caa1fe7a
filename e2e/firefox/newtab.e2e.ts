/**
 * The new tab in Firefox ESR: the search box hands the query to Firefox's search API, which
 * searches in this tab with the default engine (every web request is answered here by a stub:
 * nothing leaves the machine); the most-visited sites come only after they are turned on, with
 * the optional permission asked from the click and given back when turned off.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../harness';
import { type FirefoxHarness, findByText, launchFirefox } from './harness';

describe('Firefox: the new tab’s search and sites', () => {
  let ff: FirefoxHarness;
  const webRequests: string[] = [];

  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  /** The new tab with every web request answered by a stub. */
  async function openNewTab(): Promise<Page> {
    const page = await ff.open('newtab');
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (!/^https?:/.test(request.url())) return void request.continue();
      webRequests.push(request.url());
      return void request.respond({ status: 200, contentType: 'text/html', body: '<title>stub</title>' });
    });
    await findByText(page, 'main h1', "Today's gut-skin tip");
    return page;
  }

  const topSitesGranted = () => ff.inExtension(() => browser.permissions.contains({ permissions: ['topSites'] }));

  it('the search box hands the query to the search API, which searches in this tab', async () => {
    const page = await openNewTab();
    await page.type('#search-input', 'gut skin axis');
    await page.keyboard.press('Enter');
    const url = await until(async () => {
      const now = page.url();
      return /^https?:/.test(now) ? new URL(now) : null;
    });
    expect(url.searchParams.get('q')).toBe('gut skin axis');
    expect(webRequests.some((r) => r.startsWith(url.origin))).toBe(true);
    await page.close();
    expect(await ff.settledErrors()).toEqual([]);
  });

  it('most-visited sites: not asked for on load; turned on from a click, then off again', async () => {
    const page = await openNewTab();
    expect(await topSitesGranted()).toBe(false);
    const toggle = () => findByText(page, 'button', 'Show my most-visited sites');
    await (await toggle()).click();
    await until(topSitesGranted);
    // A fresh profile has no history yet: the row says so.
    await findByText(page, '.site-list', 'No sites visited often yet.');
    expect(await (await toggle()).evaluate((b) => b.getAttribute('aria-pressed'))).toBe('true');
    await (await toggle()).click();
    await until(async () => !(await topSitesGranted()));
    expect(await page.$('.site-list')).toBeNull();
    await page.close();
    expect(await ff.settledErrors()).toEqual([]);
  });
});
