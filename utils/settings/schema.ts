/**
 * The settings model: one valibot schema that says what a valid setting is. It is used strictly
 * for edits and imports (every problem reported with its path and a locale message key) and
 * leniently for reads (see repair.ts). Error messages are locale catalog keys, so this module
 * stays free of browser APIs.
 */
import * as v from 'valibot';
import { asProblemKey, type MessageKey } from '../i18n-keys';
import { REMINDER_KINDS, type ReminderKind } from '../reminder-kinds';
import { scheduleHasTimes, windowSpan } from '../schedule/week';
import { parseClock } from '../time/clock';

export const LIMITS = {
  intervalMinutes: { min: 5, max: 480 },
  snoozeMinutes: { min: 5, max: 120 },
  windowsPerDay: 4,
  fixedTimes: 12,
  messageLength: 140,
  goalMl: { min: 250, max: 6000 },
  cupMl: { min: 50, max: 1000 },
  idleMinutes: { min: 1, max: 60 },
  mergeMinutes: { min: 0, max: 30 },
  /** The hour the person's day starts: midnight, or as late as 06:00 for night owls. */
  dayStartHour: { min: 0, max: 6 },
  journalFactors: 3,
  factorName: 40,
} as const;

const msg = (key: MessageKey): MessageKey => key;

/** Text shown to people as text; anything that looks like markup is refused. */
export const HTML_LIKE = /<\s*[a-z!/?]/i;

const intIn = (range: { min: number; max: number }, key: MessageKey) =>
  v.pipe(v.number(msg(key)), v.integer(msg(key)), v.minValue(range.min, msg(key)), v.maxValue(range.max, msg(key)));

export const ClockSchema = v.pipe(
  v.string(msg('errTimeFormat')),
  v.check((text) => parseClock(text) !== null, msg('errTimeFormat')),
);

export const WindowSchema = v.pipe(
  v.strictObject({ start: ClockSchema, end: ClockSchema }),
  v.check((w) => w.start !== w.end, msg('errWindowEmpty')),
);
export type TimeWindow = v.InferOutput<typeof WindowSchema>;

function windowsDisjoint(windows: TimeWindow[]): boolean {
  const spans = windows.map(windowSpan).sort((a, b) => a[0] - b[0]);
  return spans.every((span, i) => i === 0 || (spans[i - 1]?.[1] ?? 0) <= span[0]);
}

const DayWindowsSchema = v.pipe(
  v.array(WindowSchema),
  v.maxLength(LIMITS.windowsPerDay, msg('errTooManyWindows')),
  v.check(windowsDisjoint, msg('errWindowsOverlap')),
);

/** Active windows per weekday; index 0 is Sunday, as in Date#getDay. */
const WeekSchema = v.pipe(v.array(DayWindowsSchema), v.length(7, msg('errWeekShape')));

const WeekdaySchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6));

const unique = <T>(items: T[]): boolean => new Set(items).size === items.length;

export const IntervalScheduleSchema = v.strictObject({
  everyMinutes: intIn(LIMITS.intervalMinutes, 'errIntervalRange'),
  week: WeekSchema,
});

export const FixedScheduleSchema = v.strictObject({
  times: v.pipe(
    v.array(ClockSchema),
    v.maxLength(LIMITS.fixedTimes, msg('errTooManyTimes')),
    v.check(unique, msg('errDuplicateTime')),
  ),
  days: v.pipe(v.array(WeekdaySchema), v.check(unique, msg('errDuplicateDay'))),
});

export const ScheduleSchema = v.strictObject({
  mode: v.picklist(['interval', 'fixed'], msg('errChoice')),
  interval: IntervalScheduleSchema,
  fixed: FixedScheduleSchema,
});
export type Schedule = v.InferOutput<typeof ScheduleSchema>;

export const ReminderSchema = v.pipe(
  v.strictObject({
    enabled: v.boolean(msg('errChoice')),
    schedule: ScheduleSchema,
    snoozeMinutes: intIn(LIMITS.snoozeMinutes, 'errSnoozeRange'),
    style: v.picklist(['quiet', 'persistent'], msg('errChoice')),
    message: v.pipe(
      v.string(msg('errText')),
      v.maxLength(LIMITS.messageLength, msg('errMessageLength')),
      v.check((text) => !HTML_LIKE.test(text), msg('errNoHtml')),
    ),
  }),
  // An enabled reminder needs something to run on; a switched-off one may be empty.
  v.forward(
    v.check((r) => !r.enabled || r.schedule.mode !== 'fixed' || r.schedule.fixed.times.length > 0, msg('errNeedTime')),
    ['schedule', 'fixed', 'times'] as const,
  ),
  v.forward(
    v.check((r) => !r.enabled || r.schedule.mode !== 'fixed' || r.schedule.fixed.days.length > 0, msg('errNeedDay')),
    ['schedule', 'fixed', 'days'] as const,
  ),
  v.forward(
    v.check((r) => !r.enabled || r.schedule.mode !== 'interval' || scheduleHasTimes(r.schedule), msg('errNeedWindow')),
    ['schedule', 'interval', 'week'] as const,
  ),
);
export type ReminderSettings = v.InferOutput<typeof ReminderSchema>;

export const WaterSchema = v.strictObject({
  goalMl: intIn(LIMITS.goalMl, 'errGoalRange'),
  cupMl: intIn(LIMITS.cupMl, 'errCupRange'),
  unit: v.picklist(['ml', 'oz'], msg('errChoice')),
  stopWhenGoalMet: v.boolean(msg('errChoice')),
});
export type WaterSettings = v.InferOutput<typeof WaterSchema>;

export const GeneralSchema = v.strictObject({
  away: v.strictObject({
    enabled: v.boolean(msg('errChoice')),
    idleMinutes: intIn(LIMITS.idleMinutes, 'errIdleRange'),
  }),
  afterSleep: v.picklist(['skip', 'catch-up', 'resume'], msg('errChoice')),
  mergeMinutes: intIn(LIMITS.mergeMinutes, 'errMergeRange'),
  dayStartHour: intIn(LIMITS.dayStartHour, 'errChoice'),
  theme: v.picklist(['system', 'light', 'dark'], msg('errChoice')),
  newTabQuiet: v.boolean(msg('errChoice')),
  /** While a browser window is full screen, reminders wait and come as one prompt afterwards. */
  holdInFullscreen: v.boolean(msg('errChoice')),
});
export type GeneralSettings = v.InferOutput<typeof GeneralSchema>;

/** A yes/no factor the person names for their check-in ("probiotic", "new moisturiser"). */
export const FactorNameSchema = v.pipe(
  v.string(msg('errText')),
  v.minLength(1, msg('errFactorName')),
  v.maxLength(LIMITS.factorName, msg('errFactorName')),
  v.check((name) => name.trim() === name, msg('errFactorName')),
  v.check((name) => !HTML_LIKE.test(name), msg('errNoHtml')),
);

/** What the daily check-in asks besides its fixed questions (utils/journal/entry.ts). */
export const JournalSettingsSchema = v.strictObject({
  factors: v.pipe(
    v.array(FactorNameSchema),
    v.maxLength(LIMITS.journalFactors, msg('errTooManyFactors')),
    v.check(unique, msg('errDuplicateFactor')),
  ),
  askDairy: v.boolean(msg('errChoice')),
  askAlcohol: v.boolean(msg('errChoice')),
});
export type JournalSettings = v.InferOutput<typeof JournalSettingsSchema>;

/** One reminder section per kind (utils/reminder-kinds.ts), then the water goal, the journal and the general settings. */
const kindEntries = Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, ReminderSchema])) as Record<
  ReminderKind,
  typeof ReminderSchema
>;

export const SettingsSchema = v.strictObject({
  ...kindEntries,
  water: WaterSchema,
  journal: JournalSettingsSchema,
  general: GeneralSchema,
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

/** A problem found in a value: where (dot path) and which locale message explains it. */
export interface SettingsProblem {
  path: string;
  message: MessageKey;
  /** Substitutions for the message ($1, $2…). */
  detail?: string[];
}

export function problemsOf(issues: readonly v.BaseIssue<unknown>[]): SettingsProblem[] {
  return issues.map((issue) => ({
    path: v.getDotPath(issue) ?? '',
    message: asProblemKey(issue.message),
  }));
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: SettingsProblem[] };

export function validateSettings(input: unknown): Validated<Settings> {
  const result = v.safeParse(SettingsSchema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, problems: problemsOf(result.issues) };
}
