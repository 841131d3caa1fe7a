/**
 * The running breathing break: a timer that wakes on every whole second and asks the pure plan
 * (utils/breathing.ts) where the session is. Reading the clock on each tick, rather than counting
 * ticks, keeps the guidance right when the browser runs a timer late.
 */
import { computed, signal } from '@preact/signals';
import {
  type PatternId,
  type PhaseMoment,
  phaseAt,
  planSession,
  type SessionMinutes,
  untilNextSecond,
} from '@/utils/breathing';

type SessionStatus = 'idle' | 'running' | 'finished';

export interface FinishedSession {
  pattern: PatternId;
  seconds: number;
}

export interface SessionHooks {
  /** A new phase began (also the first one). */
  onPhase?: (moment: PhaseMoment) => void;
  /** The session ran to its end; stopping early never calls this. */
  onFinish: (session: FinishedSession) => void;
  /** The page clock's exact time (components/kit/clock.ts). */
  now: () => number;
}

export function createBreathingSession(hooks: SessionHooks) {
  const { now } = hooks;
  const status = signal<SessionStatus>('idle');
  const moment = signal<PhaseMoment | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function clear(): void {
    clearTimeout(timer);
    timer = undefined;
  }

  /** Start now, or go on with a break that started at `startedAt` (reopened after the popup closed). */
  function start(pattern: PatternId, minutes: SessionMinutes, startedAt: number = now()): void {
    clear();
    const plan = planSession(pattern, minutes);
    status.value = 'running';
    const tick = () => {
      const elapsed = now() - startedAt;
      const next = phaseAt(plan, elapsed);
      if (!next) {
        clear();
        moment.value = null;
        status.value = 'finished';
        hooks.onFinish({ pattern, seconds: plan.totalMs / 1000 });
        return;
      }
      const changed = moment.peek()?.phase.index !== next.phase.index;
      moment.value = next;
      if (changed) hooks.onPhase?.(next);
      timer = setTimeout(tick, untilNextSecond(elapsed));
    };
    moment.value = null;
    tick();
  }

  /** Stop early (or leave the view): nothing is logged. */
  function stop(): void {
    clear();
    moment.value = null;
    status.value = 'idle';
  }

  return {
    status: computed(() => status.value),
    moment: computed(() => moment.value),
    start,
    stop,
  };
}
