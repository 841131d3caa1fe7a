import { t } from '@/utils/i18n';
import { type GeneralSettings, LIMITS } from '@/utils/settings/schema';
import { Choice } from './fields/choice';
import { NumberField } from './fields/number-field';
import { Toggle } from './fields/toggle';
import { useOptions } from './model/context';
import { PauseControl } from './pause-control';

/** Pause, away, after sleep, merging, theme and the new tab's quiet mode. */
export function GeneralSection() {
  const { form } = useOptions();
  const general = form.draft.value?.general;
  if (!general) return null;
  const set = (mutate: (g: GeneralSettings) => void) => form.update((s) => mutate(s.general));
  return (
    <section id="section-general" class="card" aria-labelledby="general-heading">
      <h2 id="general-heading">{t('optionsSectionGeneral')}</h2>
      <PauseControl />
      <fieldset class="group">
        <legend>{t('optionsAwayLegend')}</legend>
        <Toggle
          path="general.away.enabled"
          label={t('optionsAwayEnabled')}
          hint={t('optionsAwayHint')}
          checked={general.away.enabled}
          onChange={(on) =>
            set((g) => {
              g.away.enabled = on;
            })
          }
        />
        <NumberField
          path="general.away.idleMinutes"
          label={t('optionsIdle')}
          unit={t('optionsMinutes')}
          min={LIMITS.idleMinutes.min}
          max={LIMITS.idleMinutes.max}
          value={general.away.idleMinutes}
          onValue={(minutes) =>
            set((g) => {
              g.away.idleMinutes = minutes;
            })
          }
        />
      </fieldset>
      <Choice
        path="general.afterSleep"
        legend={t('optionsAfterSleepLegend')}
        value={general.afterSleep}
        options={[
          { value: 'skip', label: t('optionsAfterSleepSkip'), hint: t('optionsAfterSleepSkipHint') },
          { value: 'catch-up', label: t('optionsAfterSleepCatchUp'), hint: t('optionsAfterSleepCatchUpHint') },
          { value: 'resume', label: t('optionsAfterSleepResume'), hint: t('optionsAfterSleepResumeHint') },
        ]}
        onChange={(policy) =>
          set((g) => {
            g.afterSleep = policy;
          })
        }
      />
      <NumberField
        path="general.mergeMinutes"
        label={t('optionsMerge')}
        unit={t('optionsMinutes')}
        hint={t('optionsMergeHint')}
        min={LIMITS.mergeMinutes.min}
        max={LIMITS.mergeMinutes.max}
        value={general.mergeMinutes}
        onValue={(minutes) =>
          set((g) => {
            g.mergeMinutes = minutes;
          })
        }
      />
      <Choice
        path="general.theme"
        legend={t('optionsThemeLegend')}
        inline
        value={general.theme}
        options={[
          { value: 'system', label: t('optionsThemeSystem') },
          { value: 'light', label: t('optionsThemeLight') },
          { value: 'dark', label: t('optionsThemeDark') },
        ]}
        onChange={(theme) =>
          set((g) => {
            g.theme = theme;
          })
        }
      />
      <Toggle
        path="general.newTabQuiet"
        label={t('optionsNewTabQuiet')}
        hint={t('optionsNewTabQuietHint')}
        checked={general.newTabQuiet}
        onChange={(on) =>
          set((g) => {
            g.newTabQuiet = on;
          })
        }
      />
    </section>
  );
}
