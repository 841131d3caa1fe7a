/**
 * The settings' old stored shapes and how each becomes the next. Pure, so the stored item's
 * migrations (utils/storage/items.ts), an old undo record and an old export file all read the same.
 *
 * - v1 → v2: `general.pausedUntil` moved out of the synced settings into this device's pause.
 * - v2 → v3: `general.dayStartHour`, the hour the person's day starts (midnight until chosen).
 * - v3 → v4: the evening check-in reminder (`checkin`) and the journal's questions (`journal`)
 *   were added, as a new person gets them (the check-in off). Nothing is replaced.
 * - v4 → v5: `general.holdInFullscreen` (reminders wait while a window is full screen), on.
 *
 * Each step leaves a value already past it as it is, so any older shape can go through all of them.
 */
import { isRecord } from '../is-record';
import { isPause, type Pause } from '../schedule/pause';
import { DEFAULT_SETTINGS } from './defaults';

/** The settings' stored shape today (kept by @wxt-dev/storage in the item's meta). */
export const SETTINGS_VERSION = 5;

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

/** A v3 value as v4: the check-in and journal sections added where missing; everything else as it was. */
export function settingsV3toV4(v3: unknown): unknown {
  if (!isRecord(v3)) return v3;
  return {
    ...v3,
    checkin: v3.checkin ?? structuredClone(DEFAULT_SETTINGS.checkin),
    journal: v3.journal ?? structuredClone(DEFAULT_SETTINGS.journal),
  };
}

/**
 * A v4 value as v5: the full-screen hold is new and on, as for a new person (it needs no
 * permission and only ever delays a reminder). Anything else is left as it was.
 */
export function settingsV4toV5(v4: unknown): unknown {
  if (!isRecord(v4) || !isRecord(v4.general) || 'holdInFullscreen' in v4.general) return v4;
  return { ...v4, general: { ...v4.general, holdInFullscreen: true } };
}

/** A value of any earlier version (an undo record, an export file) in today's shape; a pause it held is left out. */
export const upgradeSettings = (value: unknown): unknown =>
  settingsV4toV5(settingsV3toV4(settingsV2toV3(settingsV1toV2(value).settings)));
