import { t } from '@/utils/i18n';
import type { GeneralSettings } from '@/utils/settings/schema';
import { attempt } from './attempt';
import { usePopup } from './env';
import { PAUSE_TOGGLE_ID } from './pause-menu';
import { pauseText } from './pause-text';

/** While paused: how long for, and Resume. */
export function PausedBanner({ general }: { general: GeneralSettings }) {
  const env = usePopup();
  const text = pauseText(general, env.now.value, env.locale);
  if (!text) return null;

  async function resume() {
    // The banner goes away with the pause: keep focus on something that stays.
    document.getElementById(PAUSE_TOGGLE_ID)?.focus();
    const done = await attempt(env, () => env.actions.resume());
    if (done) env.status.announce(t('popupResumed'));
  }

  return (
    <section class="banner paused" aria-labelledby="paused-text">
      <p id="paused-text">
        <svg class="icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <rect x="2" y="1" width="3.5" height="12" rx="1" />
          <rect x="8.5" y="1" width="3.5" height="12" rx="1" />
        </svg>{' '}
        {text}
      </p>
      <button type="button" class="primary" onClick={() => void resume()}>
        {t('popupResume')}
      </button>
    </section>
  );
}
