/**
 * The worker's operations, each one transaction (context.ts). index.ts wires browser events to
 * these; tests call them directly against the fake browser.
 */
import { browser } from 'wxt/browser';
import type { HistoryEvent, NewEvent } from '@/utils/history/events';
import { type PausePreset, pauseUntil } from '@/utils/schedule/pause';
import { REMINDER_KINDS, type ReminderKind } from '@/utils/settings/schema';
import { updateSettings } from '@/utils/settings/store';
import { dateKeyOf } from '@/utils/time/clock';
import { dueAlarm, parseAlarm } from './alarms';
import { answer, answerKind, findPrompt } from './answers';
import { rearm } from './arm';
import { createTransactor, type Tx, type WorkerDeps } from './context';
import { LATE_AFTER_MS, onDue, show } from './deliver';
import { occurrenceId } from './occurrence';
import { openView, viewFor } from './views';

async function catchUpMissed(tx: Tx): Promise<void> {
  // A due time that passed with no alarm left (browser closed, extension updated): at most one
  // late occurrence per kind, handled by the after-sleep rule.
  const alarms = new Set((await browser.alarms.getAll()).map((a) => a.name));
  const missed = REMINDER_KINDS.filter((kind) => {
    const armed = tx.state.kinds[kind].armedFor;
    return armed !== null && armed <= tx.now && !alarms.has(dueAlarm(kind));
  });
  for (const kind of missed) {
    const armed = tx.state.kinds[kind].armedFor as number;
    await onDue(tx, [kind], armed, 'due');
  }
}

/** Answer a prompt from its notification or the pages; "done" on a water prompt logs a cup. */
async function respond(tx: Tx, occurrence: string, action: 'done' | 'snooze'): Promise<ReminderKind[]> {
  const answered = await answer(tx, occurrence, action);
  if (action === 'done' && answered.includes('hydration')) {
    tx.record({ type: 'water', amountMl: tx.settings.water.cupMl });
  }
  return answered;
}

async function compactOnceADay(tx: Tx): Promise<void> {
  const today = dateKeyOf(tx.now);
  if (tx.state.compactedOn === today) return;
  await tx.deps.history.compact(today);
  tx.state.compactedOn = today;
}

export function createWorker(deps: WorkerDeps) {
  const transact = createTransactor(deps, rearm);

  async function setPause(until: number | 'forever' | null) {
    const saved = await updateSettings((s) => ({ ...s, general: { ...s.general, pausedUntil: until } }));
    if (!saved.ok) throw new Error('Could not save the pause');
    await reconcile();
    return saved.value.general;
  }

  async function reconcile(): Promise<void> {
    await transact(async (tx) => {
      await catchUpMissed(tx);
      await compactOnceADay(tx);
    });
  }

  return {
    transact,
    reconcile,

    onAlarm(alarm: { name: string; scheduledTime: number }): Promise<void> {
      const parsed = parseAlarm(alarm.name);
      if (!parsed) return Promise.resolve();
      return transact(async (tx) => {
        if (parsed.type === 'resume') return;
        const kind = parsed.kind;
        const expected = parsed.type === 'due' ? tx.state.kinds[kind].armedFor : tx.state.kinds[kind].snoozeUntil;
        // A stale alarm (settings changed since it was armed) is only re-armed.
        if (expected === null || Math.abs(expected - alarm.scheduledTime) > LATE_AFTER_MS) return;
        await onDue(tx, [kind], expected, parsed.type);
      });
    },

    /** Back at the keyboard: one prompt for everything that fell due while away. */
    onIdleState(state: string): Promise<void> {
      if (state !== 'active') return Promise.resolve();
      return transact(async (tx) => {
        const kinds = REMINDER_KINDS.filter((k) => tx.state.deferred.includes(k) && tx.settings[k].enabled);
        tx.state.deferred = [];
        if (kinds.length === 0) return;
        for (const kind of kinds) tx.state.kinds[kind].anchor = tx.now;
        await show(tx, kinds, occurrenceId(kinds, tx.now), tx.now);
      });
    },

    /** Button 0 is the kind's action (or Done when merged); button 1 is Snooze. */
    async onButton(occurrence: string, index: number): Promise<void> {
      const opened = await transact(async (tx) => {
        const prompt = findPrompt(tx, occurrence);
        if (!prompt) return null;
        const action = index === 0 ? 'done' : 'snooze';
        const answered = await respond(tx, occurrence, action);
        const single = prompt.kinds.length === 1 ? prompt.kinds[0] : undefined;
        return action === 'done' && answered.length > 0 && single !== 'hydration'
          ? viewFor(prompt.kinds, occurrence)
          : null;
      });
      if (opened) await openView(opened);
    },

    /** A click on the notification's body opens the view that acts on it. */
    async onClick(occurrence: string): Promise<void> {
      const view = await transact((tx) => {
        const prompt = findPrompt(tx, occurrence);
        if (!prompt) return null;
        // Firefox has no buttons: its body click opens the view that offers the same actions.
        return tx.deps.platform.notificationButtons ? viewFor(prompt.kinds, occurrence) : viewFor([], occurrence);
      });
      await browser.notifications.clear(occurrence);
      if (view) await openView(view);
    },

    /** Closed by the person: dismissed. Firefox says "by user" for every close, so it is not a decision there. */
    onClosed(occurrence: string, byUser: boolean): Promise<void> {
      if (!byUser || !deps.platform.closedByUserIsReliable) return Promise.resolve();
      return transact(async (tx) => {
        await answer(tx, occurrence, 'dismiss');
      });
    },

    act(occurrence: string, action: 'done' | 'snooze'): Promise<{ recorded: boolean }> {
      return transact(async (tx) => ({ recorded: (await respond(tx, occurrence, action)).length > 0 }));
    },

    /** Doing the thing (a drink, a breathing break, a meal check): recorded, its open prompts answered, its countdown restarted. */
    logActivity(kind: ReminderKind, event: (tx: Tx) => NewEvent): Promise<HistoryEvent> {
      return transact(async (tx) => {
        tx.record(event(tx));
        const logged = tx.events.at(-1) as HistoryEvent;
        tx.state.kinds[kind].anchor = tx.now;
        await answerKind(tx, kind);
        return logged;
      });
    },

    pause: (preset: PausePreset) => setPause(pauseUntil(preset, deps.now())),
    resume: () => setPause(null),
  };
}

export type Worker = ReturnType<typeof createWorker>;
