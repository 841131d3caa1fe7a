/** Question 3: the daily water goal, in millilitres or ounces. */
import { t } from '@/utils/i18n';
import { LIMITS, type WaterSettings } from '@/utils/settings/schema';
import { fromUnit, toUnit } from '@/utils/units';
import type { WelcomeModel } from './model/welcome-model';
import { StepProblems } from './step-problems';

const UNITS: [WaterSettings['unit'], Parameters<typeof t>[0]][] = [
  ['ml', 'optionsUnitMl'],
  ['oz', 'optionsUnitOz'],
];

export function WaterStep({ model }: { model: WelcomeModel }) {
  const { water } = model.choices.value;
  const range = { min: toUnit(LIMITS.goalMl.min, water.unit), max: toUnit(LIMITS.goalMl.max, water.unit) };
  return (
    <>
      <div class="goal">
        <label for="water-goal">{t('optionsGoal')}</label>{' '}
        <input
          id="water-goal"
          type="number"
          inputMode="numeric"
          min={range.min}
          max={range.max}
          step={water.unit === 'ml' ? 50 : 1}
          value={Number.isFinite(water.goal) ? water.goal : ''}
          aria-describedby="water-hint"
          onInput={(event) => {
            const value = event.currentTarget.valueAsNumber;
            model.update((draft) => {
              draft.water.goal = value;
            });
          }}
        />{' '}
        <span>{water.unit}</span>
      </div>
      <fieldset class="choice-list inline">
        <legend>{t('optionsUnitLegend')}</legend>
        {UNITS.map(([unit, label]) => (
          <label key={unit} class="check">
            <input
              type="radio"
              name="unit"
              checked={water.unit === unit}
              onChange={() =>
                model.update((draft) => {
                  // The same amount in the other unit.
                  draft.water = { unit, goal: toUnit(fromUnit(draft.water.goal, draft.water.unit), unit) };
                })
              }
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <p id="water-hint" class="hint">
        {t('welcomeWaterHint')}
      </p>
      <StepProblems problems={model.problems.value} />
    </>
  );
}
