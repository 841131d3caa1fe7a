/**
 * What an install or an update does beyond the reconcile every start does (index.ts):
 * - a first install holds every reminder and opens the welcome page, which ends the hold when it
 *   is finished or skipped (never on an update);
 * - an update from before the welcome page, for someone who never saved a setting, stores the
 *   first version's defaults they have been living with, so today's gentler defaults change
 *   nothing for them (utils/settings/earlier-defaults.ts).
 */
import { firstVersionDefaults } from '@/utils/settings/earlier-defaults';
import { saveSettings } from '@/utils/settings/store';
import { settingsItem, setupItem } from '@/utils/storage/items';
import type { Worker } from './operations';
import { writeSetupPending } from './pause';
import { openWelcome } from './views';

export type InstallReason = 'install' | 'update' | 'browser_update' | 'chrome_update' | 'shared_module_update';

/** Before the reconcile: what the reason asks for. */
export async function onInstalled(worker: Worker, reason: InstallReason): Promise<void> {
  if (reason === 'install') {
    await worker.beginSetup();
    await openWelcome();
  } else if (reason === 'update') {
    await keepEarlierDefaults();
  }
}

/** Returns whether the first version's defaults were stored. */
export async function keepEarlierDefaults(): Promise<boolean> {
  const [settings, setup] = await Promise.all([settingsItem.getValue(), setupItem.getValue()]);
  // Saved settings are kept as they are; a device that had the welcome page uses today's defaults.
  if ((settings !== null && settings !== undefined) || (setup !== null && setup !== undefined)) return false;
  const saved = await saveSettings(firstVersionDefaults());
  await writeSetupPending(false);
  return saved.ok;
}
