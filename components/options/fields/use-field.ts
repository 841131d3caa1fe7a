import type { Settings, SettingsProblem } from '@/utils/settings/schema';
import { useOptions } from '../model/context';
import { errorId, hintId, problemsAt, type SettingsPath, type ValueAt } from '../model/paths';

/** The ids an input points to with aria-describedby; empty parts are left out. */
export const describedBy = (...ids: (string | false | null | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

interface Field<V> {
  /** The draft's value at the path (undefined before the settings are loaded). */
  value: V | undefined;
  set(value: V): void;
  problems: SettingsProblem[];
  invalid: boolean;
  /** aria-describedby for the control: its hint (when it has one) and its error (when there is one). */
  describedBy: string | undefined;
}

/** A setting bound by its path alone: its value, how to change it, and its validation state. */
export function useField<P extends SettingsPath>(
  path: P,
  options: { hint?: boolean; extra?: string } = {},
): Field<ValueAt<Settings, P>> {
  const { form } = useOptions();
  const problems = problemsAt(form.problems.value, path);
  const invalid = problems.length > 0;
  return {
    value: form.get(path),
    set: (value) => form.set(path, value),
    problems,
    invalid,
    describedBy: describedBy(options.hint && hintId(path), options.extra, invalid && errorId(path)),
  };
}
