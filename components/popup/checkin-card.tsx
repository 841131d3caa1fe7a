import { t } from '@/utils/i18n';
import { hasAnswers } from '@/utils/journal/entry';
import type { Snapshot } from '@/utils/messaging/snapshot';
import { usePopup } from './env';
import { ViewLink } from './view-link';

/** Today's check-in: a way in while it is missing, a quiet "done" once it is there; and the journal. */
export function CheckinCard({ snapshot }: { snapshot: Snapshot }) {
  const { actions } = usePopup();
  const done = snapshot.checkin !== null && hasAnswers(snapshot.checkin);
  return (
    <section class="card checkin-card" aria-labelledby="checkin-card-title">
      <h2 id="checkin-card-title">{t(done ? 'popupCheckinDone' : 'popupCheckinPrompt')}</h2>
      <div class="checkin-card-row">
        <ViewLink to={{ name: 'checkin' }} class={done ? 'button' : 'button primary'}>
          {t(done ? 'popupCheckinEdit' : 'btnCheckin')}
        </ViewLink>
        <button type="button" class="quiet" onClick={() => void actions.openJournal()}>
          {t('journalLink')}
        </button>
      </div>
    </section>
  );
}
