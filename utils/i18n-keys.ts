/** Keys of the locale catalog, checked at compile time; the catalog itself is not bundled. */
import type catalog from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof catalog;

/** A message about a count: the catalog has `<base>_other` and the other plural forms (utils/i18n.ts plural). */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** Schema messages are catalog keys ("errIntervalRange"); valibot's own defaults are not. */
export function asProblemKey(message: string): MessageKey {
  return /^err[A-Z]\w*$/.test(message) ? (message as MessageKey) : 'errInvalidValue';
}
