/**
 * What a reminder notification says and offers, from each kind's descriptor
 * (utils/reminder-kinds.ts), and the id of one delivery of a prompt. Pure apart from the catalog.
 */
import { t } from '@/utils/i18n';
import { kindNames } from '@/utils/phrases';
import type { Platform } from '@/utils/platform';
import { KINDS, type ReminderKind, type Wording, wordingFits } from '@/utils/reminder-kinds';
import type { Settings } from '@/utils/settings/schema';

/**
 * A short id for one delivery of a prompt, which is also its notification's id: the kinds' letters
 * and the due second in base 36, e.g. "hs-t4k2p0". The same due time always gives the same id, so
 * a repeated wake or a restarted worker recognises an occurrence it already handled.
 */
export function occurrenceId(kinds: readonly ReminderKind[], scheduledAt: number): string {
  return `${kinds.map((k) => KINDS[k].letter).join('')}-${Math.floor(scheduledAt / 1000).toString(36)}`;
}

/**
 * The index of a wording for a prompt shown at this local hour (0–23): one that makes sense then
 * ("the afternoon slump" only in the afternoon) and differs from the last one used, chosen with
 * `random` in [0, 1). -1 when none fits, and the kind's title is said instead.
 */
export function pickWording(
  wordings: readonly Wording[],
  last: number | undefined,
  random: number,
  hour: number,
): number {
  const fits = wordings.flatMap((wording, i) => (wordingFits(wording, hour) ? [i] : []));
  const fresh = fits.filter((i) => i !== last);
  const pool = fresh.length > 0 ? fresh : fits;
  return pool[Math.floor(random * pool.length)] ?? -1;
}

export interface ReminderNotification {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
  requireInteraction?: boolean;
  buttons?: { title: string }[];
}

/**
 * The notification for one prompt (one kind, or several merged). A single kind's first button is
 * its own action ("Drank a glass"); a merged prompt's first button opens the view where each kind
 * is answered on its own, so one click never answers a kind for another. Where notifications have
 * no buttons (Firefox) the body click opens that view.
 */
export function buildNotification(
  kinds: readonly ReminderKind[],
  settings: Settings,
  wordingIndex: Partial<Record<ReminderKind, number>>,
  facts: { iconUrl: string; platform: Pick<Platform, 'notificationButtons' | 'requireInteraction'> },
): ReminderNotification {
  const lines = kinds.map((kind) => {
    const { wordings } = KINDS[kind];
    return settings[kind].message.trim() || t(wordings[wordingIndex[kind] ?? -1]?.text ?? KINDS[kind].title);
  });
  const single = kinds.length === 1 ? kinds[0] : undefined;
  const notification: ReminderNotification = {
    type: 'basic',
    iconUrl: facts.iconUrl,
    title: single ? t(KINDS[single].title) : t('titleMerged', kindNames(kinds)),
    message: lines.join('\n'),
  };
  if (facts.platform.notificationButtons) {
    notification.buttons = [{ title: t(single ? KINDS[single].action : 'btnOpen') }, { title: t('btnSnooze') }];
  }
  const persistent = kinds.some((kind) => settings[kind].style === 'persistent');
  if (persistent && facts.platform.requireInteraction) notification.requireInteraction = true;
  return notification;
}
