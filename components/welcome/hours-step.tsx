/** Question 2: the hours reminders may come in: workdays 9–17, every day 9–17, or the person's own. */
import { t } from '@/utils/i18n';
import { EVERY_DAY } from '@/utils/schedule/week';
import { weekOrder } from '@/utils/time/week-start';
import { type HoursPreset, PRESET_HOURS } from './model/choices';
import type { WelcomeModel } from './model/welcome-model';
import { StepProblems } from './step-problems';

const PRESETS: [HoursPreset, Parameters<typeof t>[0]][] = [
  ['workdays', 'welcomeHoursWorkdays'],
  ['everyday', 'welcomeHoursEveryDay'],
  ['own', 'welcomeHoursOwn'],
];

function ClockInput({ label, value, onChange }: { label: string; value: string; onChange(value: string): void }) {
  return (
    <label>
      {label} <input type="time" value={value} onChange={(event) => onChange(event.currentTarget.value)} />
    </label>
  );
}

/** Weekday names in the person's language; 2026-11-22 was a Sunday (weekday 0). */
const weekdayName = (day: number, locale: string): string =>
  new Date(2026, 10, 22 + day).toLocaleDateString(locale, { weekday: 'long' });

export function HoursStep({ model, locale }: { model: WelcomeModel; locale: string }) {
  const { hours } = model.choices.value;
  const own = hours.preset === 'own';
  return (
    <>
      <fieldset class="choice-list">
        <legend class="sr-only">{t('welcomeHoursTitle')}</legend>
        {PRESETS.map(([preset, label]) => (
          <label key={preset} class="check">
            <input
              type="radio"
              name="hours"
              checked={hours.preset === preset}
              onChange={() =>
                model.update((draft) => {
                  // "My own hours" starts from what was chosen before.
                  const from = draft.hours.preset === 'own' ? draft.hours : PRESET_HOURS[draft.hours.preset];
                  draft.hours = { ...structuredClone(from), preset };
                })
              }
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      {own && (
        <div class="own-hours">
          <div class="times">
            <ClockInput
              label={t('optionsFieldStart')}
              value={hours.start}
              onChange={(value) =>
                model.update((draft) => {
                  draft.hours.start = value;
                })
              }
            />
            <ClockInput
              label={t('optionsFieldEnd')}
              value={hours.end}
              onChange={(value) =>
                model.update((draft) => {
                  draft.hours.end = value;
                })
              }
            />
          </div>
          <fieldset class="days">
            <legend>{t('optionsFieldDays')}</legend>
            {weekOrder(locale).map((day) => (
              <label key={day} class="check">
                <input
                  type="checkbox"
                  checked={hours.days.includes(day)}
                  onChange={(event) => {
                    const checked = event.currentTarget.checked;
                    model.update((draft) => {
                      draft.hours.days = EVERY_DAY.filter((d) => (d === day ? checked : draft.hours.days.includes(d)));
                    });
                  }}
                />{' '}
                {weekdayName(day, locale)}
              </label>
            ))}
          </fieldset>
        </div>
      )}
      <p class="hint">{t('welcomeHoursHint')}</p>
      {/* No day chosen is the one way to have no range here: say that once. */}
      <StepProblems
        problems={model.problems.value.map((p) =>
          p.message === 'errNeedWindow' ? { ...p, message: 'errNeedDay' } : p,
        )}
      />
    </>
  );
}
