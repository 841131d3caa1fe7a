// The extension's own browser object, not the polyfilled `wxt/browser`: getMessage is synchronous
// and the same in every browser, and pages call it on their first paint, where loading the
// polyfill (and Chrome setting up the APIs it wraps) would only delay the first frame.
import { browser } from '@wxt-dev/browser';
import type { MessageKey } from './i18n-keys';

/** A user-visible string from the extension's locale catalog (_locales/<lang>/messages.json). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
