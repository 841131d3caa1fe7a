/**
 * What the welcome page asks, and the settings the answers make. Pure: each reminder kind's paces
 * come from its descriptor (utils/reminder-kinds.ts), the counts from the planner
 * (utils/schedule/day-count.ts), so a new kind appears here without a change.
 */
import { KINDS, type Pace, REMINDER_KINDS, type ReminderKind } from '@/utils/reminder-kinds';
import { promptsOnDate } from '@/utils/schedule/day-count';
import { EVERY_DAY, WORKDAYS } from '@/utils/schedule/week';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { Schedule, Settings, SettingsProblem, WaterSettings } from '@/utils/settings/schema';
import { validateSettings } from '@/utils/settings/schema';
import type { DateKey } from '@/utils/time/clock';
import { DEFAULT_TOPICS, type Topic } from '@/utils/tips/topics';
import { fromUnit, toUnit } from '@/utils/units';

export type HoursPreset = 'workdays' | 'everyday' | 'own';

export interface Hours {
  preset: HoursPreset;
  /** "HH:MM": used as they are for "own"; the presets have their own. */
  start: string;
  end: string;
  /** Weekday numbers, 0 = Sunday. */
  days: number[];
}

export interface WelcomeChoices {
  /** Each kind on or off, and which of its paces (an index into its descriptor's, 0 the default). */
  kinds: Record<ReminderKind, { on: boolean; pace: number }>;
  hours: Hours;
  /** The daily goal in the person's unit, as typed. */
  water: { goal: number; unit: WaterSettings['unit'] };
  topics: Topic[];
}

/** The hours the presets stand for; "own" starts from the workday ones. */
export const PRESET_HOURS: Record<Exclude<HoursPreset, 'own'>, Omit<Hours, 'preset'>> = {
  workdays: { start: '09:00', end: '17:00', days: [...WORKDAYS] },
  everyday: { start: '09:00', end: '17:00', days: [...EVERY_DAY] },
};

/** The answers a new person starts from: what the defaults already are. */
export function defaultChoices(): WelcomeChoices {
  const kinds = Object.fromEntries(
    REMINDER_KINDS.map((kind) => [kind, { on: DEFAULT_SETTINGS[kind].enabled, pace: 0 }]),
  ) as WelcomeChoices['kinds'];
  const { water } = DEFAULT_SETTINGS;
  return {
    kinds,
    hours: { preset: 'workdays', ...structuredClone(PRESET_HOURS.workdays) },
    water: { goal: toUnit(water.goalMl, water.unit), unit: water.unit },
    topics: [...DEFAULT_TOPICS],
  };
}

/** The hours in force: a preset's own, or the person's. */
export const hoursOf = (hours: Hours): Omit<Hours, 'preset'> =>
  hours.preset === 'own' ? hours : PRESET_HOURS[hours.preset];

function withPace(schedule: Schedule, pace: Pace | undefined): Schedule {
  const next = structuredClone(schedule);
  if (!pace) return next;
  if ('everyMinutes' in pace) next.interval.everyMinutes = pace.everyMinutes;
  else next.fixed.times = [...pace.times];
  return next;
}

/**
 * Interval kinds run inside the hours on their days; a fixed time (a meal) keeps its time, on
 * those days. Only the mode in use changes: the other stays as the defaults have it.
 */
function withHours(schedule: Schedule, hours: Omit<Hours, 'preset'>): Schedule {
  const next = structuredClone(schedule);
  if (next.mode === 'interval') {
    next.interval.week = EVERY_DAY.map((day) =>
      hours.days.includes(day) ? [{ start: hours.start, end: hours.end }] : [],
    );
  } else {
    next.fixed.days = EVERY_DAY.filter((day) => hours.days.includes(day));
  }
  return next;
}

/** The settings the answers make, on top of the defaults (everything not asked stays as it is). */
export function settingsFrom(choices: WelcomeChoices): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS);
  const hours = hoursOf(choices.hours);
  for (const kind of REMINDER_KINDS) {
    const { on, pace } = choices.kinds[kind];
    const { defaults, paces } = KINDS[kind];
    // A kind without paces (the evening check-in) is not about the working day: it keeps its days.
    const schedule = paces
      ? withHours(withPace(defaults.schedule, paces[pace]), hours)
      : structuredClone(defaults.schedule);
    settings[kind] = { ...settings[kind], enabled: on, schedule };
  }
  settings.water.unit = choices.water.unit;
  settings.water.goalMl = fromUnit(choices.water.goal, choices.water.unit);
  return settings;
}

/** Problems the answers would make in the settings (an empty range, no day, a goal out of range). */
export function problemsOf(choices: WelcomeChoices): SettingsProblem[] {
  const checked = validateSettings(settingsFrom(choices));
  return checked.ok ? [] : checked.problems;
}

/** How many reminders of `kind` a pace gives on `date`, the other answers as they are. */
export function paceCount(choices: WelcomeChoices, kind: ReminderKind, pace: number, date: DateKey): number {
  const alone: WelcomeChoices = {
    ...choices,
    kinds: Object.fromEntries(
      REMINDER_KINDS.map((k) => [k, k === kind ? { on: true, pace } : { ...choices.kinds[k], on: false }]),
    ) as WelcomeChoices['kinds'],
  };
  return promptsOnDate(settingsFrom(alone), date).length;
}

/** How many prompts the answers give on `date`, kinds due together counted once. */
export const dayCount = (choices: WelcomeChoices, date: DateKey): number =>
  promptsOnDate(settingsFrom(choices), date).length;
