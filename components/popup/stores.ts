/**
 * The popup's own stored values (never history or settings: those belong to the worker). They
 * go straight through `browser.storage` rather than @wxt-dev/storage: two plain keys need no
 * versioning, and leaving that library out of the popup keeps what it loads on every open small.
 * Stored under the same keys WXT would use (`local:breathingPrefs` is key `breathingPrefs`).
 */
import { browser } from 'wxt/browser';
import { type BreathingPrefs, readBreathingPrefs } from '@/utils/breathing';
import { type MealDraft, readMealDraft } from '@/utils/meal-check';
import { createStoredSignal, type StorageSlot, type StoredSignal } from './stored-signal';

function slot(area: 'local' | 'session', key: string): StorageSlot {
  return {
    getValue: async () => (await browser.storage[area].get(key))[key],
    setValue: (value) => browser.storage[area].set({ [key]: value }),
    removeValue: () => browser.storage[area].remove(key),
  };
}

/** Pattern, length and tones of the last breathing break, remembered on this device. */
export const breathingPrefsSlot = slot('local', 'breathingPrefs');

/** A mindful-meal check under way; session storage, so it is gone after the browser restarts. */
export const mealDraftSlot = slot('session', 'mealDraft');

export interface PopupStores {
  breathingPrefs: StoredSignal<BreathingPrefs>;
  mealDraft: StoredSignal<MealDraft | null>;
}

export function createPopupStores(now: () => number = () => Date.now()): PopupStores {
  return {
    breathingPrefs: createStoredSignal(breathingPrefsSlot, readBreathingPrefs),
    mealDraft: createStoredSignal(mealDraftSlot, (stored) => readMealDraft(stored, now())),
  };
}
