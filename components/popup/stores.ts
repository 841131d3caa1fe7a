/**
 * The popup's own stored values (never history or settings: those belong to the worker), through
 * their items in the registry (utils/storage/items.ts), which come with the popup's storage
 * module after its first paint.
 */
import type { BreathingPrefs } from '@/utils/breathing-schema';
import type { MealDraft } from '@/utils/meal-check';
import { createStoredSignal, type StoredSignal } from './stored-signal';

export interface PopupStores {
  /** Pattern, length and tones of the last breathing break, remembered on this device. */
  breathingPrefs: StoredSignal<BreathingPrefs>;
  /** A mindful-meal check under way; gone after the browser restarts. */
  mealDraft: StoredSignal<MealDraft | null>;
}

const storage = () => import('./storage');

export function createPopupStores(now: () => number): PopupStores {
  return {
    breathingPrefs: createStoredSignal(async () => (await storage()).breathingPrefsSource),
    mealDraft: createStoredSignal(async () => (await storage()).mealDraftSource(now)),
  };
}
