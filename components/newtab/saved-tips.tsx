/** The Saved tips list: newest first; each can be opened in the card or removed. */
import { formatNumber, t } from '@/utils/i18n';
import { tipText } from '@/utils/tips/text';
import { TIP_BY_ID } from './card-view';

interface SavedTipsProps {
  saved: readonly string[];
  onShow(id: string): void;
  onRemove(id: string): void;
}

export function SavedTips({ saved, onShow, onRemove }: SavedTipsProps) {
  // Ids from a newer version of the library (synced from another device) are kept but not listed.
  const tips = saved.flatMap((id) => TIP_BY_ID.get(id) ?? []).reverse();
  return (
    <section class="saved" aria-labelledby="saved-heading">
      <h2 id="saved-heading">{t('newtabSavedCount', formatNumber(tips.length))}</h2>
      {tips.length === 0 ? (
        <p class="muted">{t('newtabSavedEmpty')}</p>
      ) : (
        <ul>
          {tips.map(({ id }) => (
            <li key={id} data-tip-id={id}>
              <button type="button" class="link-button" onClick={() => onShow(id)}>
                {tipText(id).title}
              </button>
              <button
                type="button"
                class="quiet-button"
                aria-label={t('labelled', [t('remove'), tipText(id).title])}
                onClick={() => onRemove(id)}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
