/** The CSV download: one row per day of history and journal, made by the worker from everything kept. */
import { useSignal } from '@preact/signals';
import { t } from '@/utils/i18n';

export function CsvExport({ exportCsv }: { exportCsv(): Promise<string> }) {
  const notice = useSignal<string>('');
  const busy = useSignal(false);
  return (
    <>
      <p class="hint">{t('csvHint')}</p>
      <button
        type="button"
        disabled={busy.value}
        onClick={async () => {
          busy.value = true;
          try {
            notice.value = t('csvDone', await exportCsv());
          } catch (error) {
            notice.value = t('csvFailed', error instanceof Error ? error.message : String(error));
          } finally {
            busy.value = false;
          }
        }}
      >
        {t('csvButton')}
      </button>
      <p role="status" class="notice">
        {notice.value}
      </p>
    </>
  );
}
