/** Reopening the popup mid-break goes straight back to the break (components/popup/resume-break.ts). */
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { resumeBreakOnOpen } from '@/components/popup/resume-break';
import type { Route } from '@/components/popup/route';
import { startRun } from '@/utils/breathing';
import type { Snapshot } from '@/utils/messaging/snapshot';
import { makeSnapshot, NOW } from './fixtures';

function open(route: Route, breathing: Snapshot['breathing']) {
  const current = signal<Route>(route);
  const router = {
    route: current,
    go: (next: Route) => {
      current.value = next;
    },
  };
  const fresh = signal<Snapshot | null>(null);
  resumeBreakOnOpen(fresh, router, () => NOW);
  fresh.value = makeSnapshot({ breathing });
  return { current, fresh };
}

describe('reopening the popup', () => {
  it('mid-break: the breathing view, at once', () => {
    expect(open({ name: 'today' }, startRun('box', 1, NOW - 10_000)).current.value).toEqual({ name: 'breathe' });
  });

  it('after the break ended, or with none, or opened at another view: stays where it opened', () => {
    expect(open({ name: 'today' }, startRun('box', 1, NOW - 90_000)).current.value).toEqual({ name: 'today' });
    expect(open({ name: 'today' }, null).current.value).toEqual({ name: 'today' });
    expect(open({ name: 'meal' }, startRun('box', 1, NOW - 10_000)).current.value).toEqual({ name: 'meal' });
  });

  it('only once: going back to today mid-break stays on today', () => {
    const { current, fresh } = open({ name: 'today' }, startRun('box', 1, NOW - 10_000));
    current.value = { name: 'today' };
    fresh.value = makeSnapshot({ breathing: startRun('box', 1, NOW - 5_000) });
    expect(current.value).toEqual({ name: 'today' });
  });
});
