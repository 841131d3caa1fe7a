/**
 * The settings' old stored shapes and how each becomes the next. Pure, so the stored item's
 * migrations (utils/storage/items.ts), an old undo record and an old export file all read the same.
 *
 * - v1 → v2: `general.pausedUntil` moved out of the synced settings into this device's pause.
 * - v2 → v3: `general.holdInFullscreen` (reminders wait while a window is full screen), on.
 */
import { isRecord } from '../is-record';
import { isPause, type Pause } from '../schedule/pause';

/** The settings' stored shape today (kept by @wxt-dev/storage in the item's meta). */
export const SETTINGS_VERSION = 3;

/** A v1 value as v2, and the pause it held (to be kept on this device, or dropped). */
export function settingsV1toV2(v1: unknown): { settings: unknown; pause: Pause } {
  if (!isRecord(v1) || !isRecord(v1.general) || !('pausedUntil' in v1.general)) return { settings: v1, pause: null };
  const { pausedUntil, ...general } = v1.general;
  return { settings: { ...v1, general }, pause: isPause(pausedUntil) ? pausedUntil : null };
}

/**
 * A v2 value as v3: the full-screen hold is new and on, as for a new person (it needs no
 * permission and only ever delays a reminder). Anything else is left as it was.
 */
export function settingsV2toV3(v2: unknown): unknown {
  if (!isRecord(v2) || !isRecord(v2.general) || 'holdInFullscreen' in v2.general) return v2;
  return { ...v2, general: { ...v2.general, holdInFullscreen: true } };
}

/**
 * A value of any earlier version read as today's (its pause, if any, dropped): for an old export
 * file or undo record, which carry settings but must never pause this device.
 */
export function settingsToCurrent(value: unknown, fromVersion: number): unknown {
  let settings = value;
  if (fromVersion < 2) settings = settingsV1toV2(settings).settings;
  if (fromVersion < 3) settings = settingsV2toV3(settings);
  return settings;
}
