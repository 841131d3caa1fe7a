import { useEffect, useRef } from 'preact/hooks';
import { plural, t } from '@/utils/i18n';
import { DeletePanel } from './delete-panel';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';
import { useOptions } from './model/context';
import { ResetPanel } from './reset-panel';
import { UndoPanel } from './undo-panel';

/** The outcome of the last data action. Focus comes here when the control that had it went away. */
function Notice() {
  const { data } = useOptions();
  const notice = data.notice.value;
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice && (document.activeElement === document.body || document.activeElement === null)) ref.current?.focus();
  }, [notice]);
  return (
    <p ref={ref} tabIndex={-1} role="status" class="notice" data-tone={notice?.tone}>
      {notice && ('key' in notice ? t(notice.key, notice.subs) : plural(notice.plural, notice.count, notice.subs))}
    </p>
  );
}

export function DataSection() {
  return (
    <section id="section-data" class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('optionsDataHeading')}</h2>
      <Notice />
      <ExportPanel />
      <ImportPanel />
      <UndoPanel />
      <ResetPanel />
      <DeletePanel />
      <p>
        <a href="/journal.html">{t('checkinOpenJournal')}</a>
      </p>
    </section>
  );
}
