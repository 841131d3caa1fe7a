import { describe, expect, it } from 'vitest';
import {
  cycleSeconds,
  cyclesFor,
  EMPTY,
  PATTERN_IDS,
  type PatternId,
  phaseAt,
  planSession,
  untilNextSecond,
} from '@/utils/breathing';
import { readBreathingPrefs } from '@/utils/breathing-schema';

const outline = (pattern: PatternId) =>
  planSession(pattern, 1)
    .phases.filter((p) => p.cycle === 1)
    .map((p) => `${p.kind} ${p.seconds}`);

describe('breathing patterns', () => {
  it.each([
    ['box', ['in 4', 'holdIn 4', 'out 4', 'holdOut 4']],
    ['4-7-8', ['in 4', 'holdIn 7', 'out 8']],
    ['sigh', ['in 3', 'topUp 1', 'out 6']],
    ['coherent', ['in 5', 'out 5']],
  ] as const)('%s breathes %j', (pattern, phases) => {
    expect(outline(pattern)).toEqual(phases);
  });

  it('the physiological sigh is two inhales, the second short, then an exhale longer than both', () => {
    const [first, topUp, exhale] = planSession('sigh', 1).phases;
    expect([first?.kind, topUp?.kind, exhale?.kind]).toEqual(['in', 'topUp', 'out']);
    expect(topUp?.seconds).toBeLessThan(first?.seconds ?? 0);
    expect(exhale?.seconds).toBeGreaterThan((first?.seconds ?? 0) + (topUp?.seconds ?? 0));
    // The top-up opens the shape the rest of the way.
    expect(first?.size).toBeLessThan(1);
    expect(topUp?.size).toBe(1);
  });

  it.each([
    ['box', 1, 4, 64],
    ['box', 2, 8, 128],
    ['box', 3, 11, 176],
    ['4-7-8', 1, 3, 57],
    ['4-7-8', 2, 6, 114],
    ['4-7-8', 3, 9, 171],
    ['sigh', 1, 6, 60],
    ['sigh', 3, 18, 180],
    ['coherent', 1, 6, 60],
    ['coherent', 2, 12, 120],
  ] as const)('%s for %i min is %i whole breaths, %i s', (pattern, minutes, cycles, seconds) => {
    expect(cyclesFor(pattern, minutes)).toBe(cycles);
    expect(planSession(pattern, minutes).totalMs).toBe(seconds * 1000);
  });

  it('every session ends at the end of a breath and is within half a breath of the chosen length', () => {
    for (const pattern of PATTERN_IDS) {
      for (const minutes of [1, 2, 3] as const) {
        const plan = planSession(pattern, minutes);
        expect(plan.totalMs % (cycleSeconds(pattern) * 1000)).toBe(0);
        expect(Math.abs(plan.totalMs - minutes * 60_000)).toBeLessThanOrEqual((cycleSeconds(pattern) * 1000) / 2);
      }
    }
  });

  it('lays phases end to end, each starting where the shape was left', () => {
    const plan = planSession('box', 1);
    expect(plan.phases).toHaveLength(16);
    plan.phases.forEach((phase, i) => {
      const before = plan.phases[i - 1];
      expect(phase.index).toBe(i);
      expect(phase.step).toBe(i % 4);
      expect(phase.cycle).toBe(Math.floor(i / 4) + 1);
      expect(phase.startMs).toBe(before ? before.endMs : 0);
      expect(phase.endMs - phase.startMs).toBe(phase.seconds * 1000);
      expect(phase.from).toBe(before ? before.size : EMPTY);
    });
  });
});

describe('phaseAt', () => {
  const plan = planSession('4-7-8', 1);

  it('counts up through each phase, one per second', () => {
    const at = (ms: number) => {
      const moment = phaseAt(plan, ms);
      return moment && `${moment.phase.kind} ${moment.count}`;
    };
    expect([0, 999, 1000, 3999].map(at)).toEqual(['in 1', 'in 1', 'in 2', 'in 4']);
    expect([4000, 10_999].map(at)).toEqual(['holdIn 1', 'holdIn 7']);
    expect([11_000, 18_999, 19_000].map(at)).toEqual(['out 1', 'out 8', 'in 1']);
  });

  it('knows the breath and the whole seconds left', () => {
    expect(phaseAt(plan, 0)).toMatchObject({ secondsLeft: 57, phase: { cycle: 1 } });
    expect(phaseAt(plan, 19_500)).toMatchObject({ secondsLeft: 38, phase: { cycle: 2 } });
    expect(phaseAt(plan, 56_001)).toMatchObject({ secondsLeft: 1, phase: { cycle: 3, kind: 'out' } });
  });

  it('is over at the end', () => {
    expect(phaseAt(plan, 57_000)).toBeNull();
    expect(phaseAt(plan, 90_000)).toBeNull();
  });

  it('treats a moment before the start as the start', () => {
    expect(phaseAt(plan, -50)).toMatchObject({ count: 1, phase: { index: 0 } });
  });

  it('wakes on the next whole second', () => {
    expect(untilNextSecond(0)).toBe(1000);
    expect(untilNextSecond(1)).toBe(999);
    expect(untilNextSecond(4999)).toBe(1);
    expect(untilNextSecond(5000)).toBe(1000);
  });
});

describe('breathing preferences', () => {
  it('default to box breathing, one minute, no tones', () => {
    expect(readBreathingPrefs(undefined)).toEqual({ pattern: 'box', minutes: 1, tones: false });
    expect(readBreathingPrefs(null)).toEqual({ pattern: 'box', minutes: 1, tones: false });
    expect(readBreathingPrefs('broken')).toEqual({ pattern: 'box', minutes: 1, tones: false });
  });

  it('keep what is valid and replace only what is not', () => {
    expect(readBreathingPrefs({ pattern: 'sigh', minutes: 3, tones: true })).toEqual({
      pattern: 'sigh',
      minutes: 3,
      tones: true,
    });
    expect(readBreathingPrefs({ pattern: 'hyperventilate', minutes: 3, tones: 'yes' })).toEqual({
      pattern: 'box',
      minutes: 3,
      tones: false,
    });
    expect(readBreathingPrefs({ pattern: '4-7-8', minutes: 45 })).toEqual({
      pattern: '4-7-8',
      minutes: 1,
      tones: false,
    });
  });
});
