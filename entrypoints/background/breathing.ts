/**
 * A breathing break under way (utils/breathing.ts), kept in the worker's state so it outlives the
 * popup: started by a page or a shortcut, ended by Stop (never logged) or by its time running out
 * (logged once, whether the page or the worker's alarm says so first).
 */
import { type BreathingRun, type PatternId, planSession, type SessionMinutes, startRun } from '@/utils/breathing';
import type { NewEvent } from '@/utils/history/events';
import type { Tx } from './transaction';

export function startBreathing(tx: Tx, pattern: PatternId, minutes: SessionMinutes): BreathingRun {
  const run = startRun(pattern, minutes, tx.now);
  tx.state.breathing = run;
  return run;
}

export function stopBreathing(tx: Tx, id: string): boolean {
  if (tx.state.breathing?.id !== id) return false;
  tx.state.breathing = null;
  return true;
}

/**
 * The run `id` is over: the event to log (once), or null when it was stopped, logged already or
 * is not this one. Its id makes the record idempotent too.
 */
export function endBreathing(tx: Tx, id: string): { event: NewEvent; eventId: string } | null {
  const run = tx.state.breathing;
  if (run?.id !== id) return null;
  tx.state.breathing = null;
  tx.state.breathingDone = id;
  const seconds = planSession(run.pattern, run.minutes).totalMs / 1000;
  return { event: { type: 'breathing', pattern: run.pattern, seconds }, eventId: `breathing.${id}` };
}
