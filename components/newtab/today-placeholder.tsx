/** The Today panel's reserved space while the snapshot is on its way (no layout shift when it lands). */
import { t } from '@/utils/i18n';

export function TodayPlaceholder() {
  return (
    <div class="today-placeholder" role="status">
      <span class="sr-only">{t('newtabLoading')}</span>
      <span class="bar" aria-hidden="true" />
      <span class="bar short" aria-hidden="true" />
    </div>
  );
}
