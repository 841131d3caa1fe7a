/** The tip library's shape: facts bundled with the new-tab page, words in the locale catalog; never fetched. */

export const TIP_CATEGORIES = [
  'gut-skin-axis',
  'whole-foods-fibre',
  'fermented-foods',
  'probiotics',
  'prebiotics',
  'hydration',
  'stress-sleep',
  'sugar-processed',
  'protein-collagen',
  'gut-brain-mood',
  'mindful-eating',
  'skin-conditions',
] as const;
export type TipCategory = (typeof TIP_CATEGORIES)[number];

/** The skin conditions a tip can be about; such a tip comes in the rotation only for people who chose it. */
export const SKIN_CONDITIONS = ['acne', 'eczema', 'rosacea', 'psoriasis'] as const;
export type SkinCondition = (typeof SKIN_CONDITIONS)[number];

export const EVIDENCE_LEVELS = ['strong', 'moderate', 'emerging', 'limited'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** Where a tip's claim comes from. At least one of doi, pmid or url is set. */
export interface TipSource {
  /** Authors ("Salem I, Ramser A, Isham N, Ghannoum MA") or an organisation ("NHS"). */
  authors: string;
  title: string;
  /** Journal or publisher. */
  publisher: string;
  year: number;
  doi?: string;
  pmid?: string;
  /** An official guideline page (EFSA, WHO, NIH, NHS and the like). */
  url?: string;
}

/**
 * A tip's facts, the same in every language: what it is about, how strong its evidence is and
 * where it comes from. Its words are content (utils/tips/text.ts).
 */
export interface Tip {
  /** Stable kebab-case id; saved and hidden tips refer to it, and each language's text file. */
  id: string;
  category: TipCategory;
  evidence: EvidenceLevel;
  source: TipSource;
  /** Set when the tip is about one skin condition (utils/tips/topics.ts). */
  condition?: SkinCondition;
}

/** A tip's words in one language (assets/tips/<lang>.json), in our own words, no stronger than the source. */
export interface TipText {
  /** Short title, at most 60 characters in English. */
  title: string;
  /** At most 280 characters in English. */
  body: string;
  /** One small, concrete thing to try today; at most 120 characters in English. */
  tryToday: string;
}
