/**
 * The export file (settings, tip preferences, optionally history and the journal, with a format version) and the full check an
 * imported file passes before anything changes. Every problem names where it is (a dot path) and
 * why (a locale message key), so the page can say "Hydration › Interval: must be between 5 and 480
 * minutes". Pure: text in, a checked value or problems out.
 */
import * as v from 'valibot';
import { type HistoryBundle, HistoryBundleSchema } from '../history/bundle';
import { totalsOf } from '../history/totals';
import { asProblemKey, type MessageKey } from '../i18n-keys';
import { type JournalBundle, JournalBundleSchema } from '../journal/bundle';
import { dateKeyOf } from '../time/clock';
import type { TipPrefs } from '../tips/prefs';
import { TipPrefsFileSchema } from '../tips/prefs-file';
import { upgradeSettings } from './migrate';
import { HTML_LIKE, type Settings, type SettingsProblem, SettingsSchema } from './schema';

export const EXPORT_FORMAT = 'glow-within-export';
/**
 * The file's format follows the settings' shape (utils/settings/migrate.ts): 2 left the pause out,
 * 3 added the hour the day starts, 4 the check-in and the journal's questions, and the journal
 * itself, 5 the full-screen hold and the tip preferences (saved and hidden tips, topics, filter).
 * Files of every earlier version are read too (without tips, which an import then leaves as they are).
 */
export const EXPORT_VERSION = 5;
const READABLE_VERSIONS: readonly unknown[] = [1, 2, 3, 4, EXPORT_VERSION];
/** Files over this size are refused before they are read. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** Our files nest 7 levels deep (history.rollup.DATE.mealChecks.0.note…); deeper is not ours. */
const MAX_DEPTH = 10;
/** No number in our data is larger than the last instant a Date can hold. */
const LARGEST_NUMBER = 8.64e15;
/** Keys that reach an object's prototype when copied naively; JSON.parse keeps them as own keys. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A file with many problems lists the first ones; fixing those usually fixes the rest. */
const MAX_PROBLEMS = 20;

const ExportSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.pipe(v.string(), v.maxLength(64)),
  appVersion: v.pipe(v.string(), v.maxLength(32)),
  settings: SettingsSchema,
  tips: v.optional(TipPrefsFileSchema),
  history: v.optional(HistoryBundleSchema),
  journal: v.optional(JournalBundleSchema),
});
export type ExportFile = v.InferOutput<typeof ExportSchema>;

type ImportResult = { ok: true; file: ExportFile } | { ok: false; problems: SettingsProblem[] };

const problem = (path: string, message: MessageKey, ...detail: string[]): SettingsProblem =>
  detail.length > 0 ? { path, message, detail } : { path, message };

export function buildExport(input: {
  settings: Settings;
  tips?: TipPrefs | null;
  history?: HistoryBundle | null;
  journal?: JournalBundle | null;
  now: number;
  appVersion: string;
}): ExportFile {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(input.now).toISOString(),
    appVersion: input.appVersion,
    settings: input.settings,
  };
  if (input.tips) file.tips = input.tips;
  if (input.history) file.history = input.history;
  if (input.journal) file.journal = input.journal;
  return file;
}

export const exportText = (file: ExportFile): string => `${JSON.stringify(file, null, 2)}\n`;

export const byteLength = (text: string): number => new TextEncoder().encode(text).length;

export const exportFileName = (now: number): string => `glow-within-${dateKeyOf(now)}.json`;

/** Raw days moved to daily totals, oldest first, so the file stays importable. */
function withOldestRolledUp(file: ExportFile, count: number): ExportFile {
  if (!file.history || count === 0) return file;
  const dates = Object.keys(file.history.days).sort();
  const days = { ...file.history.days };
  const rollup = { ...file.history.rollup };
  for (const date of dates.slice(0, count)) {
    rollup[date] = totalsOf(days[date] ?? []);
    delete days[date];
  }
  return { ...file, history: { days, rollup } };
}

/**
 * The export, made to fit under the import limit: when a long history would not fit, the oldest
 * days keep only their daily totals (as the history store does for old days anyway).
 */
export function fitExport(
  file: ExportFile,
  limit = MAX_IMPORT_BYTES,
): { file: ExportFile; text: string; rolledUp: number } {
  const fits = (candidate: ExportFile) => byteLength(exportText(candidate)) <= limit;
  const dayCount = Object.keys(file.history?.days ?? {}).length;
  let low = 0;
  let high = dayCount;
  if (fits(file)) high = 0;
  // The fewest days to roll up so that the file fits: a binary search over how many.
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (fits(withOldestRolledUp(file, mid))) high = mid;
    else low = mid + 1;
  }
  const fitted = withOldestRolledUp(file, low);
  return { file: fitted, text: exportText(fitted), rolledUp: low };
}

/**
 * "3:14" (line:column) of a JSON syntax error, when the engine says where it is: Chrome's V8
 * and Firefox's SpiderMonkey both name the line and column, older V8 only the position.
 */
function syntaxProblem(text: string, error: unknown): SettingsProblem {
  if (text.trim() === '') return problem('', 'optionsImportEmpty');
  const message = String((error as Error)?.message ?? '');
  const at = /position (\d+)/.exec(message)?.[1];
  // The text ran out where more was expected (Firefox says so; V8 points past the last character).
  const ranOut =
    /end of (JSON )?(input|data)/i.test(message) || (at !== undefined && Number(at) >= text.trimEnd().length);
  if (ranOut) return problem('', 'optionsImportCutShort');
  const place = /line (\d+) column (\d+)/.exec(message);
  if (place) return problem('', 'optionsImportNotJsonAt', place[1] as string, place[2] as string);
  if (at === undefined) return problem('', 'optionsImportNotJson');
  const before = text.slice(0, Number(at));
  return problem(
    '',
    'optionsImportNotJsonAt',
    String(before.split('\n').length),
    String(Number(at) - before.lastIndexOf('\n')),
  );
}

const join = (path: string, key: string | number): string => (path ? `${path}.${key}` : String(key));

/**
 * Everything about the raw parsed value that the schema cannot see or should never be shown:
 * prototype keys, absurd nesting, numbers no date or count can be, and markup in any text.
 * Iterative, so a deeply nested file cannot overflow the stack.
 */
function scanRaw(root: unknown): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'number' && (!Number.isFinite(value) || Math.abs(value) > LARGEST_NUMBER)) {
      problems.push(problem(path, 'optionsImportNumber'));
    } else if (typeof value === 'string' && HTML_LIKE.test(value)) {
      problems.push(problem(path, 'errNoHtml'));
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_DEPTH) {
        problems.push(problem(path, 'optionsImportTooDeep'));
        continue;
      }
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) problems.push(problem(join(path, key), 'optionsImportForbiddenKey', key));
        else stack.push({ value: (value as Record<string, unknown>)[key], path: join(path, key), depth: depth + 1 });
      }
    }
  }
  return problems.sort((a, b) => a.path.localeCompare(b.path));
}

const clip = (text: string | undefined): string => {
  const flat = String(text ?? '').replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
};

/** A valibot issue as a problem naming the field and the reason. */
function toProblem(issue: v.BaseIssue<unknown>): SettingsProblem {
  const path = v.getDotPath(issue) ?? '';
  if (issue.type === 'strict_object' && issue.expected === 'never') return problem(path, 'errUnknownField');
  if (issue.type === 'strict_object') return problem(path, 'optionsImportMissing');
  // A wrong type says what was expected and what was found, not the range message.
  if (issue.kind === 'schema')
    return problem(path, 'optionsImportExpected', clip(issue.expected ?? ''), clip(issue.received));
  const key = asProblemKey(issue.message);
  return key === 'errInvalidValue'
    ? problem(path, 'optionsImportExpected', clip(issue.expected ?? ''), clip(issue.received))
    : problem(path, key);
}

/** One problem per field and reason (a fraction fails both "integer" and "at least 5"). */
function distinct(problems: SettingsProblem[]): SettingsProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function envelopeProblems(value: unknown): SettingsProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [problem('', 'optionsImportNotExport')];
  const { format, version } = value as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) return [problem('format', 'optionsImportNotExport')];
  if (version === undefined) return [problem('version', 'optionsImportMissing')];
  if (!READABLE_VERSIONS.includes(version)) {
    return [problem('version', 'optionsImportVersion', clip(JSON.stringify(version)), String(EXPORT_VERSION))];
  }
  return [];
}

/** Every event must sit under the date it belongs to, or totals would count it on another day. */
function misfiledEvents(history: HistoryBundle | undefined): SettingsProblem[] {
  return Object.entries(history?.days ?? {}).flatMap(([date, events]) =>
    events.flatMap((event, i) =>
      event.date === date ? [] : [problem(`history.days.${date}.${i}.date`, 'optionsImportWrongDay', date)],
    ),
  );
}

/** A file of an earlier version, read as today's: its settings migrated (a v1 file's pause is left out). */
function inCurrentShape(file: Record<string, unknown>): Record<string, unknown> {
  if (file.version === EXPORT_VERSION) return file;
  return { ...file, version: EXPORT_VERSION, settings: upgradeSettings(file.settings) };
}

/** The full check of an imported file; nothing is changed here or before it passes. */
export function parseImport(text: string): ImportResult {
  const bytes = byteLength(text);
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, problems: [problem('', 'optionsImportTooLarge', String(bytes))] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error)] };
  }
  const unsafe = scanRaw(raw);
  if (unsafe.length > 0) return { ok: false, problems: unsafe };
  const envelope = envelopeProblems(raw);
  if (envelope.length > 0) return { ok: false, problems: envelope };
  const parsed = v.safeParse(ExportSchema, inCurrentShape(raw as Record<string, unknown>));
  if (!parsed.success) return { ok: false, problems: distinct(parsed.issues.map(toProblem)).slice(0, MAX_PROBLEMS) };
  const misfiled = misfiledEvents(parsed.output.history);
  if (misfiled.length > 0) return { ok: false, problems: misfiled.slice(0, MAX_PROBLEMS) };
  return { ok: true, file: parsed.output };
}
