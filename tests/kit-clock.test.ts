import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClock } from '@/components/kit/clock';
import { localInstant, MINUTE } from '@/utils/time/clock';

const NOW = localInstant('2026-03-10', 10 * 60) + 20_000;

describe('the page clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is read again at each minute boundary, not on every render in between', () => {
    const clock = createClock();
    expect(clock.now.value).toBe(NOW);
    vi.advanceTimersByTime(30_000);
    expect(clock.now.value).toBe(NOW);
    vi.advanceTimersByTime(10_000);
    expect(clock.now.value).toBe(NOW + 40_000);
    vi.advanceTimersByTime(MINUTE);
    expect(clock.now.value).toBe(NOW + 40_000 + MINUTE);
    clock.stop();
  });

  it('is read again as soon as fresh data arrives, and when the page becomes visible again', () => {
    const clock = createClock();
    vi.setSystemTime(NOW + 7_000);
    clock.refresh();
    expect(clock.now.value).toBe(NOW + 7_000);
    // Asleep: timers did not run; the page becomes visible again hours later.
    vi.setSystemTime(NOW + 3 * 60 * MINUTE);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(clock.now.value).toBe(NOW + 3 * 60 * MINUTE);
    clock.stop();
  });

  it('turns the local date over at midnight', () => {
    vi.setSystemTime(localInstant('2026-03-10', 23 * 60 + 59));
    const clock = createClock();
    expect(clock.today.value).toBe('2026-03-10');
    vi.advanceTimersByTime(MINUTE);
    expect(clock.today.value).toBe('2026-03-11');
    expect(clock.read()).toBe(localInstant('2026-03-11', 0));
    clock.stop();
  });
});
