/**
 * The guided breathing break (`#breathe`): choose, breathe, done. The worker keeps the break
 * under way, so closing the popup does not end it: reopened, the view goes on where the break is.
 * It is logged once when its time is up (the worker restarts the stress-break countdown); Stop
 * ends it unlogged.
 */
import { useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { cyclesFor, runUnderWay } from '@/utils/breathing';
import type { BreathingPrefs } from '@/utils/breathing-schema';
import { formatNumber, t } from '@/utils/i18n';
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
  /** The worker's id for the break shown (null while it could not be started there). */
  const runId = useRef<Promise<string | null> | null>(null);
  /** Breaks this view started, stopped, finished or resumed: never resumed (again) from the snapshot. */
  const handled = useRef(new Set<string>());
  /** Stopped early: back on the choices, with focus where the break began. */
  const stopped = useSignal(false);
  const tones = useMemo(() => env.makeTones(), [env]);

  const begin = (chosen: Pick<BreathingPrefs, 'pattern' | 'minutes'>) =>
    env.actions.startBreathing(chosen).then(
      (run) => {
        handled.current.add(run.id);
        return run.id;
      },
      () => null,
    );

  async function save(done: FinishedSession) {
    saving.value = 'saving';
    // Never started in the worker (it could not be reached): start it there now, then end it.
    let id = await runId.current;
    if (id === null) {
      runId.current = begin({ pattern: done.pattern, minutes: running.current?.minutes ?? 1 });
      id = await runId.current;
    }
    const answer = id === null ? undefined : await attempt(env, () => env.actions.finishBreathing(id));
    saving.value = answer?.logged ? 'saved' : 'failed';
  }

  const session = useMemo(
    () =>
      createBreathingSession({
        now: env.clock.read,
        onPhase: (moment) => {
          cue.value = t('popupPhaseAnnounce', [t(PHASE_CUE[moment.phase.kind]), formatNumber(moment.phase.seconds)]);
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

  // Leaving the view (or closing the popup) stops this page's timer only: the break goes on in the worker.
  useEffect(
    () => () => {
      session.stop();
      tones.close();
    },
    [],
  );

  // A break under way that this page did not start (the popup closed and opened again): go on with it.
  useSignalEffect(() => {
    const run = runUnderWay(env.snapshot.value?.breathing, env.clock.read());
    if (!run || handled.current.has(run.id) || session.status.peek() === 'running') return;
    handled.current.add(run.id);
    running.current = { pattern: run.pattern, minutes: run.minutes, tones: prefs?.tones ?? false };
    runId.current = Promise.resolve(run.id);
    finished.value = null;
    stopped.value = false;
    session.start(run.pattern, run.minutes, run.startedAt);
  });

  function start(chosen: BreathingPrefs) {
    running.current = chosen;
    finished.value = null;
    stopped.value = false;
    if (chosen.tones) tones.prepare();
    session.start(chosen.pattern, chosen.minutes);
    runId.current = begin(chosen);
  }

  function stop() {
    session.stop();
    tones.close();
    cue.value = '';
    stopped.value = true;
    env.status.announce(t('popupBreatheStopped'));
    const id = runId.current;
    runId.current = null;
    void id?.then((known) => known && env.actions.stopBreathing(known)).catch(() => undefined);
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
