/**
 * The real-Firefox harness: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi,
 * the Firefox test build installed as a temporary add-on at a fixed moz-extension:// address.
 * What Firefox does differently from the Chromium harness (../harness.ts), each learnt in ESR:
 *
 * - `page.goto()` never resolves for moz-extension:// pages (Firefox sends no navigation events
 *   for them): pages are opened with BiDi's `browsingContext.navigate` and awaited on
 *   `document.readyState`. `--remote-allow-system-access` lets BiDi navigate there at all.
 * - Console errors of extension pages and the background never reach puppeteer's events: with
 *   `devtools.console.stdout.content` Firefox prints them on its stdout (`console.error: …`) and
 *   uncaught ones on its stderr (`JavaScript error: moz-extension://…`); `errors` collects both.
 * - With no notification daemon, headless Firefox closes every notification at once unless it
 *   draws its own (`alerts.useSystemBackend: false`).
 * - The background is an event page that Firefox suspends when idle (30 s by default; 5 s here,
 *   so the suite meets suspension and waking too). `browser.runtime.getBackgroundPage()` from an
 *   extension page wakes it and gives its window, where the test build keeps `glowTest`.
 * - Puppeteer's Locator and waitForFunction do not work here (extension CSP refuses the
 *   function they build, and Locator waits never settle): tests poll with `evaluate` instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { type PageName, until } from '../harness';

export const FIREFOX_TEST_BUILD = resolve(
  import.meta.dirname,
  '../..',
  process.env.GLOW_FIREFOX_BUILD ?? join(process.env.GLOW_OUT_DIR ?? '.output', 'firefox-mv3-test'),
);
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const NO_FIREFOX_HELP = `No Firefox was found at ${FIREFOX} for the Firefox browser tests.
Install Debian's Firefox ESR (sudo apt-get install -y firefox-esr) or set FIREFOX_PATH, then run: npm test`;
/** Debian's French language pack, for the test that runs Firefox in French. */
const FRENCH_PACK = '/usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi';
export const NO_FRENCH_HELP = `Firefox's French language pack is missing (${FRENCH_PACK}), so Firefox cannot be set to French.
Install it (sudo apt-get install -y firefox-esr-l10n-fr), then run: npm test`;

/** Fixed up front (Firefox would pick a random one), so every page has a known address. */
const UUID = '6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b';
export const ORIGIN = `moz-extension://${UUID}`;
/** How long the event page may idle before Firefox suspends it (Firefox's default is 30 s). */
export const IDLE_SUSPEND_MS = 5_000;

/** The test build's hooks (entrypoints/background/test-hooks.ts) that these tests call. */
export interface GlowTestHooks {
  onAlarm(alarm: { name: string; scheduledTime: number }): Promise<void>;
  onClick(occurrence: string): Promise<void>;
  onCommand(name: string): Promise<void>;
  onInstalled(reason?: string): Promise<void>;
  setAnchor(kind: 'hydration' | 'stress' | 'meal', anchor: number): Promise<void>;
  blockNotifications(on: boolean): void;
}
type HookName = keyof GlowTestHooks;

export interface FirefoxHarness {
  firefox: Browser;
  /** Errors logged or thrown by any extension page or the background, from Firefox's output. */
  errors: string[];
  /** Open an extension page in a new tab and wait until it has loaded. */
  open(name: PageName, hash?: string): Promise<Page>;
  /** An extension page the extension opened itself (a window from a notification), by its URL. */
  opened(path: string): Promise<Page>;
  /** Evaluate in an extension page kept open for it (the new tab, which writes nothing on load). */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Call a test hook in the background, waking the event page if Firefox suspended it. */
  hook<K extends HookName>(
    name: K,
    ...args: Parameters<GlowTestHooks[K]>
  ): Promise<Awaited<ReturnType<GlowTestHooks[K]>>>;
  /** Whether the event page is running now (asking does not wake it). */
  backgroundRunning(): Promise<boolean>;
  /** Let Firefox's output catch up, then the errors so far. */
  settledErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** puppeteer-core's BiDi connection and frame ids are not in its public types; both exist. */
interface BidiBrowser {
  connection: {
    send(method: 'browsingContext.navigate', params: { context: string; url: string; wait: 'none' }): Promise<unknown>;
  };
}
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

function collectErrors(stream: Readable | null, pattern: RegExp, into: string[]): void {
  if (!stream) return;
  createInterface({ input: stream }).on('line', (line) => {
    if (pattern.test(line)) into.push(line);
  });
}

/** The address the page has loaded, once it has (null while it is still loading or navigating). */
const loadedUrl = (page: Page) =>
  page.evaluate(() => (document.readyState === 'complete' ? location.href : null)).catch(() => null);

/** Click the button whose text is `name` (Locators do not work on extension pages here). */
export const clickButton = (page: Page, name: string) =>
  page.evaluate((text) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
    if (!button) throw new Error(`no button ${text}`);
    button.click();
  }, name);

/**
 * The welcome page a first install opens: by default skipped as a person would (so reminders are
 * armed, as the tests expect); 'keep' leaves it open and unfinished.
 */
export async function launchFirefox(
  options: { welcome?: 'skip' | 'keep'; locale?: string } = {},
): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_TEST_BUILD, 'manifest.json'))) {
    throw new Error(`No Firefox test build at ${FIREFOX_TEST_BUILD}: run \`npm run build:test\` first.`);
  }
  if (!existsSync(FIREFOX)) throw new Error(NO_FIREFOX_HELP);
  if (options.locale === 'fr' && !process.env.FIREFOX_PATH && !existsSync(FRENCH_PACK)) throw new Error(NO_FRENCH_HELP);
  const geckoId = JSON.parse(readFileSync(join(FIREFOX_TEST_BUILD, 'manifest.json'), 'utf8')).browser_specific_settings
    .gecko.id as string;
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
      'devtools.console.stdout.content': true,
      'alerts.useSystemBackend': false,
      'extensions.background.idle.timeout': IDLE_SUSPEND_MS,
      // An optional permission (the new tab's most-visited sites) is granted without the prompt a
      // test cannot answer; the request itself still has to come from a click.
      'extensions.webextOptionalPermissionPrompts': false,
      // Firefox's own language, as a person sets it; it needs that language's pack installed
      // (Debian's firefox-esr-l10n-<lang>, which .ci/run installs).
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
    },
  });
  const errors: string[] = [];
  const child = firefox.process();
  collectErrors(child?.stdout ?? null, /^console\.error: /, errors);
  collectErrors(child?.stderr ?? null, new RegExp(`^JavaScript error: ${ORIGIN}/`), errors);
  await firefox.installExtension(FIREFOX_TEST_BUILD);

  async function open(name: PageName, hash = ''): Promise<Page> {
    const url = `${ORIGIN}/${name}.html${hash}`;
    const page = await firefox.newPage();
    await (firefox as unknown as BidiBrowser).connection.send('browsingContext.navigate', {
      context: contextOf(page),
      url,
      wait: 'none',
    });
    await until(async () => (await loadedUrl(page)) === url);
    return page;
  }

  const opened = (path: string): Promise<Page> =>
    until(async () => {
      for (const page of await firefox.pages()) if ((await loadedUrl(page)) === `${ORIGIN}${path}`) return page;
      return null;
    });
  if (options.welcome !== 'keep') {
    const welcome = await opened('/welcome.html');
    await clickButton(welcome, 'Skip setup and use the defaults');
    await until(() => welcome.evaluate(() => document.querySelector('h2')?.textContent === 'You are all set'));
    await welcome.close();
  }

  const probe = await open('newtab');
  const harness: FirefoxHarness = {
    firefox,
    errors,
    open,
    opened,
    inExtension: (fn, arg) => probe.evaluate(fn as (arg: unknown) => never, arg),
    hook: (name, ...args) =>
      probe.evaluate(
        async (hookName, hookArgs) => {
          const background = (await browser.runtime.getBackgroundPage()) as unknown as {
            glowTest?: Record<string, (...a: unknown[]) => unknown>;
          };
          const call = background.glowTest?.[hookName];
          if (!call) throw new Error(`the test build has no hook ${hookName}`);
          return call(...hookArgs);
        },
        name,
        args as unknown[],
      ) as never,
    backgroundRunning: () => probe.evaluate(() => browser.extension.getBackgroundPage() !== null),
    async settledErrors() {
      await new Promise((done) => setTimeout(done, 300));
      return errors;
    },
    close: () => firefox.close(),
  };
  return harness;
}

/** The first element matching `selector` whose text includes `text`, once there is one. */
export function findByText(page: Page, selector: string, text: string): Promise<ElementHandle<Element>> {
  return until(async () => {
    for (const handle of await page.$$(selector)) {
      if ((await handle.evaluate((el) => el.textContent ?? '')).includes(text)) return handle;
      await handle.dispose();
    }
    return null;
  });
}

/** The page's text content under `selector` (trimmed; '' when there is no such element). */
export const textOf = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? '', selector);
