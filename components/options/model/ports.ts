/**
 * The options page's connections to the browser: settings in storage.sync, the undo backup and
 * (read-only) history in storage.local, and the worker's messages. Tests pass fakes instead.
 */
import { browser } from 'wxt/browser';
import { download } from '@/components/kit/download';
import { forgetFirstPaint } from '@/components/kit/first-paint';
import { createHistoryStore } from '@/utils/history/store';
import { createJournalStore } from '@/utils/journal/store';
import { sendMessage } from '@/utils/messaging/protocol';
import { PLATFORM } from '@/utils/platform';
import type { PausePreset } from '@/utils/schedule/pause';
import { readUndo, writeUndo } from '@/utils/settings/replace';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { settingsItem } from '@/utils/storage/items';
import type { DataPort } from './data-model';
import type { SettingsPort } from './form-model';

export const settingsPort: SettingsPort = {
  load: async () => (await loadSettings()).value,
  save: saveSettings,
  watch: (onChange) => settingsItem.watch((value) => onChange(value)),
};

export const dataPort: DataPort = {
  readHistory: () => createHistoryStore().readAll(),
  importHistory: (bundle) => sendMessage('importHistory', bundle),
  undoHistoryImport: (added) => sendMessage('undoHistoryImport', added),
  readJournal: async () => ({ entries: await createJournalStore().readAll() }),
  importJournal: (bundle) => sendMessage('importJournal', bundle),
  undoJournalImport: (added) => sendMessage('undoJournalImport', added),
  async deleteAll() {
    await sendMessage('deleteAllData');
    forgetFirstPaint();
  },
  readUndo,
  writeUndo,
  download: (fileName, text) => download(fileName, text, 'application/json'),
  get appVersion() {
    return browser.runtime.getManifest().version;
  },
};

/** What the page asks the worker to do, and what it asks the browser about notifications. */
export interface ActionsPort {
  pause(preset: PausePreset): Promise<unknown>;
  resume(): Promise<unknown>;
  testNotification(): Promise<{ shown: boolean }>;
  permission(): Promise<'granted' | 'denied' | 'unknown'>;
}

export const actionsPort: ActionsPort = {
  pause: (preset) => sendMessage('pause', { preset }),
  resume: () => sendMessage('resume'),
  testNotification: () => sendMessage('testNotification'),
  async permission() {
    // Firefox has no getPermissionLevel: there the answer is unknown, not denied.
    if (!PLATFORM.notificationPermissionLevel) return 'unknown';
    try {
      const level = await browser.notifications.getPermissionLevel();
      return level === 'granted' ? 'granted' : 'denied';
    } catch {
      return 'unknown';
    }
  },
};
