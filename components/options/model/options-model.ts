/**
 * Everything the options page shows and does, as one model: the settings form, the data actions,
 * the live preview of the next reminders, pause and the notification check. Components read its
 * signals and call its functions; the browser comes in through ports, so tests pass fakes.
 */
import { computed, type ReadonlySignal, signal } from '@preact/signals';
import type { Clock } from '@/components/kit/clock';
import type { Snapshot } from '@/utils/messaging/snapshot';
import type { Pause, PausePreset } from '@/utils/schedule/pause';
import { freshPlan, upcoming } from '@/utils/schedule/planner';
import { createDataModel, type DataPort } from './data-model';
import { createFormModel, type SettingsPort, type Timing } from './form-model';
import type { ActionsPort, Shortcut } from './ports';

interface SnapshotSource {
  snapshot: ReadonlySignal<Snapshot | null>;
  /** Keep the snapshot current; returns the function that stops. */
  live(): () => void;
}

interface OptionsDeps {
  settings: SettingsPort;
  data: DataPort;
  actions: ActionsPort;
  snapshot: SnapshotSource;
  clock: Clock;
  timing?: Timing;
}

const PREVIEW_COUNT = 5;

type TestResult = 'sending' | 'sent' | 'failed' | null;

export function createOptionsModel(deps: OptionsDeps) {
  const form = createFormModel(deps.settings, deps.timing);
  const data = createDataModel(form, deps.data, deps.clock.read);
  const permission = signal<'granted' | 'denied' | 'unknown' | null>(null);
  const testResult = signal<TestResult>(null);
  const pauseError = signal(false);
  const loadFailed = signal(false);
  /** The keyboard shortcuts as the browser has them (null until read). */
  const shortcuts = signal<Shortcut[] | null>(null);
  const stops: (() => void)[] = [];

  /**
   * The next reminders under the settings being edited, planned as the worker plans them (from its
   * anchors, snoozes and pause), so the preview shows the times the alarms will have.
   */
  const preview = computed(() => {
    const checked = form.validation.value;
    if (!checked?.ok) return null;
    const plan = deps.snapshot.snapshot.value?.plan ?? freshPlan();
    // The page clock's `now` makes this run again as time moves on, so "in 5 min" does not go stale.
    return upcoming(checked.value, plan, deps.clock.now.value, PREVIEW_COUNT);
  });

  async function checkPermission(): Promise<void> {
    permission.value = await deps.actions.permission();
  }

  /** Read again when the page is shown again: the person may have just changed one. */
  async function readShortcuts(): Promise<void> {
    try {
      shortcuts.value = await deps.actions.shortcuts();
    } catch {
      shortcuts.value = [];
    }
  }

  /** Pause or resume through the worker (it writes the setting and re-arms); waiting edits go first. */
  async function pauseAction(run: () => Promise<unknown>): Promise<void> {
    pauseError.value = false;
    try {
      await form.flush();
      await run();
    } catch {
      pauseError.value = true;
    }
  }

  return {
    form,
    data,
    version: deps.data.appVersion,
    now: deps.clock.now,
    preview,
    /** This device's pause, as the worker keeps it. */
    currentPause: computed((): Pause => deps.snapshot.snapshot.value?.plan.pause ?? null),
    permission: computed(() => permission.value),
    testResult: computed(() => testResult.value),
    pauseError: computed(() => pauseError.value),
    loadFailed: computed(() => loadFailed.value),
    shortcuts: computed(() => shortcuts.value),

    async open(): Promise<void> {
      stops.push(deps.snapshot.live(), () => deps.clock.stop());
      try {
        await Promise.all([form.open(), data.open(), checkPermission(), readShortcuts()]);
      } catch {
        loadFailed.value = true;
      }
      stops.push(() => form.close());
    },

    close(): void {
      for (const stop of stops.splice(0)) stop();
    },

    checkPermission,
    readShortcuts,
    openShortcutSettings: () => deps.actions.openShortcutSettings(),

    async sendTest(): Promise<void> {
      testResult.value = 'sending';
      try {
        testResult.value = (await deps.actions.testNotification()).shown ? 'sent' : 'failed';
      } catch {
        testResult.value = 'failed';
      }
      await checkPermission();
    },

    pause: (preset: PausePreset) => pauseAction(() => deps.actions.pause(preset)),
    resume: () => pauseAction(() => deps.actions.resume()),
  };
}

export type OptionsModel = ReturnType<typeof createOptionsModel>;
