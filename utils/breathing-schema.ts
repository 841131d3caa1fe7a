/**
 * The stored forms of a breathing break's choices and of a break under way (utils/breathing.ts),
 * validated as they are read: stored data can be old or damaged.
 */
import * as v from 'valibot';
import { type BreathingRun, PATTERN_IDS, SESSION_MINUTES } from './breathing';

/** The person's last choice, remembered between breaks. Anything unreadable falls back per field. */
const BreathingPrefsSchema = v.object({
  pattern: v.fallback(v.picklist(PATTERN_IDS), 'box'),
  minutes: v.fallback(v.picklist(SESSION_MINUTES), 1),
  tones: v.fallback(v.boolean(), false),
});
export type BreathingPrefs = v.InferOutput<typeof BreathingPrefsSchema>;

export function readBreathingPrefs(stored: unknown): BreathingPrefs {
  return v.parse(BreathingPrefsSchema, typeof stored === 'object' && stored !== null ? stored : {});
}

/** A break under way as the worker stores it. */
export const BreathingRunSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[\w-]{1,32}$/)),
  pattern: v.picklist(PATTERN_IDS),
  minutes: v.picklist(SESSION_MINUTES),
  startedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  endsAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
}) satisfies v.GenericSchema<unknown, BreathingRun>;
