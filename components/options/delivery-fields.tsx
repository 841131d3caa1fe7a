import { fieldId } from '@/components/options/model/paths';
import { t } from '@/utils/i18n';
import type { ReminderKind } from '@/utils/reminder-kinds';
import { LIMITS, type ReminderSettings } from '@/utils/settings/schema';
import { Choice } from './fields/choice';
import { FieldError } from './fields/field-error';
import { NumberField } from './fields/number-field';
import { useField } from './fields/use-field';
import { useOptions } from './model/context';

/** How a reminder arrives: snooze length, quiet or stays until answered, and its own words. */
export function DeliveryFields({ kind }: { kind: ReminderKind }) {
  const { form } = useOptions();
  const reminder = form.draft.value?.[kind];
  const messagePath = `${kind}.message`;
  const counterId = `${fieldId(messagePath)}-count`;
  const message = useField(messagePath, { extra: counterId });
  if (!reminder) return null;
  const set = (mutate: (r: ReminderSettings) => void) => form.update((s) => mutate(s[kind]));
  return (
    <>
      <NumberField
        path={`${kind}.snoozeMinutes`}
        label={t('optionsSnooze')}
        unit={t('optionsMinutes')}
        min={LIMITS.snoozeMinutes.min}
        max={LIMITS.snoozeMinutes.max}
        value={reminder.snoozeMinutes}
        onValue={(minutes) =>
          set((r) => {
            r.snoozeMinutes = minutes;
          })
        }
      />
      <Choice
        path={`${kind}.style`}
        legend={t('optionsStyleLegend')}
        value={reminder.style}
        options={[
          { value: 'quiet', label: t('optionsStyleQuiet'), hint: t('optionsStyleQuietHint') },
          { value: 'persistent', label: t('optionsStylePersistent'), hint: t('optionsStylePersistentHint') },
        ]}
        onChange={(style) =>
          set((r) => {
            r.style = style;
          })
        }
      />
      <div class="field">
        <label for={fieldId(messagePath)}>{t('optionsMessage')}</label>
        <input
          id={fieldId(messagePath)}
          data-path={messagePath}
          class="text"
          type="text"
          value={reminder.message}
          placeholder={t('optionsMessagePlaceholder')}
          aria-invalid={message.invalid}
          aria-describedby={message.describedBy}
          onInput={(event) => {
            const text = event.currentTarget.value;
            set((r) => {
              r.message = text;
            });
          }}
        />
        <p id={counterId} class="hint">
          {t('optionsMessageCount', [String(reminder.message.length), String(LIMITS.messageLength)])}
        </p>
        <FieldError path={messagePath} problems={message.problems} />
      </div>
    </>
  );
}
