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
    title: 'Your gut and your skin are in conversation',
    body: 'Researchers describe a two-way gut-skin axis: gut microbes help shape immune signalling and inflammation, which may in turn show up in the skin. Much of the evidence is still early, but caring for your gut is a reasonable part of caring for your skin.',
    tryToday: 'Jot down how your skin feels today, then compare it after a week of more varied, plant-rich meals.',
    evidence: 'emerging',
    source: SALEM_2018,
  },
  {
    id: 'gut-skin-short-chain-fatty-acids',
    category: 'gut-skin-axis',
    title: 'Fibre feeds the messengers',
    body: 'When gut bacteria ferment fibre they make short-chain fatty acids such as butyrate. In lab and animal studies these help maintain the gut lining and can calm immune responses, one suggested route by which the gut may influence the rest of the body, skin included.',
    tryToday: 'Add a handful of beans, lentils or oats to one meal today.',
    evidence: 'emerging',
    source: KOH_2016,
  },
  {
    id: 'gut-skin-shared-inflammation',
    category: 'gut-skin-axis',
    title: 'Inflammation is the common thread',
    body: 'Acne, eczema and psoriasis all involve inflammation, and studies often find differences in the gut microbes of people with these conditions. Whether those gut changes help cause skin problems or simply accompany them is not yet settled.',
    tryToday: 'Build one meal around vegetables, a whole grain and a protein you enjoy.',
    evidence: 'emerging',
    source: DE_PESSEMIER_2021,
  },
  {
    id: 'gut-skin-diet-immune-markers',
    category: 'gut-skin-axis',
    title: 'What you eat can nudge immune signals',
    body: 'In a Stanford trial, healthy adults who steadily ate more fermented foods showed lower levels of several inflammatory markers in their blood. The study was small and did not measure skin, but it shows diet can shift the immune system in measurable ways.',
    tryToday: 'Pair one meal today with a spoonful of live yogurt, kefir or kimchi.',
    evidence: 'emerging',
    source: WASTYK_2021,
  },

  // ---------------------------------------------------------------- whole foods and fibre
  {
    id: 'thirty-plants-a-week',
    category: 'whole-foods-fibre',
    title: 'Aim for variety: 30 plants a week',
    body: 'In the American Gut Project, people who ate more than 30 different plant types a week had more diverse gut microbes than those who ate 10 or fewer. It is an observational finding, but variety is an easy goal, and herbs, spices, nuts, seeds and grains all count.',
    tryToday: 'Start a tally of the different plants you eat this week, herbs and spices included.',
    evidence: 'emerging',
    source: MCDONALD_2018,
  },
  {
    id: 'fibre-most-of-us-need-more',
    category: 'whole-foods-fibre',
    title: 'Most of us could use more fibre',
    body: 'A Lancet series of meta-analyses linked eating about 25 to 29 g of fibre a day with lower rates of heart disease, type 2 diabetes and bowel cancer than low intakes, with signs of further benefit above that. Many adults eat well below this.',
    tryToday: 'Swap one refined grain for a wholegrain version, such as brown rice or wholemeal bread.',
    evidence: 'strong',
    source: REYNOLDS_2019,
  },
  {
    id: 'whole-grains-count',
    category: 'whole-foods-fibre',
    title: 'Whole grains are an easy fibre win',
    body: 'The same Lancet analyses found that people eating more whole grains had lower risk of several chronic diseases than those eating few. Oats, barley, rye, brown rice and wholemeal bread keep the fibre-rich outer layers that refining removes.',
    tryToday: 'Try porridge or a wholegrain cereal for breakfast.',
    evidence: 'strong',
    source: REYNOLDS_2019,
  },
  {
    id: 'fibre-responses-are-personal',
    category: 'whole-foods-fibre',
    title: 'Your gut adapts to the fibre you give it',
    body: "In a 17-week trial, a high-fibre diet increased the gut microbes' capacity to break down fibre, but immune responses differed from person to person. Go steadily and notice how your own body responds rather than copying someone else's plan.",
    tryToday: 'Add one extra portion of vegetables or pulses today and note how you feel tomorrow.',
    evidence: 'emerging',
    source: WASTYK_2021,
  },

  // ---------------------------------------------------------------- fermented foods
  {
    id: 'fermented-foods-diversity-trial',
    category: 'fermented-foods',
    title: 'Fermented foods and microbial diversity',
    body: 'In a randomised Stanford study, adults who built up to several servings of fermented foods a day, such as yogurt, kefir, kimchi and kombucha, saw their gut microbial diversity rise and some inflammatory markers fall. It was small, so treat it as promising, not proven.',
    tryToday: 'Have one serving of a fermented food you enjoy, such as live yogurt or sauerkraut.',
    evidence: 'emerging',
    source: WASTYK_2021,
  },
  {
    id: 'fermented-build-up-gradually',
    category: 'fermented-foods',
    title: 'Build fermented foods in gradually',
    body: 'Participants in the Stanford fermented-food trial increased their servings step by step over several weeks rather than all at once. A gradual approach gives you time to find foods you like and to notice how your digestion responds.',
    tryToday: 'Add a small spoonful of kimchi or sauerkraut to a meal you already eat.',
    evidence: 'emerging',
    source: WASTYK_2021,
  },
  {
    id: 'fermented-what-counts',
    category: 'fermented-foods',
    title: 'Not every fermented food still has live microbes',
    body: 'An expert consensus defines fermented foods as those made through desired microbial growth. Baking, pasteurising or filtering after fermentation can remove the live microbes, so bread, filtered beers and many shelf-stable pickles no longer contain them.',
    tryToday: 'Check a label: look for live or active cultures on yogurt or kefir.',
    evidence: 'moderate',
    source: MARCO_2021,
  },
  {
    id: 'fermented-chilled-choices',
    category: 'fermented-foods',
    title: 'Choose the chilled aisle for live cultures',
    body: 'Unpasteurised, refrigerated versions of foods like sauerkraut, kimchi and kefir are more likely to still carry live microbes than heat-treated jars on the shelf. Fermented foods also bring nutrients and flavour, whether or not microbes survive.',
    tryToday: 'Next time you shop, compare a chilled sauerkraut with a shelf-stable one.',
    evidence: 'moderate',
    source: MARCO_2021,
  },
  {
    id: 'fermented-is-not-probiotic',
    category: 'fermented-foods',
    title: 'Fermented does not automatically mean probiotic',
    body: 'The same consensus separates fermented foods from probiotics. A probiotic must contain defined live microbes shown in studies to give a health benefit. Most fermented foods have not been tested that way, though they can still be part of a varied diet.',
    tryToday: 'Enjoy a fermented food for its taste today, without expecting it to act like a supplement.',
    evidence: 'moderate',
    source: MARCO_2021,
  },

  // ---------------------------------------------------------------- probiotics
  {
    id: 'probiotic-definition',
    category: 'probiotics',
    title: 'What a probiotic actually is',
    body: 'Experts define probiotics as live microorganisms that, in adequate amounts, give a health benefit. That means a product needs evidence behind it, not just bacteria in it. The word on a label alone does not tell you what, if anything, it does.',
    tryToday: 'If you use a probiotic, look up which strain it contains and what it has been studied for.',
    evidence: 'moderate',
    source: HILL_2014,
  },
  {
    id: 'probiotic-strain-matters',
    category: 'probiotics',
    title: 'With probiotics, the strain matters',
    body: 'Some general benefits are shared across well-studied species, but many effects belong to particular strains at particular doses. A result for one product does not carry over to another just because the genus name looks the same.',
    tryToday: 'Compare the full strain name on a probiotic label with the one used in the study it cites.',
    evidence: 'moderate',
    source: HILL_2014,
  },
  {
    id: 'probiotic-eczema-evidence',
    category: 'probiotics',
    condition: 'eczema',
    title: 'Probiotics and eczema: the evidence is weak',
    body: 'A Cochrane review found that currently available probiotic strains probably make little or no difference to eczema symptoms. If you have eczema, keep using the treatment your clinician recommends and talk to them before adding supplements.',
    tryToday: 'Note any questions about supplements to raise at your next GP or dermatology appointment.',
    evidence: 'moderate',
    source: MAKRGEORGOU_2018,
  },
  {
    id: 'probiotic-check-first',
    category: 'probiotics',
    title: 'Ask before starting a supplement',
    body: 'Probiotics are generally well tolerated, but the Cochrane eczema review noted a small risk of adverse events. People who are seriously ill or have weakened immunity should check with a clinician or pharmacist first.',
    tryToday: 'Ask your pharmacist whether a probiotic you are considering suits you.',
    evidence: 'moderate',
    source: MAKRGEORGOU_2018,
  },

  // ---------------------------------------------------------------- prebiotics
  {
    id: 'prebiotic-definition',
    category: 'prebiotics',
    title: 'Prebiotics: food for your helpful microbes',
    body: 'An expert consensus defines a prebiotic as a substance selectively used by your own microbes in a way that benefits health. Not all fibre qualifies, but many fibre-rich plant foods contain compounds that feed particular groups of gut bacteria.',
    tryToday: 'Include one of onion, garlic, leek or asparagus in a meal today.',
    evidence: 'moderate',
    source: GIBSON_2017,
  },
  {
    id: 'prebiotic-fructans-gos',
    category: 'prebiotics',
    title: 'Fructans and GOS boost bifidobacteria',
    body: 'A meta-analysis of 64 trials in healthy adults found fibre, especially fructans and galacto-oligosaccharides (GOS), raised levels of Bifidobacterium and Lactobacillus. Fructans occur in onions, garlic, leeks and wheat; GOS in beans, lentils and chickpeas.',
    tryToday: 'Add a portion of chickpeas, lentils or beans to lunch or dinner.',
    evidence: 'moderate',
    source: SO_2018,
  },
  {
    id: 'prebiotic-butyrate',
    category: 'prebiotics',
    title: 'More fibre, more butyrate',
    body: 'The same meta-analysis found that fibre interventions raised faecal butyrate, a short-chain fatty acid that gut-lining cells use for fuel. The rise was modest, and links to wider health outcomes are still being studied.',
    tryToday: 'Try cooled cooked potatoes or rice in a salad, or slightly green bananas, for extra fermentable fibre.',
    evidence: 'emerging',
    source: SO_2018,
  },
  {
    id: 'prebiotic-variety-still-matters',
    category: 'prebiotics',
    title: 'Single fibres target specific microbes',
    body: 'In those trials, adding one type of fibre shifted particular bacteria but did not change overall microbial diversity. That is a good reason to get fibre from a wide range of plant foods rather than relying on a single supplement.',
    tryToday: 'Pick a vegetable or grain you have not eaten this week.',
    evidence: 'moderate',
    source: SO_2018,
  },

  // ---------------------------------------------------------------- hydration
  {
    id: 'hydration-daily-amounts',
    category: 'hydration',
    title: 'How much water adults need',
    body: 'The European Food Safety Authority sets adequate total water intake at about 2.0 litres a day for women and 2.5 litres for men, counting water from all drinks and food, under moderate temperatures and activity levels.',
    tryToday: 'Keep a refillable glass or bottle where you can see it while you work.',
    evidence: 'strong',
    source: EFSA_WATER_2010,
  },
  {
    id: 'hydration-food-counts',
    category: 'hydration',
    title: 'Food counts towards your fluids',
    body: "EFSA's reference values include the moisture in food as well as drinks. Soups, fruit and vegetables such as cucumber, melon and tomatoes all add to the total, and water, tea and coffee count towards the rest.",
    tryToday: 'Add a piece of water-rich fruit or a bowl of soup to one meal.',
    evidence: 'strong',
    source: EFSA_WATER_2010,
  },
  {
    id: 'hydration-heat-and-activity',
    category: 'hydration',
    title: 'Drink more when it is hot or you are active',
    body: 'EFSA notes that its water reference values apply to moderate temperatures and activity. Hot weather, exercise, pregnancy and breastfeeding all raise needs, so adjust your intake to the day rather than sticking to one fixed number.',
    tryToday: 'On an active or warm day, have an extra glass of water with each meal.',
    evidence: 'strong',
    source: EFSA_WATER_2010,
  },
  {
    id: 'hydration-skin-study',
    category: 'hydration',
    title: 'Water and skin hydration: early findings',
    body: 'In a one-month study of 49 young women, drinking about 2 extra litres of water a day was linked with better skin hydration measurements, particularly in those who usually drank less. It was small and short, so the effect size is uncertain.',
    tryToday: 'If you usually drink little, add one extra glass of water this morning.',
    evidence: 'emerging',
    source: PALMA_2015,
  },
  {
    id: 'hydration-swap-sugary-drinks',
    category: 'hydration',
    title: 'Make water your first choice',
    body: 'The World Health Organization advises keeping free sugars below 10% of daily energy, and sugary drinks are a major source. Choosing water, or tea and coffee without sugar, keeps you hydrated without adding free sugars.',
    tryToday: 'Swap one sugary drink for water, sparkling water or unsweetened tea.',
    evidence: 'strong',
    source: WHO_SUGARS_2015,
  },

  // ---------------------------------------------------------------- stress and sleep
  {
    id: 'sleep-seven-hours',
    category: 'stress-sleep',
    title: 'Aim for seven or more hours of sleep',
    body: 'Sleep experts recommend that adults sleep seven hours or more a night on a regular basis. Regularly sleeping less is linked with weight gain, high blood pressure, low mood and weaker immune function.',
    tryToday: 'Set a reminder to start winding down 30 minutes before your planned bedtime.',
    evidence: 'strong',
    source: WATSON_2015,
  },
  {
    id: 'sleep-and-skin-barrier',
    category: 'stress-sleep',
    title: 'Poor sleep and your skin barrier',
    body: 'In a study of 60 women, poor sleepers lost more water through their skin and their skin barrier recovered more slowly after a challenge than good sleepers. It was a small observational study, so it shows a link, not proof of cause.',
    tryToday: 'Put your phone outside the bedroom or out of reach tonight.',
    evidence: 'emerging',
    source: OYETAKIN_WHITE_2015,
  },
  {
    id: 'stress-and-gut-microbes',
    category: 'stress-sleep',
    title: 'Stress may reach your gut microbes',
    body: 'A review found that psychological stress, sleep loss and disrupted daily rhythms can alter gut microbes, mostly in animal studies. Human evidence is still thin, but it adds one more reason to give yourself regular recovery time.',
    tryToday: 'Take a five-minute break away from screens this afternoon, ideally outdoors.',
    evidence: 'limited',
    source: KARL_2018,
  },
  {
    id: 'sleep-steady-rhythm',
    category: 'stress-sleep',
    title: 'Keep your body clock steady',
    body: 'Animal research suggests that disrupting daily rhythms, as with shift work or jet lag, can change gut microbes. Whether the same holds for people is less clear, but regular sleep and meal times are a low-risk habit.',
    tryToday: 'Go to bed and get up within the same 30-minute window as yesterday.',
    evidence: 'limited',
    source: KARL_2018,
  },

  // ---------------------------------------------------------------- sugar and ultra-processed food
  {
    id: 'free-sugars-who-limit',
    category: 'sugar-processed',
    title: 'Keep free sugars low',
    body: 'The WHO recommends keeping free sugars below 10% of daily energy, and suggests below 5%, about 25 g or six teaspoons a day for an adult, for further benefit. Free sugars include added sugars plus those in honey, syrups and fruit juice.',
    tryToday: 'Check the sugar line on the label of one food you eat most days.',
    evidence: 'strong',
    source: WHO_SUGARS_2015,
  },
  {
    id: 'juice-counts-as-free-sugar',
    category: 'sugar-processed',
    title: 'Fruit juice counts as free sugar',
    body: 'Under the WHO definition, sugars in fruit juice and juice concentrates count as free sugars, unlike sugars inside whole fruit. Eating the whole fruit also gives you its fibre.',
    tryToday: 'Have a whole piece of fruit instead of a glass of juice today.',
    evidence: 'strong',
    source: WHO_SUGARS_2015,
  },
  {
    id: 'ultra-processed-eat-more',
    category: 'sugar-processed',
    title: 'Ultra-processed diets may lead us to eat more',
    body: 'In a tightly controlled NIH study of 20 adults, people ate about 500 more calories a day on an ultra-processed diet than on an unprocessed one, even though meals were matched for sugar, fat and fibre, and they gained weight within two weeks.',
    tryToday: 'Cook one meal from simple ingredients instead of a ready meal.',
    evidence: 'moderate',
    source: HALL_2019,
  },
  {
    id: 'sweeteners-personal-effects',
    category: 'sugar-processed',
    title: 'Sweeteners are not entirely inert',
    body: 'In a two-week trial of 120 adults, saccharin and sucralose changed gut microbes and worsened blood sugar responses in some people, with effects that varied between individuals. Long-term health effects are not known.',
    tryToday: 'Try gradually lowering how sweet your drinks taste, whether sweetened with sugar or not.',
    evidence: 'emerging',
    source: SUEZ_2022,
  },
  {
    id: 'emulsifiers-early-research',
    category: 'sugar-processed',
    title: 'Emulsifiers: an open question',
    body: 'In mice, two common food emulsifiers, carboxymethylcellulose and polysorbate-80, changed gut microbes and promoted low-grade inflammation. Whether typical amounts in human diets do the same is not yet known.',
    tryToday: 'Read the ingredients of one processed food you buy often and see how many additives it lists.',
    evidence: 'limited',
    source: CHASSAING_2015,
  },

  // ---------------------------------------------------------------- protein and collagen
  {
    id: 'protein-daily-needs',
    category: 'protein-collagen',
    title: 'How much protein adults need',
    body: 'EFSA sets a population reference intake of 0.83 g of protein per kg of body weight a day for adults, about 58 g for a 70 kg person. Most adults in Europe already eat at least this, from a mix of animal and plant foods.',
    tryToday: 'Include a protein food such as eggs, fish, tofu, beans or yogurt at breakfast.',
    evidence: 'strong',
    source: EFSA_PROTEIN_2012,
  },
  {
    id: 'collagen-supplements-evidence',
    category: 'protein-collagen',
    title: 'Collagen supplements: early, mixed evidence',
    body: 'A 2021 meta-analysis of 19 trials found hydrolysed collagen was linked with better skin hydration and elasticity. Most trials were small and short, mainly in women, so the evidence is emerging rather than settled.',
    tryToday: 'If you are considering collagen, write down what you hope it will change and review it in three months.',
    evidence: 'emerging',
    source: DE_MIRANDA_2021,
  },
  {
    id: 'collagen-study-quality',
    category: 'protein-collagen',
    title: 'Collagen studies need bigger trials',
    body: 'A 2023 review of 26 trials also found improvements in skin hydration and elasticity with collagen, but flagged several sources of bias and called for larger, better trials. Treat marketing claims with caution.',
    tryToday: 'Check who funded a study before trusting a supplement claim.',
    evidence: 'emerging',
    source: PU_2023,
  },
  {
    id: 'vitamin-c-for-collagen',
    category: 'protein-collagen',
    title: 'Vitamin C helps your body make collagen',
    body: 'Your skin makes its own collagen, and vitamin C is needed for that process. Skin holds high levels of vitamin C, which tend to reflect what you eat. Fruit and vegetables such as peppers, kiwi, citrus and broccoli are rich sources.',
    tryToday: 'Add a vitamin C-rich fruit or vegetable, such as a pepper or kiwi, to one meal.',
    evidence: 'moderate',
    source: PULLAR_2017,
  },

  // ---------------------------------------------------------------- gut-brain link and mood
  {
    id: 'gut-brain-axis-basics',
    category: 'gut-brain-mood',
    title: 'The gut-brain axis runs both ways',
    body: 'The gut and brain exchange signals through the vagus nerve, the immune system, hormones and substances made by gut microbes. Much of the evidence comes from animal studies, so how much this shapes human mood is still being worked out.',
    tryToday: 'Notice whether stressful moments change your appetite or digestion today.',
    evidence: 'emerging',
    source: CRYAN_2019,
  },
  {
    id: 'diet-and-mood-smiles',
    category: 'gut-brain-mood',
    title: 'Diet quality and low mood',
    body: 'In the small SMILES trial, adults with depression who received dietitian support to eat a Mediterranean-style diet, alongside their usual care, improved more than a social-support group. Diet may support mental health care, not replace it.',
    tryToday: 'If your mood has been low for a while, consider booking a chat with your GP.',
    evidence: 'emerging',
    source: JACKA_2017,
  },
  {
    id: 'butyrate-producers-and-wellbeing',
    category: 'gut-brain-mood',
    title: 'Some gut bacteria are linked with wellbeing',
    body: 'In a study of over 1,000 people, butyrate-producing bacteria such as Faecalibacterium and Coprococcus were more common in those reporting better quality of life. It is an association only, but these bacteria thrive on fibre.',
    tryToday: 'Include a fibre-rich food, such as beans, oats or a wholegrain, in every meal today.',
    evidence: 'emerging',
    source: VALLES_COLOMER_2019,
  },
  {
    id: 'fermented-milk-brain-activity',
    category: 'gut-brain-mood',
    title: 'Fermented milk and brain activity',
    body: 'In a four-week study of 36 healthy women, a fermented milk drink with added probiotic strains changed activity in brain areas that process emotion and sensation. It was very small and measured brain scans, not everyday mood.',
    tryToday: 'Try a live yogurt or kefir as part of a snack today.',
    evidence: 'emerging',
    source: TILLISCH_2013,
  },

  // ---------------------------------------------------------------- mindful eating
  {
    id: 'eat-without-screens',
    category: 'mindful-eating',
    title: 'Eat away from screens',
    body: 'A meta-analysis of 24 studies found that eating while distracted led people to eat more in that meal and even more later on. Paying attention to food while you eat seems to help appetite regulation.',
    tryToday: 'Eat one meal today with the TV, phone and laptop switched off.',
    evidence: 'moderate',
    source: ROBINSON_2013,
  },
  {
    id: 'remember-your-last-meal',
    category: 'mindful-eating',
    title: 'Remembering your meal helps',
    body: 'The same review found that boosting memory of a recent meal, for example by briefly recalling it, reduced how much people ate later. Taking a moment to register what you have eaten may help you judge when you have had enough.',
    tryToday: 'Before your afternoon snack, take ten seconds to recall what you ate at lunch.',
    evidence: 'moderate',
    source: ROBINSON_2013,
  },
  {
    id: 'slow-down-your-meals',
    category: 'mindful-eating',
    title: 'Slow down at mealtimes',
    body: 'A meta-analysis of 22 studies found that eating more slowly was linked with eating less, without leaving people hungrier afterwards. The effect held across different ways of slowing down, such as smaller bites or more chewing.',
    tryToday: 'Put your fork down between bites for one meal today.',
    evidence: 'moderate',
    source: ROBINSON_2014,
  },
  {
    id: 'see-what-you-eat',
    category: 'mindful-eating',
    title: 'Serve food where you can see it',
    body: 'The same review found that when people could not see how much they had already eaten, they ate more in that meal. Putting a portion on a plate, rather than eating straight from the packet, keeps that visual cue in view.',
    tryToday: 'Tip a snack into a bowl instead of eating it from the bag.',
    evidence: 'moderate',
    source: ROBINSON_2013,
  },

  // ---------------------------------------------------------------- skin conditions
  {
    id: 'acne-low-glycaemic-load',
    category: 'skin-conditions',
    condition: 'acne',
    title: 'Acne and low glycaemic load meals',
    body: 'In a 12-week trial of 43 young men with acne, a low glycaemic load diet reduced spots more than a control diet. They also lost weight, so the diet alone may not explain it. See a GP or dermatologist for acne and keep to your treatment.',
    tryToday: 'Swap a white bread or sugary cereal breakfast for oats or wholegrain toast.',
    evidence: 'emerging',
    source: SMITH_2007,
  },
  {
    id: 'acne-diet-and-treatment',
    category: 'skin-conditions',
    condition: 'acne',
    title: 'Acne: treatment first, diet as support',
    body: 'UK NICE guidance says there is not enough evidence to support any specific diet for treating acne, while effective treatments exist. A balanced diet is good for overall health, but see a pharmacist, GP or dermatologist about acne.',
    tryToday: 'If acne is painful, scarring or affecting your mood, book a GP appointment.',
    evidence: 'strong',
    source: NICE_ACNE_2021,
  },
  {
    id: 'acne-and-dairy',
    category: 'skin-conditions',
    condition: 'acne',
    title: 'Dairy and acne: a possible link',
    body: 'A meta-analysis of observational studies in young people linked higher milk and dairy intake with higher odds of acne. It cannot show cause, so do not cut out whole food groups without advice from a GP, dermatologist or dietitian.',
    tryToday: 'Keep a two-week food and skin diary to discuss with your clinician.',
    evidence: 'emerging',
    source: JUHL_2018,
  },
  {
    id: 'eczema-food-advice',
    category: 'skin-conditions',
    condition: 'eczema',
    title: 'Eczema and food: get proper advice',
    body: 'NICE guidance says some foods can trigger eczema in some children, but advises against high street allergy testing. If you suspect a food trigger, ask a healthcare professional before removing foods, and keep using prescribed emollients and treatments.',
    tryToday: 'Write down any suspected triggers to discuss with your GP or dermatologist.',
    evidence: 'strong',
    source: NICE_ECZEMA_2007,
  },
  {
    id: 'rosacea-gut-link',
    category: 'skin-conditions',
    condition: 'rosacea',
    title: 'Rosacea and the gut: an early link',
    body: 'In a small Italian study, people with rosacea more often had small intestinal bacterial overgrowth than controls, and treating it improved skin in many. Assessors knew who was treated, so see a GP or dermatologist rather than self-treating.',
    tryToday: 'If you have rosacea and ongoing gut symptoms, mention both at your next appointment.',
    evidence: 'emerging',
    source: PARODI_2008,
  },
  {
    id: 'psoriasis-and-bowel-health',
    category: 'skin-conditions',
    condition: 'psoriasis',
    title: 'Psoriasis and bowel health',
    body: "A meta-analysis found people with psoriasis have higher odds of Crohn's disease and ulcerative colitis. Most people with psoriasis will not develop these, but persistent bowel symptoms are worth raising with your doctor.",
    tryToday: 'If you have psoriasis and ongoing bowel changes, note them down for your GP.',
    evidence: 'moderate',
    source: FU_2018,
  },
  {
    id: 'psoriasis-diet-alongside-treatment',
    category: 'skin-conditions',
    condition: 'psoriasis',
    title: 'Psoriasis: diet alongside, not instead',
    body: 'US psoriasis experts recommend weight loss through a lower-calorie diet for adults with psoriasis who are overweight, and gluten-free eating only for those who test positive for gluten sensitivity. Diet should add to medical treatment, never replace it.',
    tryToday: 'Ask your dermatologist whether any dietary changes suit your situation.',
    evidence: 'moderate',
    source: FORD_2018,
  },
];
