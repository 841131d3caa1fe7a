/** Builds the read model the pages render (utils/messaging/snapshot.ts). */
import { runUnderWay } from '@/utils/breathing';
import { emptyTotals } from '@/utils/history/totals';
import type { NextState, Snapshot } from '@/utils/messaging/snapshot';
import { REMINDER_KINDS, type ReminderKind } from '@/utils/reminder-kinds';
import { nextPrompts } from '@/utils/schedule/planner';
import { addDays } from '@/utils/time/clock';
import { planState, type Tx } from './transaction';

export async function buildSnapshot(tx: Tx): Promise<Snapshot> {
  const { today } = tx;
  const dates = [6, 5, 4, 3, 2, 1, 0].map((back) => addDays(today, -back));
  const [totals, days, journal] = await Promise.all([
    tx.deps.history.totals(dates),
    tx.deps.history.readDays([today]),
    tx.deps.journal.readDays([today]),
  ]);
  const drinks = (days[today] ?? []).filter((e) => e.type === 'water');
  const last = drinks.at(-1);
  const plan = planState(tx);
  const prompts = nextPrompts(tx.settings, plan, tx.now);
  const next = (kind: ReminderKind): NextState => {
    if (!tx.settings[kind].enabled) return { state: 'off' };
    if (tx.setupPending) return { state: 'setup' };
    if (tx.pause !== null) return { state: 'paused', until: tx.pause };
    const prompt = prompts[kind];
    return prompt ? { state: 'due', at: prompt.at } : { state: 'none' };
  };
  return {
    now: tx.now,
    settings: tx.settings,
    today,
    week: dates.map((date) => ({ date, totals: totals[date] ?? emptyTotals() })),
    next: Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, next(kind)])) as Snapshot['next'],
    // Each waiting reminder with the kinds still to be answered (one of a merged prompt may be done).
    pending: [...tx.state.blocked, ...tx.state.live].map(({ occurrence, kinds, scheduledAt }) => ({
      occurrence,
      kinds: kinds.filter((kind) => !tx.state.answered.includes(`${occurrence}.${kind}`)),
      scheduledAt,
    })),
    plan,
    lastDrink: last && last.type === 'water' ? { id: last.id, amountMl: last.amountMl } : null,
    checkin: journal[today] ?? null,
    breathing: runUnderWay(tx.state.breathing, tx.now),
  };
}
