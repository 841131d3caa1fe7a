import { t } from '@/utils/i18n';
import type { Snapshot } from '@/utils/messaging/snapshot';
import { dueSince, kindNames, nextText } from '@/utils/phrases';
import { KINDS, REMINDER_KINDS } from '@/utils/reminder-kinds';
import { isPaused } from '@/utils/schedule/pause';
import { usePopup } from './env';
import { ReminderActions } from './reminder-actions';

/**
 * Reminders waiting for an answer (notifications blocked or unanswered), then when each kind is
 * next due. While paused the banner above says when reminders come back, so only what waits shows,
 * and with nothing waiting the card is left out: the paused popup keeps within Chrome's 600 px.
 */
export function NextUp({ snapshot }: { snapshot: Snapshot }) {
  const env = usePopup();
  const now = env.clock.now.value;
  const paused = isPaused(snapshot.plan.pause, now);
  if (paused && snapshot.pending.length === 0) return null;
  // Answering removes the item: keep focus in the section rather than losing it to the page.
  const refocus = () => document.getElementById('next-title')?.focus();
  return (
    <section class="card next-up" aria-labelledby="next-title">
      <h2 id="next-title" tabIndex={-1}>
        {t('popupNextUp')}
      </h2>
      {snapshot.pending.length > 0 && (
        <ul class="pending-list" aria-label={t('waitingHeading')}>
          {snapshot.pending.map((reminder) => (
            <li key={reminder.occurrence} class="pending">
              <p>
                <strong>{kindNames(reminder.kinds, env.locale)}</strong>{' '}
                <span class="muted">{dueSince(reminder.scheduledAt, env.locale)}</span>
              </p>
              <ReminderActions reminder={reminder} onAnswered={refocus} />
            </li>
          ))}
        </ul>
      )}
      {!paused && (
        <dl class="next-grid">
          {REMINDER_KINDS.filter((kind) => !(KINDS[kind].optIn && snapshot.next[kind].state === 'off')).map((kind) => (
            <div key={kind}>
              <dt>{t(KINDS[kind].name)}</dt>
              <dd>{nextText(snapshot.next[kind], now, snapshot.settings.general.dayStartHour, env.locale)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
