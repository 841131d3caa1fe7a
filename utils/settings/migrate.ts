/**
 * The settings' old stored shapes and how each becomes the next. Pure, so the stored item's
 * migration (utils/storage/items.ts), an old undo record and an old export file all read the same.
 *
 * - v1 → v2: `general.pausedUntil` moved out of the synced settings into this device's pause.
 */
import { isRecord } from '../is-record';
import { isPause, type Pause } from '../schedule/pause';

/** The settings' stored shape today (kept by @wxt-dev/storage in the item's meta). */
export const SETTINGS_VERSION = 2;

/** A v1 value as v2, and the pause it held (to be kept on this device, or dropped). */
export function settingsV1toV2(v1: unknown): { settings: unknown; pause: Pause } {
  if (!isRecord(v1) || !isRecord(v1.general) || !('pausedUntil' in v1.general)) return { settings: v1, pause: null };
  const { pausedUntil, ...general } = v1.general;
  return { settings: { ...v1, general }, pause: isPause(pausedUntil) ? pausedUntil : null };
}
