import { t } from '@/utils/i18n';
import { LIMITS } from '@/utils/settings/schema';
import { Choice } from './fields/choice';
import { HourField } from './fields/hour-field';
import { NumberField } from './fields/number-field';
import { Toggle } from './fields/toggle';
import { useOptions } from './model/context';
import { PauseControl } from './pause-control';

const { min, max } = LIMITS.dayStartHour;
const DAY_START_HOURS = Array.from({ length: max - min + 1 }, (_, i) => min + i);

/** Pause, away, the full-screen hold, after sleep, merging, the day's start, theme and the new tab's quiet mode. */
export function GeneralSection() {
  const { form } = useOptions();
  if (!form.draft.value) return null;
  return (
    <section id="section-general" class="card" aria-labelledby="general-heading">
      <h2 id="general-heading">{t('optionsSectionGeneral')}</h2>
      <PauseControl />
      <fieldset class="group">
        <legend>{t('optionsAwayLegend')}</legend>
        <Toggle path="general.away.enabled" label={t('optionsAwayEnabled')} hint={t('optionsAwayHint')} />
        <NumberField
          path="general.away.idleMinutes"
          label={t('optionsIdle')}
          unit={t('optionsMinutes')}
          min={LIMITS.idleMinutes.min}
          max={LIMITS.idleMinutes.max}
        />
      </fieldset>
      <Toggle
        path="general.holdInFullscreen"
        label={t('optionsHoldInFullscreen')}
        hint={t('optionsHoldInFullscreenHint')}
      />
      <Choice
        path="general.afterSleep"
        legend={t('optionsAfterSleepLegend')}
        options={[
          { value: 'skip', label: t('optionsAfterSleepSkip'), hint: t('optionsAfterSleepSkipHint') },
          { value: 'catch-up', label: t('optionsAfterSleepCatchUp'), hint: t('optionsAfterSleepCatchUpHint') },
          { value: 'resume', label: t('optionsAfterSleepResume'), hint: t('optionsAfterSleepResumeHint') },
        ]}
      />
      <NumberField
        path="general.mergeMinutes"
        label={t('optionsMerge')}
        unit={t('optionsMinutes')}
        hint={t('optionsMergeHint')}
        min={LIMITS.mergeMinutes.min}
        max={LIMITS.mergeMinutes.max}
      />
      <HourField
        path="general.dayStartHour"
        label={t('optionsDayStart')}
        hint={t('optionsDayStartHint')}
        hours={DAY_START_HOURS}
      />
      <Choice
        path="general.theme"
        legend={t('optionsThemeLegend')}
        inline
        options={[
          { value: 'system', label: t('optionsThemeSystem') },
          { value: 'light', label: t('optionsThemeLight') },
          { value: 'dark', label: t('optionsThemeDark') },
        ]}
      />
      <Toggle path="general.newTabQuiet" label={t('optionsNewTabQuiet')} hint={t('optionsNewTabQuietHint')} />
    </section>
  );
}
