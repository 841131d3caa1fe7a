/** The check-in's own questions: which of dairy and alcohol to ask, and up to three factors the person names. */
import { errorId, fieldId, problemsAt } from '@/components/options/model/paths';
import { t } from '@/utils/i18n';
import { LIMITS } from '@/utils/settings/schema';
import { FieldError } from './fields/field-error';
import { Toggle } from './fields/toggle';
import { describedBy, useField } from './fields/use-field';
import { useOptions } from './model/context';
import { useFocusLater } from './use-focus-later';

function FactorName({ index, onRemove }: { index: number; onRemove(): void }) {
  const path = `journal.factors.${index}` as const;
  const field = useField(path);
  const number = String(index + 1);
  const id = fieldId(path);
  return (
    <li>
      <label for={id}>{t('optionsFactorN', number)}</label>
      <input
        id={id}
        data-path={path}
        type="text"
        maxLength={LIMITS.factorName}
        value={field.value ?? ''}
        aria-invalid={field.invalid}
        aria-describedby={describedBy(field.invalid && errorId(path))}
        onInput={(event) => field.set(event.currentTarget.value)}
      />
      <button type="button" class="quiet-button" aria-label={t('optionsRemoveFactor', number)} onClick={onRemove}>
        {t('remove')}
      </button>
      <FieldError path={path} problems={field.problems} />
    </li>
  );
}

export function JournalFields() {
  const { form } = useOptions();
  const focusLater = useFocusLater();
  const factors = form.draft.value?.journal.factors;
  if (!factors) return null;
  const path = 'journal.factors' as const;
  const listProblems = problemsAt(form.problems.value, path);
  const addId = `${fieldId(path)}-add`;
  return (
    <fieldset
      class="journal-fields"
      aria-describedby={describedBy(`${fieldId(path)}-hint`, listProblems.length > 0 && errorId(path))}
    >
      <legend>{t('optionsJournalQuestions')}</legend>
      <Toggle path="journal.askDairy" label={t('optionsAskDairy')} />
      <Toggle path="journal.askAlcohol" label={t('optionsAskAlcohol')} />
      <h3>{t('checkinOwnHeading')}</h3>
      <p id={`${fieldId(path)}-hint`} class="hint">
        {t('optionsFactorsHint')}
      </p>
      {factors.length > 0 && (
        <ul class="time-list">
          {factors.map((_, index) => (
            <FactorName
              key={index}
              index={index}
              onRemove={() => {
                form.set(
                  path,
                  factors.filter((__, i) => i !== index),
                );
                focusLater(addId);
              }}
            />
          ))}
        </ul>
      )}
      <FieldError path={path} problems={listProblems} />
      <button
        id={addId}
        type="button"
        disabled={factors.length >= LIMITS.journalFactors}
        onClick={() => {
          form.set(path, [...factors, '']);
          focusLater(fieldId(`${path}.${factors.length}`));
        }}
      >
        {t('optionsAddFactor')}
      </button>
    </fieldset>
  );
}
