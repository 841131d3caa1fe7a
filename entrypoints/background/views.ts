/** Opening one of the popup's addressable views (utils/routes.ts) in a small window of its own. */
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
