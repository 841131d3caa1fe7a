import { browser } from 'wxt/browser';
import type { MessageKey } from './i18n-keys';

/** A user-visible string from the extension's locale catalog (_locales/<lang>/messages.json). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
