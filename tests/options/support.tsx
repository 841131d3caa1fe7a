/**
 * The options page wired to the fake browser: settings through the real store, history and pause
 * through the real worker's handlers (what sendMessage would reach), downloads captured.
 */
import { signal } from '@preact/signals';
import { render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createClock } from '@/components/kit/clock';
import type { DataPort } from '@/components/options/model/data-model';
import type { Timing } from '@/components/options/model/form-model';
import { createOptionsModel, type OptionsModel } from '@/components/options/model/options-model';
import { type ActionsPort, settingsPort } from '@/components/options/model/ports';
import { OptionsApp } from '@/components/options/options-app';
import { createHandlers } from '@/entrypoints/background/handlers';
import { collectHistory } from '@/utils/history/bundle';
import { createJournalStore } from '@/utils/journal/store';
import type { Snapshot } from '@/utils/messaging/snapshot';
import { freshPlan, type PlanState } from '@/utils/schedule/planner';
import { parseUndoRecord, type UndoRecord } from '@/utils/settings/replace';
import type { Settings } from '@/utils/settings/schema';
import { watchSnapshotSources } from '@/utils/storage/items';
import { loadPrefs, updatePrefs } from '@/utils/tips/prefs-store';
import { bootWorker } from '../worker/boot';

export const FAST: Timing = { wait: 5, maxWait: 20, backoff: [10, 20] };

export function workerDataPort(downloads: { name: string; text: string }[] = []): DataPort {
  const handlers = createHandlers(bootWorker());
  return {
    readHistory: async () => collectHistory(await fakeBrowser.storage.local.get(null)),
    importHistory: (bundle) => handlers.importHistory(bundle),
    undoHistoryImport: (added) => handlers.undoHistoryImport(added),
    readJournal: async () => ({ entries: await createJournalStore().readAll() }),
    importJournal: (bundle) => handlers.importJournal(bundle),
    undoJournalImport: (added) => handlers.undoJournalImport(added),
    deleteAll: async () => {
      await handlers.deleteAllData(undefined);
    },
    readTips: loadPrefs,
    writeTips: async (prefs) => {
      await updatePrefs(() => prefs);
    },
    readUndo: async () => parseUndoRecord((await fakeBrowser.storage.local.get('optionsUndo')).optionsUndo ?? null),
    writeUndo: async (record: UndoRecord | null) => {
      if (record === null) await fakeBrowser.storage.local.remove('optionsUndo');
      else await fakeBrowser.storage.local.set({ optionsUndo: record });
    },
    download: (name, text) => downloads.push({ name, text }),
    appVersion: '0.1.0',
  };
}

const worker = () => createHandlers(bootWorker());

export function workerActions(handlers = worker()): ActionsPort {
  return {
    pause: (preset) => handlers.pause({ preset }),
    resume: () => handlers.resume(undefined),
    testNotification: () => handlers.testNotification(undefined),
    permission: async () => 'granted',
    shortcuts: async () => [
      { name: 'log-cup', shortcut: 'Alt+Shift+W' },
      { name: 'start-breathing', shortcut: '' },
      { name: 'toggle-pause', shortcut: 'Alt+Shift+P' },
    ],
    openShortcutSettings: async () => undefined,
  };
}

export function fakeSnapshot(plan: PlanState = freshPlan()) {
  const snapshot = signal<Snapshot | null>({ plan } as Snapshot);
  return { snapshot, live: () => () => undefined };
}

/** The worker's snapshot, kept live from storage changes as the pages' snapshot model does. */
export function workerSnapshot(handlers = worker()) {
  const snapshot = signal<Snapshot | null>(null);
  const refresh = async () => {
    snapshot.value = await handlers.getSnapshot(undefined);
  };
  return {
    snapshot,
    live: () => {
      void refresh();
      return watchSnapshotSources(() => void refresh());
    },
  };
}

export async function openModel(options: { timing?: Timing; downloads?: { name: string; text: string }[] } = {}) {
  const handlers = worker();
  const model = createOptionsModel({
    settings: settingsPort,
    data: workerDataPort(options.downloads),
    actions: workerActions(handlers),
    snapshot: workerSnapshot(handlers),
    clock: createClock(),
    timing: options.timing ?? FAST,
  });
  await model.open();
  return model;
}

export async function renderPage(options: Parameters<typeof openModel>[0] = {}) {
  const model = await openModel(options);
  const view = render(<OptionsApp model={model} />);
  return { model, ...view };
}

export type { OptionsModel };

/** Everything in both storage areas, as text: "unchanged" means byte for byte. */
export async function storageText(): Promise<string> {
  return JSON.stringify([await fakeBrowser.storage.sync.get(null), await fakeBrowser.storage.local.get(null)]);
}

export async function storedSettings(): Promise<Settings | undefined> {
  return (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
}
