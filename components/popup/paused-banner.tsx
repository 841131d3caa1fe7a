import { t } from '@/utils/i18n';
import { pauseText } from '@/utils/phrases';
import { activePause, type Pause } from '@/utils/schedule/pause';
import { attempt } from './attempt';
import { usePopup } from './env';
import { PAUSE_TOGGLE_ID } from './pause-menu';

/** While paused: how long for, and Resume. */
export function PausedBanner({ pause, dayStartHour }: { pause: Pause; dayStartHour: number }) {
  const env = usePopup();
  const active = activePause(pause, env.clock.now.value);
  if (active === null) return null;
  const text = pauseText(active, env.clock.now.value, dayStartHour, env.locale);

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
