/** Catalog keys for the check-in's scales, tags and amounts (utils/journal/entry.ts). */
import type { MessageKey } from '@/utils/i18n-keys';
import type { Amount, GUT_TAGS, SKIN_TAGS } from '@/utils/journal/entry';

export type ScoreQuestion = 'skin' | 'gut' | 'stress';

export const QUESTION: Record<ScoreQuestion, MessageKey> = {
  skin: 'checkinSkin',
  gut: 'gutComfort',
  stress: 'checkinStress',
};

/** Words for 1 to 5, from the worst day to the best (for stress: from calm to very high). */
export const SCORE_WORDS: Record<ScoreQuestion, readonly [MessageKey, MessageKey, MessageKey, MessageKey, MessageKey]> =
  {
    skin: ['skinScore1', 'skinScore2', 'skinScore3', 'skinScore4', 'skinScore5'],
    gut: ['gutScore1', 'gutScore2', 'gutScore3', 'gutScore4', 'gutScore5'],
    stress: ['stressScore1', 'stressScore2', 'stressScore3', 'stressScore4', 'stressScore5'],
  };

export const TAG_WORDS: Record<(typeof SKIN_TAGS)[number] | (typeof GUT_TAGS)[number], MessageKey> = {
  breakouts: 'tagBreakouts',
  redness: 'tagRedness',
  dryness: 'tagDryness',
  itch: 'tagItch',
  oiliness: 'tagOiliness',
  bloating: 'tagBloating',
  cramps: 'tagCramps',
  irregular: 'tagIrregular',
};

export const AMOUNT_WORDS: Record<Amount, MessageKey> = { none: 'amountNone', some: 'amountSome', lots: 'amountLots' };
