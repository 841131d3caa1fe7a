/**
 * The mindful-meal check: before (hunger), during (an optional gentle timer with a halfway pace
 * cue), after (fullness and a note). Pure: the page keeps a draft of the steps so a toolbar popup
 * that closes mid-meal picks up where it was, and turns the finished draft into the answers the
 * worker records.
 */
import * as v from 'valibot';
import type { MealAnswers } from './messaging/protocol';
import { HOUR, MINUTE } from './time/clock';

export const RATINGS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export const NOTE_MAX = 280;
export const TIMER_CHOICES = [10, 15, 20, 30] as const;
export type TimerMinutes = (typeof TIMER_CHOICES)[number];
export const DEFAULT_TIMER: TimerMinutes = 20;

/** The history keeps meal lengths up to this; a draft older than this is a meal long over. */
const MAX_MEAL_MINUTES = 240;
const DRAFT_KEPT_MS = MAX_MEAL_MINUTES * MINUTE + HOUR;

/** Steps worth keeping across a closed popup: once eating has started. */
const DRAFT_STEPS = ['during', 'after'] as const;

const Instant = v.pipe(v.number(), v.integer(), v.minValue(0));
const Rating = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10));

const MealDraftSchema = v.object({
  step: v.picklist(DRAFT_STEPS),
  hunger: Rating,
  /** null: no timer, just the check. */
  timerMinutes: v.nullable(v.picklist(TIMER_CHOICES)),
  startedAt: Instant,
  /** When the person said they had finished eating. */
  endedAt: v.nullable(Instant),
});
export type MealDraft = v.InferOutput<typeof MealDraftSchema>;

/** A stored draft if it is valid and from this meal; null otherwise (never an error). */
export function readMealDraft(stored: unknown, now: number): MealDraft | null {
  const parsed = v.safeParse(MealDraftSchema, stored);
  if (!parsed.success) return null;
  const draft = parsed.output;
  const fresh = draft.startedAt <= now && now - draft.startedAt < DRAFT_KEPT_MS;
  return fresh ? draft : null;
}

/**
 * Minutes spent eating, as recorded: null when under a minute (the check was filled in after the
 * meal, so no length was measured), capped at what the history keeps.
 */
export function mealMinutes(startedAt: number, endedAt: number): number | null {
  const elapsed = endedAt - startedAt;
  if (elapsed < MINUTE) return null;
  return Math.min(MAX_MEAL_MINUTES, Math.round(elapsed / MINUTE));
}

export interface MealPace {
  elapsedMs: number;
  /** Share of the timer gone, 0..1 (0 without a timer). */
  ratio: number;
  /** Past the middle of the timed meal: time for the pace cue. */
  halfway: boolean;
  /** The timer has run out. */
  over: boolean;
}

export function mealPace(startedAt: number, timerMinutes: number | null, now: number): MealPace {
  const elapsedMs = Math.max(0, now - startedAt);
  if (timerMinutes === null) return { elapsedMs, ratio: 0, halfway: false, over: false };
  const ratio = Math.min(1, elapsedMs / (timerMinutes * MINUTE));
  return { elapsedMs, ratio, halfway: ratio >= 0.5, over: ratio >= 1 };
}

/** Milliseconds until the halfway cue is due, or null when there is none to wait for. */
export function untilHalfway(startedAt: number, timerMinutes: number | null, now: number): number | null {
  if (timerMinutes === null) return null;
  const at = startedAt + (timerMinutes * MINUTE) / 2;
  return at > now ? at - now : null;
}

// Control characters other than line breaks and tabs have no place in a note.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The note as stored: plain text, trimmed, at most NOTE_MAX UTF-16 units without splitting a character. */
export function cleanNote(text: string): string {
  let out = '';
  for (const char of text.replace(CONTROL, '').trim()) {
    if (out.length + char.length > NOTE_MAX) break;
    out += char;
  }
  return out.trim();
}

/** What the finished check records. */
export function mealAnswers(draft: MealDraft, fullness: number, note: string, now: number): MealAnswers {
  return {
    hunger: draft.hunger,
    fullness,
    minutes: mealMinutes(draft.startedAt, draft.endedAt ?? now),
    note: cleanNote(note),
  };
}
