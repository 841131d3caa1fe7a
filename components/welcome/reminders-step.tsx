/** Question 1: which reminders, and how often; each pace says what it gives on a workday. */
import { formatNumber, t } from '@/utils/i18n';
import { KINDS, REMINDER_KINDS } from '@/utils/reminder-kinds';
import { paceCount } from './model/choices';
import type { WelcomeModel } from './model/welcome-model';

export function RemindersStep({ model }: { model: WelcomeModel }) {
  const choices = model.choices.value;
  const date = model.workday.value;
  return (
    <>
      {REMINDER_KINDS.map((kind) => {
        const { on, pace } = choices.kinds[kind];
        const paces = KINDS[kind].paces ?? [];
        return (
          <fieldset key={kind} class="kind-choice">
            <legend>{t(KINDS[kind].name)}</legend>
            <label class="check">
              <input
                type="checkbox"
                checked={on}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  model.update((draft) => {
                    draft.kinds[kind].on = checked;
                  });
                }}
              />{' '}
              {t(KINDS[kind].enable)}
            </label>
            {paces.length > 0 && (
              <ul class="paces">
                {paces.map((choice, index) => (
                  <li key={choice.label}>
                    <label class="check">
                      <input
                        type="radio"
                        name={`pace-${kind}`}
                        checked={pace === index}
                        disabled={!on}
                        onChange={() =>
                          model.update((draft) => {
                            draft.kinds[kind].pace = index;
                          })
                        }
                      />{' '}
                      {t(choice.label)}{' '}
                      <span class="count">
                        {t('welcomeOnAWorkday', formatNumber(paceCount(choices, kind, index, date)))}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        );
      })}
      <p class="total" aria-live="polite">
        {plural('welcomeTotal', model.workdayCount.value)}
      </p>
    </>
  );
}
