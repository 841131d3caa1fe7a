import { errorId, fieldId, problemsAt } from '@/components/options/model/paths';
import { nextTime } from '@/components/options/model/week-edits';
import { t } from '@/utils/i18n';
import type { ReminderKind } from '@/utils/reminder-kinds';
import { FieldError } from './fields/field-error';
import { TimeField } from './fields/time-field';
import { useOptions } from './model/context';
import { useFocusLater } from './use-focus-later';
import { WeekdayPicker } from './weekday-picker';

/** Fixed clock times (add, edit, remove) and the weekdays they apply on. */
export function FixedEditor({ kind }: { kind: ReminderKind }) {
  const { form } = useOptions();
  const focusLater = useFocusLater();
  const fixed = form.draft.value?.[kind].schedule.fixed;
  if (!fixed) return null;
  const path = `${kind}.schedule.fixed.times` as const;
  const all = form.problems.value;
  const listProblems = problemsAt(all, path);
  const next = nextTime(fixed.times);
  const addId = `${fieldId(path)}-add`;

  const add = () => {
    if (!next) return;
    form.set(path, [...fixed.times, next]);
    focusLater(fieldId(`${path}.${fixed.times.length}`));
  };
  const remove = (index: number) => {
    form.set(
      path,
      fixed.times.filter((_, i) => i !== index),
    );
    focusLater(addId);
  };

  return (
    <>
      <fieldset class="times" aria-describedby={listProblems.length > 0 ? errorId(path) : undefined}>
        <legend>{t('optionsTimesLegend')}</legend>
        {fixed.times.length > 0 && (
          <ul class="time-list">
            {fixed.times.map((_, index) => {
              const itemPath = `${path}.${index}` as const;
              const own = problemsAt(all, itemPath);
              const number = String(index + 1);
              return (
                <li key={index}>
                  <TimeField
                    path={itemPath}
                    label={t('optionsTimeN', number)}
                    invalid={own.length > 0 || listProblems.length > 0}
                    errors={[own.length > 0 && errorId(itemPath), listProblems.length > 0 && errorId(path)]}
                  />
                  <button
                    type="button"
                    class="quiet-button"
                    aria-label={t('optionsRemoveTime', number)}
                    onClick={() => remove(index)}
                  >
                    {t('remove')}
                  </button>
                  <FieldError path={itemPath} problems={own} />
                </li>
              );
            })}
          </ul>
        )}
        <FieldError path={path} problems={listProblems} />
        <button id={addId} type="button" disabled={!next} onClick={add}>
          {t('optionsAddTime')}
        </button>
      </fieldset>
      <WeekdayPicker kind={kind} />
    </>
  );
}
