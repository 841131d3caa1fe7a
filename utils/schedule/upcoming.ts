/**
 * The coming reminders across kinds, with near coincidences merged into one prompt: reminders
 * of different kinds due within the merge window of the first become a single notification.
 */
import { REMINDER_KINDS, type ReminderKind, type Settings } from '../settings/schema';
import { MINUTE } from '../time/clock';
import { nextFor } from './next';
import { resumesAt } from './pause';

export interface Occurrence {
  kind: ReminderKind;
  at: number;
}

export interface Prompt {
  /** When the prompt is shown: its first occurrence's time. */
  at: number;
  occurrences: Occurrence[];
}

export type Anchors = Partial<Record<ReminderKind, number | null>>;

/** Group time-sorted occurrences: one kind at most once per prompt. */
export function mergeOccurrences(sorted: readonly Occurrence[], mergeMinutes: number): Prompt[] {
  const prompts: Prompt[] = [];
  for (const occurrence of sorted) {
    const last = prompts.at(-1);
    const joins =
      last !== undefined &&
      occurrence.at - last.at <= mergeMinutes * MINUTE &&
      !last.occurrences.some((o) => o.kind === occurrence.kind);
    if (joins) last.occurrences.push(occurrence);
    else prompts.push({ at: occurrence.at, occurrences: [occurrence] });
  }
  return prompts;
}

/** The next `count` prompts after `now`, honouring pause. */
export function upcomingPrompts(settings: Settings, now: number, anchors: Anchors, count: number): Prompt[] {
  const from = resumesAt(settings.general, now);
  if (from === null) return [];
  const occurrences: Occurrence[] = [];
  for (const kind of REMINDER_KINDS) {
    let after = from;
    let anchor = anchors[kind] ?? null;
    for (let i = 0; i < count; i++) {
      const at = nextFor(settings[kind], after, anchor);
      if (at === null) break;
      occurrences.push({ kind, at });
      after = at;
      anchor = at;
    }
  }
  occurrences.sort((a, b) => a.at - b.at);
  return mergeOccurrences(occurrences, settings.general.mergeMinutes).slice(0, count);
}
