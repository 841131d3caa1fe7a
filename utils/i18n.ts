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

/** A number as the person's language writes it ("1,250", "1.250", "١٬٢٥٠"). */
export const formatNumber = (value: number, locale: string = uiLocale()): string => value.toLocaleString(locale);

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
