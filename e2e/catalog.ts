/**
 * A language's catalog as the tests read it (public/_locales/<lang>/messages.json and its tips,
 * assets/tips/<lang>.json), to find a page's words the way a person reading that language would,
 * and the English messages a translated page must not show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
type Catalog = Record<string, { message: string }>;

export const catalogOf = (lang: string): Catalog =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));

export const tipTitlesOf = (lang: string): Set<string> =>
  new Set(
    Object.values(
      JSON.parse(readFileSync(join(ROOT, 'assets/tips', `${lang}.json`), 'utf8')) as Record<string, { title: string }>,
    ).map((tip) => tip.title),
  );

/** A message with its placeholders filled, as the browser's getMessage does. */
export function message(catalog: Catalog, key: string, subs: string[] = []): string {
  const entry = catalog[key];
  if (!entry) throw new Error(`no message ${key}`);
  return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/**
 * English messages a page in `lang` must not show: whole English sentences and labels (no
 * placeholders, four letters or more) that the language words differently.
 */
export function englishLeftIn(lang: string): Set<string> {
  const english = catalogOf('en');
  const translated = catalogOf(lang);
  return new Set(
    Object.entries(english)
      .filter(
        ([key, { message: text }]) =>
          !text.includes('$') && /\p{L}{4}/u.test(text) && translated[key]?.message !== text,
      )
      .map(([, { message: text }]) => text),
  );
}
