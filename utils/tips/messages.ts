/**
 * Tips as locale messages: the build (wxt.config.ts) adds each language's tip file to its
 * catalog under these names, and utils/tips/text.ts reads them back. Pure.
 */
import type { TipText } from './types';

export const TIP_TEXT_FIELDS = ['title', 'body', 'tryToday'] as const satisfies readonly (keyof TipText)[];

/** A tip text file: every tip's words in one language, by tip id. */
export type TipTexts = Record<string, TipText>;

/** "tip_gut_skin_two_way_link_title": message names allow letters, digits and underscores only. */
export const tipMessageName = (id: string, field: keyof TipText): string => `tip_${id.replaceAll('-', '_')}_${field}`;

/** The catalog entries for a language's tips, to add to its messages.json. */
export function tipMessages(texts: TipTexts): Record<string, { message: string }> {
  return Object.fromEntries(
    Object.entries(texts).flatMap(([id, text]) =>
      TIP_TEXT_FIELDS.map((field) => [tipMessageName(id, field), { message: text[field] }]),
    ),
  );
}

/** A catalog entry as the browser reads it; a translator's description stays in the source file. */
interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * A language's catalog as the build ships it: the interface's messages and, where the language has
 * a tip file, its tips; descriptions (notes for translators) left out, since the browser never shows them.
 */
export function shippedCatalog(catalog: Record<string, Message & { description?: string }>, tips?: TipTexts) {
  const messages: Record<string, Message> = Object.fromEntries(
    Object.entries(catalog).map(([name, { message, placeholders }]) => [
      name,
      placeholders ? { message, placeholders } : { message },
    ]),
  );
  return tips ? { ...messages, ...tipMessages(tips) } : messages;
}
