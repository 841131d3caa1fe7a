/**
 * The settings' old stored shapes and how each becomes the next. Pure, so the stored item's
 * migrations (utils/storage/items.ts), an old undo record and an old export file all read the same.
 *
 * - v1 → v2: `general.pausedUntil` moved out of the synced settings into this device's pause.
 * - v2 → v3: `general.dayStartHour`, the hour the person's day starts (midnight until chosen).
 *
 * Each step leaves a value already past it as it is, so any older shape can go through all of them.
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

/** A v2 value as v3: the day starts at midnight, as it always did. */
export function settingsV2toV3(v2: unknown): unknown {
  if (!isRecord(v2) || !isRecord(v2.general) || 'dayStartHour' in v2.general) return v2;
  return { ...v2, general: { ...v2.general, dayStartHour: 0 } };
}

/** A value of any earlier version in today's shape (a pause it held is left out). */
export const upgradeSettings = (value: unknown): unknown => settingsV2toV3(settingsV1toV2(value).settings);
