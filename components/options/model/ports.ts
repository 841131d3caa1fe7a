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
  // Loaded when an export or import needs them: tidying tip ids needs the tip library, which the
  // options page has no other use for.
  readTips: async () => (await import('@/utils/tips/prefs-store')).loadPrefs(),
  writeTips: async (prefs) => {
    await (await import('@/utils/tips/prefs-store')).updatePrefs(() => prefs);
  },
  readUndo,
  writeUndo,
  download: (fileName, text) => download(fileName, text, 'application/json'),
  get appVersion() {
    return browser.runtime.getManifest().version;
  },
};

type FirefoxCommands = typeof browser.commands & { openShortcutSettings(): Promise<void> };

/** A keyboard shortcut as the browser has it now: '' when none is set. */
export interface Shortcut {
  name: string;
  shortcut: string;
}

/** What the page asks the worker to do, and what it asks the browser about notifications and shortcuts. */
export interface ActionsPort {
  pause(preset: PausePreset): Promise<unknown>;
  resume(): Promise<unknown>;
  testNotification(): Promise<{ shown: boolean }>;
  permission(): Promise<'granted' | 'denied' | 'unknown'>;
  shortcuts(): Promise<Shortcut[]>;
  /** The browser's own page for changing shortcuts (utils/platform.ts). */
  openShortcutSettings(): Promise<void>;
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
  async shortcuts() {
    const commands = await browser.commands.getAll();
    return commands.flatMap(({ name, shortcut }) => (name ? [{ name, shortcut: shortcut ?? '' }] : []));
  },
  async openShortcutSettings() {
    if (PLATFORM.shortcutsPage) await browser.tabs.create({ url: PLATFORM.shortcutsPage });
    // Firefox's own (137+); Chrome's types do not have it.
    else await (browser.commands as FirefoxCommands).openShortcutSettings();
  },
};
