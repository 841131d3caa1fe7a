/**
 * What the worker must remember across being killed, restarts and updates, in storage.local.
 * It is read and written only inside the worker's serial queue.
 */
import { storage } from '@wxt-dev/storage';
import * as v from 'valibot';
import { REMINDER_KINDS, type ReminderKind } from '@/utils/settings/schema';

const Instant = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));
const Kinds = v.array(v.picklist(REMINDER_KINDS));

const KindStateSchema = v.object({
  /** Last time this kind fired or the person acted on it: interval countdowns start here. */
  anchor: v.fallback(Instant, null),
  /** When the kind's due alarm was last armed for; a past value with no alarm means it was missed. */
  armedFor: v.fallback(Instant, null),
  /** When an armed snooze comes back. */
  snoozeUntil: v.fallback(Instant, null),
});
export type KindState = v.InferOutput<typeof KindStateSchema>;

const PromptRecordSchema = v.object({
  occurrence: v.string(),
  kinds: Kinds,
  scheduledAt: v.number(),
});
export type PromptRecord = v.InferOutput<typeof PromptRecordSchema>;

const freshKind = (): KindState => ({ anchor: null, armedFor: null, snoozeUntil: null });

export const WorkerStateSchema = v.object({
  kinds: v.fallback(
    v.object({
      hydration: v.fallback(KindStateSchema, freshKind),
      stress: v.fallback(KindStateSchema, freshKind),
      meal: v.fallback(KindStateSchema, freshKind),
    }),
    () => ({ hydration: freshKind(), stress: freshKind(), meal: freshKind() }),
  ),
  /** Notifications shown and not yet answered, by notification id (= occurrence id). */
  live: v.fallback(v.array(PromptRecordSchema), []),
  /** Reminders that could not be shown (notifications blocked): listed in popup and new tab. */
  blocked: v.fallback(v.array(PromptRecordSchema), []),
  /** Kinds that fell due while the person was away, delivered once when they return. */
  deferred: v.fallback(Kinds, []),
  /** Occurrences already answered, newest last: each is recorded once. */
  answered: v.fallback(v.array(v.string()), []),
  /** Index of the wording last used per kind, so the next one differs. */
  wording: v.fallback(v.record(v.string(), v.number()), {}),
  /** Local date of the last roll-up of old history. */
  compactedOn: v.fallback(v.nullable(v.string()), null),
});
export type WorkerState = v.InferOutput<typeof WorkerStateSchema>;

export const ANSWERED_KEPT = 200;

export const workerStateItem = storage.defineItem<unknown>('local:worker', { version: 1, migrations: {} });

export async function readWorkerState(): Promise<WorkerState> {
  return v.parse(WorkerStateSchema, (await workerStateItem.getValue()) ?? {});
}

export async function writeWorkerState(state: WorkerState): Promise<void> {
  await workerStateItem.setValue(state);
}

export type KindStates = Record<ReminderKind, KindState>;
