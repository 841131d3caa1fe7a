/**
 * One pending reminder with the actions of its notification (`#reminder/<occurrence>`): what the
 * worker opens for a merged prompt, and on Firefox, whose notifications have no buttons.
 */
import { useSignal } from '@preact/signals';
import { t } from '@/utils/i18n';
import { KIND_TITLE } from '@/utils/kinds';
import type { ReminderKind } from '@/utils/settings/schema';
import { usePopup } from './env';
import { ReminderActions } from './reminder-actions';
import { reminderSince, reminderTitle } from './reminder-title';
import { ViewHeader } from './view-header';
import { ViewLink } from './view-link';

export function ReminderView({ occurrence }: { occurrence: string }) {
  const env = usePopup();
  const answered = useSignal<ReminderKind[] | null>(null);
  const snapshot = env.snapshot.value;
  const reminder = snapshot?.pending.find((p) => p.occurrence === occurrence);

  return (
    <main class="view reminder" aria-labelledby="view-title">
      <ViewHeader title={t('popupReminderHeading')} />
      {snapshot && answered.value && <FollowUps kinds={answered.value} />}
      {snapshot && !answered.value && reminder && (
        <section class="card stack" aria-labelledby="reminder-title">
          <h2 id="reminder-title">{reminderTitle(reminder)}</h2>
          <p class="muted">{reminderSince(reminder, env.locale)}</p>
          <ul class="reminder-lines">
            {reminder.kinds.map((kind) => (
              <li key={kind}>{t(KIND_TITLE[kind])}</li>
            ))}
          </ul>
          <ReminderActions
            reminder={reminder}
            onAnswered={(action) => {
              answered.value = action === 'done' ? reminder.kinds : [];
              document.getElementById('view-title')?.focus();
            }}
          />
        </section>
      )}
      {snapshot && !answered.value && !reminder && (
        <section class="card stack">
          <p>{t('popupReminderGone')}</p>
        </section>
      )}
    </main>
  );
}

/** After Done on a merged prompt: the flows it asked for, one click away. */
function FollowUps({ kinds }: { kinds: ReminderKind[] }) {
  return (
    <section class="card stack">
      <p>{t('popupReminderAnswered')}</p>
      <div class="actions">
        {kinds.includes('stress') && (
          <ViewLink to={{ name: 'breathe' }} class="button primary">
            {t('btnBreathe')}
          </ViewLink>
        )}
        {kinds.includes('meal') && (
          <ViewLink to={{ name: 'meal' }} class="button primary">
            {t('btnMeal')}
          </ViewLink>
        )}
      </div>
    </section>
  );
}
