import { errorId, hintId, problemsAt } from '@/components/options/model/paths';
import type { SettingsProblem } from '@/utils/settings/schema';
import { useOptions } from '../model/context';

/** The ids an input points to with aria-describedby; empty parts are left out. */
export const describedBy = (...ids: (string | false | null | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

interface FieldState {
  problems: SettingsProblem[];
  invalid: boolean;
  /** aria-describedby for the control: its hint (when it has one) and its error (when there is one). */
  describedBy: string | undefined;
}

/** A field's validation state, from the form model's problems at exactly this path. */
export function useField(path: string, options: { hint?: boolean; extra?: string } = {}): FieldState {
  const problems = problemsAt(useOptions().form.problems.value, path);
  const invalid = problems.length > 0;
  return {
    problems,
    invalid,
    describedBy: describedBy(options.hint && hintId(path), options.extra, invalid && errorId(path)),
  };
}
