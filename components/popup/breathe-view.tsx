/**
 * The guided breathing break (`#breathe`): choose, breathe, done. Finishing logs the break (the
 * worker restarts the stress-break countdown); stopping early or leaving the view logs nothing.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { type BreathingPrefs, cyclesFor } from '@/utils/breathing';
import { t } from '@/utils/i18n';
import { attempt } from './attempt';
import { BreathingGuide } from './breathing-guide';
import { createBreathingSession, type FinishedSession } from './breathing-session';
import { BreathingSetup } from './breathing-setup';
import { minutesSeconds, PHASE_CUE } from './breathing-text';
import { usePopup } from './env';
import { ViewHeader } from './view-header';
import { ViewLink } from './view-link';

type Saving = 'saving' | 'saved' | 'failed';

export function BreatheView() {
  const env = usePopup();
  const prefsStore = env.stores.breathingPrefs;
  const prefs = prefsStore.value.value;
  const cue = useSignal('');
  const finished = useSignal<FinishedSession | null>(null);
  const saving = useSignal<Saving>('saving');
  const running = useRef<BreathingPrefs | null>(null);
  /** Stopped early: back on the choices, with focus where the break began. */
  const stopped = useSignal(false);
  const tones = useMemo(() => env.makeTones(), [env]);

  async function save(session: FinishedSession) {
    saving.value = 'saving';
    const logged = await attempt(env, () => env.actions.logBreathing(session));
    saving.value = logged === undefined ? 'failed' : 'saved';
  }

  const session = useMemo(
    () =>
      createBreathingSession({
        now: env.clock.read,
        onPhase: (moment) => {
          cue.value = t('popupPhaseAnnounce', [t(PHASE_CUE[moment.phase.kind]), String(moment.phase.seconds)]);
          if (running.current?.tones) tones.play(moment.phase.kind);
        },
        onFinish: (done) => {
          tones.close();
          // The done panel's title takes focus and is read out; nothing more to announce.
          cue.value = '';
          finished.value = done;
          void save(done);
        },
      }),
    [],
  );

  // Leaving the view mid-break ends it without logging.
  useEffect(
    () => () => {
      session.stop();
      tones.close();
    },
    [],
  );

  function start(chosen: BreathingPrefs) {
    running.current = chosen;
    finished.value = null;
    stopped.value = false;
    if (chosen.tones) tones.prepare();
    session.start(chosen.pattern, chosen.minutes);
  }

  function stop() {
    session.stop();
    tones.close();
    cue.value = '';
    stopped.value = true;
    env.status.announce(t('popupBreatheStopped'));
  }

  const moment = session.moment.value;
  const chosen = running.current;
  let body = null;
  if (session.status.value === 'running' && moment && chosen) {
    body = (
      <BreathingGuide
        pattern={chosen.pattern}
        cycles={cyclesFor(chosen.pattern, chosen.minutes)}
        moment={moment}
        reducedMotion={env.reducedMotion}
        onStop={stop}
      />
    );
  } else if (finished.value) {
    body = (
      <BreathingDone
        session={finished.value}
        saving={saving.value}
        onRetry={() => finished.value && void save(finished.value)}
        onAgain={() => chosen && start(chosen)}
      />
    );
  } else if (prefs) {
    body = (
      <BreathingSetup
        prefs={prefs}
        focusStart={stopped.value}
        onChange={(patch) => void prefsStore.set({ ...prefs, ...patch })}
        onStart={() => start(prefs)}
      />
    );
  }

  return (
    <main class="view breathe" aria-labelledby="view-title">
      <ViewHeader title={t('popupBreatheHeading')} />
      {body}
      <p class="sr-only" aria-live="assertive">
        {cue.value}
      </p>
    </main>
  );
}

interface DoneProps {
  session: FinishedSession;
  saving: Saving;
  onRetry(): void;
  onAgain(): void;
}

function BreathingDone({ session, saving, onRetry, onAgain }: DoneProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="card stack done" aria-labelledby="done-title">
      <h2 id="done-title" ref={heading} tabIndex={-1}>
        {t('popupBreatheDone')}
      </h2>
      <p>
        {saving === 'failed'
          ? t('popupBreatheNotSaved')
          : t(saving === 'saved' ? 'popupBreatheLogged' : 'popupBreatheSaving', minutesSeconds(session.seconds))}
      </p>
      <div class="actions">
        {saving === 'failed' ? (
          <button type="button" class="primary" onClick={onRetry}>
            {t('popupTryAgain')}
          </button>
        ) : (
          <button type="button" class="primary" onClick={onAgain}>
            {t('popupBreatheAgain')}
          </button>
        )}
        <ViewLink to={{ name: 'today' }} class="button">
          {t('popupBackToday')}
        </ViewLink>
      </div>
    </section>
  );
}
