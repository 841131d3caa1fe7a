import { runUnderWay } from '@/utils/breathing';
import type { DayTotals } from '@/utils/history/totals';
import { t } from '@/utils/i18n';
import { KINDS, REMINDER_KINDS } from '@/utils/reminder-kinds';
import { flowOf } from '@/utils/routes';
import { usePopup } from './env';
import { ViewLink } from './view-link';

/** Each kind with a tile (breathing breaks, mindful meals): today's count and the way to start one. */
export function ActivityTiles({ totals }: { totals: DayTotals | undefined }) {
  const { stores, snapshot, clock } = usePopup();
  // Flows started and not finished survive the popup closing: a meal check, a breathing break.
  const underWay = new Set([
    ...(stores.mealDraft.value.value ? ['meal'] : []),
    ...(runUnderWay(snapshot.value?.breathing, clock.now.value) ? ['breathe'] : []),
  ]);
  return (
    <div class="tiles">
      {REMINDER_KINDS.map((kind) => {
        const { tile } = KINDS[kind];
        const flow = flowOf(kind);
        if (!tile || !flow) return null;
        const headingId = `${kind}-tile-title`;
        return (
          <section key={kind} class="card tile" aria-labelledby={headingId}>
            <h2 id={headingId}>{t(tile.heading)}</h2>
            <div class="tile-row">
              <p class="tile-count">{totals?.[tile.total] ?? 0}</p>
              <ViewLink to={{ name: flow }} class="button">
                {t(underWay.has(flow) && tile.resume ? tile.resume : tile.start)}
              </ViewLink>
            </div>
          </section>
        );
      })}
    </div>
  );
}
