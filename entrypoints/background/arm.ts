/**
 * Reconcile the browser's alarms with what should exist: create what is missing or wrong,
 * clear what is no longer wanted, and leave correct alarms untouched (re-creating an alarm
 * restarts its countdown). Alarms that are not ours are never touched.
 */
import { browser } from 'wxt/browser';
import { REMINDER_KINDS } from '@/utils/settings/schema';
import { ALARM_PREFIX, desiredAlarms, dueAlarm } from './alarms';
import type { Tx } from './context';

/** An alarm within this much of the wanted time is left as it is. */
const SAME_TIME_MS = 1_000;

export async function rearm(tx: Tx): Promise<void> {
  const existing = new Map(
    (await browser.alarms.getAll())
      .filter((alarm) => alarm.name.startsWith(ALARM_PREFIX))
      .map((alarm) => [alarm.name, alarm.scheduledTime]),
  );
  const wanted = desiredAlarms(tx.settings, tx.state.kinds, tx.now);
  for (const [name, when] of wanted) {
    const current = existing.get(name);
    // An alarm already due is about to fire: leave it, its handler takes it from here.
    if (current !== undefined && (Math.abs(current - when) < SAME_TIME_MS || current <= tx.now)) continue;
    try {
      await browser.alarms.create(name, { when });
    } catch (error) {
      console.warn(`Glow Within could not arm ${name}`, error);
    }
  }
  for (const name of existing.keys()) {
    if (!wanted.has(name)) await browser.alarms.clear(name);
  }
  for (const kind of REMINDER_KINDS) {
    const current = existing.get(dueAlarm(kind));
    const kept = current !== undefined && current <= tx.now && wanted.has(dueAlarm(kind));
    tx.state.kinds[kind].armedFor = kept ? current : (wanted.get(dueAlarm(kind)) ?? null);
  }
}
