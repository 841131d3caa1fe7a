/**
 * The popup's own stored values (never history or settings: those belong to the worker), through
 * their items in the registry (utils/storage/items.ts).
 */
import { type BreathingPrefs, readBreathingPrefs } from '@/utils/breathing';
import { type MealDraft, readMealDraft } from '@/utils/meal-check';
import { breathingPrefsItem, mealDraftItem } from '@/utils/storage/items';
import { createStoredSignal, type StoredSignal } from './stored-signal';

export interface PopupStores {
  /** Pattern, length and tones of the last breathing break, remembered on this device. */
  breathingPrefs: StoredSignal<BreathingPrefs>;
  /** A mindful-meal check under way; gone after the browser restarts. */
  mealDraft: StoredSignal<MealDraft | null>;
}

export function createPopupStores(now: () => number): PopupStores {
  return {
    breathingPrefs: createStoredSignal(breathingPrefsItem, readBreathingPrefs),
    mealDraft: createStoredSignal(mealDraftItem, (stored) => readMealDraft(stored, now())),
  };
}
