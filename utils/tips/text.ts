/**
 * A tip's words in the browser's language. Each language's tips are a content file,
 * assets/tips/<lang>.json; the build adds them to that language's locale catalog
 * (_locales/<lang>/messages.json, see utils/tips/messages.ts), so a page reads only its own
 * language's tips, synchronously, and no tip text is in any script.
 */
import { browser } from '@wxt-dev/browser';
import { tipMessageName } from './messages';
import type { TipText } from './types';

export function tipText(id: string): TipText {
  const say = (field: keyof TipText) => browser.i18n.getMessage(tipMessageName(id, field));
  return { title: say('title'), body: say('body'), tryToday: say('tryToday') };
}
