/**
 * A readable name for a settings or export-file path, so a problem or a change can say
 * "Hydration › Active hours › Monday › Range 1 › End" instead of
 * "hydration.schedule.interval.week.1.0.end". Pure: the page turns the parts into text.
 */
import type { MessageKey } from '@/utils/i18n-keys';

export type LabelPart = { key: MessageKey; subs?: string[] } | { weekday: number } | { text: string };

const NAMES: Record<string, MessageKey> = {
  hydration: 'kindHydration',
  stress: 'kindStress',
  meal: 'kindMeal',
  water: 'water',
  general: 'optionsSectionGeneral',
  history: 'optionsFieldHistory',
  rollup: 'optionsFieldRollup',
  enabled: 'optionsFieldEnabled',
  mode: 'optionsModeLegend',
  everyMinutes: 'optionsFieldInterval',
  week: 'optionsActiveHours',
  times: 'optionsTimesLegend',
  start: 'optionsFieldStart',
  end: 'optionsFieldEnd',
  snoozeMinutes: 'optionsSnooze',
  style: 'optionsStyleLegend',
  message: 'optionsFieldMessage',
  goalMl: 'optionsGoal',
  cupMl: 'optionsCup',
  unit: 'optionsUnitLegend',
  stopWhenGoalMet: 'optionsFieldStopAtGoal',
  away: 'optionsFieldAway',
  idleMinutes: 'optionsFieldIdle',
  afterSleep: 'optionsFieldAfterSleep',
  mergeMinutes: 'optionsFieldMerge',
  theme: 'optionsThemeLegend',
  newTabQuiet: 'optionsNewTabQuiet',
  holdInFullscreen: 'optionsHoldInFullscreen',
};

/** Path segments that only group others and add nothing to a name. */
const SILENT = new Set(['settings', 'schedule', 'interval', 'fixed']);

const ordinal = (segment: string) => String(Number(segment) + 1);

/** The name part for `segment`, given the segment before it. */
function partFor(segment: string, previous: string | undefined, beforeThat: string | undefined): LabelPart | null {
  const index = /^\d+$/.test(segment);
  if (index && previous === 'week') return { weekday: Number(segment) };
  if (index && beforeThat === 'week') return { key: 'optionsFieldRange', subs: [ordinal(segment)] };
  if (index && previous === 'times') return { key: 'optionsTimeN', subs: [ordinal(segment)] };
  if (segment === 'days') return previous === 'history' ? null : { key: 'optionsFieldDays' };
  if (previous === 'days' && beforeThat === 'history') return { text: segment };
  if (index && (previous === 'days' || beforeThat === 'days'))
    return { key: 'optionsFieldEntry', subs: [ordinal(segment)] };
  if (SILENT.has(segment)) return null;
  // Own keys only: a path from a hostile file may say "__proto__" or "constructor".
  const key = Object.hasOwn(NAMES, segment) ? NAMES[segment] : undefined;
  return key ? { key } : { text: segment };
}

export function fieldLabel(path: string): LabelPart[] {
  if (path === '') return [{ key: 'optionsFieldFile' }];
  const segments = path.split('.');
  return segments.flatMap((segment, i) => partFor(segment, segments[i - 1], segments[i - 2]) ?? []);
}
