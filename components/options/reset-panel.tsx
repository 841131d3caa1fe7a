import { useRef, useState } from 'preact/hooks';
import { plural, t } from '@/utils/i18n';
import { ConfirmDialog } from './confirm-dialog';
import { useOptions } from './model/context';

/** Reset to defaults, after an in-page confirmation that says how much changes; undoable. */
export function ResetPanel() {
  const { data } = useOptions();
  const dialog = useRef<HTMLDialogElement>(null);
  const [changes, setChanges] = useState(0);
  return (
    <div class="panel">
      <h3>{t('optionsResetHeading')}</h3>
      <p class="hint">{t('optionsResetHint')}</p>
      <button
        type="button"
        disabled={data.busy.value}
        onClick={() => {
          setChanges(data.resetChanges().length);
          dialog.current?.showModal();
        }}
      >
        {t('optionsResetButton')}
      </button>
      <ConfirmDialog
        dialog={dialog}
        id="reset"
        title={t('optionsResetTitle')}
        text={changes === 0 ? t('optionsResetNothing') : plural('optionsResetText', changes)}
        confirm={t('optionsResetConfirm')}
        onConfirm={() => void data.resetToDefaults()}
      />
    </div>
  );
}
