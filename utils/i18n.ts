// The extension's own browser object, not the polyfilled `wxt/browser`: getMessage is synchronous
// and the same in every browser, and pages call it on their first paint, where loading the
// polyfill (and Chrome setting up the APIs it wraps) would only delay the first frame.
import { browser } from '@wxt-dev/browser';
import type { MessageKey, PluralBase } from './i18n-keys';

/** A user-visible string from the extension's locale catalog (_locales/<lang>/messages.json). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The language the browser shows itself in: numbers, times and dates are written its way, as the
 * browser's own controls (a time input) write them.
 */
export const uiLocale = (): string => browser.i18n.getUILanguage();

/**
 * Languages that write numbers with the digits 0–9 unless the tag asks otherwise (CLDR's default
 * numbering system "latn"). Languages not listed (Arabic, Persian, Bengali, Marathi…) may not.
 */
const LATIN_DIGITS = /^(ca|cs|da|de|el|en|es|fi|fr|he|hu|id|it|ja|ko|nb|nl|no|pl|pt|ro|ru|sk|sv|tr|uk|vi|zh)(-|$)/i;

/**
 * A number as the person's language writes it ("1,250", "1.250", "١٬٢٥٠"). A whole number from 0
 * to 999 in a language with the digits 0–9 needs neither grouping, a sign nor another digit, so it
 * is written without Intl: the first number formatted in a fresh page sets up the locale's ICU
 * data, about 15 ms, and the new tab's first paint shows only such counts. A tag with a Unicode
 * extension (-u-nu-…) may ask for other digits, so it goes through Intl too.
 */
export function formatNumber(value: number, locale: string = uiLocale()): string {
  const plain = Number.isInteger(value) && value >= 0 && value < 1000;
  return plain && LATIN_DIGITS.test(locale) && !locale.includes('-u-') ? String(value) : value.toLocaleString(locale);
}

/**
 * A message about a count, in the plural form the person's language uses for it ("1 field needs",
 * "3 fields need"). The catalog has one key per form the language has, `<base>_one`,
 * `<base>_other` (always), and `_zero`, `_two`, `_few`, `_many` where it needs them. $1 is the
 * count, written the locale's way; `more` fill $2, $3…
 */
export function plural(base: PluralBase, count: number, more: string[] = []): string {
  const locale = uiLocale();
  const subs = [formatNumber(count, locale), ...more];
  const form = new Intl.PluralRules(locale).select(count);
  return browser.i18n.getMessage(`${base}_${form}`, subs) || t(`${base}_other`, subs);
}
