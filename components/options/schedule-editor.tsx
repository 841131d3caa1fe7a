import { problemsUnder } from '@/components/options/model/paths';
import { t } from '@/utils/i18n';
import type { ReminderKind } from '@/utils/reminder-kinds';
import { Choice } from './fields/choice';
import { FixedEditor } from './fixed-editor';
import { IntervalEditor } from './interval-editor';
import { useOptions } from './model/context';

const NOT_IN_USE = new Set(['errNeedTime', 'errNeedDay', 'errNeedWindow']);

/** Every N minutes within active hours, or at fixed times. Both are kept, so switching loses nothing. */
export function ScheduleEditor({ kind }: { kind: ReminderKind }) {
  const { form } = useOptions();
  const schedule = form.draft.value?.[kind].schedule;
  if (!schedule) return null;
  const other = schedule.mode === 'interval' ? 'fixed' : 'interval';
  // Format problems in the schedule not in use still block saving; "needs a time/range" ones do not apply to it.
  const hiddenProblems = problemsUnder(form.problems.value, `${kind}.schedule.${other}`).some(
    (p) => !NOT_IN_USE.has(p.message),
  );
  return (
    <>
      <Choice
        path={`${kind}.schedule.mode`}
        legend={t('optionsModeLegend')}
        options={[
          { value: 'interval', label: t('optionsModeInterval') },
          { value: 'fixed', label: t('optionsModeFixed') },
        ]}
      />
      {hiddenProblems && (
        <p class="field-error">
          <span class="field-error-icon" aria-hidden="true">
            !
          </span>
          {t(other === 'fixed' ? 'optionsHiddenFixedProblem' : 'optionsHiddenIntervalProblem')}
        </p>
      )}
      {schedule.mode === 'interval' ? <IntervalEditor kind={kind} /> : <FixedEditor kind={kind} />}
    </>
  );
}
