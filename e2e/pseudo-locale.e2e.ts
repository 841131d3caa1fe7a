/**
 * Room for every language: the test build with its English catalog turned into a pseudo-locale
 * (every letter accented, every message 40 % longer, placeholders kept), loaded in Chromium. No
 * page may then scroll sideways, clip a text or push anything out of the window: the popup at its
 * 360-pixel width, the new tab, options, the journal and the welcome page on a laptop screen and
 * the new tab in a narrow window. Languages longer than English (German, French) have that room.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, TEST_BUILD } from './harness';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ'].map((c, i) => [
    c,
    [...'àƀçđéĝĥîķļñöŕšţûŵýžÀƁÇĐÉĜĤÎĶĻÑÖŔŠŢÛŴÝŽ'][i] as string,
  ]),
);
const PADDING = ' ŵîđé ţéẋţ ƒöŕ ļöñĝéŕ ļàñĝûàĝéš';

/** "Drank a glass" → "Đŕàñķ à ĝļàšš ŵîđé" (40 % longer), `$1` and the like kept as they are. */
function pseudo(text: string): string {
  const accented = text.replace(/\$\d|[A-Za-z]/g, (part) => (part.startsWith('$') ? part : (ACCENTED[part] ?? part)));
  const extra = Math.ceil(text.length * 0.4);
  return extra > 0 ? accented + PADDING.repeat(Math.ceil(extra / PADDING.length)).slice(0, extra) : accented;
}

/** What overflows on the page as it is now: sideways scrolling, clipped text, items outside the window. */
const overflowOn = (page: Page) =>
  page.evaluate(() => {
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      found.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      // Screen-reader-only text is clipped on purpose; hidden parts have no box.
      if (rect.width <= 1 || rect.height <= 1) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      // Text wider than its own box runs into its neighbours (a long word in a narrow column).
      const ownText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (
        ownText &&
        !style.display.startsWith('inline') &&
        style.overflowX === 'visible' &&
        el.scrollWidth > el.clientWidth + 1
      )
        found.push(`text wider than its box: ${name(el)}`);
      if (clips && el.scrollWidth > el.clientWidth + 1 && !['auto', 'scroll'].includes(style.overflowX))
        found.push(`clipped: ${name(el)}`);
      if ((rect.right > window.innerWidth + 1 || rect.left < -1) && el.closest('.heat-scroll, .chart-scroll') === null)
        found.push(`outside the window: ${name(el)}`);
    }
    return found;
  });

describe('a pseudo-locale 40 % longer than English, in Chromium', () => {
  let browser: Harness;
  let build: string;

  beforeAll(async () => {
    build = mkdtempSync(join(tmpdir(), 'glow-pseudo-'));
    cpSync(TEST_BUILD, build, { recursive: true });
    const file = join(build, '_locales/en/messages.json');
    const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
    for (const entry of Object.values(catalog)) entry.message = pseudo(entry.message);
    writeFileSync(file, JSON.stringify(catalog));
    browser = await launch({ build, lang: 'en-US', welcome: 'keep' });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(build, { recursive: true, force: true });
  });

  const pages = [
    { path: 'welcome.html', width: 1280, height: 800 },
    { path: 'popup.html', width: 360, height: 600 },
    { path: 'popup.html#checkin', width: 360, height: 600 },
    { path: 'popup.html#breathe', width: 360, height: 600 },
    { path: 'popup.html#meal', width: 360, height: 600 },
    { path: 'newtab.html', width: 1280, height: 800 },
    { path: 'newtab.html', width: 600, height: 800 },
    { path: 'options.html', width: 1280, height: 800 },
    { path: 'options.html', width: 700, height: 900 },
    { path: 'journal.html', width: 1280, height: 800 },
  ];

  it.each(pages)(
    '$path at $width × $height: nothing clipped or outside the window',
    async ({ path, width, height }) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      await page.waitForSelector('h1, h2');
      await page.waitForTimeout(600);
      // The popup with a drink logged: its Undo button joins the water card's row.
      if (path === 'popup.html' && (await page.locator('.water-actions button').count()) === 1) {
        await page.locator('.water-actions .primary').click();
        await page.locator('.water-actions button').nth(1).waitFor();
      }
      // The pseudo-locale is what the page shows.
      expect(await page.evaluate(() => document.body.innerText)).toMatch(/ŵîđé/);
      expect(await overflowOn(page)).toEqual([]);
      await page.close();
    },
  );
});
