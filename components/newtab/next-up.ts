/** Which reminder to mention as "next up": the soonest one due, else why none is coming. */
import type { NextState, Snapshot } from '@/utils/messaging/snapshot';
import { REMINDER_KINDS, type ReminderKind } from '@/utils/reminder-kinds';

type Due = Extract<NextState, { state: 'due' }>;
type Paused = Extract<NextState, { state: 'paused' }>;

export type NextUp =
  | { type: 'due'; kind: ReminderKind; state: Due }
  | { type: 'setup' }
  | { type: 'paused'; state: Paused }
  | { type: 'off' }
  | { type: 'none' };

export function nextUp(next: Snapshot['next']): NextUp {
  const states = REMINDER_KINDS.map((kind): [ReminderKind, NextState] => [kind, next[kind]]);
  let soonest: Extract<NextUp, { type: 'due' }> | null = null;
  for (const [kind, state] of states) {
    if (state.state === 'due' && (soonest === null || state.at < soonest.state.at))
      soonest = { type: 'due', kind, state };
  }
  if (soonest) return soonest;
  // Nothing comes before the welcome page is done, whatever else holds.
  if (states.some(([, state]) => state.state === 'setup')) return { type: 'setup' };
  // A pause covers every kind, so any paused kind tells when reminders come back.
  for (const [, state] of states) if (state.state === 'paused') return { type: 'paused', state };
  return states.every(([, state]) => state.state === 'off') ? { type: 'off' } : { type: 'none' };
}
