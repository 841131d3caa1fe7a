/** The popup: one view at a time, chosen by the address hash, rendered from the live snapshot. */
import { useSignalEffect } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { applyTheme } from '@/components/kit/theme';
import { t } from '@/utils/i18n';
import { BreatheView } from './breathe-view';
import { CheckinView } from './checkin-view';
import { PopupContext, type PopupEnv } from './env';
import { MealView } from './meal-view';
import { ReminderView } from './reminder-view';
import { type Route, routeHash } from './route';
import { TodayView } from './today-view';

function View({ route }: { route: Route }) {
  switch (route.name) {
    case 'today':
      return <TodayView />;
    case 'breathe':
      return <BreatheView />;
    case 'meal':
      return <MealView />;
    case 'checkin':
      return <CheckinView />;
    case 'reminder':
      return <ReminderView occurrence={route.occurrence} />;
  }
}

export function PopupApp({ env }: { env: PopupEnv }) {
  const route = env.router.route.value;
  const key = routeHash(route);

  useSignalEffect(() => {
    const theme = env.snapshot.value?.settings.general.theme;
    if (theme) applyTheme(theme);
  });

  // A new view replaces the old one: move focus to its title so keyboard and screen-reader
  // users land at its start. Not on the first view, where focus belongs to the browser.
  const previous = useRef(key);
  useLayoutEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    document.getElementById('view-title')?.focus();
  }, [key]);

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
