/**
 * The page in the browser's language: `lang` (screen readers' voice, fonts, hyphenation), the
 * direction it reads in and its title. The direction comes from the catalog in use (its
 * `textDirection`, "rtl" in Arabic), so it always matches the words on screen; Chrome's own
 * @@bidi_dir follows the browser's interface instead, which may be another language. Set before
 * the first render, so the first paint is already the right way round.
 */
import { t, uiLocale } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n-keys';

export function applyLanguage(title: MessageKey, root: HTMLElement = document.documentElement): void {
  root.lang = uiLocale();
  root.dir = t('textDirection') === 'rtl' ? 'rtl' : 'ltr';
  document.title = t(title);
}

/** Whether the page reads right to left, as applyLanguage set it. */
export const readsRightToLeft = (root: HTMLElement = document.documentElement): boolean => root.dir === 'rtl';

/**
 * The arrow key that goes back ("previous"): ← where the page reads left to right, → where it
 * reads right to left, as the buttons it matches are mirrored.
 */
export const backKey = (root: HTMLElement = document.documentElement): 'ArrowLeft' | 'ArrowRight' =>
  readsRightToLeft(root) ? 'ArrowRight' : 'ArrowLeft';
export const forwardKey = (root: HTMLElement = document.documentElement): 'ArrowLeft' | 'ArrowRight' =>
  backKey(root) === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
