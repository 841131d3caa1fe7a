/**
 * Reading and writing the settings item (utils/storage/items.ts). Every read is validated field by
 * field; every write is validated strictly and size-checked first, so a bad value never reaches
 * sync.
 */

import { formatNumber } from '../i18n';
import type { MessageKey } from '../i18n-keys';
import { settingsBackupItem, settingsItem } from '../storage/items';
import { type Repaired, repairSettings, settingsFromStored } from './repair';
import { type Settings, type SettingsProblem, validateSettings } from './schema';

/** storage.sync's per-item limit is 8,192 bytes (key plus JSON value); keep a margin. */
export const SYNC_ITEM_LIMIT = 8_192;

export function syncBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export async function loadSettings(): Promise<Repaired<Settings>> {
  return settingsFromStored(await settingsItem.getValue());
}

export type SaveResult = { ok: true; value: Settings } | { ok: false; problems: SettingsProblem[] };

const tooLarge = (bytes: number): SettingsProblem => ({
  path: '',
  message: 'errTooLarge' satisfies MessageKey,
  detail: [formatNumber(bytes), formatNumber(SYNC_ITEM_LIMIT)],
});

/** Validate and write; an invalid or oversized value changes nothing. */
export async function saveSettings(next: unknown): Promise<SaveResult> {
  const checked = validateSettings(next);
  if (!checked.ok) return checked;
  const bytes = syncBytes('settings', checked.value);
  if (bytes > SYNC_ITEM_LIMIT) return { ok: false, problems: [tooLarge(bytes)] };
  await settingsItem.setValue(checked.value);
  return { ok: true, value: checked.value };
}

/**
 * Run once by the worker at start: if the stored value needed repair, keep a copy of what was
 * there in storage.local, then store the repaired value.
 */
export async function repairStoredSettings(now: number): Promise<SettingsProblem[]> {
  const raw = await settingsItem.getValue();
  if (raw === null || raw === undefined) return [];
  const { value, replaced } = repairSettings(raw);
  if (replaced.length === 0) return [];
  await settingsBackupItem.setValue({ savedAt: now, raw, replaced });
  await settingsItem.setValue(value);
  return replaced;
}
