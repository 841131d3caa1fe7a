/**
 * A value the popup keeps for itself in extension storage (the breathing choices, a meal check
 * in progress), mirrored in a signal. Whatever is stored is validated by `read` on load: stored
 * data can be old or damaged, and a bad value must fall back, never break the page.
 */
import { computed, signal } from '@preact/signals';

export interface StorageSlot {
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  removeValue(): Promise<void>;
}

export function createStoredSignal<T>(slot: StorageSlot, read: (stored: unknown) => T) {
  const value = signal<T | undefined>(undefined);
  return {
    /** undefined until loaded. */
    value: computed(() => value.value),
    /** Read once at start; an unreadable store counts as empty rather than leaving the view blank. */
    async load(): Promise<T> {
      let stored: unknown;
      try {
        stored = await slot.getValue();
      } catch (error) {
        console.warn('Glow Within: could not read a stored preference', error);
      }
      const loaded = read(stored);
      value.value = loaded;
      return loaded;
    },
    /** Shown at once, then stored; null removes the stored value. */
    set(next: T): Promise<void> {
      value.value = next;
      return next === null ? slot.removeValue() : slot.setValue(next);
    },
  };
}

export type StoredSignal<T> = ReturnType<typeof createStoredSignal<T>>;
