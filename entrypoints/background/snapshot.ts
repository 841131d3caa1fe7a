/** Builds the read model the pages render (utils/messaging/snapshot.ts). */
import { emptyTotals } from '@/utils/history/totals';
import type { NextState, Snapshot } from '@/utils/messaging/snapshot';
import { isPaused } from '@/utils/schedule/pause';
import { REMINDER_KINDS, type ReminderKind } from '@/utils/settings/schema';
import { addDays, dateKeyOf } from '@/utils/time/clock';
import { nextDue } from './alarms';
import type { Tx } from './context';

function nextState(tx: Tx, kind: ReminderKind): NextState {
  const { settings, state, now } = tx;
  if (!settings[kind].enabled) return { state: 'off' };
  const paused = settings.general.pausedUntil;
  if (paused !== null && isPaused(settings.general, now)) return { state: 'paused', until: paused };
  const due = nextDue(settings, state.kinds, kind, now);
  const snooze = state.kinds[kind].snoozeUntil;
  const at = snooze !== null && snooze > now && (due === null || snooze < due) ? snooze : due;
  return at === null ? { state: 'none' } : { state: 'due', at };
}

export async function buildSnapshot(tx: Tx): Promise<Snapshot> {
  const today = dateKeyOf(tx.now);
  const dates = [6, 5, 4, 3, 2, 1, 0].map((back) => addDays(today, -back));
  const [totals, days] = await Promise.all([tx.deps.history.totals(dates), tx.deps.history.readDays([today])]);
  const drinks = (days[today] ?? []).filter((e) => e.type === 'water');
  const last = drinks.at(-1);
  return {
    now: tx.now,
    settings: tx.settings,
    today,
    week: dates.map((date) => ({
      date,
      totals: totals[date] ?? emptyTotals(),
    })),
    next: Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, nextState(tx, kind)])) as Snapshot['next'],
    pending: [...tx.state.blocked, ...tx.state.live].map(({ occurrence, kinds, scheduledAt }) => ({
      occurrence,
      kinds,
      scheduledAt,
    })),
    anchors: Object.fromEntries(
      REMINDER_KINDS.map((kind) => [kind, tx.state.kinds[kind].anchor]),
    ) as Snapshot['anchors'],
    lastDrink: last && last.type === 'water' ? { id: last.id, amountMl: last.amountMl } : null,
  };
}
