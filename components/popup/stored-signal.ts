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

/** Where a value is kept and how a stored one is read. */
export interface StoredSource<T> {
  slot: StorageSlot;
  read(stored: unknown): T;
}

/**
 * `source` is asked for once, on the first load or set: the popup's comes with storage and the
 * validation library, which it loads after its first paint (components/popup/storage.ts). Once it
 * is here, a write starts at once, as it did before; until then writes wait for it in order.
 */
export function createStoredSignal<T>(source: () => Promise<StoredSource<T>>) {
  const value = signal<T | undefined>(undefined);
  let here: StoredSource<T> | null = null;
  let coming: Promise<StoredSource<T>> | null = null;
  const sourced = (): Promise<StoredSource<T>> => {
    coming ??= source().then((loaded) => {
      here = loaded;
      return loaded;
    });
    return coming;
  };
  return {
    /** undefined until loaded. */
    value: computed(() => value.value),
    /** Read once at start; an unreadable store counts as empty rather than leaving the view blank. */
    async load(): Promise<T> {
      const { slot, read } = await sourced();
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
      const write = ({ slot }: StoredSource<T>) => (next === null ? slot.removeValue() : slot.setValue(next));
      return here ? write(here) : sourced().then(write);
    },
  };
}

export type StoredSignal<T> = ReturnType<typeof createStoredSignal<T>>;
