/**
 * One waiting reminder with each of its kinds' actions (`#reminder/<occurrence>`): what the worker
 * opens for a merged prompt, and on Firefox, whose notifications have no buttons.
 */
import { t } from '@/utils/i18n';
import { dueSince, kindNames } from '@/utils/phrases';
import { KINDS } from '@/utils/reminder-kinds';
import { usePopup } from './env';
import { ReminderActions } from './reminder-actions';
import { ViewHeader } from './view-header';

export function ReminderView({ occurrence }: { occurrence: string }) {
  const env = usePopup();
  const snapshot = env.snapshot.value;
  const reminder = snapshot?.pending.find((p) => p.occurrence === occurrence);
  return (
    <main class="view reminder" aria-labelledby="view-title">
      <ViewHeader title={t('popupReminderHeading')} />
      {snapshot && reminder && (
        <section class="card stack" aria-labelledby="reminder-title">
          <h2 id="reminder-title">{kindNames(reminder.kinds, env.locale)}</h2>
          <p class="muted">{dueSince(reminder.scheduledAt, env.locale)}</p>
          <ul class="reminder-lines">
            {reminder.kinds.map((kind) => (
              <li key={kind}>{t(KINDS[kind].title)}</li>
            ))}
          </ul>
          <ReminderActions reminder={reminder} onAnswered={() => document.getElementById('view-title')?.focus()} />
        </section>
      )}
      {snapshot && !reminder && (
        <section class="card stack">
          <p>{t('popupReminderGone')}</p>
        </section>
      )}
    </main>
  );
}
