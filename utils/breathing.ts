/**
 * Guided breathing: the patterns, how a session of 1 to 3 minutes is laid out in time, and which
 * phase is on at a given moment. Pure: the page's timer asks `phaseAt` on every tick, so a late
 * or throttled tick never lets the guidance drift from the clock. What is stored of a break is
 * validated in utils/breathing-schema.ts, so the pages that only show a break load no schema.
 */
export const PATTERN_IDS = ['box', '4-7-8', 'sigh', 'coherent'] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

export const SESSION_MINUTES = [1, 2, 3] as const;
export type SessionMinutes = (typeof SESSION_MINUTES)[number];

/** in/out: lungs filling/emptying; topUp: a second short inhale; holdIn/holdOut: still, full or empty. */
export type PhaseKind = 'in' | 'topUp' | 'holdIn' | 'out' | 'holdOut';

export interface Phase {
  kind: PhaseKind;
  /** Whole seconds, so the spoken count and the phase change land on the same tick. */
  seconds: number;
  /** How open the guide shape is by the end of the phase: EMPTY (lungs empty) to 1 (full). */
  size: number;
}

export const EMPTY = 0.55;

const phase = (kind: PhaseKind, seconds: number, size: number): Phase => ({ kind, seconds, size });

export const PATTERNS: Record<PatternId, readonly Phase[]> = {
  box: [phase('in', 4, 1), phase('holdIn', 4, 1), phase('out', 4, EMPTY), phase('holdOut', 4, EMPTY)],
  '4-7-8': [phase('in', 4, 1), phase('holdIn', 7, 1), phase('out', 8, EMPTY)],
  // The physiological sigh: a full breath in through the nose, a short top-up to fill the lungs,
  // then an exhale about twice as long as both inhales together.
  sigh: [phase('in', 3, 0.88), phase('topUp', 1, 1), phase('out', 6, EMPTY)],
  coherent: [phase('in', 5, 1), phase('out', 5, EMPTY)],
};

export const cycleSeconds = (pattern: PatternId): number => PATTERNS[pattern].reduce((sum, p) => sum + p.seconds, 0);

/** Whole cycles closest to the chosen length (at least one): a session never stops mid-breath. */
export function cyclesFor(pattern: PatternId, minutes: SessionMinutes): number {
  return Math.max(1, Math.round((minutes * 60) / cycleSeconds(pattern)));
}

export interface TimedPhase extends Phase {
  /** Position in the whole session, from 0. */
  index: number;
  /** Position in its cycle, from 0 (an index into PATTERNS[pattern]). */
  step: number;
  /** How open the shape is as the phase begins: where the previous phase left it. */
  from: number;
  /** Which breath this phase belongs to, from 1. */
  cycle: number;
  startMs: number;
  endMs: number;
}

export interface SessionPlan {
  pattern: PatternId;
  cycles: number;
  phases: readonly TimedPhase[];
  totalMs: number;
}

export function planSession(pattern: PatternId, minutes: SessionMinutes): SessionPlan {
  const cycles = cyclesFor(pattern, minutes);
  const phases: TimedPhase[] = [];
  let at = 0;
  let size = EMPTY;
  for (let cycle = 1; cycle <= cycles; cycle++) {
    PATTERNS[pattern].forEach((p, step) => {
      phases.push({ ...p, index: phases.length, step, cycle, from: size, startMs: at, endMs: at + p.seconds * 1000 });
      at += p.seconds * 1000;
      size = p.size;
    });
  }
  return { pattern, cycles, phases, totalMs: at };
}

export interface PhaseMoment {
  phase: TimedPhase;
  /** The count shown and spoken: 1 during the phase's first second, up to its length. */
  count: number;
  /** Whole seconds left in the session, rounded up. */
  secondsLeft: number;
}

/** The phase under way `elapsedMs` after the start, or null once the session is over. */
export function phaseAt(plan: SessionPlan, elapsedMs: number): PhaseMoment | null {
  if (elapsedMs >= plan.totalMs) return null;
  const at = Math.max(0, elapsedMs);
  const current = plan.phases.find((p) => at < p.endMs);
  if (!current) return null;
  return {
    phase: current,
    count: Math.min(current.seconds, Math.floor((at - current.startMs) / 1000) + 1),
    secondsLeft: Math.ceil((plan.totalMs - at) / 1000),
  };
}

/** Milliseconds until the next whole second of the session, when the count or phase changes. */
export const untilNextSecond = (elapsedMs: number): number => 1000 - (Math.max(0, elapsedMs) % 1000);

/**
 * A breathing break under way, as the worker keeps it (so closing the popup does not end it): a
 * reopened popup resumes it where it is; it is logged once, when its time is up (by the page, or
 * by the worker's alarm if the page is gone); Stop ends it unlogged. Its stored form is checked by
 * BreathingRunSchema (utils/breathing-schema.ts).
 */
export interface BreathingRun {
  id: string;
  pattern: PatternId;
  minutes: SessionMinutes;
  startedAt: number;
  endsAt: number;
}

/** A new run of `pattern` for about `minutes`, starting `now`. */
export function startRun(pattern: PatternId, minutes: SessionMinutes, now: number): BreathingRun {
  return {
    id: `b-${now.toString(36)}`,
    pattern,
    minutes,
    startedAt: now,
    endsAt: now + planSession(pattern, minutes).totalMs,
  };
}

/** The run, if it is still going at `now`. */
export const runUnderWay = (run: BreathingRun | null | undefined, now: number): BreathingRun | null =>
  run && run.startedAt <= now && now < run.endsAt ? run : null;
