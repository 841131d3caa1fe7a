import { clockTime } from '@/utils/due';
import { t } from '@/utils/i18n';
import { KIND_NAME } from '@/utils/kinds';
import type { PendingReminder } from '@/utils/messaging/snapshot';

/** "Hydration" or, for a merged prompt, "Hydration · Stress break". */
export const reminderTitle = (reminder: PendingReminder): string =>
  reminder.kinds.map((kind) => t(KIND_NAME[kind])).join(' · ');

/** "since 12:30": when it fell due. */
export const reminderSince = (reminder: PendingReminder, locale?: string): string =>
  t('popupDueSince', clockTime(reminder.scheduledAt, locale));
