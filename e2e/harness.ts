/**
 * The real-browser harness: loads the test build into headless Chromium with playwright-core,
 * finds the worker and extension id, opens the pages, stops and wakes the worker over CDP, and
 * collects console errors from pages and the worker.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { findChromium, NO_BROWSER_HELP } from './browser';

export const TEST_BUILD = resolve(import.meta.dirname, '..', process.env.GLOW_OUT_DIR ?? '.output', 'chrome-mv3-test');

export type PageName = 'popup' | 'options' | 'newtab' | 'journal';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Errors logged by any extension page or the worker, and uncaught page errors. */
  errors: string[];
  worker(): Promise<Worker>;
  open(name: PageName, hash?: string): Promise<Page>;
  /** Evaluate in the worker (chrome.* is available there). */
  inWorker<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Stop the service worker as the browser does after 30 s idle, and wait until it is stopped. */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  build?: string;
  /**
   * The welcome page a first install opens: by default the harness skips it as a person would
   * (so reminders are armed, as the tests expect); 'keep' leaves it open and unfinished.
   */
  welcome?: 'skip' | 'keep';
  /** The browser's own language (`--lang`, e.g. 'de', 'ar'): the extension's pages follow it. */
  lang?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const build = options.build ?? TEST_BUILD;
  if (!existsSync(join(build, 'manifest.json'))) {
    throw new Error(`No extension build at ${build}: run \`npm run build:test\` first.`);
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_HELP);
  const profile = mkdtempSync(join(tmpdir(), 'glow-within-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang } } : {}),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const errors: string[] = [];
  const watch = (source: string, target: Page | Worker) => {
    target.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${source}: ${message.text()}`);
    });
  };
  context.on('page', (page) => {
    watch(page.url() || 'page', page);
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  });
  context.on('serviceworker', (worker) => watch('worker', worker));

  const worker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker'));
  const first = await worker();
  watch('worker', first);
  const extensionId = new URL(first.url()).host;

  const welcome = await until(
    async () => context.pages().find((page) => page.url() === `chrome-extension://${extensionId}/welcome.html`),
    30_000,
  );
  if (options.welcome !== 'keep') {
    await welcome.getByRole('button', { name: 'Skip setup and use the defaults' }).click();
    await welcome.getByRole('heading', { name: 'You are all set' }).waitFor();
    await welcome.close();
  }

  const harness: Harness = {
    context,
    extensionId,
    errors,
    worker,
    async open(name, hash = '') {
      const page = await context.newPage();
      watch(name, page);
      page.on('pageerror', (error) => errors.push(`${name} page error: ${error.message}`));
      await page.goto(`chrome-extension://${extensionId}/${name}.html${hash}`);
      return page;
    },
    async inWorker(fn, arg) {
      return (await worker()).evaluate(fn, arg as never);
    },
    async stopWorker() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/manifest.json`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      const stopped = new Promise<void>((done) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.every((v) => v.runningStatus === 'stopped')) done();
        });
      });
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
      await page.close();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Send a protocol message from an extension page, as the popup does. */
export function sendFromPage<R>(page: Page, type: string, data?: unknown): Promise<R> {
  return page.evaluate(
    ([t, d]) =>
      new Promise<R>((done, fail) =>
        chrome.runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() }, (response: unknown) => {
          if (chrome.runtime.lastError) fail(new Error(chrome.runtime.lastError.message));
          else if (response && typeof response === 'object' && 'err' in response) fail(new Error(String(response.err)));
          else done((response as { res: R }).res);
        }),
      ),
    [type, data] as const,
  );
}

/** Poll until the probe returns something truthy (a page, the worker or storage catching up). */
export async function until<T>(probe: () => Promise<T | undefined | null | false>, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
