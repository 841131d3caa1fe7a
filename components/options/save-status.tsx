import type { SaveState } from '@/components/options/model/autosave';
import { formatNumber, plural, t } from '@/utils/i18n';
import type { SettingsProblem } from '@/utils/settings/schema';
import { useOptions } from './model/context';
import { problemText } from './text';

function stateText(state: SaveState): string {
  switch (state.status) {
    case 'saved':
      return t('optionsStatusSaved');
    case 'pending':
      return t('optionsStatusPending');
    case 'saving':
      return t('optionsStatusSaving');
    case 'failed':
      return t('optionsStatusFailed', [state.error, formatNumber(Math.round(state.retryInMs / 1000))]);
    case 'refused':
      return t('optionsStatusRefused', state.problems.map(problemText).join(' '));
  }
}

/** Focus the first control of the first problem (its own input, or the first input inside it). */
function goTo(problem: SettingsProblem): void {
  const exact = document.querySelector<HTMLElement>(`[data-path="${problem.path}"]`);
  (exact ?? document.querySelector<HTMLElement>(`[data-path^="${problem.path}."]`))?.focus();
}

/** Saved / saving / not saved, always visible at the top of the page. */
export function SaveStatus() {
  const { form } = useOptions();
  const problems = form.problems.value;
  const state = form.saveState.value;
  const invalid = problems.length > 0;
  const tone = invalid || state.status === 'failed' || state.status === 'refused' ? 'problem' : state.status;
  const first = problems[0];
  return (
    <div class="save-status" data-tone={tone}>
      <p role="status" aria-live="polite">
        <span class="save-icon" aria-hidden="true">
          {tone === 'problem' ? '!' : tone === 'saved' ? '✓' : '…'}
        </span>
        {invalid
          ? `${plural('optionsStatusInvalid', problems.length)} ${state.status === 'saved' ? t('optionsStatusOthersSaved') : stateText(state)}`
          : stateText(state)}
      </p>
      {first && (
        <button type="button" class="quiet-button" onClick={() => goTo(first)}>
          {t('optionsGoToProblem')}
        </button>
      )}
      {!invalid && state.status === 'failed' && (
        <button type="button" class="quiet-button" onClick={() => void form.retry()}>
          {t('optionsRetryNow')}
        </button>
      )}
    </div>
  );
}
