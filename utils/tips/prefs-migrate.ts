/**
 * The tip preferences' old stored shapes and how each becomes the next (run by the registry's
 * item, utils/storage/items.ts). Pure, and apart from prefs.ts so the registry does not pull the
 * tip library into every bundle.
 *
 * - v1 → v2: topics (the general ones, as for a new person: skin-condition tips join the rotation
 *   only when chosen) and the remembered filter (none) join the saved and hidden tips.
 */
import { isRecord } from '../is-record';
import { DEFAULT_TOPICS } from './topics';

export const TIP_PREFS_VERSION = 2;

export function tipPrefsV1toV2(v1: unknown): unknown {
  if (!isRecord(v1)) return v1;
  return { topics: [...DEFAULT_TOPICS], filter: null, ...v1 };
}
