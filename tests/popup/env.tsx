/** A popup environment with fakes: a snapshot signal, recorded actions, an in-memory router. */
import { signal } from '@preact/signals';
import { act, render } from '@testing-library/preact';
import { vi } from 'vitest';
import { createClock } from '@/components/kit/clock';
import type { PopupActions } from '@/components/popup/actions';
import { PopupApp } from '@/components/popup/app';
import type { PopupEnv } from '@/components/popup/env';
import type { Route } from '@/components/popup/route';
import { createStatus } from '@/components/popup/status';
import { createPopupStores } from '@/components/popup/stores';
import type { Tones } from '@/components/popup/tones';
import { loadEveryView } from '@/components/popup/views';
import { startRun } from '@/utils/breathing';
import type { Snapshot } from '@/utils/messaging/snapshot';
import { pauseUntil } from '@/utils/schedule/pause';
import { makeSnapshot, NOW } from './fixtures';

export function fakeActions() {
  return {
    logWater: vi.fn<PopupActions['logWater']>().mockResolvedValue({}),
    undoWater: vi.fn<PopupActions['undoWater']>().mockResolvedValue({ removed: true }),
    startBreathing: vi.fn<PopupActions['startBreathing']>(async ({ pattern, minutes }) =>
      startRun(pattern, minutes, Date.now()),
    ),
    stopBreathing: vi.fn<PopupActions['stopBreathing']>().mockResolvedValue({ stopped: true }),
    finishBreathing: vi.fn<PopupActions['finishBreathing']>().mockResolvedValue({ logged: true }),
    logMeal: vi.fn<PopupActions['logMeal']>().mockResolvedValue({}),
    pause: vi.fn<PopupActions['pause']>(async (preset) => ({ pause: pauseUntil(preset, NOW, 0) })),
    resume: vi.fn<PopupActions['resume']>(async () => ({ pause: null })),
    act: vi.fn<PopupActions['act']>().mockResolvedValue({ recorded: true, opens: null }),
    openSettings: vi.fn<PopupActions['openSettings']>().mockResolvedValue(undefined),
    saveCheckin: vi.fn<PopupActions['saveCheckin']>().mockResolvedValue({}),
    openJournal: vi.fn<PopupActions['openJournal']>().mockResolvedValue(undefined),
    openWelcome: vi.fn<PopupActions['openWelcome']>().mockResolvedValue(undefined),
    finishSetup: vi.fn<PopupActions['finishSetup']>().mockResolvedValue({ setupPending: false }),
  } satisfies PopupActions;
}

export function fakeTones() {
  return { prepare: vi.fn(), play: vi.fn(), close: vi.fn() } satisfies Tones;
}

export interface EnvOptions {
  snapshot?: Snapshot | null;
  route?: Route;
  now?: number;
  reducedMotion?: boolean;
}

export async function makeEnv(options: EnvOptions = {}) {
  const snapshot = signal<Snapshot | null>(options.snapshot === undefined ? makeSnapshot() : options.snapshot);
  const route = signal<Route>(options.route ?? { name: 'today' });
  const actions = fakeActions();
  const tones = fakeTones();
  // The page clock reads the (fake) system time where a test moves it, else a fixed NOW.
  let time = options.now ?? NOW;
  const clock = createClock({ read: vi.isFakeTimers() ? () => Date.now() : () => time });
  /** Move the page's clock to `ms` and re-render what it changed. */
  const setNow = (ms: number) =>
    act(() => {
      time = ms;
      clock.refresh();
    });
  const stores = createPopupStores(clock.read);
  // Every view's file is here before the first render, as after the popup's first frame.
  await Promise.all([stores.breathingPrefs.load(), stores.mealDraft.load(), loadEveryView()]);
  const env = {
    snapshot,
    error: signal<string | null>(null),
    refresh: vi.fn(async () => undefined),
    clock,
    locale: 'en-GB',
    actions,
    router: {
      route,
      go: vi.fn((next: Route) => {
        route.value = next;
      }),
    },
    status: createStatus(),
    stores,
    reducedMotion: signal(options.reducedMotion ?? false),
    makeTones: () => tones,
  } satisfies PopupEnv;
  return { env, snapshot, route, actions, tones, setNow };
}

export function renderPopup(env: PopupEnv) {
  return render(<PopupApp env={env} />);
}

/** Move the fake clock on, rendering what it changed. */
export const advance = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

/** Let the promises that follow a click or a finish (storage, actions) settle, then re-render. */
export const settle = () =>
  act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });
