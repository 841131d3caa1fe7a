/**
 * The worker's alarms: one named one-shot alarm per enabled kind, at the time of the next prompt
 * the planner puts it in (kinds merged into one prompt share a time), a resume alarm during a
 * timed pause, a one-minute check while reminders are held (away, full screen), and the end of a
 * breathing break under way. Reconciling creates what is missing or wrong, clears what is no longer wanted and
 * leaves correct alarms alone (re-creating an alarm restarts its countdown). Alarms that are not
 * ours are never touched. The set of names is fixed, whatever the number of snoozes.
 */
import { browser } from 'wxt/browser';
import { REMINDER_KINDS, type ReminderKind } from '@/utils/reminder-kinds';
import { nextPrompts } from '@/utils/schedule/planner';
import { planState, type Tx } from './transaction';

const PREFIX = 'glow:';
export const dueAlarm = (kind: ReminderKind): string => `${PREFIX}due:${kind}`;
export const RESUME_ALARM = `${PREFIX}resume`;
/** Every minute while reminders are held: Firefox tells no one when a window leaves full screen. */
export const HELD_ALARM = `${PREFIX}held`;
/** When a breathing break under way ends, in case the page that started it is gone. */
export const BREATHING_ALARM = `${PREFIX}breathing`;

/** An alarm within this much of the wanted time is left as it is. */
export const SAME_TIME_MS = 1_000;

export type ParsedAlarm =
  | { type: 'due'; kind: ReminderKind }
  | { type: 'resume' }
  | { type: 'held' }
  | { type: 'breathing' }
  | null;

/** Our alarms by name; anything else (another part of the browser's) is not ours: null. */
export function parseAlarm(name: string): ParsedAlarm {
  if (name === RESUME_ALARM) return { type: 'resume' };
  if (name === HELD_ALARM) return { type: 'held' };
  if (name === BREATHING_ALARM) return { type: 'breathing' };
  const kind = REMINDER_KINDS.find((k) => name === dueAlarm(k));
  return kind ? { type: 'due', kind } : null;
}

/** Which alarms should exist, by name, with their times. */
export function desiredAlarms(tx: Tx): Map<string, number> {
  const wanted = new Map<string, number>();
  if (typeof tx.pause === 'number' && tx.pause > tx.now) wanted.set(RESUME_ALARM, tx.pause);
  if (tx.state.breathing) wanted.set(BREATHING_ALARM, tx.state.breathing.endsAt);
  const next = nextPrompts(tx.settings, planState(tx), tx.now);
  for (const kind of REMINDER_KINDS) {
    const prompt = next[kind];
    if (prompt) wanted.set(dueAlarm(kind), prompt.at);
  }
  return wanted;
}

export async function reconcileAlarms(tx: Tx): Promise<void> {
  const existing = new Map(
    (await browser.alarms.getAll())
      .filter((alarm) => alarm.name.startsWith(PREFIX))
      .map((alarm) => [alarm.name, alarm.scheduledTime]),
  );
  const wanted = desiredAlarms(tx);
  const kept = new Set<string>();
  for (const kind of REMINDER_KINDS) {
    // An alarm whose time has come and whose prompt is still to be handled is about to fire:
    // leave it (while the kind is still wanted), its handler takes it from here.
    const name = dueAlarm(kind);
    const current = existing.get(name);
    if (current !== undefined && current <= tx.now && current === tx.state.kinds[kind].armedFor && wanted.has(name)) {
      kept.add(name);
    }
  }
  for (const [name, when] of wanted) {
    const current = existing.get(name);
    if (kept.has(name) || (current !== undefined && Math.abs(current - when) < SAME_TIME_MS)) continue;
    try {
      await browser.alarms.create(name, { when });
    } catch (error) {
      console.warn(`Glow Within could not arm ${name}`, error);
    }
  }
  // The held check repeats on its own: created when reminders start being held, never moved.
  const holding = tx.state.deferred.length > 0;
  if (holding && !existing.has(HELD_ALARM)) await browser.alarms.create(HELD_ALARM, { periodInMinutes: 1 });
  for (const name of existing.keys()) {
    if (!wanted.has(name) && !(name === HELD_ALARM && holding)) await browser.alarms.clear(name);
  }
  for (const kind of REMINDER_KINDS) {
    if (kept.has(dueAlarm(kind))) continue;
    tx.state.kinds[kind].armedFor = wanted.get(dueAlarm(kind)) ?? null;
  }
}
