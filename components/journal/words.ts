/** Catalog keys for the journal page's metrics, factors and pattern views. */

import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n-keys';
import { type FixedFactor, ownFactorName } from '@/utils/journal/factors';
import type { Outcome, View } from '@/utils/journal/patterns';
import type { Metric } from '@/utils/journal/timeline';

export const METRIC_NAMES: Record<Metric, MessageKey> = {
  skin: 'metricSkin',
  gut: 'metricGut',
  stress: 'metricStress',
  sleep: 'metricSleep',
  water: 'metricWater',
  breaks: 'popupBreaksToday',
  meals: 'metricMeals',
};

const FACTOR_NAMES: Record<FixedFactor, MessageKey> = {
  fermented: 'factorFermented',
  plants: 'factorPlants',
  sugar: 'factorSugar',
  processed: 'factorProcessed',
  dairy: 'factorDairy',
  alcohol: 'factorAlcohol',
  stress: 'factorStress',
  sleep: 'factorSleep',
  water: 'factorWater',
  breaks: 'factorBreaks',
  meals: 'factorMeals',
  hungry: 'factorHungry',
  full: 'factorFull',
};

/** A factor as a sentence names it: "fermented food", or the person's own name for it. */
export const factorName = (id: string): string =>
  ownFactorName(id) ?? (id in FACTOR_NAMES ? t(FACTOR_NAMES[id as FixedFactor]) : id);

export const OUTCOME_NAMES: Record<Outcome, MessageKey> = { skin: 'outcomeSkin', gut: 'outcomeGut' };

export const VIEW_NAMES: Record<`${View}`, MessageKey> = {
  0: 'patternViewSame',
  1: 'patternView1',
  2: 'patternView2',
  3: 'patternView3',
  week: 'patternViewWeek',
};
