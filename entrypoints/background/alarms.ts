/**
 * Which alarms should exist. Pure: each enabled kind gets one named one-shot alarm at its next
 * occurrence (plus a snooze alarm while snoozed), and a timed pause gets a resume alarm. The
 * set of names is fixed, whatever the number of snoozes.
 */
import { nextFor } from '@/utils/schedule/next';
import { resumesAt } from '@/utils/schedule/pause';
import { REMINDER_KINDS, type ReminderKind, type Settings } from '@/utils/settings/schema';
import type { KindStates } from './state';

export const ALARM_PREFIX = 'glow:';
export const dueAlarm = (kind: ReminderKind): string => `${ALARM_PREFIX}due:${kind}`;
export const snoozeAlarm = (kind: ReminderKind): string => `${ALARM_PREFIX}snooze:${kind}`;
export const RESUME_ALARM = `${ALARM_PREFIX}resume`;

export type ParsedAlarm = { type: 'due' | 'snooze'; kind: ReminderKind } | { type: 'resume' } | null;

/** Our alarms by name; anything else (another part of the browser's) is not ours: null. */
export function parseAlarm(name: string): ParsedAlarm {
  if (name === RESUME_ALARM) return { type: 'resume' };
  const match = /^glow:(due|snooze):(\w+)$/.exec(name);
  const kind = REMINDER_KINDS.find((k) => k === match?.[2]);
  return match && kind ? { type: match[1] as 'due' | 'snooze', kind } : null;
}

/** When a kind is next due, counting from its anchor and never before a pause ends. */
export function nextDue(settings: Settings, kinds: KindStates, kind: ReminderKind, now: number): number | null {
  const from = resumesAt(settings.general, now);
  if (from === null) return null;
  const anchor = kinds[kind].anchor;
  return nextFor(settings[kind], Math.max(from, anchor ?? 0), anchor);
}

export function desiredAlarms(settings: Settings, kinds: KindStates, now: number): Map<string, number> {
  const wanted = new Map<string, number>();
  const from = resumesAt(settings.general, now);
  if (typeof settings.general.pausedUntil === 'number' && from !== null && from > now) {
    wanted.set(RESUME_ALARM, from);
  }
  for (const kind of REMINDER_KINDS) {
    if (!settings[kind].enabled || from === null) continue;
    const due = nextDue(settings, kinds, kind, now);
    if (due !== null) wanted.set(dueAlarm(kind), due);
    const snooze = kinds[kind].snoozeUntil;
    if (snooze !== null && snooze > from) wanted.set(snoozeAlarm(kind), snooze);
  }
  return wanted;
}
