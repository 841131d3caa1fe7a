import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';
import { PAGE_HEADINGS } from './page-headings';

describe('smoke: the built extension in headless Chromium', () => {
  let browser: Harness;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the worker starts with no error and arms its alarms', async () => {
    const alarms = await browser.inWorker(async () => {
      // The first start reconciles in the background, creating one alarm after another: wait
      // until it has created all three (a slow machine can be caught between two of them).
      let names: string[] = [];
      for (let i = 0; i < 50 && names.length < 3; i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, 100));
        names = (await chrome.alarms.getAll()).map((a: { name: string }) => a.name).sort();
      }
      return names;
    });
    // The defaults enable all three kinds, each with something due within the coming week.
    expect(alarms).toEqual(['glow:due:hydration', 'glow:due:meal', 'glow:due:stress']);
    expect(browser.errors).toEqual([]);
  });

  it.each(PAGE_HEADINGS)('the %s page renders its heading with no console error', async (name, heading) => {
    const page = await browser.open(name);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('chrome://newtab/ shows the new-tab page', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://newtab/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe("Today's gut-skin tip");
    await page.close();
  });
});
