import { errorId } from '@/components/options/model/paths';
import type { SettingsProblem } from '@/utils/settings/schema';
import { problemText } from '../text';

interface Props {
  path: string;
  problems: SettingsProblem[];
  /** A different wording for a problem (a range in the person's unit, say). */
  text?: (problem: SettingsProblem) => string;
}

/** The inline message a field's aria-describedby points to; marked by an icon and words, not only colour. */
export function FieldError({ path, problems, text = problemText }: Props) {
  if (problems.length === 0) return null;
  return (
    <p id={errorId(path)} class="field-error">
      <span class="field-error-icon" aria-hidden="true">
        !
      </span>
      {[...new Set(problems.map(text))].join(' ')}
    </p>
  );
}
