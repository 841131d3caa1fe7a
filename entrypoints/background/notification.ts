/**
 * What a reminder notification says and offers. Pure: the translator, icon and browser facts
 * come in, so Chrome's and Firefox's variants are tested side by side.
 */
import type { MessageKey } from '@/utils/i18n-keys';
import { KIND_NAME, KIND_TITLE, PRIMARY_ACTION } from '@/utils/kinds';
import type { Platform } from '@/utils/platform';
import type { ReminderKind, Settings } from '@/utils/settings/schema';

export const WORDINGS: Record<ReminderKind, readonly MessageKey[]> = {
  hydration: ['wordHydration1', 'wordHydration2', 'wordHydration3', 'wordHydration4'],
  stress: ['wordStress1', 'wordStress2', 'wordStress3', 'wordStress4'],
  meal: ['wordMeal1', 'wordMeal2', 'wordMeal3', 'wordMeal4'],
};

/** A wording index different from the last one used, chosen with `random` in [0, 1). */
export function pickWording(count: number, last: number | undefined, random: number): number {
  if (count <= 1) return 0;
  if (last === undefined || last < 0 || last >= count) return Math.floor(random * count);
  return (last + 1 + Math.floor(random * (count - 1))) % count;
}

export interface NotificationFacts {
  translate: (key: MessageKey, substitutions?: string[]) => string;
  iconUrl: string;
  /** What this browser's notifications accept (utils/platform.ts). */
  platform: Pick<Platform, 'notificationButtons' | 'requireInteraction'>;
}

export interface ReminderNotification {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
  requireInteraction?: boolean;
  buttons?: { title: string }[];
}

/** The notification for one prompt (one kind, or several merged). */
export function buildNotification(
  kinds: readonly ReminderKind[],
  settings: Settings,
  wordingIndex: Partial<Record<ReminderKind, number>>,
  facts: NotificationFacts,
): ReminderNotification {
  const { translate } = facts;
  const lines = kinds.map((kind) => {
    const custom = settings[kind].message.trim();
    const wording = WORDINGS[kind][wordingIndex[kind] ?? 0] ?? WORDINGS[kind][0];
    return custom || translate(wording as MessageKey);
  });
  const single = kinds.length === 1 ? kinds[0] : undefined;
  const title = single
    ? translate(KIND_TITLE[single])
    : translate('titleMerged', [kinds.map((k) => translate(KIND_NAME[k])).join(' · ')]);
  const notification: ReminderNotification = {
    type: 'basic',
    iconUrl: facts.iconUrl,
    title,
    message: lines.join('\n'),
  };
  if (facts.platform.notificationButtons) {
    notification.buttons = [
      { title: translate(single ? PRIMARY_ACTION[single] : 'btnDone') },
      { title: translate('btnSnooze') },
    ];
  }
  const persistent = kinds.some((kind) => settings[kind].style === 'persistent');
  if (persistent && facts.platform.requireInteraction) notification.requireInteraction = true;
  return notification;
}
