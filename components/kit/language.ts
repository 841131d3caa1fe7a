/**
 * The page in the browser's language: `lang` (screen readers' voice, fonts, hyphenation) and the
 * direction it reads in, right to left for Arabic, from the catalog's own @@bidi_dir. Set before
 * the first render, so the first paint is already the right way round.
 */
import { browser } from '@wxt-dev/browser';
import { uiLocale } from '@/utils/i18n';

export function applyLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = uiLocale();
  root.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
