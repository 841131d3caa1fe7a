/**
 * What happens when a prompt falls due: the pause, away, full-screen, goal-met and after-sleep
 * rules, then one notification (or a pending reminder when notifications are blocked). Which kinds
 * fall due together, and when, is the planner's (utils/schedule/planner.ts): they share one alarm
 * time. Kinds held while the person is away or a window is full screen come as one prompt when
 * neither holds any more (releaseHeld).
 */
import { browser } from 'wxt/browser';
import type { Outcome } from '@/utils/history/events';
import { hasAnswers } from '@/utils/journal/answered';
import type { ReminderKind } from '@/utils/reminder-kinds';
import { KINDS, REMINDER_KINDS } from '@/utils/reminder-kinds';
import { isPaused } from '@/utils/schedule/pause';
import { MINUTE } from '@/utils/time/clock';
import { buildNotification, occurrenceId, pickWording } from './notification';
import type { PromptRecord } from './state';
import type { Tx } from './transaction';

/** An alarm handled more than this after its time counts as late (sleep, clock jump, restart). */
export const LATE_AFTER_MS = 2 * MINUTE;

export function recordOutcome(
  tx: Tx,
  kind: ReminderKind,
  occurrence: string,
  scheduledAt: number,
  outcome: Outcome,
): void {
  tx.record({ type: 'reminder', kind, outcome, occurrence, scheduledAt }, `${occurrence}.${kind}.${outcome}`);
}

const known = (tx: Tx, occurrence: string): boolean =>
  tx.state.live.some((p) => p.occurrence === occurrence) ||
  tx.state.blocked.some((p) => p.occurrence === occurrence) ||
  tx.state.answered.some((a) => a.startsWith(`${occurrence}.`));

/** Water logged today, including drinks recorded earlier in this same operation. */
async function todayWaterMl(tx: Tx): Promise<number> {
  const { today } = tx;
  const stored = (await tx.deps.history.readDays([today]))[today] ?? [];
  const storedIds = new Set(stored.map((e) => e.id));
  return [...stored, ...tx.events.filter((e) => !storedIds.has(e.id))]
    .filter((e) => e.date === tx.today)
    .reduce((sum, e) => sum + (e.type === 'water' ? e.amountMl : 0), 0);
}

/**
 * Kinds whose prompt would ask for what today already holds: water once the day's goal is met (if
 * the person chose that), the evening check-in once today is checked in, from anywhere.
 */
const DONE_FOR_TODAY: Partial<Record<ReminderKind, (tx: Tx) => Promise<boolean>>> = {
  hydration: async (tx) => tx.settings.water.stopWhenGoalMet && (await todayWaterMl(tx)) >= tx.settings.water.goalMl,
  checkin: async (tx) => {
    const entry = (await tx.deps.journal.readDays([tx.today]))[tx.today];
    return entry !== undefined && hasAnswers(entry);
  },
};

/**
 * A prompt of `kinds` fell due at `scheduledAt` (its alarm, or found missed at start). Each kind
 * counts from it now, its snooze (if that was what fell due) is over, and its alarm is spent; then
 * the rules decide whether and what to show.
 */
export async function onDue(tx: Tx, kinds: ReminderKind[], scheduledAt: number): Promise<void> {
  const { settings, state, now } = tx;
  const occurrence = occurrenceId(kinds, scheduledAt);
  if (known(tx, occurrence)) return;
  const late = now - scheduledAt > LATE_AFTER_MS;
  // Missed while asleep or closed: "skip" keeps to the schedule's own rhythm; "resume" and the
  // one "catch-up" restart the countdown from now.
  const anchor = late && settings.general.afterSleep !== 'skip' ? now : scheduledAt;
  for (const kind of kinds) Object.assign(state.kinds[kind], { anchor, snoozeUntil: null, armedFor: null });
  const skip = (outcome: Outcome, list: readonly ReminderKind[] = kinds) => {
    for (const kind of list) recordOutcome(tx, kind, occurrence, scheduledAt, outcome);
  };
  if (late && settings.general.afterSleep !== 'catch-up') return skip('skipped');
  if (isPaused(tx.pause, now)) return skip('skipped');
  if (await held(tx)) {
    state.deferred = [...new Set([...state.deferred, ...kinds])];
    return skip('deferred');
  }
  const doneToday = await Promise.all(kinds.map((kind) => DONE_FOR_TODAY[kind]?.(tx) ?? false));
  skip(
    'skipped',
    kinds.filter((_, i) => doneToday[i]),
  );
  const due = kinds.filter((_, i) => !doneToday[i]);
  if (due.length === 0) return;
  await show(tx, due, due.length === kinds.length ? occurrence : occurrenceId(due, scheduledAt), scheduledAt);
}

async function isAway(idleMinutes: number): Promise<boolean> {
  try {
    const state = await browser.idle.queryState(Math.max(15, idleMinutes * 60));
    return state !== 'active';
  } catch {
    return false;
  }
}

/**
 * Whether the window the person is using is full screen (a film, slides). `windows` needs no
 * permission for a window's state.
 */
async function isFullscreen(): Promise<boolean> {
  try {
    return (await browser.windows.getLastFocused()).state === 'fullscreen';
  } catch {
    return false;
  }
}

/** Whether a prompt must wait now: the person is away, or a window is full screen (each if that setting is on). */
async function held(tx: Tx): Promise<boolean> {
  const { away, holdInFullscreen } = tx.settings.general;
  if (away.enabled && (await isAway(away.idleMinutes))) return true;
  return holdInFullscreen && (await isFullscreen());
}

/**
 * Kinds held while away or in full screen: when neither holds any more, one prompt for all of
 * them, counted from now. Back at the keyboard (`returned`) the idle state is not asked again.
 * Reminders held into a pause are dropped with it: nothing comes while paused.
 */
export async function releaseHeld(tx: Tx, returned = false): Promise<void> {
  const { state, settings } = tx;
  const kinds = REMINDER_KINDS.filter((k) => state.deferred.includes(k) && settings[k].enabled);
  if (kinds.length === 0 || isPaused(tx.pause, tx.now)) {
    state.deferred = [];
    return;
  }
  const stillAway = !returned && settings.general.away.enabled && (await isAway(settings.general.away.idleMinutes));
  if (stillAway || (settings.general.holdInFullscreen && (await isFullscreen()))) return;
  state.deferred = [];
  for (const kind of kinds) state.kinds[kind].anchor = tx.now;
  await show(tx, kinds, occurrenceId(kinds, tx.now), tx.now);
}

async function notificationsDenied(tx: Tx): Promise<boolean> {
  // Firefox has no getPermissionLevel: a failing create tells us instead.
  if (!tx.deps.platform.notificationPermissionLevel) return false;
  return (await browser.notifications.getPermissionLevel()) === 'denied';
}

/** Show one notification for the kinds, or keep it pending when notifications are blocked. */
export async function show(tx: Tx, kinds: ReminderKind[], occurrence: string, scheduledAt: number): Promise<void> {
  const { state } = tx;
  const wording: Partial<Record<ReminderKind, number>> = {};
  const hour = new Date(tx.now).getHours();
  for (const kind of kinds) {
    wording[kind] = pickWording(KINDS[kind].wordings, state.wording[kind], tx.deps.random(), hour);
    state.wording[kind] = wording[kind];
  }
  const record: PromptRecord = { occurrence, kinds, scheduledAt };
  // One prompt per kind at a time: an older unanswered one is replaced, so none pile up.
  const overlaps = (p: PromptRecord) => p.kinds.some((k) => kinds.includes(k));
  for (const old of state.live.filter(overlaps)) await browser.notifications.clear(old.occurrence);
  state.live = state.live.filter((p) => !overlaps(p));
  state.blocked = state.blocked.filter((p) => !overlaps(p));

  const options = buildNotification(kinds, tx.settings, wording, {
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    platform: tx.deps.platform,
  });
  let shown = false;
  if (!(await notificationsDenied(tx))) {
    try {
      await browser.notifications.create(occurrence, options);
      shown = true;
    } catch (error) {
      console.warn('Glow Within could not show a notification; keeping it pending', error);
    }
  }
  if (shown) state.live.push(record);
  else state.blocked.push(record);
  for (const kind of kinds) recordOutcome(tx, kind, occurrence, scheduledAt, shown ? 'shown' : 'pending');
}
