/**
 * The keyboard shortcuts in Chromium: declared with their keys, listed in options, and a shortcut
 * logs a cup. A headless browser cannot press a browser-wide shortcut, so the test calls the
 * worker's command handler through the test build's hook, as its listener does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { type Harness, launch, until } from './harness';

declare const glowTest: { onCommand(name: string): Promise<void> };

describe('keyboard shortcuts in Chromium', () => {
  let browser: Harness;
  const drinks = () =>
    browser.inWorker(async () =>
      Object.entries(await chrome.storage.local.get(null))
        .filter(([key]) => key.startsWith('day:'))
        .flatMap(([, events]) => (events as { type: string; amountMl?: number }[]).filter((e) => e.type === 'water')),
    );

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  type Command = { name?: string; shortcut?: string; description?: string };
  const ours = async () =>
    (await browser.inWorker((): Promise<Command[]> => chrome.commands.getAll()))
      .filter(({ name }) => name !== '_execute_action')
      .map(({ name, shortcut, description }) => ({ name, shortcut: shortcut ?? '', description }));

  it('the browser has the three shortcuts, with their descriptions and the suggested keys (when it assigns them)', async () => {
    const commands = await ours();
    expect(commands.map(({ name, description }) => ({ name, description }))).toEqual([
      { name: 'log-cup', description: 'Log a cup of water' },
      { name: 'start-breathing', description: 'Start a breathing break' },
      { name: 'toggle-pause', description: 'Pause reminders for an hour, or resume them' },
    ]);
    // Headless Chromium leaves an unpacked extension's suggested keys unassigned; a browser that
    // assigns them gives these.
    const suggested = ['Alt+Shift+W', 'Alt+Shift+B', 'Alt+Shift+P'];
    for (const [i, { shortcut }] of commands.entries()) expect(['', suggested[i]]).toContain(shortcut);
  });

  it('a shortcut logs a cup: one drink stored, and a note says so', async () => {
    expect(await drinks()).toEqual([]);
    await browser.inWorker(() => glowTest.onCommand('log-cup'));
    expect(await drinks()).toEqual([expect.objectContaining({ amountMl: 250 })]);
    const notes = await browser.inWorker(async () => Object.keys(await chrome.notifications.getAll()));
    expect(notes).toEqual(['glow-shortcut']);
  });

  it('the pause shortcut pauses for an hour and, pressed again, resumes', async () => {
    await browser.inWorker(() => glowTest.onCommand('toggle-pause'));
    await until(async () => (await browser.inWorker(() => chrome.action.getBadgeText({}))) === '❚❚');
    const pause = await browser.inWorker(async () => (await chrome.storage.local.get('pause')).pause as number);
    expect(pause).toBeGreaterThan(Date.now() + 59 * 60_000);
    await browser.inWorker(() => glowTest.onCommand('toggle-pause'));
    await until(async () => (await browser.inWorker(() => chrome.action.getBadgeText({}))) === '');
  });

  it('the breathing shortcut opens the breathing view in a small window', async () => {
    await browser.inWorker(() => glowTest.onCommand('start-breathing'));
    const view = await until(async () => browser.context.pages().find((p) => p.url().endsWith('/popup.html#breathe')));
    await view.getByRole('heading', { level: 1, name: 'Breathing break' }).waitFor();
    await view.close();
  });

  it('options lists them with their keys as the browser has them and opens Chrome’s shortcut page; axe-clean', async () => {
    const page = await browser.open('options');
    const section = page.getByRole('region', { name: 'Keyboard shortcuts' });
    await section.locator('dt').first().waitFor();
    const rows = await section
      .locator('dl > div')
      .evaluateAll((items) =>
        items.map((item) => `${item.querySelector('dt')?.textContent}: ${item.querySelector('dd')?.textContent}`),
      );
    expect(rows).toEqual((await ours()).map(({ description, shortcut }) => `${description}: ${shortcut || 'Not set'}`));
    for (const scheme of ['light', 'dark'] as const) expect(await seriousViolations(page, scheme)).toEqual([]);
    const opened = browser.context.waitForEvent('page');
    await section.getByRole('button', { name: 'Open shortcut settings' }).click();
    expect((await opened).url()).toBe('chrome://extensions/shortcuts');
    await page.close();
  });

  it('logged no console error anywhere', () => {
    expect(browser.errors).toEqual([]);
  });
});
