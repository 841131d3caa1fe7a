import { errorId, fieldId, problemsAt } from '@/components/options/model/paths';
import { nextWindow } from '@/components/options/model/week-edits';
import { t } from '@/utils/i18n';
import type { ReminderKind } from '@/utils/reminder-kinds';
import { CopyDay } from './copy-day';
import { FieldError } from './fields/field-error';
import { useOptions } from './model/context';
import { weekdayName } from './text';
import { useFocusLater } from './use-focus-later';
import { WindowRow } from './window-row';

/** One weekday's time ranges: edit, add, remove, copy to other days. */
export function DayWindows({ kind, day }: { kind: ReminderKind; day: number }) {
  const { form } = useOptions();
  const focusLater = useFocusLater();
  const path = `${kind}.schedule.interval.week.${day}` as const;
  const windows = form.get(path) ?? [];
  const problems = problemsAt(form.problems.value, path);
  const name = weekdayName(day);
  const next = nextWindow(windows);
  const addId = `${fieldId(path)}-add`;

  const add = () => {
    if (!next) return;
    form.set(path, [...windows, next]);
    focusLater(fieldId(`${path}.${windows.length}.start`));
  };
  const remove = (index: number) => {
    form.set(
      path,
      windows.filter((_, i) => i !== index),
    );
    focusLater(addId);
  };

  return (
    <fieldset class="day" aria-describedby={problems.length > 0 ? errorId(path) : undefined}>
      <legend>{name}</legend>
      <div class="day-body">
        {windows.length === 0 ? (
          <p class="muted">{t('optionsDayOff')}</p>
        ) : (
          // Keyed by position: a range is "range 2 on Monday", and editing its times must not remount it.
          <ul class="windows">
            {windows.map((window, index) => (
              <WindowRow
                key={index}
                kind={kind}
                day={day}
                index={index}
                window={window}
                dayName={name}
                onRemove={() => remove(index)}
              />
            ))}
          </ul>
        )}
        <FieldError path={path} problems={problems} />
        <div class="day-actions">
          <button id={addId} type="button" disabled={!next} aria-label={t('optionsAddRangeOn', name)} onClick={add}>
            {t('optionsAddRange')}
          </button>
          <CopyDay kind={kind} day={day} />
        </div>
      </div>
    </fieldset>
  );
}
