/** Catalog keys for the tip library's categories and evidence levels. */
import type { MessageKey } from '@/utils/i18n-keys';
import type { EvidenceLevel, TipCategory } from '@/utils/tips/types';

export const CATEGORY_NAME: Record<TipCategory, MessageKey> = {
  'gut-skin-axis': 'newtabCategoryGutSkinAxis',
  'whole-foods-fibre': 'newtabCategoryWholeFoodsFibre',
  'fermented-foods': 'newtabCategoryFermentedFoods',
  probiotics: 'newtabCategoryProbiotics',
  prebiotics: 'newtabCategoryPrebiotics',
  hydration: 'kindHydration',
  'stress-sleep': 'newtabCategoryStressSleep',
  'sugar-processed': 'newtabCategorySugarProcessed',
  'protein-collagen': 'newtabCategoryProteinCollagen',
  'gut-brain-mood': 'newtabCategoryGutBrainMood',
  'mindful-eating': 'kindMeal',
  'skin-conditions': 'newtabCategorySkinConditions',
};

/** The level in plain words, and what it means for the reader. */
export const EVIDENCE_WORDS: Record<EvidenceLevel, { name: MessageKey; means: MessageKey }> = {
  strong: { name: 'newtabEvidenceStrong', means: 'newtabEvidenceStrongMeans' },
  moderate: { name: 'newtabEvidenceModerate', means: 'newtabEvidenceModerateMeans' },
  emerging: { name: 'newtabEvidenceEmerging', means: 'newtabEvidenceEmergingMeans' },
  limited: { name: 'newtabEvidenceLimited', means: 'newtabEvidenceLimitedMeans' },
};
