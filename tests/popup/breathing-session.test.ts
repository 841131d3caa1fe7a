import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBreathingSession } from '@/components/popup/breathing-session';
import type { PhaseMoment } from '@/utils/breathing';

describe('a running breathing break (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 2, 10, 10, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function start(pattern: Parameters<ReturnType<typeof createBreathingSession>['start']>[0]) {
    const phases: string[] = [];
    const onFinish = vi.fn();
    const session = createBreathingSession({
      now: () => Date.now(),
      onPhase: (m: PhaseMoment) => phases.push(`${m.phase.kind}@${m.phase.startMs / 1000}`),
      onFinish,
    });
    session.start(pattern, 1);
    return { session, phases, onFinish };
  }

  it('announces each phase of box breathing at its start, then finishes once', () => {
    const { session, phases, onFinish } = start('box');
    expect(session.status.value).toBe('running');
    expect(phases).toEqual(['in@0']);
    vi.advanceTimersByTime(4000);
    expect(phases).toEqual(['in@0', 'holdIn@4']);
    vi.advanceTimersByTime(12_000);
    expect(phases).toEqual(['in@0', 'holdIn@4', 'out@8', 'holdOut@12', 'in@16']);
    vi.advanceTimersByTime(64_000 - 16_000 - 1);
    expect(onFinish).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(phases).toHaveLength(16);
    expect(onFinish).toHaveBeenCalledExactlyOnceWith({ pattern: 'box', seconds: 64 });
    expect(session.status.value).toBe('finished');
    expect(session.moment.value).toBeNull();
    vi.advanceTimersByTime(60_000);
    expect(onFinish).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['4-7-8', ['in@0', 'holdIn@4', 'out@11', 'in@19'], 57],
    ['sigh', ['in@0', 'topUp@3', 'out@4', 'in@10'], 60],
    ['coherent', ['in@0', 'out@5', 'in@10', 'out@15'], 60],
  ] as const)('%s: phases begin on time and the break lasts its length', (pattern, first, seconds) => {
    const { phases, onFinish } = start(pattern);
    vi.advanceTimersByTime(20_000);
    expect(phases.slice(0, 4)).toEqual(first);
    vi.advanceTimersByTime(seconds * 1000 - 20_001);
    expect(onFinish).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onFinish).toHaveBeenCalledExactlyOnceWith({ pattern, seconds });
  });

  it('counts each second of a phase', () => {
    const { session } = start('4-7-8');
    const counts: number[] = [];
    for (let i = 0; i < 11; i++) {
      counts.push(session.moment.value?.count ?? 0);
      vi.advanceTimersByTime(1000);
    }
    expect(counts).toEqual([1, 2, 3, 4, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('follows the clock when a tick comes late (a throttled timer skips, never drifts)', () => {
    const { session, phases } = start('coherent');
    // The page was frozen for 12.5 s: the next tick lands in the third phase, at its count.
    vi.setSystemTime(Date.now() + 12_500);
    vi.advanceTimersByTime(1000);
    expect(session.moment.value).toMatchObject({ count: 4, phase: { kind: 'in', cycle: 2 } });
    expect(phases).toEqual(['in@0', 'in@10']);
  });

  it('stopping early logs nothing and stops the clock', () => {
    const { session, onFinish } = start('coherent');
    vi.advanceTimersByTime(30_000);
    session.stop();
    expect(session.status.value).toBe('idle');
    expect(session.moment.value).toBeNull();
    vi.advanceTimersByTime(120_000);
    expect(onFinish).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starting again begins a fresh break', () => {
    const { session, onFinish } = start('coherent');
    vi.advanceTimersByTime(30_000);
    session.start('sigh', 1);
    vi.advanceTimersByTime(59_999);
    expect(onFinish).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onFinish).toHaveBeenCalledExactlyOnceWith({ pattern: 'sigh', seconds: 60 });
  });
});
