import { t } from '@/utils/i18n';
import { PAUSE_LENGTH, pauseText } from '@/utils/phrases';
import { activePause, PAUSE_PRESETS } from '@/utils/schedule/pause';
import { useOptions } from './model/context';

/** This device's pause, as the worker keeps it: pausing and resuming go through the worker, which re-arms. */
export function PauseControl() {
  const model = useOptions();
  const now = model.now.value;
  const pause = activePause(model.currentPause.value, now);
  return (
    <div class="pause">
      <h3 id="pause-heading">{t('pause')}</h3>
      <p class="pause-state">
        {pause === null ? t('optionsRunning') : pauseText(pause, now, model.form.base.value?.general.dayStartHour ?? 0)}
      </p>
      {pause !== null ? (
        <button type="button" class="primary" onClick={() => void model.resume()}>
          {t('optionsResume')}
        </button>
      ) : (
        <fieldset class="pause-presets">
          <legend>{t('optionsPauseFor')}</legend>
          {PAUSE_PRESETS.map((preset) => (
            <button key={preset} type="button" onClick={() => void model.pause(preset)}>
              {t(PAUSE_LENGTH[preset])}
            </button>
          ))}
        </fieldset>
      )}
      {model.pauseError.value && (
        <p class="field-error" role="alert">
          {t('optionsPauseFailed')}
        </p>
      )}
    </div>
  );
}
