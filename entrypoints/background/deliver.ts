/**
 * What happens when reminders fall due: the pause, away, goal-met and after-sleep rules, the
 * merge of near coincidences, and showing one notification (or keeping it pending when
 * notifications are blocked).
 */
import { browser } from 'wxt/browser';
import type { Outcome } from '@/utils/history/events';
import { t } from '@/utils/i18n';
import { isPaused } from '@/utils/schedule/pause';
import { REMINDER_KINDS, type ReminderKind } from '@/utils/settings/schema';
import { MINUTE } from '@/utils/time/clock';
import type { Tx } from './context';
import { buildNotification, pickWording, WORDINGS } from './notification';
import { occurrenceId } from './occurrence';
import type { PromptRecord } from './state';
import { todayWaterMl } from './today';

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

/**
 * Kinds fell due at `scheduledAt` (their due alarm, a snooze, or found missed at start).
 * Decide, per the rules, whether and what to show.
 */
export async function onDue(
  tx: Tx,
  kinds: ReminderKind[],
  scheduledAt: number,
  source: 'due' | 'snooze',
): Promise<void> {
  const { settings, state, now } = tx;
  const occurrence = occurrenceId(kinds, scheduledAt);
  if (known(tx, occurrence)) return;
  const late = now - scheduledAt > LATE_AFTER_MS;
  for (const kind of kinds) {
    if (source === 'due') state.kinds[kind].anchor = scheduledAt;
    else state.kinds[kind].snoozeUntil = null;
  }
  const skip = (outcome: Outcome, list: readonly ReminderKind[] = kinds) => {
    for (const kind of list) recordOutcome(tx, kind, occurrence, scheduledAt, outcome);
  };
  if (late && settings.general.afterSleep !== 'catch-up') {
    // Missed while asleep or closed: no prompt. "resume" restarts the countdown from now.
    if (settings.general.afterSleep === 'resume') for (const kind of kinds) state.kinds[kind].anchor = now;
    return skip('skipped');
  }
  if (late) for (const kind of kinds) state.kinds[kind].anchor = now;
  if (isPaused(settings.general, now)) return skip('skipped');
  if (settings.general.away.enabled && (await isAway(settings.general.away.idleMinutes))) {
    state.deferred = [...new Set([...state.deferred, ...kinds])];
    return skip('deferred');
  }
  let due = kinds;
  if (due.includes('hydration') && settings.water.stopWhenGoalMet) {
    const drunk = await todayWaterMl(tx);
    if (drunk >= settings.water.goalMl) {
      skip('skipped', ['hydration']);
      due = due.filter((k) => k !== 'hydration');
    }
  }
  // Kinds that fell due themselves (even if skipped just now) are never merged in again.
  if (source === 'due' && !late) due = [...due, ...mergeable(tx, kinds, scheduledAt)];
  if (due.length === 0) return;
  await show(tx, due, due.length === kinds.length ? occurrence : occurrenceId(due, scheduledAt), scheduledAt);
}

/** Other kinds due within the merge window: shown in the same prompt and counted as delivered. */
function mergeable(tx: Tx, fellDue: readonly ReminderKind[], scheduledAt: number): ReminderKind[] {
  const window = tx.settings.general.mergeMinutes * MINUTE;
  if (window === 0) return [];
  return REMINDER_KINDS.filter((kind) => {
    const armed = tx.state.kinds[kind].armedFor;
    if (fellDue.includes(kind) || armed === null || armed - scheduledAt > window || armed < scheduledAt) return false;
    tx.state.kinds[kind].anchor = armed;
    return true;
  });
}

async function isAway(idleMinutes: number): Promise<boolean> {
  try {
    const state = await browser.idle.queryState(Math.max(15, idleMinutes * 60));
    return state !== 'active';
  } catch {
    return false;
  }
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
  for (const kind of kinds) {
    wording[kind] = pickWording(WORDINGS[kind].length, state.wording[kind], tx.deps.random());
    state.wording[kind] = wording[kind];
  }
  const record: PromptRecord = { occurrence, kinds, scheduledAt };
  // One prompt per kind at a time: an older unanswered one is replaced, so none pile up.
  const overlaps = (p: PromptRecord) => p.kinds.some((k) => kinds.includes(k));
  for (const old of state.live.filter(overlaps)) await browser.notifications.clear(old.occurrence);
  state.live = state.live.filter((p) => !overlaps(p));
  state.blocked = state.blocked.filter((p) => !overlaps(p));

  const options = buildNotification(kinds, tx.settings, wording, {
    translate: t,
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
