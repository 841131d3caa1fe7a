/** The end: today's prompts as the planner has them for these answers, and the way to start. */
import { t } from '@/utils/i18n';
import { clockTime, dueAt, kindNames } from '@/utils/phrases';
import type { WelcomeModel } from './model/welcome-model';

export function ReadyStep({ model, locale, now }: { model: WelcomeModel; locale: string; now: number }) {
  const today = model.today.value;
  const later = model.firstLater.value;
  return (
    <>
      {today.length > 0 ? (
        <ol class="preview">
          {today.map((prompt) => (
            <li key={prompt.at}>
              <span class="when">{clockTime(prompt.at, locale)}</span>{' '}
              {kindNames(
                prompt.due.map((due) => due.kind),
                locale,
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p>
          {t('welcomeNothingToday')}{' '}
          {later &&
            t('welcomeFirstLater', [
              kindNames(
                later.due.map((due) => due.kind),
                locale,
              ),
              dueAt(later.at, now, locale),
            ])}
        </p>
      )}
      <p class="total">{plural('welcomeTotal', model.workdayCount.value)}</p>
      <p class="hint">{t('welcomeReadyHint')}</p>
    </>
  );
}
