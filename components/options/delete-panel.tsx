import { useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { ConfirmDialog } from './confirm-dialog';
import { useOptions } from './model/context';

/** Delete everything, after an in-page confirmation. Not undoable, and it says so. */
export function DeletePanel() {
  const { data } = useOptions();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <div class="panel">
      <h3>{t('optionsDeleteHeading')}</h3>
      <p class="hint">{t('optionsDeleteHint')}</p>
      <button type="button" class="danger" disabled={data.busy.value} onClick={() => dialog.current?.showModal()}>
        {t('optionsDeleteButton')}
      </button>
      <ConfirmDialog
        dialog={dialog}
        id="delete"
        title={t('optionsDeleteTitle')}
        text={t('optionsDeleteText')}
        confirm={t('optionsDeleteConfirm')}
        onConfirm={() => void data.deleteAll()}
      />
    </div>
  );
}
