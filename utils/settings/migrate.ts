/**
 * The settings' old stored shapes and how each becomes the next. Pure, so the stored item's
 * migration (utils/storage/items.ts), an old undo record and an old export file all read the same.
 *
 * - v1 → v2: `general.pausedUntil` moved out of the synced settings into this device's pause.
 * - v2 → v3: the evening check-in reminder (`checkin`) and the journal's questions (`journal`)
 *   were added, as a new person gets them (the check-in off). Nothing is replaced.
 */
import { isRecord } from '../is-record';
import { isPause, type Pause } from '../schedule/pause';
import { DEFAULT_SETTINGS } from './defaults';

/** The settings' stored shape today (kept by @wxt-dev/storage in the item's meta). */
export const SETTINGS_VERSION = 3;

/** A v1 value as v2, and the pause it held (to be kept on this device, or dropped). */
export function settingsV1toV2(v1: unknown): { settings: unknown; pause: Pause } {
  if (!isRecord(v1) || !isRecord(v1.general) || !('pausedUntil' in v1.general)) return { settings: v1, pause: null };
  const { pausedUntil, ...general } = v1.general;
  return { settings: { ...v1, general }, pause: isPause(pausedUntil) ? pausedUntil : null };
}

/** A v2 value as v3: the check-in and journal sections added where missing; everything else as it was. */
export function settingsV2toV3(v2: unknown): unknown {
  if (!isRecord(v2)) return v2;
  return {
    ...v2,
    checkin: v2.checkin ?? structuredClone(DEFAULT_SETTINGS.checkin),
    journal: v2.journal ?? structuredClone(DEFAULT_SETTINGS.journal),
  };
}

/** A value of any earlier version (an undo record, an export file) in today's shape. */
export const settingsToCurrent = (value: unknown): unknown => settingsV2toV3(settingsV1toV2(value).settings);
