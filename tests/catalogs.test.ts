/**
 * Every language's interface catalog (public/_locales/<lang>/messages.json) against the English
 * one: the same messages, each plural in the forms the language has (Intl.PluralRules), the same
 * placeholders, nothing left in English but the words the language shares with it, and what the
 * browser and the stores require of a catalog. The translation process is in docs/translation/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
type Catalog = Record<string, { message: string; description?: string }>;
const read = (lang: string): Catalog =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
const ENGLISH = read('en');
const LANGUAGES = readdirSync(join(ROOT, 'public/_locales')).filter((lang) => lang !== 'en');
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/**
 * Messages a language writes exactly as English does: the product's name, symbols, placeholders
 * only, and words it shares ("Stress" in German, "Psoriasis" in Spanish). Anything else equal to
 * the English is an untranslated message.
 */
const SHARED: Record<string, readonly string[]> = {
  ar: ['labelled', 'patternJoin'],
  de: [
    'popupPhaseAnnounce',
    'optionsVersion',
    'kindCheckin',
    'checkinStress',
    'metricStress',
    'labelled',
    'goalsCheckins',
    'patternJoin',
  ],
  es: [
    'minutesValue',
    'popupPhaseAnnounce',
    'optionsSectionGeneral',
    'checkinHours',
    'checkinAlcohol',
    'answerNo',
    'labelled',
    'patternJoin',
    'factorAlcohol',
    'optionsFactorN',
    'topicPsoriasis',
  ],
  fr: [
    'pause',
    'popupPhaseAnnounce',
    'optionsMinutes',
    'optionsUnitMl',
    'optionsNotificationsHeading',
    'optionsVersion',
    'checkinStress',
    'journalLink',
    'metricStress',
    'chartDate',
    'patternJoin',
    'topicPsoriasis',
  ],
  ja: [],
  pt_BR: [
    'minutesValue',
    'popupPhaseAnnounce',
    'kindCheckin',
    'checkinHours',
    'tagIrregular',
    'labelled',
    'goalsCheckins',
    'patternJoin',
    'topicAcne',
    'topicEczema',
  ],
  zh_CN: [],
};
/** The same in every language: the name, the writing direction (left to right but in Arabic), symbols (a dash for no value, the paused badge). */
const EVERYWHERE = ['extName', 'textDirection', 'chartNoValue', 'badgePaused'];

/** The keys a language's catalog must have: each English message, each plural in the language's own forms. */
function expectedKeys(lang: string): Map<string, string> {
  const forms = new Intl.PluralRules(lang.replace('_', '-')).resolvedOptions().pluralCategories;
  const keys = new Map<string, string>();
  for (const key of Object.keys(ENGLISH)) {
    const plural = PLURAL.exec(key);
    if (!plural) keys.set(key, key);
    else if (plural[2] === 'other') for (const form of forms) keys.set(`${plural[1]}_${form}`, key);
  }
  return keys;
}

const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();

describe('the English catalog', () => {
  it('has every plural in the forms English needs, and a description for translators on every message', () => {
    for (const [key, entry] of Object.entries(ENGLISH)) {
      expect(entry.description?.trim(), key).toBeTruthy();
      const plural = PLURAL.exec(key);
      if (plural)
        expect(Object.keys(ENGLISH), key).toEqual(expect.arrayContaining([`${plural[1]}_one`, `${plural[1]}_other`]));
    }
  });
});

describe.each(['en', ...LANGUAGES])('catalog %s as the browser reads it', (lang) => {
  const catalog = read(lang);

  it('never puts two placeholders side by side: Chrome reads "$1$2" as a named placeholder and refuses the whole extension', () => {
    for (const [key, { message }] of Object.entries(catalog)) expect(message, key).not.toMatch(/\$\d\$/);
  });

  it('names and describes the extension within the stores’ limits (name 75, description 132 characters)', () => {
    expect(catalog.extName?.message.length).toBeLessThanOrEqual(75);
    expect(catalog.extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});

describe.each(LANGUAGES)('the %s translation', (lang) => {
  const catalog = read(lang);
  const expected = expectedKeys(lang);

  it('has every message, each plural in the language’s own forms, and no other', () => {
    expect(Object.keys(catalog).sort()).toEqual([...expected.keys()].sort());
  });

  it('keeps the English placeholders (a one, two or zero form may write its number as a word)', () => {
    for (const [key, source] of expected) {
      const english = placeholders(ENGLISH[source]?.message ?? '');
      const translated = placeholders(catalog[key]?.message ?? '');
      const wordForm = /_(zero|one|two)$/.test(key);
      expect(wordForm ? translated.filter((p) => p !== '$1') : translated, key).toEqual(
        wordForm ? english.filter((p) => p !== '$1') : english,
      );
    }
  });

  it('leaves nothing in English but the words the language shares with it', () => {
    const shared = new Set([...EVERYWHERE, ...(SHARED[lang] ?? [])]);
    const same = [...expected]
      .filter(([key, source]) => catalog[key]?.message === ENGLISH[source]?.message)
      .map(([key]) => key)
      .filter((key) => !shared.has(key));
    expect(same).toEqual([]);
  });

  it('keeps a button’s visible words inside its fuller accessible name (WCAG 2.5.3, label in name)', () => {
    const pairs = [
      ['optionsAddRangeOn', 'optionsAddRange'],
      ['optionsRemoveTime', 'remove'],
      ['optionsRemoveRange', 'remove'],
      ['optionsRemoveFactor', 'remove'],
      ['popupUndo', 'undo'],
    ] as const;
    for (const [name, visible] of pairs) {
      expect(catalog[name]?.message.toLowerCase(), name).toContain(catalog[visible]?.message.toLowerCase());
    }
  });

  it('has its tips and a glossary recording the interface’s terms and their second read', () => {
    expect(existsSync(join(ROOT, 'assets/tips', `${lang}.json`))).toBe(true);
    const glossary = readFileSync(join(ROOT, 'docs/translation', `${lang}.md`), 'utf8');
    expect(glossary).toContain('## Interface');
    expect(glossary).toContain('### Second read');
  });
});
