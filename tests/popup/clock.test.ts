import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClock } from '@/components/popup/clock';
import { NOW } from './fixtures';

describe('the popup clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is read again on each tick, not on every render in between', () => {
    const clock = createClock({ everyMs: 15_000 });
    expect(clock.now.value).toBe(NOW);
    vi.advanceTimersByTime(10_000);
    expect(clock.now.value).toBe(NOW);
    vi.advanceTimersByTime(5_000);
    expect(clock.now.value).toBe(NOW + 15_000);
    clock.stop();
  });

  it('is read again as soon as fresh data arrives', () => {
    const snapshot = signal(1);
    const clock = createClock({ everyMs: 15_000, refreshOn: snapshot });
    expect(clock.now.value).toBe(NOW);
    vi.setSystemTime(NOW + 7_000);
    snapshot.value = 2;
    expect(clock.now.value).toBe(NOW + 7_000);
    clock.stop();
  });
});
