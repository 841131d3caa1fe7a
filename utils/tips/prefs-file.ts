/**
 * Tip preferences as an export file carries them, read strictly: every field checked and every
 * problem reported (utils/settings/transfer.ts), nothing dropped silently. Apart from the lenient
 * reading of storage (prefs-schema.ts) so an import check does not pull in the tip library.
 */
import * as v from 'valibot';
import { TIP_ID, TIP_ID_MAX_LENGTH } from './tip-id';
import { TOPICS } from './topics';
import { TIP_CATEGORIES } from './types';

export const TipIdSchema = v.pipe(v.string(), v.regex(TIP_ID), v.maxLength(TIP_ID_MAX_LENGTH));

export const TipPrefsFileSchema = v.strictObject({
  saved: v.pipe(v.array(TipIdSchema), v.maxLength(500)),
  hidden: v.pipe(v.array(TipIdSchema), v.maxLength(500)),
  topics: v.pipe(v.array(v.picklist(TOPICS)), v.maxLength(TOPICS.length)),
  filter: v.nullable(v.picklist(TIP_CATEGORIES)),
});
