/**
 * Settings in storage.sync, as one versioned item (@wxt-dev/storage keeps the version in its
 * meta key and runs migrations once). Every read is validated field by field; every write is
 * validated strictly and size-checked first, so a bad value never reaches sync.
 */
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import type { MessageKey } from '../i18n-keys';
import { type Repaired, repairSettings, settingsFromStored } from './repair';
import { SETTINGS_META_KEY, SETTINGS_VERSION, type Settings, type SettingsProblem, validateSettings } from './schema';

/** storage.sync's per-item limit is 8,192 bytes (key plus JSON value); keep a margin. */
export const SYNC_ITEM_LIMIT = 8_192;

/** Raw stored value; typed as unknown because what comes back from storage must be checked. */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  version: SETTINGS_VERSION,
  // v1 is the first shape; later versions add `n: (old) => new` here, with old shapes kept as
  // fixtures in tests/fixtures/settings-v*.json. Values that fail a migration are backed up.
  migrations: {},
});

/** What a read replaced, kept in storage.local so nothing is silently lost. */
export const settingsBackupItem = storage.defineItem<{
  savedAt: number;
  raw: unknown;
  replaced: SettingsProblem[];
} | null>('local:settingsBackup', { fallback: null });

export function syncBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** Value and version meta in one storage.sync write (one write against the per-minute quota). */
function writeStamped(value: Settings): Promise<void> {
  return browser.storage.sync.set({ settings: value, [SETTINGS_META_KEY]: { v: SETTINGS_VERSION } });
}

export async function loadSettings(): Promise<Repaired<Settings>> {
  return settingsFromStored(await settingsItem.getValue());
}

export type SaveResult = { ok: true; value: Settings } | { ok: false; problems: SettingsProblem[] };

const tooLarge = (bytes: number): SettingsProblem => ({
  path: '',
  message: 'errTooLarge' satisfies MessageKey,
  detail: [String(bytes), String(SYNC_ITEM_LIMIT)],
});

/** Validate and write; an invalid or oversized value changes nothing. */
export async function saveSettings(next: unknown): Promise<SaveResult> {
  const checked = validateSettings(next);
  if (!checked.ok) return checked;
  const bytes = syncBytes('settings', checked.value);
  if (bytes > SYNC_ITEM_LIMIT) return { ok: false, problems: [tooLarge(bytes)] };
  await writeStamped(checked.value);
  return { ok: true, value: checked.value };
}

/** Read, change and write the latest settings (a pause from the popup, a section from options). */
export async function updateSettings(change: (current: Settings) => Settings): Promise<SaveResult> {
  const { value } = await loadSettings();
  return saveSettings(change(value));
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
  await writeStamped(value);
  return replaced;
}
