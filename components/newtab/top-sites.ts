/**
 * The browser's most-visited sites as shortcuts, behind the optional `topSites` permission: asked
 * for only when the person turns them on (from the click itself, as browsers require), given back
 * when they turn them off. The extension's own browser object, as on the first paint.
 */
import { browser } from '@wxt-dev/browser';

export interface Site {
  url: string;
  title: string;
}

const TOP_SITES = { permissions: ['topSites' as const] };
/** One row on a wide screen. */
export const SITES_SHOWN = 8;

export const hasSitesPermission = (): Promise<boolean> => browser.permissions.contains(TOP_SITES);

/** Ask for the permission; must be called straight from the person's click. */
export const askForSites = (): Promise<boolean> => browser.permissions.request(TOP_SITES);

export const giveBackSites = (): Promise<boolean> => browser.permissions.remove(TOP_SITES);

/** Web pages only (a link is never a script), each once, at most SITES_SHOWN. */
export async function readSites(): Promise<Site[]> {
  const seen = new Set<string>();
  return (await browser.topSites.get())
    .filter(({ url }) => /^https?:\/\//.test(url) && !seen.has(url) && seen.add(url))
    .slice(0, SITES_SHOWN)
    .map(({ url, title }) => ({ url, title: title?.trim() || new URL(url).hostname }));
}
