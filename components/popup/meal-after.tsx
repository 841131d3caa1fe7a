import { useSignal } from '@preact/signals';
import { plural, t } from '@/utils/i18n';
import { NOTE_MAX } from '@/utils/meal-check';
import { focusRating, RatingScale } from './rating-scale';

interface Props {
  /** Resolves once saved (or failed: the form stays, filled in). */
  onSave(fullness: number, note: string): Promise<void>;
}

/** After the meal: how full, and an optional short note (plain text). */
export function MealAfter({ onSave }: Props) {
  const fullness = useSignal<number | null>(null);
  const note = useSignal('');
  const missing = useSignal(false);
  const saving = useSignal(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (saving.value) return;
    if (fullness.value === null) {
      missing.value = true;
      focusRating('fullness');
      return;
    }
    saving.value = true;
    try {
      await onSave(fullness.value, note.value);
    } finally {
      saving.value = false;
    }
  }

  return (
    <form class="stack" noValidate onSubmit={(event) => void submit(event)}>
      <h2 id="meal-step-title" tabIndex={-1}>
        {t('popupMealAfter')}
      </h2>
      <RatingScale
        name="fullness"
        legend={t('popupFullnessQuestion')}
        low={t('popupFullnessLow')}
        high={t('popupFullnessHigh')}
        value={fullness.value}
        error={missing.value ? t('popupChooseRating') : null}
        onChange={(value) => {
          fullness.value = value;
          missing.value = false;
        }}
      />
      <label for="meal-note">{t('popupMealNote')}</label>
      <textarea
        id="meal-note"
        rows={2}
        maxLength={NOTE_MAX}
        value={note.value}
        aria-describedby="meal-note-left"
        onInput={(event) => {
          note.value = event.currentTarget.value;
        }}
      />
      <p id="meal-note-left" class="muted small">
        {plural('popupNoteLeft', NOTE_MAX - note.value.length)}
      </p>
      <button type="submit" class="primary">
        {t('save')}
      </button>
    </form>
  );
}
