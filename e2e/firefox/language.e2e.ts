/**
 * Firefox in French, as a person who set Firefox's language sets it (`intl.locale.requested`,
 * with Debian's French language pack installed): every page takes the French catalog, its `lang`
 * and its headings, the toolbar button and the new tab's tip are in French, and no English message
 * is left on screen. Firefox picks an extension's language from its own, as Chrome does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogOf, englishLeftIn, message, tipTitlesOf } from '../catalog';
import { until } from '../harness';
import { type FirefoxHarness, launchFirefox, textOf } from './harness';

const LANG = 'fr';
const catalog = catalogOf(LANG);
const english = englishLeftIn(LANG);

describe('Firefox in French', () => {
  let ff: FirefoxHarness;

  beforeAll(async () => {
    ff = await launchFirefox({ locale: LANG, welcome: 'keep' });
    // The welcome page opened on install is in French too: skip it as a person would.
    const welcome = await ff.opened('/welcome.html');
    await until(async () => (await textOf(welcome, 'h1')) === message(catalog, 'welcomeHeading'));
    await welcome.evaluate(
      (name) => {
        [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)?.click();
      },
      message(catalog, 'welcomeSkipAll'),
    );
    await until(async () => (await textOf(welcome, 'h2')) === message(catalog, 'welcomeDoneTitle'));
    await welcome.close();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it.each([
    ['popup', 'today'],
    ['options', 'optionsHeading'],
    ['newtab', 'newtabHeading'],
    ['journal', 'journalTitle'],
  ] as const)('the %s page speaks French, with no English left', async (name, heading) => {
    const page = await ff.open(name);
    await until(async () => (await textOf(page, 'h1')) === message(catalog, heading));
    // The personal parts arrive after the first paint.
    await new Promise((done) => setTimeout(done, 500));
    const { lang, texts } = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const found: string[] = [document.title];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        if (text) found.push(text);
      }
      return { lang: document.documentElement.lang, texts: found };
    });
    expect(lang.slice(0, 2)).toBe(LANG);
    expect(texts.filter((text) => english.has(text))).toEqual([]);
    if (name === 'newtab') expect(tipTitlesOf(LANG).has(await textOf(page, 'main article h2'))).toBe(true);
    await page.close();
    expect(await ff.settledErrors()).toEqual([]);
  });

  it('the toolbar button’s title is the French catalog’s', async () => {
    expect(await ff.inExtension(() => browser.action.getTitle({}))).toBe(message(catalog, 'extName'));
    expect(await ff.inExtension(() => browser.i18n.getUILanguage())).toMatch(/^fr/);
  });
});
