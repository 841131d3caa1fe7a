/** Before the welcome page is finished or skipped: no reminder comes yet; finish it or start with the defaults. */
import { t } from '@/utils/i18n';
import { attempt } from './attempt';
import { usePopup } from './env';

export function SetupBanner() {
  const env = usePopup();
  async function startWithDefaults() {
    const done = await attempt(env, () => env.actions.finishSetup());
    if (done) env.status.announce(t('popupSetupStarted'));
  }
  return (
    <section class="banner setup" aria-labelledby="setup-text">
      <p id="setup-text">{t('remindersAfterSetup')}</p>
      <div class="banner-actions">
        <button type="button" class="primary" onClick={() => void env.actions.openWelcome()}>
          {t('popupFinishSetup')}
        </button>
        <button type="button" onClick={() => void startWithDefaults()}>
          {t('popupStartWithDefaults')}
        </button>
      </div>
    </section>
  );
}
