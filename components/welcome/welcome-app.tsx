/**
 * The welcome page a first install opens: four short questions, each skippable, then today's
 * prompts and the button that starts the reminders. Skipping the whole page keeps the defaults.
 * No reminder comes before it is finished or skipped (the worker holds them until then).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Clock } from '@/components/kit/clock';
import { formatNumber, t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n-keys';
import { HoursStep } from './hours-step';
import { QUESTIONS, STEPS, type Step, type WelcomeModel } from './model/welcome-model';
import { ReadyStep } from './ready-step';
import { RemindersStep } from './reminders-step';
import { TopicsStep } from './topics-step';
import { WaterStep } from './water-step';

const TITLES: Record<Step, MessageKey> = {
  reminders: 'welcomeRemindersTitle',
  hours: 'welcomeHoursTitle',
  water: 'welcomeWaterTitle',
  topics: 'welcomeTopicsTitle',
  ready: 'welcomeReadyTitle',
};

interface Props {
  model: WelcomeModel;
  clock: Clock;
  locale: string;
  openSettings(): void;
}

function Body({ step, model, clock, locale }: { step: Step } & Omit<Props, 'openSettings'>) {
  switch (step) {
    case 'reminders':
      return <RemindersStep model={model} />;
    case 'hours':
      return <HoursStep model={model} locale={locale} />;
    case 'water':
      return <WaterStep model={model} />;
    case 'topics':
      return <TopicsStep model={model} />;
    case 'ready':
      return <ReadyStep model={model} locale={locale} now={clock.now.value} />;
  }
}

function Done({ model, openSettings }: Pick<Props, 'model' | 'openSettings'>) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="card step" aria-labelledby="done-title">
      <h2 id="done-title" ref={heading} tabIndex={-1}>
        {t('welcomeDoneTitle')}
      </h2>
      <p>{t('welcomeDoneText')}</p>
      <div class="step-nav">
        <button type="button" class="link-button" onClick={openSettings}>
          {t('welcomeOpenSettings')}
        </button>
        <button type="button" class="primary" onClick={() => void model.close()}>
          {t('welcomeClose')}
        </button>
      </div>
    </section>
  );
}

export function WelcomeApp({ model, clock, locale, openSettings }: Props) {
  const step = model.current.value;
  const index = model.step.value;
  const finish = model.finish.value;
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  // A new step replaces the old one: focus its title, so keyboard and screen-reader users start there.
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [index]);

  const done = finish === 'done';
  return (
    <div class="welcome">
      <header class="welcome-head">
        <span class="brand">{t('extName')}</span>
        {!done && (
          <button type="button" class="link-button" disabled={finish === 'saving'} onClick={() => void model.skipAll()}>
            {t('welcomeSkipAll')}
          </button>
        )}
      </header>
      <main aria-labelledby="welcome-title">
        <h1 id="welcome-title">{t('welcomeHeading')}</h1>
        {done ? (
          <Done model={model} openSettings={openSettings} />
        ) : (
          <>
            <p class="lede">{t('welcomeLede')}</p>
            <ol class="progress" aria-label={t('welcomeProgress')}>
              {STEPS.map((name, i) => (
                <li key={name} aria-current={i === index ? 'step' : undefined} class={i < index ? 'past' : undefined}>
                  {t(TITLES[name])}
                </li>
              ))}
            </ol>
            <section class="card step" aria-labelledby="step-title">
              <p class="step-count">
                {index < QUESTIONS
                  ? t('welcomeQuestionOf', [formatNumber(index + 1), formatNumber(QUESTIONS)])
                  : t('welcomeLastStep')}
              </p>
              <h2 id="step-title" ref={heading} tabIndex={-1}>
                {t(TITLES[step])}
              </h2>
              <Body step={step} model={model} clock={clock} locale={locale} />
              <div class="step-nav">
                {index > 0 ? (
                  <button type="button" onClick={model.back}>
                    {t('welcomeBack')}
                  </button>
                ) : (
                  <span />
                )}
                <span class="step-nav-end">
                  {step !== 'ready' && (
                    <button type="button" class="quiet-button" onClick={model.skipStep}>
                      {t('welcomeSkipStep')}
                    </button>
                  )}
                  {step === 'ready' ? (
                    <button
                      type="button"
                      class="primary"
                      disabled={finish === 'saving'}
                      onClick={() => void model.start()}
                    >
                      {t('welcomeStart')}
                    </button>
                  ) : (
                    <button type="button" class="primary" onClick={model.next}>
                      {t('welcomeNext')}
                    </button>
                  )}
                </span>
              </div>
              <p role="status" class="problem">
                {finish === 'failed' && t('welcomeFailed')}
              </p>
            </section>
          </>
        )}
      </main>
    </div>
  );
}
