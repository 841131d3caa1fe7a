/** Keys of the locale catalog, checked at compile time; the catalog itself is not bundled. */
import type catalog from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof catalog;

/** Schema messages are catalog keys ("errIntervalRange"); valibot's own defaults are not. */
export function asProblemKey(message: string): MessageKey {
  return /^err[A-Z]\w*$/.test(message) ? (message as MessageKey) : 'errInvalidValue';
}
