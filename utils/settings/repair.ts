/**
 * Lenient reading: stored data can lie (an old version, another device, a hand edit). Keep
 * every field that is valid, fall back to the default for each one that is not, and report
 * what was replaced so the caller can keep a copy before anything overwrites it.
 */
import * as v from 'valibot';
import { isRecord } from '../is-record';
import { DEFAULT_SETTINGS } from './defaults';
import { problemsOf, type Settings, type SettingsProblem, SettingsSchema } from './schema';

type AnySchema = v.GenericSchema;

export interface Repaired<T> {
  value: T;
  /** Fields that were missing or invalid and now hold their defaults. */
  replaced: SettingsProblem[];
}

function entriesOf(schema: AnySchema): Record<string, AnySchema> | null {
  return 'entries' in schema && isRecord(schema.entries) ? (schema.entries as Record<string, AnySchema>) : null;
}

function repairValue(
  schema: AnySchema,
  input: unknown,
  fallback: unknown,
  path: string,
  out: SettingsProblem[],
): unknown {
  const whole = v.safeParse(schema, input);
  if (whole.success) return whole.output;
  const entries = entriesOf(schema);
  if (entries && isRecord(input) && isRecord(fallback)) {
    const rebuilt: Record<string, unknown> = {};
    const nested: SettingsProblem[] = [];
    for (const key of Object.keys(entries)) {
      const entry = entries[key] as AnySchema;
      rebuilt[key] = repairValue(entry, input[key], fallback[key], path ? `${path}.${key}` : key, nested);
    }
    for (const key of Object.keys(input)) {
      if (!(key in entries)) nested.push({ path: path ? `${path}.${key}` : key, message: 'errUnknownField' });
    }
    const again = v.safeParse(schema, rebuilt);
    if (again.success) {
      out.push(...nested);
      return again.output;
    }
  }
  out.push(
    ...problemsOf(whole.issues).map((p) => ({ ...p, path: p.path ? `${path ? `${path}.` : ''}${p.path}` : path })),
  );
  return fallback;
}

export function repairSettings(input: unknown): Repaired<Settings> {
  const replaced: SettingsProblem[] = [];
  const value = repairValue(SettingsSchema as AnySchema, input, DEFAULT_SETTINGS, '', replaced) as Settings;
  return { value: structuredClone(value), replaced };
}

/** What a stored value means: the defaults when nothing is stored, otherwise its repair. */
export function settingsFromStored(raw: unknown): Repaired<Settings> {
  if (raw === null || raw === undefined) return { value: structuredClone(DEFAULT_SETTINGS), replaced: [] };
  return repairSettings(raw);
}
