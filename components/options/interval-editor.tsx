import { t } from '@/utils/i18n';
import type { ReminderKind } from '@/utils/reminder-kinds';
import { LIMITS } from '@/utils/settings/schema';
import { NumberField } from './fields/number-field';
import { useOptions } from './model/context';
import { WeekEditor } from './week-editor';

export function IntervalEditor({ kind }: { kind: ReminderKind }) {
  const { form } = useOptions();
  const interval = form.draft.value?.[kind].schedule.interval;
  if (!interval) return null;
  return (
    <>
      <NumberField
        path={`${kind}.schedule.interval.everyMinutes`}
        label={t('optionsEvery')}
        unit={t('optionsMinutes')}
        min={LIMITS.intervalMinutes.min}
        max={LIMITS.intervalMinutes.max}
      />
      <WeekEditor kind={kind} />
    </>
  );
}
