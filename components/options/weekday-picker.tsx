import { errorId, fieldId, problemsAt } from '@/components/options/model/paths';
import { t, uiLocale } from '@/utils/i18n';
import type { ReminderKind } from '@/utils/reminder-kinds';
import { weekOrder } from '@/utils/time/week-start';
import { FieldError } from './fields/field-error';
import { useOptions } from './model/context';
import { weekdayName } from './text';

/** The weekdays fixed times apply on. */
export function WeekdayPicker({ kind }: { kind: ReminderKind }) {
  const { form } = useOptions();
  const path = `${kind}.schedule.fixed.days` as const;
  const days = form.get(path) ?? [];
  const problems = problemsAt(form.problems.value, path);
  const flip = (day: number, on: boolean) => {
    const list = days.filter((d) => d !== day);
    form.set(path, on ? [...list, day].sort((a, b) => a - b) : list);
  };
  return (
    <fieldset class="weekdays" aria-describedby={problems.length > 0 ? errorId(path) : undefined}>
      <legend>{t('optionsDaysLegend')}</legend>
      <div class="weekday-checks">
        {weekOrder(uiLocale()).map((day) => {
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
