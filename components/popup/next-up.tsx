import { t } from '@/utils/i18n';
import type { NextState, Snapshot } from '@/utils/messaging/snapshot';
import { dueSince, kindNames, nextText } from '@/utils/phrases';
import { KINDS, REMINDER_KINDS } from '@/utils/reminder-kinds';
import { usePopup } from './env';
import { ReminderActions } from './reminder-actions';

/** When a kind is next due; while paused just "paused", as the banner above says until when. */
const kindNext = (next: NextState, now: number, locale: string): string =>
  next.state === 'paused' ? t('popupNextPaused') : nextText(next, now, locale);

/** Reminders waiting for an answer (notifications blocked or unanswered), then when each kind is next due. */
export function NextUp({ snapshot }: { snapshot: Snapshot }) {
  const env = usePopup();
  const now = env.clock.now.value;
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
      <dl class="next-grid">
        {REMINDER_KINDS.filter((kind) => !(KINDS[kind].optIn && snapshot.next[kind].state === 'off')).map((kind) => (
          <div key={kind}>
            <dt>{t(KINDS[kind].name)}</dt>
            <dd>{kindNext(snapshot.next[kind], now, env.locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
