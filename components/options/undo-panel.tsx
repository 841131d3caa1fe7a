import { t } from '@/utils/i18n';
import { useOptions } from './model/context';

/** The way back from the last import or reset, kept on this device until used or replaced. */
export function UndoPanel() {
  const { data } = useOptions();
  const record = data.undo.value;
  if (record === null) return null;
  const when = new Date(record.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const isImport = record.kind === 'import';
  return (
    <div class="panel undo">
      <h3>{t('undo')}</h3>
      <p>{t(isImport ? 'optionsUndoImportText' : 'optionsUndoResetText', when)}</p>
      <button type="button" disabled={data.busy.value} onClick={() => void data.undoLast()}>
        {t(isImport ? 'optionsUndoImport' : 'optionsUndoReset')}
      </button>
    </div>
  );
}
