import { t } from '@/utils/i18n';
import { KINDS, type ReminderKind } from '@/utils/reminder-kinds';
import { DeliveryFields } from './delivery-fields';
import { Toggle } from './fields/toggle';
import { JournalFields } from './journal-fields';
import { useOptions } from './model/context';
import { ScheduleEditor } from './schedule-editor';
import { WaterFields } from './water-fields';

/** One reminder kind: on/off, its schedule, its own extra settings, and how it is delivered. */
export function ReminderSection({ kind }: { kind: ReminderKind }) {
  const { form } = useOptions();
  const reminder = form.draft.value?.[kind];
  if (!reminder) return null;
  const { name, enable, extraSettings } = KINDS[kind];
  return (
    <section id={`section-${kind}`} class="card" aria-labelledby={`${kind}-heading`}>
      <h2 id={`${kind}-heading`}>{t(name)}</h2>
      <Toggle path={`${kind}.enabled`} label={t(enable)} hint={reminder.enabled ? undefined : t('optionsOffKept')} />
      <ScheduleEditor kind={kind} />
      {extraSettings === 'water' && <WaterFields />}
      {extraSettings === 'journal' && <JournalFields />}
      <DeliveryFields kind={kind} />
    </section>
  );
}
