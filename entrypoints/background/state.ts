/**
 * What the worker must remember across being stopped, restarts and updates, in its storage.local
 * item (utils/storage/items.ts). Read and written only inside the worker's serial queue. Every
 * field falls back on its own, so a damaged value never stops reminders.
 */
import * as v from 'valibot';
import { BreathingRunSchema } from '@/utils/breathing-schema';
import { REMINDER_KINDS, type ReminderKind } from '@/utils/reminder-kinds';
import { workerStateItem } from '@/utils/storage/items';

const Instant = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));
const Kinds = v.array(v.picklist(REMINDER_KINDS));

const KindStateSchema = v.object({
  /** Last time this kind was prompted or done: interval countdowns start here. */
  anchor: v.fallback(Instant, null),
  /** The prompt time its alarm is armed for; past with no alarm left means it was missed. */
  armedFor: v.fallback(Instant, null),
  /** When a snooze of it ends. */
  snoozeUntil: v.fallback(Instant, null),
});
export type KindState = v.InferOutput<typeof KindStateSchema>;
export type KindStates = Record<ReminderKind, KindState>;

const PromptRecordSchema = v.object({
  occurrence: v.string(),
  kinds: Kinds,
  scheduledAt: v.number(),
});
export type PromptRecord = v.InferOutput<typeof PromptRecordSchema>;

const freshKind = (): KindState => ({ anchor: null, armedFor: null, snoozeUntil: null });
const freshKinds = (): KindStates => Object.fromEntries(REMINDER_KINDS.map((k) => [k, freshKind()])) as KindStates;

const KindStatesSchema = v.object(
  Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, v.fallback(KindStateSchema, freshKind)])) as Record<
    ReminderKind,
    v.SchemaWithFallback<typeof KindStateSchema, typeof freshKind>
  >,
);

export const WorkerStateSchema = v.object({
  kinds: v.fallback(KindStatesSchema, freshKinds),
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
  /** A breathing break under way (utils/breathing.ts): it outlives the popup that started it. */
  breathing: v.fallback(v.nullable(BreathingRunSchema), null),
  /** The last break that ran to its end and was logged, so finishing it again says so. */
  breathingDone: v.fallback(v.nullable(v.string()), null),
});
export type WorkerState = v.InferOutput<typeof WorkerStateSchema>;

export const ANSWERED_KEPT = 200;

export async function readWorkerState(): Promise<WorkerState> {
  return v.parse(WorkerStateSchema, (await workerStateItem.getValue()) ?? {});
}

export async function writeWorkerState(state: WorkerState): Promise<void> {
  await workerStateItem.setValue(state);
}
