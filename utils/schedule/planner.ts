/**
 * The planner: when each reminder kind is next due, and how kinds due close together become one
 * prompt. Pure: the settings, the worker's plan state (each kind's anchor and snooze, the pause)
 * and `now` come in; prompts come out. The worker arms its alarms from it, and the options preview,
 * the pages' "next up" and the new tab's situational tip read it, so every surface shows the times
 * the alarms really have.
 *
 * Rules (also in the README):
 * - Each kind's own time comes from its schedule (utils/schedule/next.ts), counted from its anchor:
 *   the last time it was prompted or done.
 * - A snoozed kind comes back once, when its snooze ends; its regular times inside the snooze are
 *   absorbed (the countdown restarts from the snooze's prompt).
 * - Kinds due within the merge window of the first become one prompt, each kind at most once.
 * - A fixed clock time and the end of a snooze are never moved earlier. A prompt that holds one
 *   comes at the latest such time in it; interval reminders move (by at most the merge window,
 *   either way) to join it. So two fixed times within the merge window come as one prompt at the
 *   later of the two.
 * - Nothing comes while paused; counting resumes from the pause's end.
 * - Nothing comes before the person has finished or skipped the welcome page (`setupPending`).
 * - A kind's time that just passed unprompted (within the merge window) still joins a prompt yet
 *   to come, so asking again a minute later plans the same prompt; anything older has passed.
 */
import { REMINDER_KINDS, type ReminderKind } from '../reminder-kinds';
import type { Settings } from '../settings/schema';
import { MINUTE } from '../time/clock';
import { nextOccurrence } from './next';
import { type Pause, resumesAt } from './pause';

/** What the worker remembers of a kind that decides its next time. */
export interface KindPlanState {
  /** The last time it was prompted or done: interval countdowns start here. */
  anchor: number | null;
  /** When a snooze of it ends, if snoozed. */
  snoozeUntil: number | null;
}

export interface PlanState {
  kinds: Record<ReminderKind, KindPlanState>;
  pause: Pause;
  /** Installed, and the welcome page not yet finished or skipped: nothing is due. */
  setupPending: boolean;
}

/** The plan state of a device that has never had a reminder: no anchors, no snoozes, no pause, set up. */
export const freshPlan = (): PlanState => ({
  kinds: Object.fromEntries(
    REMINDER_KINDS.map((kind) => [kind, { anchor: null, snoozeUntil: null }]),
  ) as PlanState['kinds'],
  pause: null,
  setupPending: false,
});

/** One kind in a prompt. */
export interface Due {
  kind: ReminderKind;
  /** Its own time, before merging. */
  at: number;
  /** A fixed clock time or a snooze's end: the prompt never comes before it. */
  holds: boolean;
}

export interface Prompt {
  /** When the prompt comes. */
  at: number;
  /** Its kinds, in display order. */
  due: Due[];
}

/** How many prompts the planner looks through for a kind's next one before settling for its own time. */
const LOOK_AHEAD = 500;

interface Cursor {
  kind: ReminderKind;
  anchor: number | null;
  snooze: number | null;
  /** The kind's next time is strictly after this. */
  after: number;
}

function startCursors(settings: Settings, state: PlanState, now: number, from: number): Cursor[] {
  const paused = from > now;
  const window = settings.general.mergeMinutes * MINUTE;
  return REMINDER_KINDS.filter((kind) => settings[kind].enabled).map((kind) => {
    const { anchor, snoozeUntil } = state.kinds[kind];
    // A snooze that ends inside a pause has lapsed: the kind resumes with the others.
    const snooze = snoozeUntil !== null && snoozeUntil > now && snoozeUntil >= from ? snoozeUntil : null;
    // Look back one merge window: a time that just passed unprompted may still join a prompt to come.
    const after = Math.max(anchor ?? Number.NEGATIVE_INFINITY, paused ? from : now - window);
    return { kind, anchor, snooze, after };
  });
}

function ownTime(settings: Settings, cursor: Cursor): Due | null {
  if (cursor.snooze !== null) return { kind: cursor.kind, at: cursor.snooze, holds: true };
  const schedule = settings[cursor.kind].schedule;
  const at = nextOccurrence(schedule, cursor.after, cursor.anchor);
  return at === null ? null : { kind: cursor.kind, at, holds: schedule.mode === 'fixed' };
}

/** The kinds within the merge window of the earliest, and when they come together. */
function group(candidates: Due[], windowMs: number): Prompt {
  const sorted = [...candidates].sort((a, b) => a.at - b.at);
  const first = sorted[0] as Due;
  const members = sorted.filter((due) => due.at - first.at <= windowMs);
  const held = members.filter((due) => due.holds).map((due) => due.at);
  const order = (due: Due) => REMINDER_KINDS.indexOf(due.kind);
  return {
    at: held.length > 0 ? Math.max(...held) : first.at,
    due: members.sort((a, b) => order(a) - order(b)),
  };
}

/** The prompts to come, strictly after `now`, in order, for as long as the caller reads. */
export function* prompts(settings: Settings, state: PlanState, now: number): Generator<Prompt> {
  const from = resumesAt(state.pause, now);
  if (from === null || state.setupPending) return;
  const windowMs = settings.general.mergeMinutes * MINUTE;
  const cursors = startCursors(settings, state, now, from);
  for (;;) {
    const candidates = cursors.flatMap((cursor) => ownTime(settings, cursor) ?? []);
    if (candidates.length === 0) return;
    const prompt = group(candidates, windowMs);
    const members = cursors.filter((cursor) => prompt.due.some((due) => due.kind === cursor.kind));
    if (prompt.at <= now) {
      // Its time has come (only possible for times the look-back found): count from now instead.
      // A prompt whose alarm is about to fire keeps that alarm (entrypoints/background/alarms.ts).
      for (const cursor of members) cursor.after = now;
      continue;
    }
    yield prompt;
    for (const cursor of members) {
      cursor.anchor = prompt.at;
      cursor.after = prompt.at;
      cursor.snooze = null;
    }
  }
}

/** The first `count` prompts to come. */
export function upcoming(settings: Settings, state: PlanState, now: number, count: number): Prompt[] {
  const list: Prompt[] = [];
  if (count <= 0) return list;
  for (const prompt of prompts(settings, state, now)) {
    list.push(prompt);
    if (list.length >= count) break;
  }
  return list;
}

/**
 * Each enabled kind's next prompt: the first prompt it is part of. A kind that has nothing to come
 * is left out. For a kind beyond a long run of other prompts (a weekly time behind reminders every
 * five minutes) its own time is used; the worker plans again after every prompt, long before then.
 */
export function nextPrompts(settings: Settings, state: PlanState, now: number): Partial<Record<ReminderKind, Prompt>> {
  const found: Partial<Record<ReminderKind, Prompt>> = {};
  const from = resumesAt(state.pause, now);
  if (from === null || state.setupPending) return found;
  const waiting = new Set(startCursors(settings, state, now, from).map((cursor) => cursor.kind));
  let seen = 0;
  for (const prompt of prompts(settings, state, now)) {
    for (const due of prompt.due) {
      if (waiting.delete(due.kind)) found[due.kind] = prompt;
    }
    if (waiting.size === 0 || ++seen >= LOOK_AHEAD) break;
  }
  for (const cursor of startCursors(settings, state, now, from)) {
    if (!waiting.has(cursor.kind)) continue;
    const own = ownTime(settings, { ...cursor, after: Math.max(cursor.after, now) });
    if (own) found[cursor.kind] = { at: own.at, due: [own] };
  }
  return found;
}
