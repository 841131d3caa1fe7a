import { useRef, useState } from 'preact/hooks';
import { plural, t } from '@/utils/i18n';
import { useOptions } from './model/context';

/** Reset to defaults, after an in-page confirmation that says how much changes; undoable. */
export function ResetPanel() {
  const { data } = useOptions();
  const dialog = useRef<HTMLDialogElement>(null);
  const [changes, setChanges] = useState(0);
  const close = () => dialog.current?.close();
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
      <dialog ref={dialog} class="dialog" aria-labelledby="reset-title" aria-describedby="reset-text">
        <h3 id="reset-title">{t('optionsResetTitle')}</h3>
        <p id="reset-text">{changes === 0 ? t('optionsResetNothing') : plural('optionsResetText', changes)}</p>
        <div class="actions">
          {/* The safe choice has focus first: Enter or Escape keep the settings. */}
          <button type="button" autofocus onClick={close}>
            {t('optionsCancel')}
          </button>
          <button
            type="button"
            class="danger"
            onClick={() => {
              close();
              void data.resetToDefaults();
            }}
          >
            {t('optionsResetConfirm')}
          </button>
        </div>
      </dialog>
    </div>
  );
}
