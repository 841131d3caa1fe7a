import { dateKeyOf } from '@/utils/time/clock';
import type { Tx } from './context';

/** Water logged today, including drinks recorded earlier in this same operation. */
export async function todayWaterMl(tx: Tx): Promise<number> {
  const today = dateKeyOf(tx.now);
  const stored = (await tx.deps.history.readDays([today]))[today] ?? [];
  const storedIds = new Set(stored.map((e) => e.id));
  return [...stored, ...tx.events.filter((e) => !storedIds.has(e.id))]
    .filter((e) => e.date === today)
    .reduce((sum, e) => sum + (e.type === 'water' ? e.amountMl : 0), 0);
}
