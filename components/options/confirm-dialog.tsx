import type { RefObject } from 'preact';
import { t } from '@/utils/i18n';

interface Props {
  dialog: RefObject<HTMLDialogElement | null>;
  id: string;
  title: string;
  text: string;
  confirm: string;
  onConfirm(): void;
}

/** An in-page confirmation for a step that replaces or deletes: the safe choice has focus first, so Enter or Escape keep things. */
export function ConfirmDialog({ dialog, id, title, text, confirm, onConfirm }: Props) {
  const close = () => dialog.current?.close();
  return (
    <dialog ref={dialog} class="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p id={`${id}-text`}>{text}</p>
      <div class="actions">
        <button type="button" autofocus onClick={close}>
          {t('optionsCancel')}
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => {
            close();
            onConfirm();
          }}
        >
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
