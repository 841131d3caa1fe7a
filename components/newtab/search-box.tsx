/** The search box: the browser's default engine, through its search API; `/` anywhere on the page focuses it. */
import { useSignal } from '@preact/signals';
import { t } from '@/utils/i18n';

export const SEARCH_INPUT_ID = 'search-input';

export function SearchBox({ search }: { search(text: string): Promise<void> }) {
  const failed = useSignal(false);
  return (
    <search class="search">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const text = new FormData(event.currentTarget).get('q')?.toString().trim() ?? '';
          if (!text) return;
          failed.value = false;
          search(text).catch(() => {
            failed.value = true;
          });
        }}
      >
        <label for={SEARCH_INPUT_ID} class="sr-only">
          {t('newtabSearchLabel')}
        </label>
        <input
          id={SEARCH_INPUT_ID}
          name="q"
          type="search"
          autoComplete="off"
          enterKeyHint="search"
          placeholder={t('newtabSearchPlaceholder')}
          aria-keyshortcuts="/"
          aria-describedby={failed.value ? 'search-failed' : undefined}
        />
        <button type="submit">{t('newtabSearchButton')}</button>
        {failed.value && (
          <p id="search-failed" class="problem" role="alert">
            {t('newtabSearchFailed')}
          </p>
        )}
      </form>
    </search>
  );
}
