/** Opening the popup's addressable views (utils/routes.ts) in a small window from a notification. */
import { browser } from 'wxt/browser';
import { type Route, routeHash } from '@/utils/routes';
import type { ReminderKind } from '@/utils/settings/schema';

/** The view that acts on a prompt: breathing and meal open their flow, the rest the action list. */
export function viewFor(kinds: readonly ReminderKind[], occurrence: string): Route {
  if (kinds.length === 1 && kinds[0] === 'stress') return { name: 'breathe' };
  if (kinds.length === 1 && kinds[0] === 'meal') return { name: 'meal' };
  return { name: 'reminder', occurrence };
}

export async function openView(view: Route): Promise<void> {
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html${routeHash(view)}`),
    type: 'popup',
    width: 400,
    height: 640,
  });
}
