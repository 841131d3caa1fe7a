/**
 * Answers to a prompt: done, snooze or dismissed, from a notification button, a page's waiting
 * reminders, or by doing the thing (logging a drink answers the hydration reminder). Each kind of
 * each occurrence is answered once, however often the button is clicked.
 */
import { browser } from 'wxt/browser';
import { KINDS, type ReminderKind } from '@/utils/reminder-kinds';
import { MINUTE } from '@/utils/time/clock';
import { recordOutcome } from './delivery';
import { ANSWERED_KEPT, type PromptRecord } from './state';
import type { Tx } from './transaction';

export type Answer = 'done' | 'snooze' | 'dismiss';

const OUTCOME = { done: 'done', snooze: 'snoozed', dismiss: 'dismissed' } as const;

export function findPrompt(tx: Tx, occurrence: string): PromptRecord | undefined {
  return [...tx.state.live, ...tx.state.blocked].find((p) => p.occurrence === occurrence);
}

/**
 * Answer the given kinds of an occurrence (all of them when `only` is omitted). Returns the
 * kinds that were answered now; an empty list means it was answered before (a double click).
 */
export async function answer(
  tx: Tx,
  occurrence: string,
  action: Answer,
  only?: readonly ReminderKind[],
): Promise<ReminderKind[]> {
  const prompt = findPrompt(tx, occurrence);
  if (!prompt) return [];
  const { state } = tx;
  const fresh = prompt.kinds.filter(
    (kind) => (!only || only.includes(kind)) && !state.answered.includes(`${occurrence}.${kind}`),
  );
  for (const kind of fresh) {
    state.answered.push(`${occurrence}.${kind}`);
    recordOutcome(tx, kind, occurrence, prompt.scheduledAt, OUTCOME[action]);
    if (action === 'snooze') state.kinds[kind].snoozeUntil = tx.now + tx.settings[kind].snoozeMinutes * MINUTE;
    if (action === 'done') state.kinds[kind].anchor = tx.now;
  }
  state.answered = state.answered.slice(-ANSWERED_KEPT);
  const open = prompt.kinds.some((kind) => !state.answered.includes(`${occurrence}.${kind}`));
  if (!open) {
    state.live = state.live.filter((p) => p.occurrence !== occurrence);
    state.blocked = state.blocked.filter((p) => p.occurrence !== occurrence);
    if (action !== 'dismiss') await browser.notifications.clear(occurrence);
  }
  return fresh;
}

/**
 * A person's answer from a notification button or a page. "Done" does what each answered kind's
 * done means (utils/reminder-kinds.ts): for hydration a drink of the person's cup is recorded; a
 * kind whose answer is a flow (a breathing break) records that flow itself when it is finished.
 */
export async function respond(
  tx: Tx,
  occurrence: string,
  action: 'done' | 'snooze',
  only?: readonly ReminderKind[],
): Promise<ReminderKind[]> {
  const answered = await answer(tx, occurrence, action, only);
  if (action === 'done') {
    for (const kind of answered) {
      if ('records' in KINDS[kind].answer) tx.record({ type: 'water', amountMl: tx.settings.water.cupMl });
    }
  }
  return answered;
}

/** Doing the thing answers every open prompt of that kind as done. */
export async function answerKind(tx: Tx, kind: ReminderKind): Promise<void> {
  const open = [...tx.state.live, ...tx.state.blocked].filter((p) => p.kinds.includes(kind));
  for (const prompt of open) await answer(tx, prompt.occurrence, 'done', [kind]);
}
