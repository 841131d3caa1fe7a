/**
 * The daily check-in (`#checkin`): today's answers, each saved as it is given, so closing the
 * popup loses nothing already tapped. The core four fit the popup without scrolling.
 */
import { useSignalEffect } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { CheckinForm } from '@/components/checkin/checkin-form';
import { createCheckinModel } from '@/components/checkin/checkin-model';
import { t } from '@/utils/i18n';
import { usePopup } from './env';
import { ViewHeader } from './view-header';
import { ViewLink } from './view-link';

export function CheckinView() {
  const env = usePopup();
  const snapshot = env.snapshot.value;
  const today = snapshot?.today ?? env.clock.today.value;
  const model = useMemo(
    () =>
      createCheckinModel(today, async (date, patch) => {
        await env.actions.saveCheckin(date, patch);
        env.status.announce(t('checkinSaved'));
      }),
    [today],
  );
  useSignalEffect(() => model.sync(env.snapshot.value?.checkin));
  return (
    <main class="view checkin" aria-labelledby="view-title">
      <ViewHeader title={t('checkinHeading')} />
      <p class="muted small">{t('checkinIntro')}</p>
      {snapshot && (
        <CheckinForm model={model} journal={snapshot.settings.journal} idPrefix="popup-checkin" locale={env.locale} />
      )}
      <div class="actions">
        <ViewLink to={{ name: 'today' }} class="button primary">
          {t('checkinDone')}
        </ViewLink>
        <button type="button" class="quiet" onClick={() => void env.actions.openJournal()}>
          {t('checkinOpenJournal')}
        </button>
      </div>
    </main>
  );
}
