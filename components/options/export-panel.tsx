import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { useOptions } from './model/context';

export function ExportPanel() {
  const { data } = useOptions();
  const [withHistory, setWithHistory] = useState(false);
  return (
    <div class="panel">
      <h3>{t('optionsExportHeading')}</h3>
      <p class="hint">{t('optionsExportHint')}</p>
      <div class="field field-check">
        <input
          id="export-history"
          type="checkbox"
          checked={withHistory}
          onChange={(event) => setWithHistory(event.currentTarget.checked)}
        />
        <label for="export-history">{t('optionsExportHistory')}</label>
      </div>
      <button type="button" disabled={data.busy.value} onClick={() => void data.exportFile(withHistory)}>
        {t('optionsExportButton')}
      </button>
    </div>
  );
}
