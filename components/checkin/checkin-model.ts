/**
 * One day's check-in as the form edits it: the stored answers with the person's latest taps laid
 * over them at once, each tap sent to the worker as a patch of just that answer (it saves the day
 * in its queue). Shared by the popup's check-in view, the journal page and the new tab's card.
 */
import { computed, signal } from '@preact/signals';
import { applyPatch, emptyEntry, type JournalEntry, type Patch } from '@/utils/journal/entry';
import type { DateKey } from '@/utils/time/clock';

export type SaveCheckin = (date: DateKey, patch: Patch) => Promise<unknown>;

export function createCheckinModel(date: DateKey, save: SaveCheckin) {
  const draft = signal<JournalEntry>(emptyEntry(date));
  const failed = signal(false);
  const saves = signal(0);
  // While an answer is on its way, an older stored copy must not undo it on screen.
  let writing = 0;

  return {
    date,
    draft: computed(() => draft.value),
    failed: computed(() => failed.value),
    /** How many answers were saved since the form opened (0: none yet). */
    saves: computed(() => saves.value),

    /** What storage holds (from the snapshot or the journal view), shown unless an answer is on its way. */
    sync(stored: JournalEntry | null | undefined): void {
      if (writing > 0 || !stored || stored.date !== date) return;
      if (stored.updatedAt >= draft.peek().updatedAt) draft.value = stored;
    },

    /** Show the answer at once and save it; false when it could not be saved. */
    async answer(patch: Patch): Promise<boolean> {
      draft.value = applyPatch(draft.peek(), patch, draft.peek().updatedAt);
      writing += 1;
      failed.value = false;
      try {
        await save(date, patch);
        saves.value += 1;
        return true;
      } catch (error) {
        console.warn('Glow Within: a check-in answer was not saved', error);
        failed.value = true;
        return false;
      } finally {
        writing -= 1;
      }
    },
  };
}

export type CheckinModel = ReturnType<typeof createCheckinModel>;
