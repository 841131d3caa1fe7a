/**
 * The background worker. Every listener is registered synchronously here, at the top of main:
 * an MV3 worker woken by an event only delivers it to listeners that exist by then.
 */
import { browser } from 'wxt/browser';
import { isCommand } from '@/utils/commands';
import { createHistoryStore } from '@/utils/history/store';
import { createJournalStore } from '@/utils/journal/store';
import { type Handlers, type MessageName, onMessage } from '@/utils/messaging/protocol';
import { PLATFORM } from '@/utils/platform';
import { createSerial } from '@/utils/serial';
import { loadSettings, repairStoredSettings } from '@/utils/settings/store';
import { settingsItem } from '@/utils/storage/items';
import { onCommand } from './commands';
import { createHandlers } from './handlers';
import { type InstallReason, onInstalled } from './install';
import { createWorker } from './operations';
import { exposeTestHooks } from './test-hooks';

function listen<K extends MessageName>(name: K, handler: Handlers[K]): void {
  onMessage(name, (message) => handler(message.data));
}

export default defineBackground(() => {
  const worker = createWorker({
    history: createHistoryStore(),
    journal: createJournalStore(),
    serial: createSerial(),
    now: () => Date.now(),
    random: () => Math.random(),
    platform: PLATFORM,
  });
  const handlers = createHandlers(worker);
  const report = (error: unknown) => console.error('Glow Within worker:', error);

  browser.alarms.onAlarm.addListener((alarm) => void worker.onAlarm(alarm).catch(report));
  browser.notifications.onButtonClicked?.addListener((id, index) => void worker.onButton(id, index).catch(report));
  browser.notifications.onClicked.addListener((id) => void worker.onClick(id).catch(report));
  browser.notifications.onClosed.addListener((id, byUser) => void worker.onClosed(id, byUser).catch(report));
  browser.idle.onStateChanged.addListener((state) => void worker.onIdleState(state).catch(report));
  // Leaving full screen releases held reminders at once where the browser says so (Chrome);
  // elsewhere the held check alarm does within a minute (utils/platform.ts).
  if (PLATFORM.windowBoundsEvent) {
    browser.windows.onBoundsChanged.addListener(() => void worker.onWindowChange().catch(report));
  }
  browser.runtime.onInstalled.addListener(({ reason }) => void installed(reason));
  browser.commands.onCommand.addListener((name) => {
    if (isCommand(name)) void onCommand(worker, name).catch(report);
  });
  browser.runtime.onStartup.addListener(() => void worker.reconcile().catch(report));
  // Settings changed (in options, or synced from another device): re-arm. The worker never
  // writes settings in reaction, so there is no ping-pong.
  settingsItem.watch(() => void applySettingsChange().catch(report));
  for (const name of Object.keys(handlers) as MessageName[]) listen(name, handlers[name]);
  if (import.meta.env.MODE === 'test') exposeTestHooks(worker, installed);

  async function applySettingsChange() {
    const { value } = await loadSettings();
    await browser.idle.setDetectionInterval(Math.max(15, value.general.away.idleMinutes * 60));
    await worker.reconcile();
  }

  async function start() {
    try {
      await repairStoredSettings(Date.now());
      await applySettingsChange();
    } catch (error) {
      report(error);
    }
  }

  /** Installed (hold reminders, open the welcome page) or updated (alarms were wiped): then start. */
  async function installed(reason: InstallReason) {
    try {
      await onInstalled(worker, reason);
    } catch (error) {
      report(error);
    }
    await start();
  }

  // Every start of the worker (first install, update, browser start, or woken after being
  // stopped) reconciles: creating only what is missing or wrong, so repeated wakes change nothing.
  void start();
});
