/**
 * The new tab in headless Chromium, from a real test build: what `chrome://newtab/` shows, what
 * it loads, what it writes (nothing, on load), and how hiding, saving and the day's situation
 * behave across reloads.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

declare const axe: typeof AxeCore;
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const SCREENSHOTS = process.env.SCREENSHOTS === '1';

type Stored = Record<string, unknown>;

describe('new tab in Chromium', () => {
  let browser: Harness;

  beforeAll(async () => {
    browser = await launch();
    // The worker's first start writes its state and arms alarms; let it finish before measuring.
    await browser.inWorker(async () => {
      for (let i = 0; i < 50 && (await chrome.alarms.getAll()).length === 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const storedEverything = () =>
    browser.inWorker(async () => ({
      local: (await chrome.storage.local.get(null)) as Stored,
      sync: (await chrome.storage.sync.get(null)) as Stored,
    }));

  /** Open the new tab and wait until the Today panel has the worker's snapshot. */
  async function openNewTab(setup?: (page: Page) => Promise<void>): Promise<Page> {
    const page = await browser.context.newPage();
    await setup?.(page);
    await page.goto('chrome://newtab/');
    await page.locator('.today-body').waitFor();
    return page;
  }

  const shownId = (page: Page) => page.locator('main article').getAttribute('data-tip-id');

  /** Click Next or Previous `steps` times in the page (fast enough for two full cycles); the ids shown. */
  function walk(page: Page, label: 'Next tip' | 'Previous tip', steps: number): Promise<(string | null)[]> {
    return page.evaluate(
      async ([label, steps]) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes(label));
        const seen: (string | null)[] = [];
        for (let i = 0; i < steps; i++) {
          button?.click();
          await new Promise((rendered) => setTimeout(rendered));
          seen.push(document.querySelector('main article')?.getAttribute('data-tip-id') ?? null);
        }
        return seen;
      },
      [label, steps] as const,
    );
  }

  it('case 27: loads with no request leaving the extension and writes nothing to storage', async () => {
    const before = await storedEverything();
    const requests: string[] = [];
    const page = await openNewTab(async (p) => {
      p.on('request', (request) => requests.push(request.url()));
    });
    // Give any late write (a mirror, a prefs default, a settings repair) the chance to happen.
    await page.waitForTimeout(500);
    const ownFiles = `chrome-extension://${browser.extensionId}/`;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(ownFiles) && url !== 'chrome://newtab/')).toEqual([]);
    expect(await storedEverything()).toEqual(before);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('shows a tip card with its source link and the disclaimer', async () => {
    const page = await openNewTab();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe("Today's gut-skin tip");
    const card = page.locator('main article');
    await expect(card.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(/\w/);
    await expect(card.locator('.tip-try').textContent()).resolves.toMatch(/^Try today \w/);
    await expect(card.locator('.tip-evidence').textContent()).resolves.toMatch(
      /(Strong|Moderate|Emerging|Limited) evidence: /,
    );
    const link = card.locator('.tip-source a');
    await expect(link.getAttribute('href')).resolves.toMatch(
      /^https:\/\/(doi\.org\/10\.|pubmed\.ncbi\.nlm\.nih\.gov\/\d+\/$|www\.(who\.int|nice\.org\.uk)\/)/,
    );
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    await expect(page.getByText('General wellness information, not medical advice.').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('moves to the next and previous tips', async () => {
    const page = await openNewTab();
    const today = await shownId(page);
    const [next] = await walk(page, 'Next tip', 1);
    expect(next).not.toBe(today);
    const [back, before] = await walk(page, 'Previous tip', 2);
    expect(back).toBe(today);
    expect(before).not.toBe(today);
    await page.getByRole('button', { name: "Back to today's tip" }).click();
    expect(await shownId(page)).toBe(today);
    await page.close();
  });

  it('works from the keyboard, with a visible focus ring', async () => {
    const page = await openNewTab();
    const today = await shownId(page);
    let focused = '';
    for (let i = 0; i < 15 && !focused.includes('Next tip'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toContain('Next tip');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(ring).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await shownId(page)).not.toBe(today);
    await page.close();
  });

  it('hides a tip for good: not next, not previous, not after a reload', async () => {
    const page = await openNewTab();
    const hidden = await shownId(page);
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain("Tip hidden. It won't appear again.");
    // Two whole cycles of the library each way.
    const seen = [...(await walk(page, 'Next tip', 110)), ...(await walk(page, 'Previous tip', 220))];
    expect(seen).not.toContain(hidden);
    expect(seen).not.toContain(null);
    await page.reload();
    await page.locator('.today-body').waitFor();
    expect(await shownId(page)).not.toBe(hidden);
    expect(await walk(page, 'Next tip', 110)).not.toContain(hidden);
    const stored = await browser.inWorker(async () => (await chrome.storage.sync.get('tipPrefs')).tipPrefs);
    expect(stored).toMatchObject({ saved: [], hidden: [hidden] });
    await page.close();
  });

  it('save, hide, then "Show them again": the tip comes back without the hidden message, still saved', async () => {
    await browser.inWorker(() => chrome.storage.sync.remove('tipPrefs'));
    const page = await openNewTab();
    const tip = await shownId(page);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await page.getByText(/Tip hidden/).waitFor();
    await page.getByRole('button', { name: 'Show them again' }).click();
    await page.getByText(/Tip hidden/).waitFor({ state: 'detached' });
    const saved = page.getByRole('region', { name: /^Saved tips/ });
    await saved.getByRole('button', { name: /./ }).first().waitFor();
    expect(await saved.getAttribute('aria-labelledby')).toBeTruthy();
    await expect
      .poll(() => browser.inWorker(async () => (await chrome.storage.sync.get('tipPrefs')).tipPrefs))
      .toMatchObject({ saved: [tip], hidden: [] });
    await page.close();
  });

  it('the heading follows the tip shown, and "Back to today\'s tip" looks like a button', async () => {
    const page = await openNewTab();
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.textContent()).toBe("Today's gut-skin tip");
    await page.getByRole('button', { name: 'Next tip' }).click();
    expect(await heading.textContent()).toBe('Another gut-skin tip');
    const back = page.getByRole('button', { name: "Back to today's tip" });
    const look = await back.evaluate((el) => {
      const style = getComputedStyle(el);
      return { border: style.borderTopColor, width: style.borderTopWidth, background: style.backgroundColor };
    });
    // An outline you can see, not text on the page's background.
    expect(look.width).not.toBe('0px');
    expect(look.border).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    await back.click();
    expect(await heading.textContent()).toBe("Today's gut-skin tip");
    await page.close();
  });

  it('lists a saved tip after a reload', async () => {
    await browser.inWorker(() => chrome.storage.sync.remove('tipPrefs'));
    const page = await openNewTab();
    const title = await page.locator('main article h2').textContent();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.reload();
    const saved = page.getByRole('region', { name: /^Saved tips/ });
    await saved.getByRole('button', { name: title ?? '', exact: true }).waitFor();
    await page.close();
  });

  describe('with little water by 15:00', () => {
    let page: Page;

    beforeAll(async () => {
      const today = await browser.inWorker(() => {
        const d = new Date();
        const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        const drink = { id: 'e2e-drink', at: Date.now(), date, type: 'water', amountMl: 250 };
        return chrome.storage.local.set({ [`day:${date}`]: [drink] }).then(() => date);
      });
      page = await openNewTab(async (p) => {
        await p.clock.setFixedTime(new Date(`${today}T15:00:00`));
      });
      await page.getByRole('region', { name: 'For right now' }).waitFor();
    });
    afterAll(async () => {
      await page?.close();
    });

    it('offers a hydration tip first, before the daily card', async () => {
      const region = page.getByRole('region', { name: 'For right now' });
      await expect(region.textContent()).resolves.toContain("You're a little behind on water today.");
      await expect(region.locator('article').getAttribute('data-category')).resolves.toBe('hydration');
      // The daily card comes first in reading order (narrow screens stack it on top); the hydration
      // tip is the first thing in the Today panel.
      const order = await page.evaluate(() =>
        [...document.querySelectorAll('article')].map((a) => (a.closest('.today') ? 'today' : 'daily')),
      );
      expect(order[0]).toBe('daily');
      await expect(page.locator('.today-line').textContent()).resolves.toMatch(/^Water 250 ml of 2,000 ml/);
    });

    it.each([800, 640])(
      "at %i px wide, today's tip comes first and the panel goes below it at full width",
      async (width) => {
        await page.setViewportSize({ width, height: 900 });
        const boxes = await page.evaluate(() => {
          const box = (sel: string) => {
            const r = (document.querySelector(sel) as HTMLElement).getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, width: r.width };
          };
          return { daily: box('.daily'), today: box('.today'), situational: box('.today article') };
        });
        expect(boxes.today.top).toBeGreaterThanOrEqual(boxes.daily.bottom);
        expect(Math.abs(boxes.today.width - boxes.daily.width)).toBeLessThan(2);
        expect(boxes.situational.width).toBeGreaterThan(400);
        await page.setViewportSize({ width: 1280, height: 720 });
      },
    );

    it('side by side on a wide screen, the situational card keeps a readable width', async () => {
      await page.setViewportSize({ width: 1280, height: 720 });
      const boxes = await page.evaluate(() => {
        const box = (sel: string) => (document.querySelector(sel) as HTMLElement).getBoundingClientRect();
        const daily = box('.daily');
        const today = box('.today');
        return { sameRow: Math.abs(daily.top - today.top) < 40, situational: box('.today article').width };
      });
      expect(boxes.sameRow).toBe(true);
      expect(boxes.situational).toBeGreaterThanOrEqual(220);
    });

    it('fills the Today panel without moving the layout', async () => {
      const shift = await page.evaluate(
        () =>
          new Promise<number>((done) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
              done(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
            }).observe({ type: 'layout-shift', buffered: true });
            // The observer calls back only when there are entries; none means no shift at all.
            setTimeout(() => done(0), 500);
          }),
      );
      expect(shift).toBeLessThan(0.01);
    });

    it.each(['light', 'dark'] as const)('has no serious or critical axe violations in %s', async (colorScheme) => {
      // Reduced motion too: no colour transition is mid-way when axe measures contrast.
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      // Evaluated, not added as a script tag: the extension's CSP refuses inline scripts.
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const result = await axe.run();
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      if (SCREENSHOTS) {
        mkdirSync('docs/screenshots', { recursive: true });
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.screenshot({ path: `docs/screenshots/newtab-${colorScheme}.png` });
        await page.setViewportSize({ width: 1280, height: 720 });
      }
    });
  });

  it('logged no console error anywhere', () => {
    expect(browser.errors).toEqual([]);
  });
});
