import { formatNumber, t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n-keys';
import { LIMITS, type SettingsProblem, type WaterSettings } from '@/utils/settings/schema';
import { fromUnit, ML_PER_OZ, toUnit } from '@/utils/units';
import { Choice } from './fields/choice';
import { NumberField } from './fields/number-field';
import { Toggle } from './fields/toggle';
import { useOptions } from './model/context';
import { problemText } from './text';

type Unit = WaterSettings['unit'];

/** A millilitre range in the person's unit, rounded inwards so every value in it is allowed. */
function rangeIn(range: { min: number; max: number }, unit: Unit): { min: number; max: number } {
  if (unit === 'ml') return range;
  return { min: Math.ceil(range.min / ML_PER_OZ), max: Math.floor(range.max / ML_PER_OZ) };
}

/** Amounts are stored in ml and shown in the chosen unit; range messages follow the unit. */
function AmountField(props: {
  path: 'water.goalMl' | 'water.cupMl';
  label: MessageKey;
  range: { min: number; max: number };
  rangeMessage: MessageKey;
  unit: Unit;
}) {
  const { min, max } = rangeIn(props.range, props.unit);
  const errorText = (problem: SettingsProblem) =>
    problem.message === 'errGoalRange' || problem.message === 'errCupRange'
      ? t(props.rangeMessage, [formatNumber(min), formatNumber(max), props.unit])
      : problemText(problem);
  return (
    <NumberField
      path={props.path}
      label={t(props.label)}
      unit={props.unit}
      min={min}
      max={max}
      convert={{ shown: (ml) => toUnit(ml, props.unit), stored: (amount) => fromUnit(amount, props.unit) }}
      errorText={errorText}
    />
  );
}

/** Hydration only: daily goal, cup size, unit, and whether reminders stop once the goal is met. */
export function WaterFields() {
  const { form } = useOptions();
  const water = form.draft.value?.water;
  if (!water) return null;
  return (
    <fieldset class="group">
      <legend>{t('optionsWaterLegend')}</legend>
      <Choice
        path="water.unit"
        legend={t('optionsUnitLegend')}
        inline
        options={[
          { value: 'ml', label: t('optionsUnitMl') },
          { value: 'oz', label: t('optionsUnitOz') },
        ]}
      />
      <AmountField
        path="water.goalMl"
        label="optionsGoal"
        range={LIMITS.goalMl}
        rangeMessage="optionsGoalRange"
        unit={water.unit}
      />
      <AmountField
        path="water.cupMl"
        label="optionsCup"
        range={LIMITS.cupMl}
        rangeMessage="optionsCupRange"
        unit={water.unit}
      />
      <Toggle path="water.stopWhenGoalMet" label={t('optionsStopAtGoal')} />
    </fieldset>
  );
}
