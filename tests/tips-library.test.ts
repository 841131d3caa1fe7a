import { describe, expect, it } from 'vitest';
import englishTips from '../assets/tips/en.json';
import { TIPS } from '../utils/tips/library';
import type { TipTexts } from '../utils/tips/messages';
import { EVIDENCE_LEVELS, TIP_CATEGORIES, type Tip, type TipText } from '../utils/tips/types';

const ENGLISH: TipTexts = englishTips;
/** A tip's English words (assets/tips/en.json). */
const wordsOf = (tip: Tip): TipText => ENGLISH[tip.id] ?? { title: '', body: '', tryToday: '' };

const LIMITS = { title: 60, body: 280, tryToday: 120 } as const;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOI = /^10\.\d{4,9}\/\S+$/;
const PMID = /^\d+$/;
const BANNED_PROMISES =
  /\b(cure|cures|curing|detox|toxins?|heal(s|ing)? (the|your) gut|leaky gut|guarantee|miracle)\b/i;
/** Words that lean on another card: every card is read alone, in any order. */
const LEANS_ON_ANOTHER = /^(the same|in those|in these|these|those|that review|this review|it also|also)\b/i;

/** Hosts of official public-health bodies. Commercial or university health blogs do not count. */
const OFFICIAL_HOSTS = [
  'who.int',
  'efsa.europa.eu',
  'nih.gov',
  'nhs.uk',
  'cdc.gov',
  'fda.gov',
  'nice.org.uk',
  'eatright.org',
  'gov.uk',
] as const;

function isOfficialHost(hostname: string): boolean {
  return OFFICIAL_HOSTS.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}

/** Every piece of text shown to the user or cited for a tip. */
function textsOf(tip: Tip): string[] {
  const { source } = tip;
  return [tip.id, ...ownWordsOf(tip), source.authors, source.title, source.publisher];
}

/** The tip's own wording (not a cited paper's title). */
function ownWordsOf(tip: Tip): string[] {
  const { title, body, tryToday } = wordsOf(tip);
  return [title, body, tryToday];
}

describe('tip library', () => {
  it('has at least 48 tips', () => {
    expect(TIPS.length).toBeGreaterThanOrEqual(48);
  });

  it('gives every category at least 3 tips', () => {
    for (const category of TIP_CATEGORIES) {
      const count = TIPS.filter((tip) => tip.category === category).length;
      expect(count, `category ${category}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('has English words for every tip and no words for a tip it does not have', () => {
    expect(Object.keys(ENGLISH).sort()).toEqual(TIPS.map((tip) => tip.id).sort());
  });

  it('uses unique ids and unique titles', () => {
    const ids = TIPS.map((tip) => tip.id);
    expect(new Set(ids).size).toBe(ids.length);
    const titles = TIPS.map((tip) => wordsOf(tip).title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  describe.each(TIPS.map((tip) => [tip.id, tip] as const))('%s', (_id, tip) => {
    it('has a kebab-case id', () => {
      expect(tip.id).toMatch(KEBAB_CASE);
    });

    it('has a known category and evidence level', () => {
      expect(TIP_CATEGORIES).toContain(tip.category);
      expect(EVIDENCE_LEVELS).toContain(tip.evidence);
    });

    it('keeps title, body and tryToday non-empty and within limits', () => {
      for (const field of ['title', 'body', 'tryToday'] as const) {
        const value = wordsOf(tip)[field];
        expect(typeof value, field).toBe('string');
        expect(value.trim().length, `${field} is empty`).toBeGreaterThan(0);
        expect(value, `${field} has stray whitespace`).toBe(value.trim());
        expect(value.length, `${field} is too long`).toBeLessThanOrEqual(LIMITS[field]);
      }
    });

    it('cites a complete source', () => {
      const { source } = tip;
      expect(source.authors.trim().length).toBeGreaterThan(0);
      expect(source.title.trim().length).toBeGreaterThan(0);
      expect(source.publisher.trim().length).toBeGreaterThan(0);
      expect(Number.isInteger(source.year)).toBe(true);
      expect(source.year).toBeGreaterThanOrEqual(1990);
      expect(source.year).toBeLessThanOrEqual(2026);
    });

    it('cites a valid DOI, PMID or official URL', () => {
      const { doi, pmid, url } = tip.source;
      expect(doi ?? pmid ?? url, 'needs a doi, pmid or url').toBeTruthy();
      if (doi !== undefined) expect(doi).toMatch(DOI);
      if (pmid !== undefined) expect(pmid).toMatch(PMID);
      if (url !== undefined) {
        const parsed = new URL(url);
        expect(parsed.protocol).toBe('https:');
        expect(isOfficialHost(parsed.hostname), `${parsed.hostname} is not an official host`).toBe(true);
      }
    });

    it('is plain text with no HTML or markdown', () => {
      for (const text of textsOf(tip)) {
        expect(text).not.toMatch(/[<>]/);
        expect(text).not.toMatch(/\*\*|__|\]\(|`/);
        expect(text).not.toMatch(/&[a-z]+;|&#\d+;/i);
      }
    });

    it('makes sense alone: never opens by pointing back at another card', () => {
      for (const text of ownWordsOf(tip)) expect(text).not.toMatch(LEANS_ON_ANOTHER);
    });

    it('never promises to cure, detox or guarantee', () => {
      for (const text of [...ownWordsOf(tip), tip.source.title]) {
        expect(text).not.toMatch(BANNED_PROMISES);
      }
    });
  });
});
