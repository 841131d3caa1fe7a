/**
 * The reminder kinds, each described once. Everything about a kind that is not the person's own
 * choice lives in its descriptor: its words (catalog keys), what its notification offers, what
 * answering "done" means, the popup view that answers it, and its default schedule. The settings
 * schema, the worker's state, notifications, the planner, the options sections, the popup and the
 * new tab all derive from this list, so a new kind is one more entry here (and its words in the
 * catalog). Browser-free and free of the validation library, so every page can import it.
 */
import type { MessageKey } from './i18n-keys';
import { EVERY_DAY, range, WORKDAYS, weekOf } from './schedule/week';
import type { ReminderSettings } from './settings/schema';

/** A popup view that is a kind's real answer (a breathing break, a mindful-meal check, the daily check-in). */
export type FlowView = 'breathe' | 'meal' | 'checkin';

/** Parts of the day a wording may name, as local hours [from, to). */
export const PARTS_OF_DAY = { morning: [5, 12], afternoon: [12, 17], evening: [17, 22] } as const;
export type PartOfDay = keyof typeof PARTS_OF_DAY;

/** One notification message; `during` is the only part of the day it makes sense in. */
export interface Wording {
  text: MessageKey;
  during?: PartOfDay;
}

/** Whether the wording makes sense at this local hour (0–23). */
export function wordingFits(wording: Wording, hour: number): boolean {
  if (!wording.during) return true;
  const [from, to] = PARTS_OF_DAY[wording.during];
  return hour >= from && hour < to;
}

export interface KindDescriptor {
  /** Its letter in occurrence ids ("hm-t4k2p0"): one per kind. */
  letter: string;
  /** "Hydration": in lists, settings sections, the preview and merged prompts. */
  name: MessageKey;
  /** "Time for some water": a single-kind notification's title and a waiting reminder's. */
  title: MessageKey;
  /** "Drank a glass": its own action, on the notification's first button and on every page. */
  action: MessageKey;
  /** "Remind me to drink water": the switch in its settings section. */
  enable: MessageKey;
  /**
   * Notification messages, varied so people do not learn to click them away. One that names a part
   * of the day ("the afternoon slump") says so and is used only then.
   */
  wordings: readonly Wording[];
  /**
   * What answering it as done means: a drink of the person's cup size is recorded, or the view
   * that is the real answer opens (a breathing break or a meal check records itself when done).
   */
  answer: { records: 'drink' } | { opens: FlowView };
  /** The popup's tile for it: today's count from the day's totals, the way to start one and to go back to one under way. */
  tile?: { heading: MessageKey; total: 'breaks' | 'meals'; start: MessageKey; resume?: MessageKey };
  /** Settings shown in its section besides the common ones (the water goal with hydration, the journal's questions with the check-in). */
  extraSettings?: 'water' | 'journal';
  /** The schedule a new person starts with: gentle (utils/schedule/day-count.ts counts a workday's prompts). */
  defaults: ReminderSettings;
  /**
   * Off until the person turns it on, and not listed among the next reminders while off: the
   * pages offer it in their own way (the check-in's card), so "off" there would only be noise.
   */
  optIn?: true;
  /**
   * How often, as the welcome page offers it: the default schedule's pace first, then the others
   * from fewer to more. Each pace changes only its mode's one number or list of times. A kind
   * without paces keeps its default schedule and is only switched on or off there.
   */
  paces?: readonly Pace[];
}

/** One "how often" choice: an interval, or fixed clock times. */
export type Pace = { label: MessageKey; everyMinutes: number } | { label: MessageKey; times: readonly string[] };

const delivery = { snoozeMinutes: 10, style: 'quiet', message: '' } as const;

/**
 * Defaults a new person can live with unchanged, and gentle: on workdays from 09:00 to 17:00 a
 * glass of water every two hours, a breathing break every four and a mindful-meal check at lunch.
 * That is 5 prompts on a workday (water and a break due together come as one), where the first
 * version's defaults gave 18; tests/day-count.test.ts counts them with the planner. The evening
 * check-in at 21:00 stays off until the person turns it on.
 */
const DESCRIPTORS = {
  hydration: {
    letter: 'h',
    name: 'kindHydration',
    title: 'titleHydration',
    action: 'btnDrank',
    enable: 'optionsEnableHydration',
    wordings: [
      { text: 'wordHydration1', during: 'afternoon' },
      { text: 'wordHydration2' },
      { text: 'wordHydration3' },
      { text: 'wordHydration4' },
    ],
    answer: { records: 'drink' },
    extraSettings: 'water',
    defaults: {
      enabled: true,
      schedule: {
        mode: 'interval',
        interval: { everyMinutes: 120, week: weekOf(range('09:00', '17:00'), []) },
        fixed: { times: ['10:00', '15:00'], days: [...WORKDAYS] },
      },
      ...delivery,
    },
    paces: [
      { label: 'paceEvery2Hours', everyMinutes: 120 },
      { label: 'paceEvery3Hours', everyMinutes: 180 },
      { label: 'paceEveryHour', everyMinutes: 60 },
    ],
  },
  stress: {
    letter: 's',
    name: 'kindStress',
    title: 'titleStress',
    action: 'btnBreathe',
    enable: 'optionsEnableStress',
    wordings: [
      { text: 'wordStress1' },
      { text: 'wordStress2' },
      { text: 'wordStress3' },
      { text: 'wordStress4', during: 'morning' },
    ],
    answer: { opens: 'breathe' },
    tile: {
      heading: 'popupBreaksToday',
      total: 'breaks',
      start: 'popupStartBreathing',
      resume: 'popupContinueBreathing',
    },
    defaults: {
      enabled: true,
      schedule: {
        mode: 'interval',
        interval: { everyMinutes: 240, week: weekOf(range('09:00', '17:00'), []) },
        fixed: { times: ['11:00', '16:00'], days: [...WORKDAYS] },
      },
      ...delivery,
    },
    paces: [
      { label: 'paceEvery4Hours', everyMinutes: 240 },
      { label: 'paceEvery2Hours', everyMinutes: 120 },
      { label: 'paceEvery90Minutes', everyMinutes: 90 },
    ],
  },
  meal: {
    letter: 'm',
    name: 'kindMeal',
    title: 'titleMeal',
    action: 'btnMeal',
    enable: 'optionsEnableMeal',
    wordings: [{ text: 'wordMeal1' }, { text: 'wordMeal2' }, { text: 'wordMeal3' }, { text: 'wordMeal4' }],
    answer: { opens: 'meal' },
    tile: { heading: 'popupMealsToday', total: 'meals', start: 'popupStartMeal', resume: 'popupContinueMeal' },
    defaults: {
      enabled: true,
      schedule: {
        mode: 'fixed',
        interval: { everyMinutes: 240, week: weekOf(range('08:00', '20:00'), range('08:00', '20:00')) },
        fixed: { times: ['12:30'], days: [...WORKDAYS] },
      },
      ...delivery,
      snoozeMinutes: 15,
    },
    paces: [
      { label: 'paceLunch', times: ['12:30'] },
      { label: 'paceThreeMeals', times: ['08:00', '12:30', '19:00'] },
    ],
  },
  checkin: {
    letter: 'c',
    name: 'kindCheckin',
    title: 'titleCheckin',
    action: 'btnCheckin',
    enable: 'optionsEnableCheckin',
    wordings: [{ text: 'wordCheckin1' }, { text: 'wordCheckin2', during: 'evening' }, { text: 'wordCheckin3' }],
    answer: { opens: 'checkin' },
    extraSettings: 'journal',
    optIn: true,
    defaults: {
      enabled: false,
      schedule: {
        mode: 'fixed',
        interval: { everyMinutes: 240, week: weekOf(range('09:00', '21:00'), range('09:00', '21:00')) },
        fixed: { times: ['21:00'], days: [...EVERY_DAY] },
      },
      ...delivery,
      snoozeMinutes: 30,
    },
  },
} satisfies Record<string, KindDescriptor>;

export type ReminderKind = keyof typeof DESCRIPTORS;

/** Every kind's descriptor, by kind. */
export const KINDS: Readonly<Record<ReminderKind, KindDescriptor>> = DESCRIPTORS;

/** The kinds in the order every page lists them. */
export const REMINDER_KINDS = Object.keys(DESCRIPTORS) as ReminderKind[];

/** The kinds of `list` in display order, each once. */
export const inKindOrder = (list: readonly ReminderKind[]): ReminderKind[] =>
  REMINDER_KINDS.filter((kind) => list.includes(kind));
