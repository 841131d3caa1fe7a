/**
 * The toolbar: how many reminders wait unseen because notifications could not be shown, and
 * whether reminders are paused. While paused the badge turns grey and, with nothing waiting,
 * shows the pause sign; the waiting count stays either way. The button's title says it in words:
 * until when (utils/phrases.ts's pause wording, by the clock) and how many wait.
 */
import { browser } from 'wxt/browser';
import { formatNumber, t } from '@/utils/i18n';
import { pauseText } from '@/utils/phrases';
import { activePause, type Pause } from '@/utils/schedule/pause';
import type { WorkerState } from './state';

export const BADGE_WAITING = '#2e8b6f';
export const BADGE_PAUSED = '#5f6b66';

export interface ToolbarState {
  text: string;
  color: string | null;
  title: string;
}

/** What the toolbar shows for this state. Pure apart from the catalog. */
export function toolbarState(
  state: WorkerState,
  pause: Pause,
  now: number,
  dayStartHour: number,
  locale?: string,
): ToolbarState {
  const waiting = state.blocked.length;
  const paused = activePause(pause, now);
  const lines = [t('extName')];
  if (paused !== null) lines.push(pauseText(paused, now, dayStartHour, locale, 'clock'));
  if (waiting > 0) lines.push(t('badgeWaiting', formatNumber(waiting, locale)));
  const text = waiting > 0 ? formatNumber(waiting, locale) : paused !== null ? t('badgePaused') : '';
  const color = paused !== null ? BADGE_PAUSED : waiting > 0 ? BADGE_WAITING : null;
  return { text, color, title: lines.join('\n') };
}

/** Sets the toolbar when the state changed, and once per worker (a browser restart clears it). */
export function createBadge() {
  let shown = false;
  return async (
    state: WorkerState,
    pause: Pause,
    now: number,
    dayStartHour: number,
    changed: boolean,
  ): Promise<void> => {
    if (shown && !changed) return;
    const next = toolbarState(state, pause, now, dayStartHour, browser.i18n.getUILanguage());
    await browser.action.setBadgeText({ text: next.text });
    if (next.color) await browser.action.setBadgeBackgroundColor({ color: next.color });
    await browser.action.setTitle({ title: next.title });
    shown = true;
  };
}
