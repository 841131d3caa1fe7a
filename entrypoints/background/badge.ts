/** The toolbar badge: how many reminders wait unseen because notifications could not be shown. */
import { browser } from 'wxt/browser';
import type { WorkerState } from './state';

/** Sets the badge when the state changed, and once per worker (a browser restart clears it). */
export function createBadge() {
  let shown = false;
  return async (state: WorkerState, changed: boolean): Promise<void> => {
    if (shown && !changed) return;
    const count = state.blocked.length;
    await browser.action.setBadgeText({ text: count ? String(count) : '' });
    if (count) await browser.action.setBadgeBackgroundColor({ color: '#2e8b6f' });
    shown = true;
  };
}
