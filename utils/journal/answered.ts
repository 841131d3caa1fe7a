/**
 * The names of a day's answers and whether a day holds any, kept apart from their schemas
 * (utils/journal/entry.ts, which checks against this list that it has a schema for each name and
 * no other): the popup's first paint says whether today is checked in without loading the
 * validation library.
 */
export const ANSWER_KEYS = [
  'skin',
  'skinTags',
  'gut',
  'gutTags',
  'stress',
  'sleepHours',
  'fermented',
  'plants',
  'sugar',
  'processed',
  'dairy',
  'alcohol',
  'own',
  'note',
] as const;

export type AnswerField = (typeof ANSWER_KEYS)[number];

/** Whether a day holds any answer at all (an entry that is all skipped counts as no check-in). */
export function hasAnswers(entry: Readonly<Record<AnswerField, unknown>>): boolean {
  return ANSWER_KEYS.some((key) => {
    const value = entry[key];
    return Array.isArray(value) ? value.length > 0 : value !== null && value !== '';
  });
}
