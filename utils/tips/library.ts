import type { Tip, TipSource } from './types';

/*
 * The daily tip library. Every tip is written in our own words and claims no more than its
 * source supports. Sources are real, looked-up references: a DOI, a PubMed ID or an official
 * guideline page. Shared sources are declared once below and reused across tips.
 */

const SALEM_2018: TipSource = {
  authors: 'Salem I, Ramser A, Isham N, Ghannoum MA',
  title: 'The Gut Microbiome as a Major Regulator of the Gut-Skin Axis',
  publisher: 'Frontiers in Microbiology',
  year: 2018,
  doi: '10.3389/fmicb.2018.01459',
  pmid: '30042740',
};

const DE_PESSEMIER_2021: TipSource = {
  authors: 'De Pessemier B, et al.',
  title: 'Gut-Skin Axis: Current Knowledge of the Interrelationship between Microbial Dysbiosis and Skin Conditions',
  publisher: 'Microorganisms',
  year: 2021,
  doi: '10.3390/microorganisms9020353',
};

const KOH_2016: TipSource = {
  authors: 'Koh A, De Vadder F, Kovatcheva-Datchary P, Bäckhed F',
  title: 'From Dietary Fiber to Host Physiology: Short-Chain Fatty Acids as Key Bacterial Metabolites',
  publisher: 'Cell',
  year: 2016,
  doi: '10.1016/j.cell.2016.05.041',
  pmid: '27259147',
};

const WASTYK_2021: TipSource = {
  authors: 'Wastyk HC, Fragiadakis GK, Perelman D, et al.',
  title: 'Gut-microbiota-targeted diets modulate human immune status',
  publisher: 'Cell',
  year: 2021,
  doi: '10.1016/j.cell.2021.06.019',
  pmid: '34256014',
};

const MCDONALD_2018: TipSource = {
  authors: 'McDonald D, Hyde E, Debelius JW, et al.',
  title: 'American Gut: an Open Platform for Citizen Science Microbiome Research',
  publisher: 'mSystems',
  year: 2018,
  doi: '10.1128/mSystems.00031-18',
};

const REYNOLDS_2019: TipSource = {
  authors: 'Reynolds A, Mann J, Cummings J, Winter N, Mete E, Te Morenga L',
  title: 'Carbohydrate quality and human health: a series of systematic reviews and meta-analyses',
  publisher: 'The Lancet',
  year: 2019,
  doi: '10.1016/S0140-6736(18)31809-9',
  pmid: '30638909',
};

const MARCO_2021: TipSource = {
  authors: 'Marco ML, Sanders ME, Gänzle M, et al.',
  title:
    'The International Scientific Association for Probiotics and Prebiotics (ISAPP) consensus statement on fermented foods',
  publisher: 'Nature Reviews Gastroenterology & Hepatology',
  year: 2021,
  doi: '10.1038/s41575-020-00390-5',
  pmid: '33398112',
};

const HILL_2014: TipSource = {
  authors: 'Hill C, Guarner F, Reid G, et al.',
  title:
    'The International Scientific Association for Probiotics and Prebiotics consensus statement on the scope and appropriate use of the term probiotic',
  publisher: 'Nature Reviews Gastroenterology & Hepatology',
  year: 2014,
  doi: '10.1038/nrgastro.2014.66',
  pmid: '24912386',
};

const MAKRGEORGOU_2018: TipSource = {
  authors: 'Makrgeorgou A, Leonardi-Bee J, Bath-Hextall FJ, Murrell DF, Tang MLK, Roberts A, Boyle RJ',
  title: 'Probiotics for treating eczema',
  publisher: 'Cochrane Database of Systematic Reviews',
  year: 2018,
  doi: '10.1002/14651858.CD006135.pub3',
  pmid: '30480774',
};

const GIBSON_2017: TipSource = {
  authors: 'Gibson GR, Hutkins R, Sanders ME, et al.',
  title:
    'Expert consensus document: The International Scientific Association for Probiotics and Prebiotics (ISAPP) consensus statement on the definition and scope of prebiotics',
  publisher: 'Nature Reviews Gastroenterology & Hepatology',
  year: 2017,
  doi: '10.1038/nrgastro.2017.75',
};

const SO_2018: TipSource = {
  authors: 'So D, Whelan K, Rossi M, et al.',
  title:
    'Dietary fiber intervention on gut microbiota composition in healthy adults: a systematic review and meta-analysis',
  publisher: 'The American Journal of Clinical Nutrition',
  year: 2018,
  doi: '10.1093/ajcn/nqy041',
  pmid: '29757343',
};

const EFSA_WATER_2010: TipSource = {
  authors: 'EFSA Panel on Dietetic Products, Nutrition, and Allergies (NDA)',
  title: 'Scientific Opinion on Dietary Reference Values for water',
  publisher: 'EFSA Journal',
  year: 2010,
  doi: '10.2903/j.efsa.2010.1459',
};

const PALMA_2015: TipSource = {
  authors: 'Palma L, Tavares Marques L, Bujan J, Monteiro Rodrigues L',
  title: 'Dietary water affects human skin hydration and biomechanics',
  publisher: 'Clinical, Cosmetic and Investigational Dermatology',
  year: 2015,
  doi: '10.2147/CCID.S86822',
  pmid: '26345226',
};

const WHO_SUGARS_2015: TipSource = {
  authors: 'World Health Organization',
  title: 'Guideline: Sugars intake for adults and children',
  publisher: 'World Health Organization',
  year: 2015,
  url: 'https://www.who.int/publications/i/item/9789241549028',
};

const WATSON_2015: TipSource = {
  authors: 'Watson NF, Badr MS, Belenky G, et al.',
  title:
    'Recommended Amount of Sleep for a Healthy Adult: A Joint Consensus Statement of the American Academy of Sleep Medicine and Sleep Research Society',
  publisher: 'Journal of Clinical Sleep Medicine',
  year: 2015,
  doi: '10.5664/jcsm.4758',
  pmid: '25979105',
};

const OYETAKIN_WHITE_2015: TipSource = {
  authors: 'Oyetakin-White P, Suggs A, Koo B, Matsui MS, Yarosh D, Cooper KD, Baron ED',
  title: 'Does poor sleep quality affect skin ageing?',
  publisher: 'Clinical and Experimental Dermatology',
  year: 2015,
  doi: '10.1111/ced.12455',
};

const KARL_2018: TipSource = {
  authors: 'Karl JP, Hatch AM, Arcidiacono SM, et al.',
  title: 'Effects of Psychological, Environmental and Physical Stressors on the Gut Microbiota',
  publisher: 'Frontiers in Microbiology',
  year: 2018,
  doi: '10.3389/fmicb.2018.02013',
  pmid: '30258412',
};

const HALL_2019: TipSource = {
  authors: 'Hall KD, Ayuketah A, Brychta R, et al.',
  title:
    'Ultra-Processed Diets Cause Excess Calorie Intake and Weight Gain: An Inpatient Randomized Controlled Trial of Ad Libitum Food Intake',
  publisher: 'Cell Metabolism',
  year: 2019,
  doi: '10.1016/j.cmet.2019.05.008',
  pmid: '31105044',
};

const SUEZ_2022: TipSource = {
  authors: 'Suez J, Cohen Y, Valdés-Mas R, et al.',
  title: 'Personalized microbiome-driven effects of non-nutritive sweeteners on human glucose tolerance',
  publisher: 'Cell',
  year: 2022,
  doi: '10.1016/j.cell.2022.07.016',
  pmid: '35987213',
};

const CHASSAING_2015: TipSource = {
  authors: 'Chassaing B, Koren O, Goodrich JK, Poole AC, Srinivasan S, Ley RE, Gewirtz AT',
  title: 'Dietary emulsifiers impact the mouse gut microbiota promoting colitis and metabolic syndrome',
  publisher: 'Nature',
  year: 2015,
  doi: '10.1038/nature14232',
};

const EFSA_PROTEIN_2012: TipSource = {
  authors: 'EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA)',
  title: 'Scientific Opinion on Dietary Reference Values for protein',
  publisher: 'EFSA Journal',
  year: 2012,
  doi: '10.2903/j.efsa.2012.2557',
};

const DE_MIRANDA_2021: TipSource = {
  authors: 'de Miranda RB, et al.',
  title: 'Effects of hydrolyzed collagen supplementation on skin aging: a systematic review and meta-analysis',
  publisher: 'International Journal of Dermatology',
  year: 2021,
  doi: '10.1111/ijd.15518',
  pmid: '33742704',
};

const PU_2023: TipSource = {
  authors: 'Pu SY, Huang YL, Pu CM, et al.',
  title: 'Effects of Oral Collagen for Skin Anti-Aging: A Systematic Review and Meta-Analysis',
  publisher: 'Nutrients',
  year: 2023,
  doi: '10.3390/nu15092080',
  pmid: '37432180',
};

const PULLAR_2017: TipSource = {
  authors: 'Pullar JM, Carr AC, Vissers MCM',
  title: 'The Roles of Vitamin C in Skin Health',
  publisher: 'Nutrients',
  year: 2017,
  doi: '10.3390/nu9080866',
  pmid: '28805671',
};

const CRYAN_2019: TipSource = {
  authors: "Cryan JF, O'Riordan KJ, Cowan CSM, et al.",
  title: 'The Microbiota-Gut-Brain Axis',
  publisher: 'Physiological Reviews',
  year: 2019,
  doi: '10.1152/physrev.00018.2018',
};

const JACKA_2017: TipSource = {
  authors: "Jacka FN, O'Neil A, Opie R, et al.",
  title: "A randomised controlled trial of dietary improvement for adults with major depression (the 'SMILES' trial)",
  publisher: 'BMC Medicine',
  year: 2017,
  doi: '10.1186/s12916-017-0791-y',
  pmid: '28137247',
};

const VALLES_COLOMER_2019: TipSource = {
  authors: 'Valles-Colomer M, Falony G, Darzi Y, et al.',
  title: 'The neuroactive potential of the human gut microbiota in quality of life and depression',
  publisher: 'Nature Microbiology',
  year: 2019,
  doi: '10.1038/s41564-018-0337-x',
  pmid: '30718848',
};

const TILLISCH_2013: TipSource = {
  authors: 'Tillisch K, Labus J, Kilpatrick L, et al.',
  title: 'Consumption of fermented milk product with probiotic modulates brain activity',
  publisher: 'Gastroenterology',
  year: 2013,
  doi: '10.1053/j.gastro.2013.02.043',
  pmid: '23474283',
};

const ROBINSON_2013: TipSource = {
  authors: 'Robinson E, Aveyard P, Daley A, Jolly K, Lewis A, Lycett D, Higgs S',
  title:
    'Eating attentively: a systematic review and meta-analysis of the effect of food intake memory and awareness on eating',
  publisher: 'The American Journal of Clinical Nutrition',
  year: 2013,
  doi: '10.3945/ajcn.112.045245',
};

const ROBINSON_2014: TipSource = {
  authors: 'Robinson E, et al.',
  title: 'A systematic review and meta-analysis examining the effect of eating rate on energy intake and hunger',
  publisher: 'The American Journal of Clinical Nutrition',
  year: 2014,
  doi: '10.3945/ajcn.113.081745',
};

const SMITH_2007: TipSource = {
  authors: 'Smith RN, Mann NJ, Braue A, Mäkeläinen H, Varigos GA',
  title: 'A low-glycemic-load diet improves symptoms in acne vulgaris patients: a randomized controlled trial',
  publisher: 'The American Journal of Clinical Nutrition',
  year: 2007,
  doi: '10.1093/ajcn/86.1.107',
  pmid: '17616769',
};

const NICE_ACNE_2021: TipSource = {
  authors: 'National Institute for Health and Care Excellence (NICE)',
  title: 'Acne vulgaris: management (NICE guideline NG198)',
  publisher: 'NICE',
  year: 2021,
  url: 'https://www.nice.org.uk/guidance/ng198',
};

const JUHL_2018: TipSource = {
  authors: 'Juhl CR, Bergholdt HKM, Miller IM, Jemec GBE, Kanters JK, Ellervik C',
  title:
    'Dairy Intake and Acne Vulgaris: A Systematic Review and Meta-Analysis of 78,529 Children, Adolescents, and Young Adults',
  publisher: 'Nutrients',
  year: 2018,
  doi: '10.3390/nu10081049',
  pmid: '30096883',
};

const NICE_ECZEMA_2007: TipSource = {
  authors: 'National Institute for Health and Care Excellence (NICE)',
  title: 'Atopic eczema in under 12s: diagnosis and management (clinical guideline CG57)',
  publisher: 'NICE',
  year: 2007,
  url: 'https://www.nice.org.uk/guidance/cg57',
};

const PARODI_2008: TipSource = {
  authors: 'Parodi A, Paolino S, Greco A, et al.',
  title: 'Small Intestinal Bacterial Overgrowth in Rosacea: Clinical Effectiveness of Its Eradication',
  publisher: 'Clinical Gastroenterology and Hepatology',
  year: 2008,
  doi: '10.1016/j.cgh.2008.02.054',
  pmid: '18456568',
};

const FU_2018: TipSource = {
  authors: 'Fu Y, Lee CH, Chi CC',
  title: 'Association of Psoriasis With Inflammatory Bowel Disease: A Systematic Review and Meta-analysis',
  publisher: 'JAMA Dermatology',
  year: 2018,
  doi: '10.1001/jamadermatol.2018.3631',
  pmid: '30422277',
};

const FORD_2018: TipSource = {
  authors: 'Ford AR, Siegel M, Bagel J, et al.',
  title:
    'Dietary Recommendations for Adults With Psoriasis or Psoriatic Arthritis From the Medical Board of the National Psoriasis Foundation: A Systematic Review',
  publisher: 'JAMA Dermatology',
  year: 2018,
  doi: '10.1001/jamadermatol.2018.1412',
  pmid: '29926091',
};

export const TIPS: readonly Tip[] = [
  // ---------------------------------------------------------------- gut-skin axis
  {
    id: 'gut-skin-two-way-link',
    category: 'gut-skin-axis',
    evidence: 'emerging',
    source: SALEM_2018,
  },
  {
    id: 'gut-skin-short-chain-fatty-acids',
    category: 'gut-skin-axis',
    evidence: 'emerging',
    source: KOH_2016,
  },
  {
    id: 'gut-skin-shared-inflammation',
    category: 'gut-skin-axis',
    evidence: 'emerging',
    source: DE_PESSEMIER_2021,
  },
  {
    id: 'gut-skin-diet-immune-markers',
    category: 'gut-skin-axis',
    evidence: 'emerging',
    source: WASTYK_2021,
  },

  // ---------------------------------------------------------------- whole foods and fibre
  {
    id: 'thirty-plants-a-week',
    category: 'whole-foods-fibre',
    evidence: 'emerging',
    source: MCDONALD_2018,
  },
  {
    id: 'fibre-most-of-us-need-more',
    category: 'whole-foods-fibre',
    evidence: 'strong',
    source: REYNOLDS_2019,
  },
  {
    id: 'whole-grains-count',
    category: 'whole-foods-fibre',
    evidence: 'strong',
    source: REYNOLDS_2019,
  },
  {
    id: 'fibre-responses-are-personal',
    category: 'whole-foods-fibre',
    evidence: 'emerging',
    source: WASTYK_2021,
  },

  // ---------------------------------------------------------------- fermented foods
  {
    id: 'fermented-foods-diversity-trial',
    category: 'fermented-foods',
    evidence: 'emerging',
    source: WASTYK_2021,
  },
  {
    id: 'fermented-build-up-gradually',
    category: 'fermented-foods',
    evidence: 'emerging',
    source: WASTYK_2021,
  },
  {
    id: 'fermented-what-counts',
    category: 'fermented-foods',
    evidence: 'moderate',
    source: MARCO_2021,
  },
  {
    id: 'fermented-chilled-choices',
    category: 'fermented-foods',
    evidence: 'moderate',
    source: MARCO_2021,
  },
  {
    id: 'fermented-is-not-probiotic',
    category: 'fermented-foods',
    evidence: 'moderate',
    source: MARCO_2021,
  },

  // ---------------------------------------------------------------- probiotics
  {
    id: 'probiotic-definition',
    category: 'probiotics',
    evidence: 'moderate',
    source: HILL_2014,
  },
  {
    id: 'probiotic-strain-matters',
    category: 'probiotics',
    evidence: 'moderate',
    source: HILL_2014,
  },
  {
    id: 'probiotic-eczema-evidence',
    category: 'probiotics',
    condition: 'eczema',
    evidence: 'moderate',
    source: MAKRGEORGOU_2018,
  },
  {
    id: 'probiotic-check-first',
    category: 'probiotics',
    evidence: 'moderate',
    source: MAKRGEORGOU_2018,
  },

  // ---------------------------------------------------------------- prebiotics
  {
    id: 'prebiotic-definition',
    category: 'prebiotics',
    evidence: 'moderate',
    source: GIBSON_2017,
  },
  {
    id: 'prebiotic-fructans-gos',
    category: 'prebiotics',
    evidence: 'moderate',
    source: SO_2018,
  },
  {
    id: 'prebiotic-butyrate',
    category: 'prebiotics',
    evidence: 'emerging',
    source: SO_2018,
  },
  {
    id: 'prebiotic-variety-still-matters',
    category: 'prebiotics',
    evidence: 'moderate',
    source: SO_2018,
  },

  // ---------------------------------------------------------------- hydration
  {
    id: 'hydration-daily-amounts',
    category: 'hydration',
    evidence: 'strong',
    source: EFSA_WATER_2010,
  },
  {
    id: 'hydration-food-counts',
    category: 'hydration',
    evidence: 'strong',
    source: EFSA_WATER_2010,
  },
  {
    id: 'hydration-heat-and-activity',
    category: 'hydration',
    evidence: 'strong',
    source: EFSA_WATER_2010,
  },
  {
    id: 'hydration-skin-study',
    category: 'hydration',
    evidence: 'emerging',
    source: PALMA_2015,
  },
  {
    id: 'hydration-swap-sugary-drinks',
    category: 'hydration',
    evidence: 'strong',
    source: WHO_SUGARS_2015,
  },

  // ---------------------------------------------------------------- stress and sleep
  {
    id: 'sleep-seven-hours',
    category: 'stress-sleep',
    evidence: 'strong',
    source: WATSON_2015,
  },
  {
    id: 'sleep-and-skin-barrier',
    category: 'stress-sleep',
    evidence: 'emerging',
    source: OYETAKIN_WHITE_2015,
  },
  {
    id: 'stress-and-gut-microbes',
    category: 'stress-sleep',
    evidence: 'limited',
    source: KARL_2018,
  },
  {
    id: 'sleep-steady-rhythm',
    category: 'stress-sleep',
    evidence: 'limited',
    source: KARL_2018,
  },

  // ---------------------------------------------------------------- sugar and ultra-processed food
  {
    id: 'free-sugars-who-limit',
    category: 'sugar-processed',
    evidence: 'strong',
    source: WHO_SUGARS_2015,
  },
  {
    id: 'juice-counts-as-free-sugar',
    category: 'sugar-processed',
    evidence: 'strong',
    source: WHO_SUGARS_2015,
  },
  {
    id: 'ultra-processed-eat-more',
    category: 'sugar-processed',
    evidence: 'moderate',
    source: HALL_2019,
  },
  {
    id: 'sweeteners-personal-effects',
    category: 'sugar-processed',
    evidence: 'emerging',
    source: SUEZ_2022,
  },
  {
    id: 'emulsifiers-early-research',
    category: 'sugar-processed',
    evidence: 'limited',
    source: CHASSAING_2015,
  },

  // ---------------------------------------------------------------- protein and collagen
  {
    id: 'protein-daily-needs',
    category: 'protein-collagen',
    evidence: 'strong',
    source: EFSA_PROTEIN_2012,
  },
  {
    id: 'collagen-supplements-evidence',
    category: 'protein-collagen',
    evidence: 'emerging',
    source: DE_MIRANDA_2021,
  },
  {
    id: 'collagen-study-quality',
    category: 'protein-collagen',
    evidence: 'emerging',
    source: PU_2023,
  },
  {
    id: 'vitamin-c-for-collagen',
    category: 'protein-collagen',
    evidence: 'moderate',
    source: PULLAR_2017,
  },

  // ---------------------------------------------------------------- gut-brain link and mood
  {
    id: 'gut-brain-axis-basics',
    category: 'gut-brain-mood',
    evidence: 'emerging',
    source: CRYAN_2019,
  },
  {
    id: 'diet-and-mood-smiles',
    category: 'gut-brain-mood',
    evidence: 'emerging',
    source: JACKA_2017,
  },
  {
    id: 'butyrate-producers-and-wellbeing',
    category: 'gut-brain-mood',
    evidence: 'emerging',
    source: VALLES_COLOMER_2019,
  },
  {
    id: 'fermented-milk-brain-activity',
    category: 'gut-brain-mood',
    evidence: 'emerging',
    source: TILLISCH_2013,
  },

  // ---------------------------------------------------------------- mindful eating
  {
    id: 'eat-without-screens',
    category: 'mindful-eating',
    evidence: 'moderate',
    source: ROBINSON_2013,
  },
  {
    id: 'remember-your-last-meal',
    category: 'mindful-eating',
    evidence: 'moderate',
    source: ROBINSON_2013,
  },
  {
    id: 'slow-down-your-meals',
    category: 'mindful-eating',
    evidence: 'moderate',
    source: ROBINSON_2014,
  },
  {
    id: 'see-what-you-eat',
    category: 'mindful-eating',
    evidence: 'emerging',
    source: ROBINSON_2013,
  },

  // ---------------------------------------------------------------- skin conditions
  {
    id: 'acne-low-glycaemic-load',
    category: 'skin-conditions',
    condition: 'acne',
    evidence: 'emerging',
    source: SMITH_2007,
  },
  {
    id: 'acne-diet-and-treatment',
    category: 'skin-conditions',
    condition: 'acne',
    evidence: 'strong',
    source: NICE_ACNE_2021,
  },
  {
    id: 'acne-and-dairy',
    category: 'skin-conditions',
    condition: 'acne',
    evidence: 'emerging',
    source: JUHL_2018,
  },
  {
    id: 'eczema-food-advice',
    category: 'skin-conditions',
    condition: 'eczema',
    evidence: 'strong',
    source: NICE_ECZEMA_2007,
  },
  {
    id: 'rosacea-gut-link',
    category: 'skin-conditions',
    condition: 'rosacea',
    evidence: 'emerging',
    source: PARODI_2008,
  },
  {
    id: 'psoriasis-and-bowel-health',
    category: 'skin-conditions',
    condition: 'psoriasis',
    evidence: 'moderate',
    source: FU_2018,
  },
  {
    id: 'psoriasis-diet-alongside-treatment',
    category: 'skin-conditions',
    condition: 'psoriasis',
    evidence: 'moderate',
    source: FORD_2018,
  },
];
