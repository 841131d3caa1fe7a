import { WeekChart } from '@/components/week-chart';
import { t } from '@/utils/i18n';
import { ActivityTiles } from './activity-tiles';
import { CheckinButton } from './checkin-button';
import { usePopup } from './env';
import { HydrationCard } from './hydration-card';
import { NextUp } from './next-up';
import { PauseMenu } from './pause-menu';
import { PausedBanner } from './paused-banner';
import { SettingsButton } from './settings-button';
import { SetupBanner } from './setup-banner';
import { ViewHeader } from './view-header';

/**
 * Today at a glance. The header renders at once; the rest waits for the snapshot (a few ms) in
 * space reserved for it, so the popup neither flashes a loading state nor jumps in size.
 */
export function TodayView() {
  const env = usePopup();
  const snapshot = env.snapshot.value;
  const today = snapshot?.week.at(-1)?.totals;
  return (
    <main class="view today" aria-labelledby="view-title">
      <ViewHeader title={t('today')} back={false}>
        <div class="bar-actions">
          <PauseMenu />
          <CheckinButton />
          <SettingsButton />
        </div>
      </ViewHeader>
      {snapshot ? (
        <div class="today-content">
          {snapshot.plan.setupPending && <SetupBanner />}
          <PausedBanner pause={snapshot.plan.pause} dayStartHour={snapshot.settings.general.dayStartHour} />
          <HydrationCard snapshot={snapshot} />
          <ActivityTiles totals={today} />
          <NextUp snapshot={snapshot} />
          <div class="card week">
            <WeekChart
              week={snapshot.week}
              water={snapshot.settings.water}
              today={snapshot.today}
              locale={env.locale}
            />
          </div>
        </div>
      ) : (
        <div class="today-content reserve" />
      )}
    </main>
  );
}
