import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n-keys';
import { KIND_NAME } from '@/utils/kinds';
import type { ReminderKind } from '@/utils/settings/schema';
import { useOptions } from './context';
import { DeliveryFields } from './delivery-fields';
import { Toggle } from './fields/toggle';
import { ScheduleEditor } from './schedule-editor';
import { WaterFields } from './water-fields';

const ENABLE_LABEL: Record<ReminderKind, MessageKey> = {
  hydration: 'optionsEnableHydration',
  stress: 'optionsEnableStress',
  meal: 'optionsEnableMeal',
};

/** One reminder kind: on/off, its schedule, and how it is delivered. */
export function ReminderSection({ kind }: { kind: ReminderKind }) {
  const { form } = useOptions();
  const reminder = form.draft.value?.[kind];
  if (!reminder) return null;
  return (
    <section id={`section-${kind}`} class="card" aria-labelledby={`${kind}-heading`}>
      <h2 id={`${kind}-heading`}>{t(KIND_NAME[kind])}</h2>
      <Toggle
        path={`${kind}.enabled`}
        label={t(ENABLE_LABEL[kind])}
        hint={reminder.enabled ? undefined : t('optionsOffKept')}
        checked={reminder.enabled}
        onChange={(enabled) =>
          form.update((s) => {
            s[kind].enabled = enabled;
          })
        }
      />
      <ScheduleEditor kind={kind} />
      {kind === 'hydration' && <WaterFields />}
      <DeliveryFields kind={kind} />
    </section>
  );
}
