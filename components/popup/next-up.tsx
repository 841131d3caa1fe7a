import { dueText } from '@/components/due-text';
import { describeNext } from '@/utils/due';
import { t } from '@/utils/i18n';
import { KIND_NAME, KINDS } from '@/utils/kinds';
import type { NextState, Snapshot } from '@/utils/messaging/snapshot';
import { usePopup } from './env';
import { ReminderActions } from './reminder-actions';
import { reminderSince, reminderTitle } from './reminder-title';

/** When a kind is next due; while paused just "paused", as the banner above says until when. */
function nextText(next: NextState, now: number, locale: string): string {
  return next.state === 'paused' ? t('popupNextPaused') : dueText(describeNext(next, now, locale));
}

/** Reminders waiting for an answer (notifications blocked or unanswered), then when each kind is next due. */
export function NextUp({ snapshot }: { snapshot: Snapshot }) {
  const env = usePopup();
  const now = env.now.value;
  // Answering removes the item: keep focus in the section rather than losing it to the page.
  const refocus = () => document.getElementById('next-title')?.focus();
  return (
    <section class="card next-up" aria-labelledby="next-title">
      <h2 id="next-title" tabIndex={-1}>
        {t('popupNextUp')}
      </h2>
      {snapshot.pending.length > 0 && (
        <ul class="pending-list" aria-label={t('popupWaiting')}>
          {snapshot.pending.map((reminder) => (
            <li key={reminder.occurrence} class="pending">
              <p>
                <strong>{reminderTitle(reminder)}</strong>{' '}
                <span class="muted">{reminderSince(reminder, env.locale)}</span>
              </p>
              <ReminderActions reminder={reminder} onAnswered={refocus} />
            </li>
          ))}
        </ul>
      )}
      <dl class="next-grid">
        {KINDS.map((kind) => (
          <div key={kind}>
            <dt>{t(KIND_NAME[kind])}</dt>
            <dd>{nextText(snapshot.next[kind], now, env.locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
