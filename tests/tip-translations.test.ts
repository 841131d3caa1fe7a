/**
 * Every language's tips (assets/tips/<lang>.json) say what the English ones say: the same tips,
 * the same numbers, within room a page has for them, as plain text; and each language's glossary
 * (docs/translation/<lang>.md) records a second, independent read of every tip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIP_TEXT_FIELDS, type TipTexts } from '@/utils/tips/messages';

const ROOT = join(import.meta.dirname, '..');
const TIPS_DIR = join(ROOT, 'assets/tips');
const read = (lang: string): TipTexts => JSON.parse(readFileSync(join(TIPS_DIR, `${lang}.json`), 'utf8'));
const ENGLISH = read('en');
const LANGUAGES = readdirSync(TIPS_DIR)
  .map((name) => name.replace(/\.json$/, ''))
  .filter((lang) => lang !== 'en');

/** Room for a translation: English's limits (60, 280, 120) and 40 % more, as the pseudo-locale tests. */
const LIMITS = { title: 84, body: 392, tryToday: 168 } as const;

/**
 * The numbers a text states, written plainly: Arabic-Indic digits as ASCII, and group or decimal
 * separators dropped ("1,000", "1.000" and "1 000" (with a no-break space) are all 1000; "0.83" and "0,83" are 083).
 */
function numbersIn(text: string): string[] {
  const ascii = text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
  return (ascii.match(/\d(?:[\d.,\u00a0\u202f\u066b\u066c]*\d)?/g) ?? []).map((n) => n.replace(/\D/g, '')).sort();
}

describe('tip translations', () => {
  it('every language with tips has a glossary', () => {
    for (const lang of LANGUAGES) expect(existsSync(join(ROOT, 'docs/translation', `${lang}.md`)), lang).toBe(true);
  });

  describe.each(LANGUAGES)('%s', (lang) => {
    const texts = read(lang);

    it('has every tip and no other', () => {
      expect(Object.keys(texts).sort()).toEqual(Object.keys(ENGLISH).sort());
    });

    it('fills every field with plain text within the room a card has', () => {
      for (const [id, text] of Object.entries(texts)) {
        for (const field of TIP_TEXT_FIELDS) {
          const value = text[field];
          expect(value?.trim().length, `${id}.${field}`).toBeGreaterThan(0);
          expect(value, `${id}.${field} has stray whitespace`).toBe(value?.trim());
          expect(value?.length, `${id}.${field} is too long`).toBeLessThanOrEqual(LIMITS[field]);
          expect(value, `${id}.${field}`).not.toMatch(/[<>]|\*\*|\]\(|`/);
        }
      }
    });

    it('states the same numbers as the English', () => {
      for (const [id, english] of Object.entries(ENGLISH)) {
        const translated = texts[id];
        if (!translated) continue;
        const all = (t: typeof english) => TIP_TEXT_FIELDS.flatMap((field) => numbersIn(t[field])).sort();
        expect(all(translated), id).toEqual(all(english));
      }
    });

    it('is checked by a second read: the glossary lists every tip as compared', () => {
      const glossary = readFileSync(join(ROOT, 'docs/translation', `${lang}.md`), 'utf8');
      const check = glossary.slice(glossary.indexOf('## Back-translation check'));
      expect(check.startsWith('## Back-translation check'), 'a "## Back-translation check" section').toBe(true);
      for (const id of Object.keys(ENGLISH)) expect(check, id).toContain(`\`${id}\``);
    });
  });
});
