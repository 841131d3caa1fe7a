import { useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { useOptions } from './model/context';

/** Delete everything, after an in-page confirmation whose safe choice has focus first. Not undoable: it says so. */
export function DeletePanel() {
  const { data } = useOptions();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = () => dialog.current?.close();
  return (
    <div class="panel">
      <h3>{t('optionsDeleteHeading')}</h3>
      <p class="hint">{t('optionsDeleteHint')}</p>
      <button type="button" class="danger" disabled={data.busy.value} onClick={() => dialog.current?.showModal()}>
        {t('optionsDeleteButton')}
      </button>
      <dialog ref={dialog} class="dialog" aria-labelledby="delete-title" aria-describedby="delete-text">
        <h3 id="delete-title">{t('optionsDeleteTitle')}</h3>
        <p id="delete-text">{t('optionsDeleteText')}</p>
        <div class="actions">
          <button type="button" autofocus onClick={close}>
            {t('optionsCancel')}
          </button>
          <button
            type="button"
            class="danger"
            onClick={() => {
              close();
              void data.deleteAll();
            }}
          >
            {t('optionsDeleteConfirm')}
          </button>
        </div>
      </dialog>
    </div>
  );
}
