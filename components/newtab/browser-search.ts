/**
 * Searching with the browser's default engine, through its search API (the `search` permission),
 * in this tab as the browser's own new tab does. The query goes to the browser, never anywhere
 * from here. The extension's own browser object, as on the first paint (utils/i18n.ts): the
 * search box works before the polyfill loads.
 */
import { browser } from '@wxt-dev/browser';

export async function searchTheWeb(text: string): Promise<void> {
  await browser.search.query({ text, disposition: 'CURRENT_TAB' });
}
