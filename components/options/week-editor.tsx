import { errorId, hintId, problemsAt } from '@/components/options/model/paths';
import { presetWeek, type WeekPreset } from '@/components/options/model/week-edits';
import { t, uiLocale } from '@/utils/i18n';
import type { ReminderKind } from '@/utils/reminder-kinds';
import { weekOrder } from '@/utils/time/week-start';
import { DayWindows } from './day-windows';
import { FieldError } from './fields/field-error';
import { Hint } from './fields/hint';
import { describedBy } from './fields/use-field';
import { useOptions } from './model/context';

/** Active hours per weekday, with presets for the common weeks. */
export function WeekEditor({ kind }: { kind: ReminderKind }) {
  const { form } = useOptions();
  const path = `${kind}.schedule.interval.week` as const;
  const problems = problemsAt(form.problems.value, path);
  const apply = (preset: WeekPreset) => form.set(path, presetWeek(preset));
  return (
    <fieldset class="week" aria-describedby={describedBy(hintId(path), problems.length > 0 && errorId(path))}>
      <legend>{t('optionsActiveHours')}</legend>
      <Hint path={path}>{t('optionsActiveHoursHint')}</Hint>
      <div class="presets">
        <span id={`${path}-presets`}>{t('optionsPresets')}</span>
        <button type="button" aria-describedby={`${path}-presets`} onClick={() => apply('workdays')}>
          {t('optionsPresetWorkdays')}
        </button>
        <button type="button" aria-describedby={`${path}-presets`} onClick={() => apply('everyDay')}>
          {t('optionsPresetEveryDay')}
        </button>
      </div>
      <FieldError path={path} problems={problems} />
      <div class="days">
        {weekOrder(uiLocale()).map((day) => (
          <DayWindows key={day} kind={kind} day={day} />
        ))}
      </div>
    </fieldset>
  );
}
