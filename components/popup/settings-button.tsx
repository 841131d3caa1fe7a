import { t } from '@/utils/i18n';
import { usePopup } from './env';

/** Opens the settings page (and closes the popup, which the browser would do anyway). */
export function SettingsButton() {
  const { actions } = usePopup();
  return (
    <button type="button" class="quiet" onClick={() => void actions.openSettings()}>
      {t('settings')}
    </button>
  );
}
