import { t } from '@/utils/i18n';
import type { ReminderKind } from '@/utils/reminder-kinds';
import { errorId, fieldId, problemsAt } from '@/utils/settings/form';
import { WEEK_ORDER } from '@/utils/settings/week';
import { useOptions } from './context';
import { FieldError } from './fields/field-error';
import { weekdayName } from './text';

/** The weekdays fixed times apply on. */
export function WeekdayPicker({ kind }: { kind: ReminderKind }) {
  const { form } = useOptions();
  const days = form.draft.value?.[kind].schedule.fixed.days ?? [];
  const path = `${kind}.schedule.fixed.days`;
  const problems = problemsAt(form.problems.value, path);
  const flip = (day: number, on: boolean) =>
    form.update((s) => {
      const list = s[kind].schedule.fixed.days.filter((d) => d !== day);
      s[kind].schedule.fixed.days = on ? [...list, day].sort((a, b) => a - b) : list;
    });
  return (
    <fieldset class="weekdays" aria-describedby={problems.length > 0 ? errorId(path) : undefined}>
      <legend>{t('optionsDaysLegend')}</legend>
      <div class="weekday-checks">
        {WEEK_ORDER.map((day) => {
          const id = `${fieldId(path)}-${day}`;
          return (
            <span key={day} class="check">
              <input
                id={id}
                type="checkbox"
                data-path={path}
                checked={days.includes(day)}
                aria-invalid={problems.length > 0}
                onChange={(e) => flip(day, e.currentTarget.checked)}
              />
              <label for={id}>{weekdayName(day)}</label>
            </span>
          );
        })}
      </div>
      <FieldError path={path} problems={problems} />
    </fieldset>
  );
}
