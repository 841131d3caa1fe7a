import { t } from '@/utils/i18n';
import { usePopup } from './env';
import { ViewLink } from './view-link';

/** Breathing breaks and mindful meals today, each with the way to start one. */
export function ActivityTiles({ breaks, meals }: { breaks: number; meals: number }) {
  const { stores } = usePopup();
  const mealUnderWay = Boolean(stores.mealDraft.value.value);
  return (
    <div class="tiles">
      <section class="card tile" aria-labelledby="breaks-title">
        <h2 id="breaks-title">{t('popupBreaksToday')}</h2>
        <div class="tile-row">
          <p class="tile-count">{breaks}</p>
          <ViewLink to={{ name: 'breathe' }} class="button">
            {t('popupStartBreathing')}
          </ViewLink>
        </div>
      </section>
      <section class="card tile" aria-labelledby="meals-title">
        <h2 id="meals-title">{t('popupMealsToday')}</h2>
        <div class="tile-row">
          <p class="tile-count">{meals}</p>
          <ViewLink to={{ name: 'meal' }} class="button">
            {t(mealUnderWay ? 'popupContinueMeal' : 'popupStartMeal')}
          </ViewLink>
        </div>
      </section>
    </div>
  );
}
