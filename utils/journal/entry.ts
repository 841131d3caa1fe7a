/**
 * One day of the skin and gut journal: what the person answered in their check-in. Pure: the
 * valibot schema of a stored entry (versioned by `v`), the patch a page sends when an answer
 * changes, applying it, and reading a stored entry field by field, so a damaged field falls back on
 * its own and everything else is kept (reliability case 32).
 *
 * Every answer is optional: a skipped question is `null` (or an empty list), never a zero.
 */
import * as v from 'valibot';
import { isRecord } from '../is-record';
import { FactorNameSchema, HTML_LIKE } from '../settings/schema';
import type { DateKey } from '../time/clock';
import { ANSWER_KEYS, type AnswerField } from './answered';

/** The entry's stored shape today. An older shape is read through `entryFromStored`. */
export const JOURNAL_VERSION = 1;

export const SCORES = [1, 2, 3, 4, 5] as const;
export const SKIN_TAGS = ['breakouts', 'redness', 'dryness', 'itch', 'oiliness'] as const;
export const GUT_TAGS = ['bloating', 'cramps', 'irregular'] as const;
export const AMOUNTS = ['none', 'some', 'lots'] as const;
export type Amount = (typeof AMOUNTS)[number];

export const NOTE_MAX = 500;
export const SLEEP_MAX = 14;
/** More plants in a day than anyone counts; the weekly goal is 30. */
export const PLANTS_MAX = 60;
/** Answers to the person's own factors kept per day (three are asked; renamed ones stay). */
const OWN_MAX = 12;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const DateKeySchema = v.pipe(
  v.string(),
  v.regex(DATE),
  v.check((key) => !Number.isNaN(Date.parse(key)), 'errInvalidValue'),
);

const Score = v.nullable(v.picklist(SCORES));
const tags = <T extends readonly string[]>(list: T) =>
  v.pipe(
    v.array(v.picklist(list)),
    v.check((items) => new Set(items).size === items.length),
  );

export const NoteSchema = v.pipe(
  v.string(),
  v.maxLength(NOTE_MAX, 'errNoteLength'),
  v.check((text) => !HTML_LIKE.test(text), 'errNoHtml'),
);

const OwnAnswerSchema = v.strictObject({ name: FactorNameSchema, on: v.boolean() });

/** The answers, each on its own: what a patch may set and what a repair checks one by one. */
export const ANSWER_FIELDS = {
  skin: Score,
  skinTags: tags(SKIN_TAGS),
  gut: Score,
  gutTags: tags(GUT_TAGS),
  stress: Score,
  sleepHours: v.nullable(
    v.pipe(
      v.number(),
      v.minValue(0),
      v.maxValue(SLEEP_MAX),
      v.check((hours) => Number.isInteger(hours * 2)),
    ),
  ),
  fermented: v.nullable(v.boolean()),
  plants: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(PLANTS_MAX))),
  sugar: v.nullable(v.picklist(AMOUNTS)),
  processed: v.nullable(v.picklist(AMOUNTS)),
  dairy: v.nullable(v.boolean()),
  alcohol: v.nullable(v.boolean()),
  own: v.pipe(
    v.array(OwnAnswerSchema),
    v.maxLength(OWN_MAX),
    v.check((answers) => new Set(answers.map((a) => a.name)).size === answers.length),
  ),
  note: NoteSchema,
} satisfies Record<AnswerField, v.GenericSchema>;

export type Answers = { [K in AnswerField]: v.InferOutput<(typeof ANSWER_FIELDS)[K]> };

export const JournalEntrySchema = v.strictObject({
  v: v.literal(JOURNAL_VERSION),
  date: DateKeySchema,
  ...ANSWER_FIELDS,
  /** When an answer last changed (epoch ms): the later of two versions of a day wins an import. */
  updatedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type JournalEntry = v.InferOutput<typeof JournalEntrySchema>;

/** A day with nothing answered yet. */
export function emptyEntry(date: DateKey, updatedAt = 0): JournalEntry {
  return {
    v: JOURNAL_VERSION,
    date,
    skin: null,
    skinTags: [],
    gut: null,
    gutTags: [],
    stress: null,
    sleepHours: null,
    fermented: null,
    plants: null,
    sugar: null,
    processed: null,
    dairy: null,
    alcohol: null,
    own: [],
    note: '',
    updatedAt,
  };
}

/**
 * What a page sends when answers change: only the fields the person touched, so two pages
 * answering different questions of the same day at the same moment both land. `own` answers are
 * merged by name (`on: null` takes one back).
 */
export const PatchSchema = v.strictObject({
  ...Object.fromEntries(ANSWER_KEYS.filter((key) => key !== 'own').map((key) => [key, v.optional(ANSWER_FIELDS[key])])),
  own: v.optional(
    v.pipe(v.array(v.strictObject({ name: FactorNameSchema, on: v.nullable(v.boolean()) })), v.maxLength(OWN_MAX)),
  ),
}) as v.GenericSchema<unknown, Patch>;
export type Patch = Partial<Omit<Answers, 'own'>> & { own?: { name: string; on: boolean | null }[] };

/** `entry` with the patch applied (a new object), stamped `updatedAt`. */
export function applyPatch(entry: JournalEntry, patch: Patch, updatedAt: number): JournalEntry {
  const next: JournalEntry = { ...entry, updatedAt };
  for (const key of ANSWER_KEYS) {
    if (key === 'own' || !(key in patch) || patch[key] === undefined) continue;
    Object.assign(next, { [key]: patch[key] });
  }
  if (patch.own) {
    const own = new Map(entry.own.map((answer) => [answer.name, answer.on]));
    for (const { name, on } of patch.own) {
      if (on === null) own.delete(name);
      else own.set(name, on);
    }
    next.own = [...own].map(([name, on]) => ({ name, on })).slice(-OWN_MAX);
  }
  return next;
}

export interface ReadEntry {
  entry: JournalEntry;
  /** Fields that were damaged and now hold "not answered"; empty when the entry was sound. */
  replaced: string[];
}

/**
 * A stored value as an entry of `date`, field by field: every valid answer kept, every damaged one
 * replaced by "not answered" and named, so the caller can keep a copy before writing it back.
 * Null when nothing usable is there (not an object).
 */
export function entryFromStored(raw: unknown, date: DateKey): ReadEntry | null {
  if (!isRecord(raw)) return null;
  const whole = v.safeParse(JournalEntrySchema, raw);
  if (whole.success && whole.output.date === date) return { entry: whole.output, replaced: [] };
  const entry = emptyEntry(date);
  const replaced: string[] = [];
  for (const key of ANSWER_KEYS) {
    if (!(key in raw)) continue;
    const field = v.safeParse(ANSWER_FIELDS[key], raw[key]);
    if (field.success) Object.assign(entry, { [key]: field.output });
    else replaced.push(key);
  }
  const updated = v.safeParse(JournalEntrySchema.entries.updatedAt, raw.updatedAt);
  if (updated.success) entry.updatedAt = updated.output;
  else replaced.push('updatedAt');
  if (raw.v !== JOURNAL_VERSION) replaced.push('v');
  if (raw.date !== date) replaced.push('date');
  for (const key of Object.keys(raw)) if (!(key in JournalEntrySchema.entries)) replaced.push(key);
  return { entry, replaced };
}
