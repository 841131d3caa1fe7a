/** History events: what happened, when, with a unique id and the local date it belongs to. */
import * as v from 'valibot';
import { REMINDER_KINDS } from '../reminder-kinds';
import type { DateKey } from '../time/clock';

export const OUTCOMES = ['shown', 'done', 'snoozed', 'dismissed', 'deferred', 'skipped', 'pending'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const Base = {
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
};

const Rating = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10));

/** What a mindful-meal check records; kept with the day's totals too (utils/history/totals.ts). */
const MealCheckFields = {
  hunger: Rating,
  fullness: v.nullable(Rating),
  minutes: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(240))),
  note: v.pipe(v.string(), v.maxLength(280)),
};

export const MealCheckSchema = v.strictObject({ at: Base.at, ...MealCheckFields });

export const HistoryEventSchema = v.variant('type', [
  v.strictObject({
    ...Base,
    type: v.literal('reminder'),
    kind: v.picklist(REMINDER_KINDS),
    outcome: v.picklist(OUTCOMES),
    /** Which occurrence this is about: the same id for its shown, snoozed, done… events. */
    occurrence: v.pipe(v.string(), v.maxLength(64)),
    scheduledAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.strictObject({
    ...Base,
    type: v.literal('water'),
    amountMl: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5000)),
  }),
  v.strictObject({
    ...Base,
    type: v.literal('breathing'),
    pattern: v.pipe(v.string(), v.maxLength(32)),
    seconds: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3600)),
  }),
  v.strictObject({
    ...Base,
    type: v.literal('meal'),
    ...MealCheckFields,
  }),
]);
export type HistoryEvent = v.InferOutput<typeof HistoryEventSchema>;

/** An event as a caller describes it; id, time and date are filled in. */
export type NewEvent = HistoryEvent extends infer E
  ? E extends HistoryEvent
    ? Omit<E, 'id' | 'at' | 'date'>
    : never
  : never;

/** A short random id (about 13 characters): unique enough per device, small in storage. */
export function newEventId(): string {
  const [a = 0, b = 0] = crypto.getRandomValues(new Uint32Array(2));
  return `${a.toString(36)}${b.toString(36)}`;
}

/** An event as it is stored: its id, when it happened, and the person's day it counts for. */
export function stampEvent(event: NewEvent, at: number, date: DateKey, id: string = newEventId()): HistoryEvent {
  return { ...event, id, at, date } as HistoryEvent;
}

export function isHistoryEvent(value: unknown): value is HistoryEvent {
  return v.is(HistoryEventSchema, value);
}

export type { DateKey };
