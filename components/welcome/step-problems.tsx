/** Why Next did nothing: the answers on this step would make settings that are not valid. */
import { t } from '@/utils/i18n';
import type { SettingsProblem } from '@/utils/settings/schema';

export function StepProblems({ problems }: { problems: readonly SettingsProblem[] }) {
  // Several kinds can share one problem (no day chosen): each reason once.
  const reasons = [...new Set(problems.map((problem) => problem.message))];
  return (
    <div role="alert" class="problems">
      {reasons.length > 0 && (
        <ul>
          {reasons.map((message) => (
            <li key={message}>{t(message)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
