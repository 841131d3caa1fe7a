/**
 * The extension in another language, as a person whose browser speaks it meets it: Chromium
 * started with `--lang` German, Japanese and Arabic (right to left). The welcome page, popup, new
 * tab, options and journal speak the language (no English message left on screen), carry its
 * `lang` and direction, show a tip in it, and are axe-clean. Arabic mirrors: the header's first
 * item sits at the right.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { catalogOf, englishLeftIn, message, tipTitlesOf } from './catalog';
import { type Harness, launch, type PageName, until } from './harness';

/** Every piece of text on the page, one per text node, trimmed. */
const textsOn = (page: Page) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].map((name) => el.getAttribute(name) ?? '').filter(Boolean),
    );
    return [...texts, ...labels, document.title];
  });

describe.each([
  { lang: 'de', dir: 'ltr' },
  { lang: 'ja', dir: 'ltr' },
  { lang: 'ar', dir: 'rtl' },
])('Glow Within in Chromium with its language set to $lang', ({ lang, dir }) => {
  const catalog = catalogOf(lang);
  const english = englishLeftIn(lang);
  let browser: Harness;

  beforeAll(async () => {
    browser = await launch({ lang, welcome: 'keep' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const leftInEnglish = async (page: Page) => (await textsOn(page)).filter((text) => english.has(text));

  async function check(page: Page) {
    expect(
      await page.evaluate(() => [document.documentElement.lang.slice(0, 2), document.documentElement.dir]),
    ).toEqual([lang, dir]);
    expect(await leftInEnglish(page)).toEqual([]);
    expect(await seriousViolations(page, 'light')).toEqual([]);
  }

  it('the welcome page asks in the language, and skipping it starts the reminders', async () => {
    const welcome = await until(async () =>
      browser.context.pages().find((p) => p.url() === `chrome-extension://${browser.extensionId}/welcome.html`),
    );
    await welcome.getByRole('heading', { name: message(catalog, 'welcomeHeading') }).waitFor();
    await check(welcome);
    await welcome.getByRole('button', { name: message(catalog, 'welcomeSkipAll') }).click();
    await welcome.getByRole('heading', { name: message(catalog, 'welcomeDoneTitle') }).waitFor();
    await welcome.close();
  });

  it.each<PageName>(['popup', 'newtab', 'options', 'journal'])(
    '%s speaks the language, with no English left',
    async (name) => {
      const page = await browser.open(name);
      await page.waitForSelector('h1, h2');
      // The personal parts arrive after the first paint; wait for them before reading the page.
      await page.waitForTimeout(500);
      await check(page);
      if (name === 'newtab') {
        const title = await page.locator('main article h2').first().textContent();
        expect(tipTitlesOf(lang).has(title?.trim() ?? '')).toBe(true);
      }
      await page.close();
    },
  );

  it('the toolbar button and the notifications speak it too', async () => {
    const { title, kind } = await browser.inWorker(async () => ({
      title: await chrome.action.getTitle({}),
      kind: chrome.i18n.getMessage('kindHydration'),
    }));
    expect(title).toBe(message(catalog, 'extName'));
    expect(kind).toBe(message(catalog, 'kindHydration'));
  });

  // Only a right-to-left language mirrors.
  if (dir === 'rtl') {
    it('mirrors: the header starts at the right, and the page reads right to left', async () => {
      const page = await browser.open('newtab');
      const [brand, settings] = await Promise.all(
        ['.page-head .brand', '.page-head .quiet-link'].map((selector) =>
          page.locator(selector).evaluate((el) => el.getBoundingClientRect().left),
        ),
      );
      expect(brand).toBeGreaterThan(settings as number);
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
      await page.close();
    });
  }
});
