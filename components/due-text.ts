/** The catalog text for a "next up" phrase from utils/due.ts ("in 23 min", "at 12:30", "off"). */
import type { DueText } from '@/utils/due';
import { t } from '@/utils/i18n';

export function dueText(due: DueText): string {
  switch (due.key) {
    case 'dueOff':
    case 'dueNone':
    case 'duePausedForever':
      return t(due.key);
    case 'duePausedUntil':
    case 'dueAt':
    case 'dueTomorrowAt':
      return t(due.key, due.time);
    case 'dueInMinutes':
      return t(due.key, String(due.minutes));
    case 'dueOnDayAt':
      return t(due.key, [due.day, due.time]);
  }
}
