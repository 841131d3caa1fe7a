/**
 * A readable name for a settings or export-file path, in the words the page labels that field
 * with, so a problem or a change can say "Hydration › Remind me every" instead of
 * "hydration.schedule.interval.everyMinutes". Pure: the page turns the parts into text.
 */
import type { MessageKey } from '@/utils/i18n-keys';
import { KINDS, REMINDER_KINDS, type ReminderKind } from '@/utils/reminder-kinds';

export type LabelPart = { key: MessageKey; subs?: string[] } | { weekday: number } | { text: string };

/** Each field's name: the label, legend or heading the page shows it under. */
const NAMES: Record<string, MessageKey> = {
  ...Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, KINDS[kind].name])),
  water: 'optionsWaterLegend',
  journal: 'optionsJournalQuestions',
  factors: 'checkinOwnHeading',
  askDairy: 'optionsAskDairy',
  askAlcohol: 'optionsAskAlcohol',
  general: 'optionsSectionGeneral',
  version: 'optionsFieldVersion',
  format: 'optionsFieldFormat',
  history: 'optionsFieldHistory',
  rollup: 'optionsFieldRollup',
  mode: 'optionsModeLegend',
  everyMinutes: 'optionsEvery',
  week: 'optionsActiveHours',
  times: 'optionsTimesLegend',
  start: 'optionsFieldStart',
  end: 'optionsFieldEnd',
  snoozeMinutes: 'optionsSnooze',
  style: 'optionsStyleLegend',
  message: 'optionsMessage',
  goalMl: 'optionsGoal',
  cupMl: 'optionsCup',
  unit: 'optionsUnitLegend',
  stopWhenGoalMet: 'optionsStopAtGoal',
  away: 'optionsAwayLegend',
  idleMinutes: 'optionsIdle',
  afterSleep: 'optionsAfterSleepLegend',
  mergeMinutes: 'optionsMerge',
  dayStartHour: 'optionsDayStart',
  theme: 'optionsThemeLegend',
  newTabQuiet: 'optionsNewTabQuiet',
  holdInFullscreen: 'optionsHoldInFullscreen',
};

const isKind = (segment: string | undefined): segment is ReminderKind =>
  REMINDER_KINDS.some((kind) => kind === segment);

/** A switch is named by what it switches: a kind's "Remind me…", or "Hold reminders while I'm away". */
function switchName(previous: string | undefined): MessageKey {
  if (isKind(previous)) return KINDS[previous].enable;
  return previous === 'away' ? 'optionsAwayEnabled' : 'optionsFieldEnabled';
}

/** Path segments that only group others and add nothing to a name. */
const SILENT = new Set(['settings', 'schedule', 'interval', 'fixed']);

const ordinal = (segment: string) => String(Number(segment) + 1);

/** The name part for `segment`, given the segment before it. */
function partFor(segment: string, previous: string | undefined, beforeThat: string | undefined): LabelPart | null {
  const index = /^\d+$/.test(segment);
  if (index && previous === 'week') return { weekday: Number(segment) };
  if (index && beforeThat === 'week') return { key: 'optionsFieldRange', subs: [ordinal(segment)] };
  if (index && previous === 'times') return { key: 'optionsTimeN', subs: [ordinal(segment)] };
  if (index && previous === 'factors') return { key: 'optionsFactorN', subs: [ordinal(segment)] };
  if (segment === 'days') return previous === 'history' ? null : { key: 'optionsFieldDays' };
  if (previous === 'days' && beforeThat === 'history') return { text: segment };
  if (index && (previous === 'days' || beforeThat === 'days'))
    return { key: 'optionsFieldEntry', subs: [ordinal(segment)] };
  if (SILENT.has(segment)) return null;
  if (segment === 'enabled') return { key: switchName(previous) };
  // Own keys only: a path from a hostile file may say "__proto__" or "constructor".
  const key = Object.hasOwn(NAMES, segment) ? NAMES[segment] : undefined;
  return key ? { key } : { text: segment };
}

export function fieldLabel(path: string): LabelPart[] {
  if (path === '') return [{ key: 'optionsFieldFile' }];
  const segments = path.split('.');
  return segments.flatMap((segment, i) => partFor(segment, segments[i - 1], segments[i - 2]) ?? []);
}
