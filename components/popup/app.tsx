/** The popup: one view at a time, chosen by the address hash, rendered from the live snapshot. */
import { useSignalEffect } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { applyTheme } from '@/components/kit/theme';
import { t } from '@/utils/i18n';
import { PopupContext, type PopupEnv } from './env';
import { routeHash } from './route';
import { View, viewReady } from './views';

export function PopupApp({ env }: { env: PopupEnv }) {
  const route = env.router.route.value;
  const key = routeHash(route);

  useSignalEffect(() => {
    const theme = env.snapshot.value?.settings.general.theme;
    if (theme) applyTheme(theme);
  });

  // A new view replaces the old one: move focus to its title so keyboard and screen-reader
  // users land at its start (once its file is here). Not on the first view, where focus belongs
  // to the browser.
  const ready = viewReady(route);
  const previous = useRef(key);
  useLayoutEffect(() => {
    if (previous.current === key || !ready) return;
    previous.current = key;
    document.getElementById('view-title')?.focus();
  }, [key, ready]);

  return (
    <PopupContext.Provider value={env}>
      {env.error.value && !env.snapshot.value && (
        <div class="problem" role="alert">
          <p>{t('popupNoConnection')}</p>
          <button type="button" onClick={() => void env.refresh()}>
            {t('popupTryAgain')}
          </button>
        </div>
      )}
      <View key={key} route={route} />
      <p class="status" role="status">
        {env.status.message}
      </p>
    </PopupContext.Provider>
  );
}
