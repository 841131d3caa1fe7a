import { t } from '@/utils/i18n';
import { hasAnswers } from '@/utils/journal/answered';
import { usePopup } from './env';
import { ViewLink } from './view-link';

/**
 * In the top bar, so the today view keeps its height: "Check in" while today's check-in is missing
 * (the view links on to the journal), "Journal" once it is there.
 */
export function CheckinButton() {
  const { snapshot, actions } = usePopup();
  const entry = snapshot.value?.checkin ?? null;
  if (entry === null || !hasAnswers(entry)) {
    return (
      <ViewLink to={{ name: 'checkin' }} class="button primary">
        {t('btnCheckin')}
      </ViewLink>
    );
  }
  return (
    <button type="button" class="quiet" onClick={() => void actions.openJournal()}>
      {t('journalLink')}
    </button>
  );
}
