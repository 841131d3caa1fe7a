/**
 * The popup's storage, loaded after its first frame: the registry's items (with the storage
 * library and the browser polyfill), the validation of the popup's own stored values, and the
 * watch that keeps the snapshot live. Nothing the first paint shows needs them.
 */
import { type BreathingPrefs, readBreathingPrefs } from '@/utils/breathing-schema';
import { type MealDraft, readMealDraft } from '@/utils/meal-check';
import { breathingPrefsItem, mealDraftItem } from '@/utils/storage/items';
import type { StoredSource } from './stored-signal';

export { watchSnapshotSources } from '@/utils/storage/items';

export const breathingPrefsSource: StoredSource<BreathingPrefs> = {
  slot: breathingPrefsItem,
  read: readBreathingPrefs,
};

export const mealDraftSource = (now: () => number): StoredSource<MealDraft | null> => ({
  slot: mealDraftItem,
  read: (stored) => readMealDraft(stored, now()),
});
