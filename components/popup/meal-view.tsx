/**
 * The mindful-meal check (`#meal`): before, during, after, saved. Once eating starts, the draft
 * is kept in session storage, so closing the toolbar popup mid-meal loses nothing; reopening
 * the view continues where it was. Only the finished check is recorded.
 */
import { useSignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n-keys';
import { mealAnswers } from '@/utils/meal-check';
import { attempt } from './attempt';
import { usePopup } from './env';
import { MealAfter } from './meal-after';
import { MealBefore } from './meal-before';
import { MealDuring } from './meal-during';
import { ViewHeader } from './view-header';
import { ViewLink } from './view-link';

type Step = 'before' | 'during' | 'after' | 'saved';

const STEPS: { step: Exclude<Step, 'saved'>; label: MessageKey }[] = [
  { step: 'before', label: 'popupMealStepBefore' },
  { step: 'during', label: 'popupMealStepDuring' },
  { step: 'after', label: 'popupMealStepAfter' },
];

export function MealView() {
  const env = usePopup();
  const drafts = env.stores.mealDraft;
  const draft = drafts.value.value;
  const saved = useSignal(false);
  const step: Step | null = saved.value ? 'saved' : draft === undefined ? null : (draft?.step ?? 'before');

  // A new step replaces the form: move focus to its title, except on the first render.
  const shown = useRef<Step | null>(null);
  // Before paint, so no key press lands on the old focus while the new step shows.
  useLayoutEffect(() => {
    if (shown.current !== null && step !== shown.current) document.getElementById('meal-step-title')?.focus();
    if (step !== null) shown.current = step;
  }, [step]);

  async function save(fullness: number, note: string) {
    if (!draft) return;
    const logged = await attempt(env, () => env.actions.logMeal(mealAnswers(draft, fullness, note, env.clock.read())));
    if (logged === undefined) return;
    saved.value = true;
    await drafts.set(null);
  }

  function discard() {
    void drafts.set(null);
    env.status.announce(t('popupMealDiscarded'));
  }

  return (
    <main class="view meal" aria-labelledby="view-title">
      <ViewHeader title={t('popupMealHeading')} />
      {step && step !== 'saved' && (
        <ol class="steps">
          {STEPS.map(({ step: s, label }) => (
            <li key={s} aria-current={s === step ? 'step' : undefined}>
              {t(label)}
            </li>
          ))}
        </ol>
      )}
      {step === 'before' && (
        <MealBefore
          onStart={(hunger, timerMinutes) =>
            void drafts.set({ step: 'during', hunger, timerMinutes, startedAt: env.clock.read(), endedAt: null })
          }
        />
      )}
      {step === 'during' && draft && (
        <MealDuring
          draft={draft}
          onFinish={() => void drafts.set({ ...draft, step: 'after', endedAt: env.clock.read() })}
        />
      )}
      {step === 'after' && <MealAfter onSave={save} />}
      {step === 'saved' && (
        <section class="card stack done" aria-labelledby="meal-step-title">
          <h2 id="meal-step-title" tabIndex={-1}>
            {t('popupMealSaved')}
          </h2>
          <p>{t('popupMealSavedText')}</p>
          <ViewLink to={{ name: 'today' }} class="button primary">
            {t('popupBackToday')}
          </ViewLink>
        </section>
      )}
      {(step === 'during' || step === 'after') && (
        <button type="button" class="quiet discard" onClick={discard}>
          {t('popupMealDiscard')}
        </button>
      )}
    </main>
  );
}
