import { useEffect, useRef } from 'preact/hooks';
import { formatNumber, plural, t } from '@/utils/i18n';
import type { SettingsProblem } from '@/utils/settings/schema';
import { ChangeList } from './change-list';
import { useOptions } from './model/context';
import { fieldName, problemText } from './text';

function Problems({ name, problems }: { name: string; problems: SettingsProblem[] }) {
  return (
    <div class="import-problems" role="alert">
      <p>
        <strong>{t('optionsImportRejected', name)}</strong>
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.path}:${problem.message}`}>
            <span class="problem-field">{fieldName(problem.path)}</span>: {problemText(problem)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Review() {
  const { data, form } = useOptions();
  const state = data.importState.value;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (state.step !== 'review') return null;
  const unit = form.draft.value?.water.unit ?? 'ml';
  return (
    <div class="import-review">
      <h4 ref={heading} tabIndex={-1}>
        {t('optionsReviewHeading', state.name)}
      </h4>
      {state.changes.length === 0 ? (
        <p>{t('optionsReviewNoChanges')}</p>
      ) : (
        <ChangeList changes={state.changes} unit={unit} />
      )}
      {state.events > 0 && <p>{plural('optionsReviewHistory', state.events)}</p>}
      {state.journalDays > 0 && <p>{plural('optionsReviewJournal', state.journalDays)}</p>}
      {state.tips && <p>{t('optionsReviewTips', [formatNumber(state.tips.saved), formatNumber(state.tips.hidden)])}</p>}
      <p class="hint">{t('optionsReviewKept')}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={data.busy.value} onClick={() => void data.applyImport()}>
          {t('optionsApplyImport')}
        </button>
        <button type="button" onClick={() => data.cancelImport()}>
          {t('optionsCancel')}
        </button>
      </div>
    </div>
  );
}

/** Choose a file; it is checked in full and shown as a list of changes before anything is applied. */
export function ImportPanel() {
  const { data } = useOptions();
  const state = data.importState.value;
  return (
    <div class="panel">
      <h3>{t('optionsImportHeading')}</h3>
      <p id="import-hint" class="hint">
        {t('optionsImportHint')}
      </p>
      <label for="import-file">{t('optionsImportChoose')}</label>
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        aria-describedby="import-hint"
        disabled={data.busy.value}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) is noticed.
          input.value = '';
          if (file) void data.chooseFile(file);
        }}
      />
      {state.step === 'checking' && <p role="status">{t('optionsImportChecking')}</p>}
      {state.step === 'rejected' && <Problems name={state.name} problems={state.problems} />}
      {state.step === 'review' && <Review />}
    </div>
  );
}
