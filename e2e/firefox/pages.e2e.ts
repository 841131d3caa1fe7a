/**
 * Case 31, the pages: the Firefox test build in Firefox ESR, used as a person would. The popup,
 * options and new tab render; "+1 cup" says it was logged; an options change moves the real
 * alarm; a bad import leaves storage unchanged. Mirrors e2e/smoke, popup and options.e2e.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyDay, intervalSchedule, onlyKinds } from '../../tests/factories';
import { BAD_FILES, GOOD_SETTINGS } from '../../tests/options/corpus';
import { until } from '../harness';
import { PAGE_HEADINGS } from '../page-headings';
import { alarmsNow, historyNow, settledStorage, storageNow, writeSettings } from './extension-state';
import { type FirefoxHarness, findByText, launchFirefox, ORIGIN, textOf } from './harness';

describe('Firefox: the pages', () => {
  let ff: FirefoxHarness;

  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('the worker starts with no error and arms the default alarms', async () => {
    // The defaults enable all three kinds; the first start creates their alarms one by one.
    const names = await until(async () => {
      const armed = Object.keys(await alarmsNow(ff)).sort();
      return armed.length === 3 ? armed : null;
    });
    expect(names).toEqual(['glow:due:hydration', 'glow:due:meal', 'glow:due:stress']);
    expect(await ff.settledErrors()).toEqual([]);
  });

  it.each(PAGE_HEADINGS)('the %s page renders its heading with no extension console error', async (name, heading) => {
    const page = await ff.open(name);
    await until(async () => (await textOf(page, 'h1')) === heading);
    await page.close();
    expect(await ff.settledErrors()).toEqual([]);
  });

  it('a new tab shows the new-tab page (the override), with its tip', async () => {
    const shown = await ff.inExtension(async () => {
      const tab = await browser.tabs.create({});
      for (let i = 0; i < 100; i++) {
        const [view] = browser.extension.getViews({ tabId: tab.id }) as unknown as { document: Document }[];
        const heading = view?.document.querySelector('h1')?.textContent;
        if (heading) {
          const { url } = await browser.tabs.get(tab.id as number);
          await browser.tabs.remove(tab.id as number);
          return { url, heading };
        }
        await new Promise((done) => setTimeout(done, 100));
      }
      return null;
    });
    expect(shown).toEqual({ url: `${ORIGIN}/newtab.html`, heading: "Today's gut-skin tip" });
    expect(await ff.settledErrors()).toEqual([]);
  });

  it('the popup’s Settings opens the options page in a tab, and the popup closes', async () => {
    // Firefox brings an open options tab forward instead of opening another: close them first.
    const tabsOf = (path: string) =>
      ff.inExtension(
        async (p) => (await browser.tabs.query({})).filter((t) => t.url?.startsWith(p)).map((t) => t.id as number),
        `${ORIGIN}${path}`,
      );
    await ff.inExtension((ids) => browser.tabs.remove(ids), await tabsOf('/options.html'));
    const page = await ff.open('popup');
    // The popup closes itself as it opens the options, which can cut the click's own reply.
    await (await findByText(page, 'button', 'Settings')).click().catch(() => undefined);
    await until(async () => (await tabsOf('/options.html')).length === 1);
    await until(async () => (await tabsOf('/popup.html')).length === 0);
    await ff.inExtension((ids) => browser.tabs.remove(ids), await tabsOf('/options.html'));
    expect(await ff.settledErrors()).toEqual([]);
  });

  it('"+1 cup" is logged, and the popup says so', async () => {
    const page = await ff.open('popup');
    const before = (await historyNow(ff)).filter((e) => e.type === 'water').length;
    await (await findByText(page, 'button', '+1 cup')).click();
    await until(async () => (await textOf(page, '[role=status]')) !== '');
    expect(await textOf(page, '[role=status]')).toBe('Logged 250 ml of water.');
    expect((await historyNow(ff)).filter((e) => e.type === 'water')).toHaveLength(before + 1);
    await page.close();
    expect(await ff.settledErrors()).toEqual([]);
  });

  it('a check-in in the popup shows on the journal page, and the popup’s Journal opens it in a tab', async () => {
    const journalTabs = () =>
      ff.inExtension(
        async (p) => (await browser.tabs.query({})).filter((t) => t.url?.startsWith(p)).map((t) => t.id as number),
        `${ORIGIN}/journal.html`,
      );
    const page = await ff.open('popup', '#checkin');
    await until(async () => (await textOf(page, 'h1')) === 'Daily check-in');
    await (await findByText(page, '.chips label', 'Calm and clear')).click();
    const saved = () =>
      ff.inExtension(async () => {
        const all = await browser.storage.local.get(null);
        return Object.entries(all).find(([key]) => key.startsWith('journal:'))?.[1] as { skin?: number } | undefined;
      });
    await until(async () => (await saved())?.skin === 5);
    await (await findByText(page, 'a', 'Done')).click();
    // Today now offers the journal; it opens in a tab and the popup closes itself.
    await (await findByText(page, 'button', 'Journal')).click().catch(() => undefined);
    await until(async () => (await journalTabs()).length === 1);
    await ff.inExtension((ids) => browser.tabs.remove(ids), await journalTabs());
    const journal = await ff.open('journal');
    await until(async () =>
      journal.evaluate(() =>
        [...document.querySelectorAll('.heat-day')].some((b) =>
          b.getAttribute('aria-label')?.endsWith('Calm and clear (5)'),
        ),
      ),
    );
    await journal.close();
    expect(await ff.settledErrors()).toEqual([]);
  });

  describe('options', () => {
    const saved = (page: Page) => until(async () => (await textOf(page, 'body')).includes('All changes saved'));

    async function openOptions(): Promise<Page> {
      const page = await ff.open('options');
      await saved(page);
      return page;
    }

    /** The preview's first hydration time (from its <time datetime>), or null. */
    const firstHydration = (page: Page) =>
      page.evaluate(() => {
        const item = [...document.querySelectorAll('#section-preview li')].find((li) =>
          li.querySelector('.preview-kinds')?.textContent?.includes('Hydration'),
        );
        const at = item?.querySelector('time')?.getAttribute('datetime');
        return at ? Date.parse(at) : null;
      });

    it('a changed interval moves the real alarm to the preview’s first hydration time', async () => {
      await writeSettings(
        ff,
        onlyKinds({ hydration: intervalSchedule(60, everyDay({ start: '00:00', end: '23:59' })) }),
      );
      await until(async () => Object.keys(await alarmsNow(ff)).join() === 'glow:due:hydration');
      const page = await openOptions();
      const before = (await alarmsNow(ff))['glow:due:hydration'];
      const field = await page.$('#field-hydration-schedule-interval-everyMinutes');
      // As in options.e2e.ts: every 25 minutes can fall on the hourly time (05:00 from
      // midnight); every 35 never does in the same hour, so one of them moves the alarm.
      let minutes = 0;
      for (const next of [25, 35]) {
        minutes = next;
        await field?.click({ count: 3 });
        await page.keyboard.type(String(next));
        const moved = await until(async () => {
          const first = await firstHydration(page);
          return first !== null && first !== before;
        }, 2_000).catch(() => false);
        if (moved) break;
      }
      await saved(page);
      // The worker re-arms after the write lands: its alarm and the preview agree.
      const agreed = await until(async () => {
        const alarm = (await alarmsNow(ff))['glow:due:hydration'];
        return alarm === (await firstHydration(page)) ? alarm : null;
      });
      expect(agreed).not.toBe(before);
      const stored = await ff.inExtension(async () => (await browser.storage.sync.get('settings')).settings);
      expect(stored).toMatchObject({ hydration: { schedule: { interval: { everyMinutes: minutes } } } });
      await page.close();
      expect(await ff.settledErrors()).toEqual([]);
    });

    it('each bad import is refused with its reason; storage byte-for-byte unchanged', async () => {
      await writeSettings(ff, GOOD_SETTINGS);
      await ff.inExtension(() => browser.storage.local.remove('optionsUndo'));
      const page = await openOptions();
      const before = await settledStorage(ff);
      const folder = mkdtempSync(join(tmpdir(), 'glow-within-imports-'));
      try {
        const input = await page.$('input#import-file');
        for (const [what, text] of BAD_FILES) {
          const path = join(folder, `${what}.json`);
          writeFileSync(path, text);
          await input?.uploadFile(path);
          const alert = await until(async () => {
            const shown = await textOf(page, '[role=alert]');
            return shown.includes(`“${what}.json” was not imported`) ? shown : null;
          });
          // Firefox words JSON errors its own way: a file cut short still says so, with no "?" for a place.
          if (what === 'not JSON') expect(alert).toMatch(/ends too soon/);
          expect(alert).not.toMatch(/\?|settings\.|`/);
          expect(await storageNow(ff), what).toBe(before);
        }
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
      expect(await page.evaluate(() => Object.keys(Object.prototype).length)).toBe(0);
      await page.close();
      expect(await ff.settledErrors()).toEqual([]);
    });
  });

  describe('keyboard shortcuts', () => {
    it('Firefox has the three, with their keys and descriptions, and its own way to change them', async () => {
      const commands = await ff.inExtension(async () =>
        (await browser.commands.getAll()).map(({ name, shortcut, description }) => ({ name, shortcut, description })),
      );
      expect(commands).toEqual([
        { name: 'log-cup', shortcut: 'Alt+Shift+W', description: 'Log a cup of water' },
        { name: 'start-breathing', shortcut: 'Alt+Shift+B', description: 'Start a breathing break' },
        { name: 'toggle-pause', shortcut: 'Alt+Shift+P', description: 'Pause reminders for an hour, or resume them' },
      ]);
      // Firefox's settings are in about:addons, opened through this (utils/platform.ts).
      expect(await ff.inExtension(() => typeof Reflect.get(browser.commands, 'openShortcutSettings'))).toBe('function');
    });

    it('a shortcut logs a cup (the command handler, through the test build’s hook)', async () => {
      const before = (await historyNow(ff)).filter((e) => e.type === 'water').length;
      await ff.hook('onCommand', 'log-cup');
      expect((await historyNow(ff)).filter((e) => e.type === 'water')).toHaveLength(before + 1);
      expect(Object.keys(await ff.inExtension(() => browser.notifications.getAll()))).toEqual(['glow-shortcut']);
      await ff.inExtension(() => browser.notifications.clear('glow-shortcut'));
      expect(await ff.settledErrors()).toEqual([]);
    });

    it('options lists them with Firefox’s way to change them', async () => {
      const page = await ff.open('options');
      await findByText(page, '#section-shortcuts kbd', 'Alt+Shift+W');
      expect(await textOf(page, '#section-shortcuts')).toContain('Manage Extension Shortcuts');
      await page.close();
      expect(await ff.settledErrors()).toEqual([]);
    });
  });

  it('the whole run: zero extension console errors', async () => {
    expect(await ff.settledErrors()).toEqual([]);
  });
});
