/** Opening one of the popup's addressable views (utils/routes.ts) in a small window of its own, and the welcome page. */
import { browser } from 'wxt/browser';
import { type Route, routeHash } from '@/utils/routes';

export async function openView(view: Route): Promise<void> {
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html${routeHash(view)}`),
    type: 'popup',
    width: 400,
    height: 640,
  });
}

/** The welcome page, in a tab of its own (a first install opens it). */
export async function openWelcome(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
