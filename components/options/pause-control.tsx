import { dueText } from '@/components/due-text';
import { describeNext } from '@/utils/due';
import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n-keys';
import { isPaused, PAUSE_PRESETS, type PausePreset } from '@/utils/schedule/pause';
import { useOptions } from './context';

const PRESET_LABEL: Record<PausePreset, MessageKey> = {
  '30m': 'optionsPause30m',
  '1h': 'optionsPause1h',
  '2h': 'optionsPause2h',
  today: 'optionsPauseToday',
  forever: 'optionsPauseForever',
};

/** The pause as stored (not as edited): pausing and resuming go through the worker, which re-arms. */
export function PauseControl() {
  const model = useOptions();
  const general = model.form.base.value?.general;
  const now = model.now.value;
  if (!general) return null;
  const until = general.pausedUntil;
  const paused = until !== null && isPaused(general, now);
  let state: string;
  if (!paused) state = t('optionsRunning');
  else if (until === 'forever') state = t('optionsPausedForever');
  else state = t('optionsPausedUntil', dueText(describeNext({ state: 'due', at: until }, now)));

  return (
    <div class="pause">
      <h3 id="pause-heading">{t('optionsPauseHeading')}</h3>
      <p class="pause-state">{state}</p>
      {paused ? (
        <button type="button" class="primary" onClick={() => void model.resume()}>
          {t('optionsResume')}
        </button>
      ) : (
        <fieldset class="pause-presets">
          <legend>{t('optionsPauseFor')}</legend>
          {PAUSE_PRESETS.map((preset) => (
            <button key={preset} type="button" onClick={() => void model.pause(preset)}>
              {t(PRESET_LABEL[preset])}
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
