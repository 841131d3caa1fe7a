/**
 * The worker's operations, each one transaction (transaction.ts). index.ts wires browser events to
 * these; tests call them directly against the fake browser.
 */
import { browser } from 'wxt/browser';
import type { PatternId, SessionMinutes } from '@/utils/breathing';
import type { HistoryEvent, NewEvent } from '@/utils/history/events';
import type { Patch } from '@/utils/journal/entry';
import type { Reply } from '@/utils/messaging/protocol';
import { REMINDER_KINDS, type ReminderKind } from '@/utils/reminder-kinds';
import { type Route, viewFor } from '@/utils/routes';
import { type PausePreset, pauseUntil } from '@/utils/schedule/pause';
import { clearEverything } from '@/utils/storage/items';
import type { DateKey } from '@/utils/time/clock';
import { dueAlarm, parseAlarm, reconcileAlarms, SAME_TIME_MS } from './alarms';
import { answer, answerKind, findPrompt, respond } from './answers';
import { createBadge } from './badge';
import { endBreathing, startBreathing, stopBreathing } from './breathing';
import { LATE_AFTER_MS, onDue, releaseHeld } from './delivery';
import { checkInOn } from './journal';
import { createTransactor, type Tx, type WorkerDeps } from './transaction';
import { openView } from './views';

/** The enabled kinds whose alarm is armed for the prompt at `at`: they fall due together. */
const promptAt = (tx: Tx, at: number): ReminderKind[] =>
  REMINDER_KINDS.filter((kind) => {
    const armed = tx.state.kinds[kind].armedFor;
    return tx.settings[kind].enabled && armed !== null && Math.abs(armed - at) < SAME_TIME_MS;
  });

async function catchUpMissed(tx: Tx): Promise<void> {
  // A prompt time that passed with no alarm left (browser closed, extension updated): each such
  // prompt is handled once, late, by the after-sleep rule.
  const alarms = new Set((await browser.alarms.getAll()).map((a) => a.name));
  const missed = new Set<number>();
  for (const kind of REMINDER_KINDS) {
    const armed = tx.state.kinds[kind].armedFor;
    if (armed !== null && armed <= tx.now && !alarms.has(dueAlarm(kind))) missed.add(armed);
  }
  for (const at of [...missed].sort((a, b) => a - b)) {
    const kinds = promptAt(tx, at);
    if (kinds.length > 0) await onDue(tx, kinds, at);
  }
}

/** Doing the thing: a snooze of it over, its countdown restarted from now. */
function restartCountdown(tx: Tx, kind: ReminderKind): void {
  Object.assign(tx.state.kinds[kind], { anchor: tx.now, snoozeUntil: null });
}

/** Doing the thing: its countdown restarted and its open prompts answered. */
async function didKind(tx: Tx, kind: ReminderKind): Promise<void> {
  restartCountdown(tx, kind);
  await answerKind(tx, kind);
}

/**
 * Doing the thing: recorded (under `eventId`, when given, so it is recorded once however often it
 * is reported), a snooze of it over, its countdown restarted. Returns the event, or null for none.
 */
function recordActivity(
  tx: Tx,
  kind: ReminderKind,
  done: { event: NewEvent; eventId?: string } | null,
): HistoryEvent | null {
  if (!done) return null;
  tx.record(done.event, done.eventId);
  restartCountdown(tx, kind);
  return tx.events.at(-1) ?? null;
}

/** Once a day: old raw history rolled up, and any damaged journal entry repaired (a copy kept). */
async function compactOnceADay(tx: Tx): Promise<void> {
  const { today } = tx;
  if (tx.state.compactedOn === today) return;
  await tx.deps.history.compact(today);
  await tx.deps.journal.repairAll(tx.now);
  tx.state.compactedOn = today;
}

export function createWorker(deps: WorkerDeps) {
  const badge = createBadge();
  const transact = createTransactor(deps, async (tx, changed) => {
    await reconcileAlarms(tx);
    await badge(tx.state, tx.pause, tx.now, tx.settings.general.dayStartHour, changed());
  });

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
        // The resume alarm only needs the transaction: the pause is cleared and alarms re-armed.
        if (parsed.type === 'resume') return;
        // The check while reminders are held (away, full screen): do they still have to wait?
        if (parsed.type === 'held') return releaseHeld(tx);
        // A breathing break's time is up and no page said so: it ran to its end, log it once.
        if (parsed.type === 'breathing') {
          const run = tx.state.breathing;
          if (run && run.endsAt <= tx.now + SAME_TIME_MS) recordActivity(tx, 'stress', endBreathing(tx, run.id));
          return;
        }
        const expected = tx.state.kinds[parsed.kind].armedFor;
        // A stale alarm (plans changed since it was armed, or its prompt was handled) is only re-armed.
        if (expected === null || Math.abs(expected - alarm.scheduledTime) > LATE_AFTER_MS) return;
        await onDue(tx, promptAt(tx, expected), expected);
      });
    },

    /** Back at the keyboard: one prompt for everything that fell due while away (unless a window is still full screen). */
    onIdleState(state: string): Promise<void> {
      if (state !== 'active') return Promise.resolve();
      return transact((tx) => releaseHeld(tx, true));
    },

    /** A window changed size or state (left full screen, say): held reminders come if nothing holds them now. */
    onWindowChange(): Promise<void> {
      return transact((tx) => releaseHeld(tx));
    },

    /**
     * Button 1 is Snooze. Button 0 is a single kind's own action (a drink is logged; a breathing
     * break or meal check opens); on a merged prompt it opens the view that answers each kind.
     */
    async onButton(occurrence: string, index: number): Promise<void> {
      const opened = await transact(async (tx): Promise<Route | null> => {
        const prompt = findPrompt(tx, occurrence);
        if (!prompt) return null;
        if (index !== 0) {
          await respond(tx, occurrence, 'snooze');
          return null;
        }
        const view = viewFor(prompt.kinds, occurrence);
        if (prompt.kinds.length > 1) return view;
        const answered = await respond(tx, occurrence, 'done');
        return answered.length > 0 && view.name !== 'reminder' ? view : null;
      });
      if (opened) {
        await browser.notifications.clear(occurrence);
        await openView(opened);
      }
    },

    /** A click on the notification's body opens the view that acts on it. */
    async onClick(occurrence: string): Promise<void> {
      const view = await transact((tx): Route | null => {
        const prompt = findPrompt(tx, occurrence);
        if (!prompt) return null;
        // Firefox has no buttons: its body click opens the view that offers the same actions.
        return tx.deps.platform.notificationButtons
          ? viewFor(prompt.kinds, occurrence)
          : { name: 'reminder', occurrence };
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

    /**
     * A page answers a waiting reminder: Snooze for all its kinds, or one kind's Done. Returns
     * whether anything was recorded and the flow that answers the kind, if it has one.
     */
    act(occurrence: string, reply: Reply): Promise<{ recorded: boolean; opens: Route | null }> {
      return transact(async (tx) => {
        const only = reply.type === 'done' ? [reply.kind] : undefined;
        const answered = await respond(tx, occurrence, reply.type, only);
        const flow = reply.type === 'done' && answered.length > 0 ? viewFor([reply.kind], occurrence) : null;
        return { recorded: answered.length > 0, opens: flow?.name === 'reminder' ? null : flow };
      });
    },

    /**
     * Doing the thing (a drink, a breathing break, a meal check): recorded, its open prompts
     * answered, a snooze of it over, its countdown restarted.
     */
    logActivity(kind: ReminderKind, event: (tx: Tx) => NewEvent): Promise<HistoryEvent> {
      return transact(async (tx) => {
        const logged = recordActivity(tx, kind, { event: event(tx) }) as HistoryEvent;
        await answerKind(tx, kind);
        return logged;
      });
    },

    /** A check-in's changed answers for `date`; one for today answers today's check-in reminder. */
    checkIn(date: DateKey, patch: Patch) {
      return transact(async (tx) => {
        const entry = await checkInOn(tx, date, patch);
        if (entry.date === tx.today) await didKind(tx, 'checkin');
        return entry;
      });
    },

    /**
     * Delete everything kept, in the worker's queue so no operation writes half of it back; then
     * start over as a new install does: alarms from the default settings, no badge.
     */
    async deleteEverything(): Promise<void> {
      await deps.serial(async () => {
        const ours = (await browser.notifications.getAll()) as Record<string, unknown>;
        await Promise.all(Object.keys(ours).map((id) => browser.notifications.clear(id)));
        await clearEverything();
        await browser.action.setBadgeText({ text: '' });
      });
      await reconcile();
    },
    /** A breathing break that outlives the popup (./breathing.ts); its alarm ends it if no page does. */
    startBreathing: (pattern: PatternId, minutes: SessionMinutes) =>
      transact((tx) => startBreathing(tx, pattern, minutes)),

    stopBreathing: (id: string) => transact((tx) => ({ stopped: stopBreathing(tx, id) })),

    finishBreathing: (id: string) =>
      transact(async (tx) => {
        if (recordActivity(tx, 'stress', endBreathing(tx, id))) await answerKind(tx, 'stress');
        return { logged: tx.state.breathingDone === id };
      }),

    /** A first install: nothing is due until the welcome page it opens is finished or skipped. */
    beginSetup: () =>
      transact((tx) => {
        tx.setupPending = true;
      }),

    finishSetup: () =>
      transact((tx) => {
        tx.setupPending = false;
        return { setupPending: tx.setupPending };
      }),

    pause: (preset: PausePreset) =>
      transact((tx) => {
        tx.pause = pauseUntil(preset, tx.now, tx.settings.general.dayStartHour);
        return { pause: tx.pause };
      }),

    resume: () =>
      transact((tx) => {
        tx.pause = null;
        return { pause: tx.pause };
      }),

    openView,
  };
}

export type Worker = ReturnType<typeof createWorker>;
