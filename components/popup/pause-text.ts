import { dueText } from '@/components/due-text';
import { describeNext } from '@/utils/due';
import { t } from '@/utils/i18n';
import { isPaused, PAUSE_FOREVER, pauseUntil } from '@/utils/schedule/pause';
import type { GeneralSettings } from '@/utils/settings/schema';

/** "Paused for the rest of today", "… until you resume", "Paused, back in 25 min"; null when not paused. */
export function pauseText(general: GeneralSettings, now: number, locale?: string): string | null {
  const until = general.pausedUntil;
  if (until === null || !isPaused(general, now)) return null;
  if (until === PAUSE_FOREVER) return t('popupPausedForever');
  if (until === pauseUntil('today', now)) return t('popupPausedRestOfDay');
  return t('popupPausedBack', dueText(describeNext({ state: 'due', at: until }, now, locale)));
}
