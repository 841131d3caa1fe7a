import { dueText } from '@/components/due-text';
import { describeNext } from '@/utils/due';
import { t } from '@/utils/i18n';
import type { GeneralSettings } from '@/utils/settings/schema';
import { addDays, dateKeyOf, localInstant } from '@/utils/time/clock';

/** "Paused for the rest of today", "… until you resume", "Paused, back in 25 min"; null when not paused. */
export function pauseText(general: GeneralSettings, now: number, locale?: string): string | null {
  const until = general.pausedUntil;
  // As isPaused (utils/schedule/pause.ts, checked by a test), without its import of the schema.
  if (until === null || (until !== 'forever' && until <= now)) return null;
  if (until === 'forever') return t('popupPausedForever');
  if (until === localInstant(addDays(dateKeyOf(now), 1), 0)) return t('popupPausedRestOfDay');
  return t('popupPausedBack', dueText(describeNext({ state: 'due', at: until }, now, locale)));
}
