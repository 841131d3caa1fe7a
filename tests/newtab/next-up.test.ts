import { describe, expect, it } from 'vitest';
import { nextUp } from '@/components/newtab/next-up';
import type { Snapshot } from '@/utils/messaging/snapshot';

const off = { state: 'off' } as const;
const none = { state: 'none' } as const;

describe('nextUp', () => {
  it('names the soonest reminder that is due', () => {
    const next: Snapshot['next'] = {
      hydration: { state: 'due', at: 3_000 },
      stress: { state: 'due', at: 2_000 },
      meal: off,
      checkin: off,
    };
    expect(nextUp(next)).toEqual({ type: 'due', kind: 'stress', state: { state: 'due', at: 2_000 } });
  });

  it('says when reminders resume while paused', () => {
    const paused = { state: 'paused', until: 9_000 } as const;
    expect(nextUp({ hydration: paused, stress: paused, meal: off, checkin: off })).toEqual({
      type: 'paused',
      state: paused,
    });
  });

  it('tells "all off" apart from "nothing scheduled"', () => {
    expect(nextUp({ hydration: off, stress: off, meal: off, checkin: off })).toEqual({ type: 'off' });
    expect(nextUp({ hydration: off, stress: none, meal: off, checkin: off })).toEqual({ type: 'none' });
  });

  it('before the welcome page is done, says reminders start after it', () => {
    const setup = { state: 'setup' } as const;
    expect(nextUp({ hydration: setup, stress: setup, meal: off, checkin: off })).toEqual({ type: 'setup' });
  });
});
