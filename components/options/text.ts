/** Catalog text for problems and field names (utils/settings/fields.ts gives the parts). */

import { fieldLabel, type LabelPart } from '@/components/options/model/field-names';
import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n-keys';
import { timeOfDay } from '@/utils/phrases';
import type { SettingsProblem } from '@/utils/settings/schema';

/** Long weekday name ("Monday"), 0 = Sunday; 2023-01-01 was a Sunday. */
export const weekdayName = (day: number, width: 'long' | 'short' = 'long'): string =>
  new Date(Date.UTC(2023, 0, 1 + day)).toLocaleDateString(undefined, { weekday: width, timeZone: 'UTC' });

function partText(part: LabelPart): string {
  if ('weekday' in part) return weekdayName(part.weekday);
  if ('text' in part) return part.text;
  return t(part.key, part.subs);
}

/** "Hydration › Active hours › Monday › Range 1" */
export const fieldName = (path: string): string => fieldLabel(path).map(partText).join(' › ');

/** Examples some messages give, written the person's way ("Enter a time like 08:30" or "8:30 AM"). */
const EXAMPLES: Partial<Record<MessageKey, () => string[]>> = {
  errTimeFormat: () => [timeOfDay(8 * 60 + 30)],
};

export const problemText = (problem: SettingsProblem): string =>
  t(problem.message, problem.detail ?? EXAMPLES[problem.message]?.());
