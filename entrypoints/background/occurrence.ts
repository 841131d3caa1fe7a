import type { ReminderKind } from '@/utils/settings/schema';

const LETTER: Record<ReminderKind, string> = { hydration: 'h', stress: 's', meal: 'm' };

/**
 * A short id for one delivery of a prompt: the kinds' letters and the due second in base 36,
 * e.g. "hs-t4k2p0". The same due time always gives the same id, so a repeated wake or a
 * restarted worker recognises an occurrence it already handled.
 */
export function occurrenceId(kinds: readonly ReminderKind[], scheduledAt: number): string {
  return `${kinds.map((k) => LETTER[k]).join('')}-${Math.floor(scheduledAt / 1000).toString(36)}`;
}
