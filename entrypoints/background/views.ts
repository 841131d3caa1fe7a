/** The popup's addressable views, opened in a small window from a notification. */
import { browser } from 'wxt/browser';
import type { ReminderKind } from '@/utils/settings/schema';

export type View = { name: 'breathe' } | { name: 'meal' } | { name: 'reminder'; occurrence: string };

export function viewHash(view: View): string {
  return view.name === 'reminder' ? `#reminder/${view.occurrence}` : `#${view.name}`;
}

/** The view that acts on a prompt: breathing and meal open their flow, the rest the action list. */
export function viewFor(kinds: readonly ReminderKind[], occurrence: string): View {
  if (kinds.length === 1 && kinds[0] === 'stress') return { name: 'breathe' };
  if (kinds.length === 1 && kinds[0] === 'meal') return { name: 'meal' };
  return { name: 'reminder', occurrence };
}

export async function openView(view: View): Promise<void> {
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html${viewHash(view)}`),
    type: 'popup',
    width: 400,
    height: 640,
  });
}
