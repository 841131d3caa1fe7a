import { errorId, fieldId, problemsAt } from '@/components/options/model/paths';
import { endsNextDay } from '@/components/options/model/week-edits';
import { t } from '@/utils/i18n';
import type { ReminderKind } from '@/utils/reminder-kinds';
import type { TimeWindow } from '@/utils/settings/schema';
import { FieldError } from './fields/field-error';
import { TimeField } from './fields/time-field';
import { useOptions } from './model/context';

interface Props {
  kind: ReminderKind;
  day: number;
  index: number;
  window: TimeWindow;
  dayName: string;
  onRemove(): void;
}

/** One time range: from, to, "ends next day" when it runs past midnight, remove. */
export function WindowRow({ kind, day, index, window, dayName, onRemove }: Props) {
  const { form } = useOptions();
  const path = `${kind}.schedule.interval.week.${day}.${index}` as const;
  // Screen readers hear which range of which day each control belongs to.
  const label = [String(index + 1), dayName];
  const all = form.problems.value;
  const row = problemsAt(all, path);
  const start = problemsAt(all, `${path}.start`);
  const end = problemsAt(all, `${path}.end`);
  const nextDayId = `${fieldId(path)}-next-day`;
  const rowError = row.length > 0 && errorId(path);

  return (
    <li class="window">
      <div class="window-times">
        <TimeField
          path={`${path}.start`}
          label={t('optionsFrom')}
          srLabel={t('optionsRangeStart', label)}
          invalid={start.length > 0 || row.length > 0}
          errors={[start.length > 0 && errorId(`${path}.start`), rowError]}
        />
        <TimeField
          path={`${path}.end`}
          label={t('optionsTo')}
          srLabel={t('optionsRangeEnd', label)}
          invalid={end.length > 0 || row.length > 0}
          errors={[end.length > 0 && errorId(`${path}.end`), rowError, endsNextDay(window) && nextDayId]}
        />
        <button type="button" class="quiet-button" aria-label={t('optionsRemoveRange', label)} onClick={onRemove}>
          {t('remove')}
        </button>
        {endsNextDay(window) && (
          <span id={nextDayId} class="badge">
            {t('optionsEndsNextDay')}
          </span>
        )}
      </div>
      <FieldError path={`${path}.start`} problems={start} />
      <FieldError path={`${path}.end`} problems={end} />
      <FieldError path={path} problems={row} />
    </li>
  );
}
