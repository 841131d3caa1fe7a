/**
 * Pure helpers of the settings form: typed dot paths into the settings, value equality, where a
 * field's problems are, DOM ids derived from paths, and the merge of a change that arrived from
 * another device into an edit in progress.
 */

import { isRecord } from '@/utils/is-record';
import type { Settings, SettingsProblem } from '@/utils/settings/schema';

type Prev = [never, 0, 1, 2, 3, 4, 5, 6, 7];

/** Every dot path into T: "general.theme", "hydration.schedule.interval.week.1.0.start". */
export type PathOf<T, Depth extends number = 7> = [Depth] extends [never]
  ? never
  : T extends readonly (infer Item)[]
    ? `${number}` | `${number}.${PathOf<Item, Prev[Depth]>}`
    : T extends object
      ? { [K in keyof T & string]: K | `${K}.${PathOf<T[K], Prev[Depth]>}` }[keyof T & string]
      : never;

type Step<T, K extends string> = T extends readonly (infer Item)[] ? Item : K extends keyof T ? T[K] : never;

/** The type of the value at path P of T. */
export type ValueAt<T, P extends string> = P extends `${infer K}.${infer Rest}`
  ? ValueAt<Step<T, K>, Rest>
  : Step<T, P>;

export type SettingsPath = PathOf<Settings>;

/** The settings paths whose value is a V (a number field binds to a number). */
export type PathTo<V> = { [P in SettingsPath]: ValueAt<Settings, P> extends V ? P : never }[SettingsPath];

/** Structural equality of JSON-like values (what settings are). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameValue(a[key], b[key]));
  }
  return Number.isNaN(a) && Number.isNaN(b);
}

/** The DOM id of the control for a settings path, and of its error and hint texts. */
export const fieldId = (path: string): string => `field-${path.replace(/\./g, '-')}`;
export const errorId = (path: string): string => `${fieldId(path)}-error`;
export const hintId = (path: string): string => `${fieldId(path)}-hint`;

/** Problems whose path is exactly `path`. */
export const problemsAt = (problems: readonly SettingsProblem[], path: string): SettingsProblem[] =>
  problems.filter((p) => p.path === path);

/** Problems at `prefix` or anywhere below it. */
export const problemsUnder = (problems: readonly SettingsProblem[], prefix: string): SettingsProblem[] =>
  problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`));

/** The value at a dot path ("hydration.schedule.mode"), or undefined. */
export function valueAt(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined),
      root,
    );
}

/** Put `value` at a dot path of `root` (mutates; call it on a copy). */
export function setValueAt(root: object, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], root);
  if (typeof parent === 'object' && parent !== null) (parent as Record<string, unknown>)[last] = value;
}

const related = (a: string, b: string): boolean => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** Arrays of arrays (the week: one list of windows per weekday) merge day by day; other lists whole. */
const mergesByIndex = (a: unknown[], b: unknown[], c: unknown[]): boolean =>
  a.length === b.length && b.length === c.length && [...a, ...b, ...c].every(Array.isArray);

/**
 * A value that changed elsewhere (`remote`) joins the one being edited (`draft`), both starting
 * from `base`: every part the person changed, and the field they are in, keep their draft value;
 * everything else takes the remote value.
 */
export function mergeRemote<T>(base: T, draft: T, remote: T, editing: string | null, path = ''): T {
  if (editing !== null && path !== '' && related(path, editing)) return draft;
  if (isRecord(base) && isRecord(draft) && isRecord(remote)) {
    const merged: Record<string, unknown> = {};
    for (const key of Object.keys(remote)) {
      merged[key] = mergeRemote(base[key], draft[key], remote[key], editing, path ? `${path}.${key}` : key);
    }
    return merged as T;
  }
  if (Array.isArray(base) && Array.isArray(draft) && Array.isArray(remote) && mergesByIndex(base, draft, remote)) {
    return remote.map((item, i) => mergeRemote(base[i], draft[i], item, editing, `${path}.${i}`)) as T;
  }
  return sameValue(draft, base) ? remote : draft;
}
