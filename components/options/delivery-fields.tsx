import { fieldId } from '@/components/options/model/paths';
import { formatNumber, plural, t } from '@/utils/i18n';
import { KINDS, type ReminderKind } from '@/utils/reminder-kinds';
import { LIMITS } from '@/utils/settings/schema';
import { Choice } from './fields/choice';
import { FieldError } from './fields/field-error';
import { NumberField } from './fields/number-field';
import { useField } from './fields/use-field';
import { useOptions } from './model/context';

/** How a reminder arrives: snooze length, quiet or stays until answered, and its own words. */
export function DeliveryFields({ kind }: { kind: ReminderKind }) {
  const { form } = useOptions();
  const messagePath = `${kind}.message` as const;
  const counterId = `${fieldId(messagePath)}-count`;
  const message = useField(messagePath, { extra: counterId });
  if (!form.draft.value) return null;
  const text = message.value ?? '';
  return (
    <>
      <NumberField
        path={`${kind}.snoozeMinutes`}
        label={t('optionsSnooze')}
        unit={t('optionsMinutes')}
        min={LIMITS.snoozeMinutes.min}
        max={LIMITS.snoozeMinutes.max}
      />
      <Choice
        path={`${kind}.style`}
        legend={t('optionsStyleLegend')}
        options={[
          { value: 'quiet', label: t('optionsStyleQuiet'), hint: t('optionsStyleQuietHint') },
          {
            value: 'persistent',
            label: t('optionsStylePersistent'),
            hint: t('optionsStylePersistentHint', t(KINDS[kind].action)),
          },
        ]}
      />
      <div class="field">
        <label for={fieldId(messagePath)}>{t('optionsMessage')}</label>
        <input
          id={fieldId(messagePath)}
          data-path={messagePath}
          class="text"
          type="text"
          value={text}
          placeholder={t('optionsMessagePlaceholder')}
          aria-invalid={message.invalid}
          aria-describedby={message.describedBy}
          onInput={(event) => message.set(event.currentTarget.value)}
        />
        <p id={counterId} class="hint">
          {plural('optionsMessageCount', LIMITS.messageLength, [formatNumber(text.length)])}
        </p>
        <FieldError path={messagePath} problems={message.problems} />
      </div>
    </>
  );
}
