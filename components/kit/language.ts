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

/**
 * The arrow key that goes back ("previous"): ← where the page reads left to right, → where it
 * reads right to left, as the buttons it matches are mirrored.
 */
export const backKey = (root: HTMLElement = document.documentElement): 'ArrowLeft' | 'ArrowRight' =>
  root.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
export const forwardKey = (root: HTMLElement = document.documentElement): 'ArrowLeft' | 'ArrowRight' =>
  backKey(root) === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
